// What a page's renderer holds, each time after a full garbage collection: the JS heap (the page's
// own world and the content script's isolated world share it), the DOM nodes alive but not in the
// document (a thread kept alive after the site left it counts here) and the event listeners.
// Used by the bench (with and without the extension) and by the memory tests.
import type { BrowserContext, Page } from 'playwright-core';

export interface MemoryPoint {
  jsHeapMb: number;
  /** DOM nodes alive but not in the document, open shadow roots counted as in it. */
  detachedNodes: number;
  listeners: number;
}

/** Runs in the page: the nodes in the document, open shadow roots included (no inner functions: tsx would name them). */
export function attachedNodes(): number {
  let count = 0;
  const roots: Node[] = [document];
  while (roots.length) {
    const walker = document.createTreeWalker(roots.pop()!, NodeFilter.SHOW_ALL);
    for (let node: Node | null = walker.currentNode; node; node = walker.nextNode()) {
      count++;
      const shadow = (node as Element).shadowRoot;
      if (shadow) roots.push(shadow);
    }
  }
  return count;
}

/** Runs in the page: the site shows another page in place of the thread, without a reload, as Facebook, Instagram and X do. */
export function leaveThread(): void {
  history.pushState({}, '', `${location.origin}/`);
  const feed = document.createElement('main');
  feed.textContent = 'Flöde';
  document.body.replaceChildren(feed);
}

export async function memoryNow(context: BrowserContext, page: Page): Promise<MemoryPoint> {
  const cdp = await context.newCDPSession(page);
  try {
    for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    const counters = await cdp.send('Memory.getDOMCounters');
    const attached = await page.evaluate(attachedNodes);
    return { jsHeapMb: usedSize / 1e6, detachedNodes: counters.nodes - attached, listeners: counters.jsEventListeners };
  } finally {
    await cdp.detach();
  }
}

/** With the thread open (after every batch was appended), and once the site has left it. */
export interface MemoryRun {
  open: MemoryPoint;
  left: MemoryPoint;
}

/** After the site leaves the thread: the content script sees the new address within a second and scans again. */
const LEAVE_SETTLE_MS = 3000;

/** Measures the open thread, leaves it, and measures again once the page (and the extension) had time to follow. */
export async function memoryAroundLeaving(context: BrowserContext, page: Page): Promise<MemoryRun> {
  const open = await memoryNow(context, page);
  await page.evaluate(leaveThread);
  await page.waitForTimeout(LEAVE_SETTLE_MS);
  return { open, left: await memoryNow(context, page) };
}
