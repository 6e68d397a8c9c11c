// The bench's thread clock: each run of the content script's steps counts for its wall time times the
// share of the innermost traced event around it that the thread actually ran (tdur / dur), and with
// the window it began in (not with the scan that measured it, as the script's own clock counts it).
import { describe, expect, it } from 'vitest';
import { threadClock } from '../../scripts/bench/thread-clock';
import type { TraceEvent } from '../../scripts/bench/trace-analysis';

const main = { pid: 1, tid: 10 };
const other = { pid: 1, tid: 20 };
const event = (name: string, ts: number, dur: number, tdur: number, thread = main): TraceEvent => (
  { name, ph: 'X', ts, dur, ...thread, cat: 'toplevel', args: {}, tdur } as TraceEvent
);
/** A run's measure as Chrome traces it: "b" at its start, "e" at its end. */
const run = (step: string, from: number, to: number, thread = main): TraceEvent[] => [
  { name: `uppsikt-run:${step}`, ph: 'b', ts: from, ...thread, cat: 'blink.user_timing', id2: { local: '0x1' }, args: {} },
  { name: `uppsikt-run:${step}`, ph: 'e', ts: to, ...thread, cat: 'blink.user_timing', id2: { local: '0x1' }, args: {} },
];

describe('bench thread clock', () => {
  it('counts each run at the share of its innermost event the thread ran, in the window it began in', () => {
    const events = [
      // A 10 ms task in which the thread ran 5 ms, and inside it a 4 ms event it ran in full.
      event('ThreadControllerImpl::RunTask', 1_000, 10_000, 5_000),
      event('Receive mojo message', 2_000, 4_000, 4_000),
      ...run('read', 2_500, 4_500), // inside the inner event: 2 ms of thread time
      ...run('judge', 7_000, 9_000), // only in the task: 1 ms
      // A later task with no preemption, measured in the next window.
      event('ThreadControllerImpl::RunTask', 30_000, 6_000, 6_000),
      ...run('read', 31_000, 34_000),
      // Another thread's task and event are not the page's.
      event('ThreadControllerImpl::RunTask', 50_000, 10_000, 1_000, other),
    ];
    const [first, second] = threadClock(events, [{ from: 0, to: 25_000 }, { from: 25_000, to: Infinity }])!;
    expect(first.wallMs).toBeCloseTo(4);
    expect(first.ms).toBeCloseTo(3);
    expect(first.unenclosed).toBe(0);
    // Where the window's time went, by step, largest first.
    expect(first.steps).toEqual([{ step: 'read', ms: 2 }, { step: 'judge', ms: 2 }]);
    expect(second.wallMs).toBeCloseTo(3);
    expect(second.steps).toEqual([{ step: 'read', ms: 3 }]);
    expect(second.ms).toBeCloseTo(3);
  });

  it('takes a run whose ends lie within the page clock\'s 100 µs step outside its task for that task\'s', () => {
    const events = [event('ThreadControllerImpl::RunTask', 1_000, 10_000, 5_000), ...run('read', 950, 11_050)];
    const [clock] = threadClock(events, [{ from: 0, to: Infinity }])!;
    expect(clock.unenclosed).toBe(0);
    expect(clock.ms).toBeCloseTo(5.05);
  });

  it('counts a run no traced event encloses at its wall time, and says so', () => {
    const events = [event('ThreadControllerImpl::RunTask', 1_000, 2_000, 1_000), ...run('send', 5_000, 6_500)];
    const [clock] = threadClock(events, [{ from: 0, to: Infinity }])!;
    expect(clock).toEqual({ ms: 1.5, wallMs: 1.5, unenclosed: 1, steps: [{ step: 'send', ms: 1.5 }] });
  });

  it('gives nothing when the trace holds no runs (the page did not ask, or an older build)', () => {
    expect(threadClock([event('ThreadControllerImpl::RunTask', 1_000, 2_000, 1_000)], [{ from: 0, to: Infinity }])).toBeNull();
  });
});
