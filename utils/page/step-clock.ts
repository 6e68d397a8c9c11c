/** Set on the page's root by the benchmark: each run is measured on its own too (see StepClock). */
export const RUN_SPANS_ATTRIBUTE = 'data-uppsikt-run-spans';

/** The name each run's own measure starts with. */
export const RUN_MEASURE = 'uppsikt-run:';

/**
 * Main-thread time per step of the content script's work (reading, judging, marking, positioning
 * badges …), summed over the step's runs. Each scan ends with the totals as performance measures
 * "uppsikt-step:<step>", shown in DevTools' performance panel and summed by `npm run bench`: one
 * measure per step and scan (making one costs more than a quick step). Work done between scans
 * (noting the page's changes, positioning badges) is counted with the next scan. The page's own
 * list of measures is cleared at once, so it does not grow with every scan.
 *
 * While `spansWanted()` says so (asked at the start and at each flush; the benchmark asks through
 * the page), each run is also measured on its own, "uppsikt-run:<step>" with its real start and
 * end: a trace then tells how much of that wall time the main thread actually ran (thread time).
 */
export class StepClock {
  private spent = new Map<string, number>();
  private running = false;
  /** Each run's step, start and end since the last flush, kept only while spans are wanted (a page left alone could pile up days of them). */
  private runs: Array<[string, number, number]> = [];
  private recording: boolean;

  constructor(private readonly spansWanted: () => boolean = () => false) {
    this.recording = spansWanted();
  }

  /** Runs `work` and counts its time in `step`; a step run inside another counts in the outer one (never twice). */
  run<T>(step: string, work: () => T): T {
    if (this.running) return work();
    this.running = true;
    const start = performance.now();
    try {
      return work();
    } finally {
      this.running = false;
      const end = performance.now();
      this.spent.set(step, (this.spent.get(step) ?? 0) + end - start);
      if (this.recording) this.runs.push([step, start, end]);
    }
  }

  /**
   * Counts every call of `owner[name]` in `step`, whoever makes it. The messaging library calls the
   * browser's sendMessage a microtask after ours, and that call is where a message is copied on the
   * main thread (~1 ms per 50 KB). Returns what puts the method back; nothing is counted where the
   * method cannot be replaced.
   */
  countCalls(owner: object | undefined, name: string, step: string): () => void {
    const target = owner as Record<string, unknown> | undefined;
    const original = target?.[name];
    if (!target || typeof original !== 'function') return () => undefined;
    const counted = (...args: unknown[]) => this.run(step, () => original.apply(owner, args));
    try {
      target[name] = counted;
    } catch {
      return () => undefined;
    }
    return () => {
      if (target[name] === counted) target[name] = original;
    };
  }

  /** Ends a scan: its totals are measured and the clock starts from zero. */
  flush(): void {
    const end = performance.now();
    for (const [step, ms] of this.spent) {
      const name = `uppsikt-step:${step}`;
      performance.measure(name, { start: end - ms, end });
      performance.clearMeasures(name);
    }
    this.spent.clear();
    const names = new Set<string>();
    for (const [step, start, runEnd] of this.runs) {
      const name = `${RUN_MEASURE}${step}`;
      performance.measure(name, { start, end: runEnd });
      names.add(name);
    }
    for (const name of names) performance.clearMeasures(name);
    this.runs = [];
    this.recording = this.spansWanted();
  }
}

/** Something that times the work it runs (a `StepClock`, or nothing outside the content script). */
export interface Timed {
  run<T>(step: string, work: () => T): T;
}

export const untimed: Timed = { run: (_step, work) => work() };
