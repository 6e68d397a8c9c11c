/**
 * Main-thread time per step of a scan (reading, judging, marking …), summed over the step's
 * slices. Each scan's totals become performance measures "uppsikt-step:<step>", shown in DevTools'
 * performance panel and read by `npm run bench`; only the last scan's are kept in the page's timeline.
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
      performance.clearMeasures(name);
      performance.measure(name, { start: end - ms, end });
    }
    this.spent.clear();
  }
}
