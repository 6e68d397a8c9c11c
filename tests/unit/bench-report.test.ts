// The bench's verdicts: the targets are judged on the script's own clock without the profiler (as
// the floor is measured), the append target on the median batch, and long tasks only where the
// profiler could attribute them.
import { describe, expect, it } from 'vitest';
import type { AppendRound, ExtensionRun, PhaseResult } from '../../scripts/bench/measure-extension';
import { appendMsOf, longestTaskOf, printReport, ratioOf, verdicts, type PlatformRow } from '../../scripts/bench/report';
import { ownClock } from '../../scripts/bench/own-clock';

const phase = (ownClockMs: number | null, extra: Partial<PhaseResult> = {}): PhaseResult => ({
  wallMs: 10, contentScriptMs: null, longestExtensionTaskMs: null, maxContentScriptInTaskMs: null, extensionTasksOver50: 0, longTasks: [],
  serviceWorkerMs: 1, pageTaskMs: 0, pageScriptMs: 0, hotFrames: [], scans: 1, steps: ownClockMs === null ? [] : [{ step: 'read', ms: ownClockMs }],
  inclusiveFrames: [], ownClockMs, threadClock: null, ...extra,
});
const round = (ownClockMs: number | null, { scrolledBefore = null, ...extra }: Partial<AppendRound> = {}): AppendRound => (
  { ...phase(ownClockMs, extra), count: 100, marked: 100, scrolledBefore }
);
const run = (load: PhaseResult, appends: AppendRound[], profiled = false): ExtensionRun => ({
  platform: 'facebook', commentCount: 5000, marked: 5000, badges: 4000, reportItems: 4000, profiled, load, appends, longTasksSeenByPage: 0, memory: null, notes: [],
});
const row = (extension: ExtensionRun, profiled: ExtensionRun | null = null): PlatformRow => ({
  platform: 'facebook', extension, profiled, bundleKbGz: 35,
  floor: { platform: 'facebook', walkMs: 20, runs: [20], leastMs: 50, walked: 5000, pageTaskMs: 100, longTasksSeenByPage: 0, roundPageTaskMs: [], memory: null },
});

describe('bench verdicts', () => {
  it('judges 100 appended on the median batch, so a first batch paying for unoptimised code does not decide alone', () => {
    const r = row(run(phase(600), [round(31), round(15), round(14), round(40), round(12)]));
    expect(appendMsOf(r)).toBe(15);
    expect(verdicts(r).append).toBe(true);
    expect(verdicts(row(run(phase(600), [round(31), round(17), round(18)]))).append).toBe(false);
  });

  it('puts the own clock at load next to the floor, both without the profiler', () => {
    const r = row(run(phase(600, { contentScriptMs: 1500 }), [round(10)]));
    expect(ratioOf(r)).toBe(30);
    expect(verdicts(r).ratio).toBe(false);
    expect(verdicts(row(run(phase(30), [round(10)]))).ratio).toBe(true);
  });

  it('takes the longest task from the profiled run, over loading and every batch, and leaves it open without one', () => {
    const plain = run(phase(600), [round(10)]);
    expect(longestTaskOf(row(plain))).toBeNull();
    expect(verdicts(row(plain)).longestTask).toBeNull();
    const profiled = run(phase(700, { longestExtensionTaskMs: 45 }), [round(20, { longestExtensionTaskMs: 12 }), round(20, { longestExtensionTaskMs: 61 })], true);
    expect(longestTaskOf(row(plain, profiled))).toBe(61);
    expect(verdicts(row(plain, profiled)).longestTask).toBe(false);
  });

  it('finds a thread kept alive after the site left it, counting only what the page alone does not keep', () => {
    const point = (jsHeapMb: number, detachedNodes: number) => ({ jsHeapMb, detachedNodes, listeners: 29 });
    const measured = (extensionLeft: number, pageLeft: number): PlatformRow => {
      const r = row({ ...run(phase(600), [round(10)]), memory: { open: point(14.5, 12), left: point(3.7, extensionLeft) } });
      return { ...r, floor: { ...r.floor, memory: { open: point(0.8, 230), left: point(0.8, pageLeft) } } };
    };
    expect(verdicts(measured(240, 228)).threadFreed).toBe(true); // Instagram's page keeps 228 nodes of its own
    expect(verdicts(measured(139_651, 0)).threadFreed).toBe(false); // the whole thread
    expect(verdicts(row(run(phase(600), [round(10)]))).threadFreed).toBeNull(); // not measured
    const text = printReport([measured(10, 0)], null, 'inte mätt');
    expect(text).toContain('JS-heap 14.5 MB med tillägget, 0.8 MB utan (+13.7 MB, 2.7 KB per kommentar)');
    expect(text).toMatch(/ 10 ✓$/m);
  });

  it('puts the page\'s own main-thread time per round (what it draws as well) next to the same rounds without the extension', () => {
    const r = row(run(phase(600), [round(20, { pageTaskMs: 990 }), round(20, { pageTaskMs: 2100 }), round(20, { pageTaskMs: 950 })]));
    expect(printReport([r], null, 'inte mätt')).not.toContain('per omgång (rulla'); // the floor measured no rounds
    const text = printReport([{ ...r, floor: { ...r.floor, roundPageTaskMs: [880, 860, 910] } }], null, 'inte mätt');
    expect(text).toContain('sidans huvudtråd per omgång (rulla till sista kommentaren, 100 tillagda, allt sidan ritar): median 990 ms med tillägget mot 880 ms utan');
  });

  it('puts the least reading (each comment\'s author and time found) next to the floor and the content script', () => {
    const text = printReport([row(run(phase(600), [round(10)]))], null, 'inte mätt');
    expect(text).toContain('facebook: minsta läsning 50.0 ms = 2.5× golvet; innehållsskriptet 12.0× den.');
  });

  it('prints every batch and the median in the table', () => {
    const text = printReport([row(run(phase(600), [round(31), round(15), round(14)]))], null, 'inte mätt');
    expect(text).toContain('31.0 · 15.0 · 14.0');
    expect(text).toMatch(/15\.0 ✓/);
  });
});

describe('the content script\'s own clock, from the page\'s timeline', () => {
  it('sums each step and counts scans over the measures that began inside the window', () => {
    const measures = [
      { name: 'uppsikt-step:read', start: 1, duration: 12 }, { name: 'uppsikt-step:marks', start: 2, duration: 0.5 },
      { name: 'uppsikt-scan', start: 1, duration: 39 }, { name: 'uppsikt-step:read', start: 50, duration: 3 },
      { name: 'uppsikt-step:read', start: 90, duration: 9 }, { name: 'uppsikt-bench-append-0', start: 60, duration: 0 },
      { name: 'uppsikt-step:judge', start: 60, duration: 4 },
    ];
    const { steps, scans } = ownClock(measures, { from: 0, to: 80 });
    expect(Object.fromEntries(steps)).toEqual({ 'uppsikt-step:read': 15, 'uppsikt-step:marks': 0.5, 'uppsikt-step:judge': 4 });
    expect(scans).toBe(1);
    expect(ownClock(measures, { from: 80, to: Number.POSITIVE_INFINITY }).steps.get('uppsikt-step:read')).toBe(9);
  });

  it('judges a round on its runs from the append to the next scroll where the trace has them, the scroll before apart', () => {
    const traced = (wallMs: number, ms: number, scroll: number, unenclosed = 0) => ({
      threadClock: { wallMs, ms, unenclosed, steps: [{ step: 'read', ms: wallMs - 1 }, { step: 'judge', ms: 1 }] },
      scrolledBefore: { wallMs: scroll, ms: scroll, unenclosed: 0, steps: [{ step: 'position', ms: scroll }] },
    });
    // The own clock (with the scroll before) says 20, 19, 30; the runs from each append say 14, 15.5, 19.
    const rounds = [round(20, traced(14, 13, 6, 2)), round(19, traced(15.5, 15, 3.5)), round(30, traced(19, 17, 11))];
    const r = row(run(phase(600, { threadClock: { wallMs: 600, ms: 540, unenclosed: 1, steps: [{ step: 'read', ms: 600 }] } }), rounds));
    expect(appendMsOf(r)).toBe(15.5);
    expect(verdicts(r).append).toBe(true);
    const text = printReport([r], null, 'inte mätt');
    expect(text).toContain('tillagda per omgång (egen klocka, med skrollen före): 20.0 · 19.0 · 30.0 ms');
    expect(text).toContain('körningarna som de gick: tillagda (från tillägget till nästa skroll) 14.0 · 15.5 · 19.0 ms, median 15.5; skrollen före 6.0 · 3.5 · 11.0 ms; '
      + 'i trådtid (utan den tid systemet inte lät sidans huvudtråd köra) laddning 540 ms, tillagda 13.0 · 15.0 · 17.0 ms, median 15.0 (3 körningar utan spårad uppgift räknade i väggtid)');
    // The steps shown are the median round's, from the append on (not the own clock's, with the scroll before).
    expect(text).toContain('steg vid tillägg, medianomgången från tillägget (egen klocka): read 14.5 · judge 1.0 ms');
    expect(text).not.toContain('medianomgången (egen klocka)');
    // Without runs in the trace (an older build, the profiled run), the own clock's totals decide.
    const untraced = row(run(phase(600), [round(20), round(19), round(30, traced(1, 1, 1))]));
    expect(appendMsOf(untraced)).toBe(20);
    expect(printReport([untraced], null, 'inte mätt')).toContain('steg vid tillägg, medianomgången (egen klocka): read 20.0 ms');
    expect(printReport([row(run(phase(600), [round(20)]))], null, 'inte mätt')).not.toContain('körningarna som de gick');
  });
});
