/**
 * Main-thread time per step of the content script's work (reading, judging, marking, positioning
 * badges …), summed over the step's runs. Each scan ends with the totals as performance measures
 * "uppsikt-step:<step>", shown in DevTools' performance panel and summed by `npm run bench`: one
 * measure per step and scan (making one costs more than a quick step). Work done between scans
 * (noting the page's changes, positioning badges) is counted with the next scan. The page's own
 * list of measures is cleared at once, so it does not grow with every scan.
 */
export class StepClock {
  private spent = new Map<string, number>();

  run<T>(step: string, work: () => T): T {
    const start = performance.now();
    try {
      return work();
    } finally {
      this.spent.set(step, (this.spent.get(step) ?? 0) + performance.now() - start);
    }
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
  }
}

/** Something that times the work it runs (a `StepClock`, or nothing outside the content script). */
export interface Timed {
  run<T>(step: string, work: () => T): T;
}

export const untimed: Timed = { run: (_step, work) => work() };
