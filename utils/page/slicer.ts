/**
 * Cuts a long loop on the page's main thread into tasks of about `ms` milliseconds, so the page
 * never freezes (no long task) while thousands of comments are marked.
 */
export class Slicer {
  private started = performance.now();

  constructor(private readonly ms: number) {}

  /** Has this slice used its time? */
  due(): boolean {
    return performance.now() - this.started > this.ms;
  }

  /** Lets the page run (`yieldToPage` ends the task), then starts a new slice. */
  async pause(yieldToPage: () => Promise<void>): Promise<void> {
    await yieldToPage();
    this.started = performance.now();
  }
}
