// The popup opened again and again with 100,000 entries in the extension's log (IndexedDB
// "uppsikt", table "log"), seeded from the service worker with plain IndexedDB into the database
// the background's Dexie created, so the schema is the shipped one.
import type { BrowserContext, Worker } from 'playwright-core';

export interface PopupRun {
  logEntries: number;
  openings: number[];
  medianMs: number;
  p95Ms: number;
  domContentLoadedMedianMs: number;
  /** Until the opening tab's checklist (base information for the demo page) is on screen. */
  contentMedianMs: number;
  contentP95Ms: number;
}

/** Writes `count` log entries shaped like appendLog's, in chunks; returns the log's size after. */
export async function seedLog(worker: Worker, count: number): Promise<number> {
  return worker.evaluate(async (n) => {
    const deadline = Date.now() + 15_000;
    while (!(await indexedDB.databases()).some((d) => d.name === 'uppsikt')) {
      if (Date.now() > deadline) throw new Error('Databasen "uppsikt" skapades inte av bakgrunden.');
      await new Promise((r) => setTimeout(r, 200));
    }
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('uppsikt');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    if (!db.objectStoreNames.contains('log')) throw new Error('Databasen "uppsikt" saknar tabellen "log".');
    const actions = ['finding.flagged', 'answered', 'documented', 'delivery.sent', 'false-alarm', 'monitoring-round', 'note'];
    const platforms = ['facebook', 'instagram', 'x'];
    const start = Date.parse('2025-01-01T08:00:00Z');
    const chunk = 10_000;
    for (let from = 0; from < n; from += chunk) {
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction('log', 'readwrite');
        const store = tx.objectStore('log');
        for (let i = from; i < Math.min(n, from + chunk); i++) {
          const platform = platforms[i % 3];
          store.put({
            id: crypto.randomUUID(), at: new Date(start + i * 60_000).toISOString(), by: 'Anna Berg, kommunikatör',
            action: actions[i % actions.length], platform, account: `${platform}:sjovikskommun`,
            pageUrl: `https://www.facebook.com/sjovikskommun/posts/${1000 + (i % 500)}`, commentId: String(880000 + i),
            categories: i % 5 === 0 ? ['prohibited.obscene'] : [], detail: i % 7 === 0 ? 'Besvarad i tråden, se svar från /Anna' : '',
          });
        }
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
    }
    const total = await new Promise<number>((resolve, reject) => {
      const request = db.transaction('log').objectStore('log').count();
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    db.close();
    return total;
  }, count);
}

/**
 * Records the first animation frame in which the popup's heading and tabs exist (it can take
 * input) and the first in which the opening tab's checklist is shown (ms since navigation start).
 */
const READY_PROBE = `(function () {
  function poll() {
    if (!window.__uppsiktReady && document.querySelector('main h1')) window.__uppsiktReady = performance.now();
    if (document.querySelector('[role=tabpanel] .checklist, [role=tabpanel] .hint:not([role=status])')) window.__uppsiktContent = performance.now();
    else requestAnimationFrame(poll);
  }
  requestAnimationFrame(poll);
})();`;

function percentile(xs: number[], p: number): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/**
 * Opens the popup `openings` times (after one warm-up) for the tab `forTab` (a demo page the
 * content script has reported, as when the editor opens it there) and measures, from navigation
 * start, the first animation frame in which `main h1` exists (the popup has rendered and takes
 * input) and the first in which the opening tab's checklist is shown.
 */
export async function measurePopup(context: BrowserContext, extensionId: string, logEntries: number, openings = 10, forTab?: number): Promise<PopupRun> {
  const times: number[] = [];
  const dcl: number[] = [];
  const content: number[] = [];
  const query = forTab === undefined ? '' : `?tab=${forTab}`;
  for (let i = 0; i <= openings; i++) {
    const page = await context.newPage();
    await page.setViewportSize({ width: 400, height: 600 });
    await page.addInitScript({ content: READY_PROBE });
    await page.goto(`chrome-extension://${extensionId}/popup.html${query}`, { waitUntil: 'load' });
    const done = await page.waitForFunction(() => {
      const w = window as unknown as { __uppsiktReady?: number; __uppsiktContent?: number };
      return w.__uppsiktReady && w.__uppsiktContent ? [w.__uppsiktReady, w.__uppsiktContent] : null;
    }, undefined, { timeout: 10_000, polling: 50 });
    const [at, shown] = (await done.jsonValue()) as [number, number];
    const nav = await page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)?.domContentLoadedEventEnd ?? 0);
    if (i > 0) {
      times.push(at);
      dcl.push(nav);
      content.push(shown);
    }
    await page.close();
  }
  return {
    logEntries, openings: times, medianMs: percentile(times, 50), p95Ms: percentile(times, 95), domContentLoadedMedianMs: percentile(dcl, 50),
    contentMedianMs: percentile(content, 50), contentP95Ms: percentile(content, 95),
  };
}
