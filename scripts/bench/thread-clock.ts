// The content script's runs, as they ran. Its step clock sums each step's wall time and measures the
// totals at the end of a scan, with work done between scans (badges placed after a scroll) counted
// with the next scan. Asked by the page (RUN_SPANS_ATTRIBUTE), it also measures each run on its own
// ("uppsikt-run:…", with its real start and end). From a light trace (the tasks with their thread
// time `tdur`, and the page's user timing) this gives:
// - the runs by when they ran: the badges placed after the bench scrolled to the end are the scroll's
//   cost, not that of the comments appended after it;
// - their thread time: on a busy machine (two cores shared by the browser, the GPU process, the
//   service worker and the page) the system stops the page's main thread now and then, and that
//   pause lands in whichever step runs. A run counts for its wall time × the share (tdur / dur) the
//   thread ran of the innermost traced event around it.
import { RUN_MEASURE } from '../../utils/page/step-clock';
import type { TraceEvent, Window } from './trace-analysis';

export interface ThreadClock {
  /** Wall time of the runs that began inside the window (ms): the own clock's time, counted by when it ran. */
  wallMs: number;
  /** Their thread time (ms). */
  ms: number;
  /** Runs no traced event enclosed: counted at their wall time. */
  unenclosed: number;
  /** Wall time by step (ms), largest first: where the window's time went. */
  steps: Array<{ step: string; ms: number }>;
}

interface Run {
  step: string;
  tid: number;
  pid: number;
  from: number;
  to: number;
}

/** The runs' begin/end pairs (each measure is traced as "b" then "e" with the same name). */
function tracedRuns(events: readonly TraceEvent[]): Run[] {
  const open = new Map<string, TraceEvent>();
  const runs: Run[] = [];
  for (const e of events) {
    if (!e.name.startsWith(RUN_MEASURE) || !(e.cat ?? '').includes('blink.user_timing')) continue;
    const key = `${e.pid}:${e.tid}:${e.name}`;
    if (e.ph === 'b') open.set(key, e);
    else if (e.ph === 'e' && open.has(key)) {
      const begin = open.get(key)!;
      open.delete(key);
      runs.push({ step: e.name.slice(RUN_MEASURE.length), pid: begin.pid, tid: begin.tid, from: begin.ts, to: e.ts });
    }
  }
  return runs.sort((a, b) => a.from - b.from);
}

/** The thread's complete events that carry thread time, by start. */
function timedEvents(events: readonly TraceEvent[], pid: number, tid: number): TraceEvent[] {
  return events
    .filter((e) => e.ph === 'X' && e.pid === pid && e.tid === tid && e.dur !== undefined && typeof e.tdur === 'number')
    .sort((a, b) => a.ts - b.ts);
}

/** Index of the last event that starts at or before ts (−1 when none). */
function lastStartingBy(timed: readonly TraceEvent[], ts: number): number {
  let low = 0;
  let high = timed.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (timed[mid].ts <= ts) {
      found = mid;
      low = mid + 1;
    } else high = mid - 1;
  }
  return found;
}

/** The page's clock is coarsened to 100 µs (no cross-origin isolation): a run's ends may lie that far outside its task's. */
const PAGE_CLOCK_STEP_US = 100;

/** How much of its wall time the thread ran, in the innermost event around the run (null: none is). */
function runningShare(timed: readonly TraceEvent[], run: Run): number | null {
  // Events nest: of those around the run, the one that starts last is the innermost.
  for (let i = lastStartingBy(timed, run.from + PAGE_CLOCK_STEP_US); i >= 0; i--) {
    const e = timed[i];
    if (e.ts + (e.dur ?? 0) >= run.to - PAGE_CLOCK_STEP_US) return e.dur ? Math.min(1, (e.tdur ?? 0) / e.dur) : 1;
    if (run.from - e.ts > 60_000_000) break; // no task runs a minute
  }
  return null;
}

/** The traced runs per window, by when they began (null when the trace holds no runs). */
export function threadClock(events: readonly TraceEvent[], windows: readonly Window[]): ThreadClock[] | null {
  const runs = tracedRuns(events);
  if (runs.length === 0) return null;
  const { pid, tid } = runs[0];
  const timed = timedEvents(events, pid, tid);
  return windows.map((window) => {
    const clock: ThreadClock = { wallMs: 0, ms: 0, unenclosed: 0, steps: [] };
    const bySteps = new Map<string, number>();
    for (const run of runs) {
      if (run.pid !== pid || run.tid !== tid || run.from < window.from || run.from >= window.to) continue;
      const wall = (run.to - run.from) / 1000;
      const share = runningShare(timed, run);
      if (share === null) clock.unenclosed++;
      clock.wallMs += wall;
      clock.ms += wall * (share ?? 1);
      bySteps.set(run.step, (bySteps.get(run.step) ?? 0) + wall);
    }
    clock.steps = [...bySteps].map(([step, ms]) => ({ step, ms })).sort((a, b) => b.ms - a.ms);
    return clock;
  });
}
