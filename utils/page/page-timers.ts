import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/**
 * Timers that go quiet when the extension is reloaded or removed, as WXT's `ctx.setTimeout` and
 * `ctx.requestIdleCallback` do, without what those cost: each call adds a listener to the context
 * that is never taken away (with the callback it holds), and a scan sets several, so a page open
 * all day piled up tens of thousands. Here one listener clears whatever is still pending.
 */
export class PageTimers {
  private timeouts = new Set<number>();
  private idleCallbacks = new Set<number>();

  constructor(private ctx: ContentScriptContext) {
    ctx.onInvalidated(() => {
      for (const id of this.timeouts) clearTimeout(id);
      for (const id of this.idleCallbacks) cancelIdleCallback(id);
      this.timeouts.clear();
      this.idleCallbacks.clear();
    });
  }

  setTimeout(run: () => void, ms = 0): number {
    const id = window.setTimeout(() => {
      this.timeouts.delete(id);
      if (this.ctx.isValid) run();
    }, ms);
    this.timeouts.add(id);
    return id;
  }

  requestIdleCallback(run: () => void, options?: IdleRequestOptions): number {
    const id = requestIdleCallback(() => {
      this.idleCallbacks.delete(id);
      if (this.ctx.isValid) run();
    }, options);
    this.idleCallbacks.add(id);
    return id;
  }
}
