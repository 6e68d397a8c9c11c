/**
 * Work cut into tasks of about `ms` each, so the page never waits long for the script: the steps of
 * a scan share one task's time, and a step that would start once it is spent waits for a new task.
 * (Each step giving itself a fresh slice made a task of three slices: judging, the report, marks.)
 */
export class TaskSlices {
  private end = 0;

  constructor(private readonly ms: number, private readonly nextTask: () => Promise<void>) {}

  /** When the current slice ends (a performance.now() time). */
  get deadline(): number {
    return this.end;
  }

  /** Starts a slice: a new task has begun (the page was waited for, or a message answered). */
  start(): void {
    this.end = performance.now() + this.ms;
  }

  /** Waits for a new task when this one's time is spent. */
  async next(): Promise<void> {
    if (performance.now() < this.end) return;
    await this.nextTask();
    this.start();
  }

  /** Runs `step` with the slice's deadline, slice after slice, until it says it is done. */
  async until(step: (deadline: number) => boolean): Promise<void> {
    await this.next();
    while (!step(this.end)) {
      await this.nextTask();
      this.start();
    }
  }
}
