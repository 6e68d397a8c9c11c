// How the bench tells the content script's main-thread time from the page's own: samples count
// when a content-script frame is anywhere on the stack (microtask continuations carry no URL of
// their own), per top-level task, inside a time window.
import { describe, expect, it } from 'vitest';
import { attribute, busyMs, mainThreadRunning, threadProfile, topLevelTasks, type TraceEvent } from '../../scripts/bench/trace-analysis';

const CS = 'chrome-extension://abc/content-scripts/';
const main = { pid: 1, tid: 10 };
const meta = (tid: number, name: string): TraceEvent => ({ name: 'thread_name', ph: 'M', ts: 0, pid: 1, tid, args: { name } });
const task = (ts: number, dur: number, name = 'RunTask'): TraceEvent => ({ name, ph: 'X', ts, dur, ...main });

// Nodes: 1 root → 2 content script function → 3 querySelectorAll (native, no URL); 4 page script; 5 idle.
const nodes = [
  { id: 1, callFrame: { functionName: '(root)' } },
  { id: 2, parent: 1, callFrame: { functionName: 'scan', url: `${CS}facebook.js`, lineNumber: 0, columnNumber: 41 } },
  { id: 3, parent: 2, callFrame: { functionName: 'querySelectorAll' } },
  { id: 4, parent: 1, callFrame: { functionName: 'liveTimes', url: 'https://www.facebook.com/x' } },
  { id: 5, parent: 1, callFrame: { functionName: '(idle)' } },
];

const events: TraceEvent[] = [
  meta(10, 'CrRendererMain'),
  meta(20, 'Compositor'),
  { name: 'EvaluateScript', ph: 'X', ts: 1000, dur: 10, ...main, args: { data: { url: `${CS}facebook.js` } } },
  // Two top-level tasks; the second has a nested task event that must not count twice.
  task(1000, 60_000),
  task(1000, 60_000, 'ThreadControllerImpl::RunTask'),
  task(100_000, 20_000),
  { name: 'Profile', ph: 'P', ts: 0, ...main, id: '0x1', args: { data: { startTime: 1000 } } },
  // Samples every 10 ms from 1000: cs, cs(native), page, cs | idle ... | page, cs
  {
    name: 'ProfileChunk', ph: 'P', ts: 0, ...main, id: '0x1',
    args: { data: { cpuProfile: { nodes, samples: [2, 3, 4, 2, 5] }, timeDeltas: [0, 10_000, 10_000, 10_000, 10_000] } },
  },
  {
    name: 'ProfileChunk', ph: 'P', ts: 0, ...main, id: '0x1',
    args: { data: { cpuProfile: { samples: [5, 4, 2, 5] }, timeDeltas: [49_000, 1_000, 10_000, 10_000] } },
  },
];

describe('trace attribution', () => {
  it('finds the tab\'s main thread by the content script it ran', () => {
    expect(mainThreadRunning(events, CS)).toEqual(main);
    expect(mainThreadRunning(events, 'chrome-extension://other/')).toBeNull();
  });

  it('counts each top-level task once', () => {
    const tasks = topLevelTasks(events, main);
    expect(tasks.map((t) => t.ts)).toEqual([1000, 100_000]);
    expect(busyMs(tasks)).toBe(80);
  });

  it('counts samples with a content-script frame anywhere on the stack, per task and per function', () => {
    const profile = threadProfile(events, main)!;
    const tasks = topLevelTasks(events, main);
    const all = attribute(profile, tasks, CS, { from: 0, to: Number.POSITIVE_INFINITY });
    // Content-script samples at 1000, 11000 (a native call under it), 31000 and 101000 µs: 10 ms each.
    expect(all.ms).toBe(40);
    expect(all.tasks).toEqual([
      { ts: 1000, durMs: 60, matchedMs: 30, top: [{ frame: 'scan facebook.js:1:42', ms: 30 }] },
      { ts: 100_000, durMs: 20, matchedMs: 10, top: [{ frame: 'scan facebook.js:1:42', ms: 10 }] },
    ]);
    expect(all.hotFrames).toEqual([{ frame: 'scan facebook.js:1:42', ms: 40 }]);
  });

  it('keeps to the window it is given', () => {
    const profile = threadProfile(events, main)!;
    const late = attribute(profile, topLevelTasks(events, main), CS, { from: 90_000, to: Number.POSITIVE_INFINITY });
    expect(late.ms).toBe(10);
  });
});
