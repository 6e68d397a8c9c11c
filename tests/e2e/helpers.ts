import type { BrowserContext, Page, Worker } from 'playwright-core';
import { expect } from 'vitest';
export { openWorkList } from '../../scripts/lib/browser';
import { DEFAULT_SETTINGS, type Settings } from '@/utils/settings/schema';
import { demoRoutes, EXTENSION_DIR, waitForScan } from '../../scripts/lib/browser';

/** The demo post (Facebook post, Instagram post, X status) of a platform. */
export const demoPost = (platform: string) => demoRoutes().find((r) => r.platform === platform && /\/(posts|status|p)\//.test(r.url))!;

/** What the demo posts hold, counted by hand: comments, and comments per status. */
export const DEMO_POST_MARKS: Array<[platform: string, total: number, statuses: Record<string, number>]> = [
  ['facebook', 32, { own: 4, answered: 4, unanswered: 22, unknown: 2 }],
  ['instagram', 33, { own: 4, answered: 4, unanswered: 22, unknown: 3 }],
  ['x', 29, { own: 5, answered: 5, unanswered: 19 }],
];

/** Stores settings the way the options page does (WXT item "local:settings"). */
export async function saveSettings(worker: Worker, change: (s: Settings) => Settings): Promise<void> {
  const settings = change(structuredClone(DEFAULT_SETTINGS));
  await worker.evaluate((value) => chrome.storage.local.set({ settings: value }), settings);
}

/** The work-list entry of the comment whose text contains `text`. */
export async function workItem(panel: Page, text: string) {
  const item = panel.locator('li.item', { hasText: text });
  await expect.poll(() => item.count(), { timeout: 30_000 }).toBe(1);
  return item;
}

/** Runs in an extension page or the worker: every record of one table of the extension's database. */
export function readTable<T = Record<string, unknown>>(name: string): Promise<T[]> {
  return new Promise<T[]>((resolve, reject) => {
    const open = indexedDB.open('uppsikt');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const request = open.result.transaction(name, 'readonly').objectStore(name).getAll();
      request.onsuccess = () => resolve(request.result as T[]);
      request.onerror = () => reject(request.error);
    };
  });
}

/** Every record of one table of the extension's database, read in one of its pages or its worker. */
export async function storedRecords<T = Record<string, unknown>>(where: Page | Worker, table: string): Promise<T[]> {
  // Page and Worker evaluate alike, but their overloads do not unite.
  return (where as Page).evaluate(readTable, table) as Promise<T[]>;
}

/** Runs in the page: the marked comments counted per status. */
export function marksByStatus(): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const el of document.querySelectorAll('[data-uppsikt-status]')) {
    const status = el.getAttribute('data-uppsikt-status')!;
    counts[status] = (counts[status] ?? 0) + 1;
  }
  return counts;
}

/** Runs `expression` in the content script's own world on `page` (where a compromised page renderer would be). */
export async function inContentScript(page: Page, extensionId: string, expression: string): Promise<unknown> {
  const cdp = await page.context().newCDPSession(page);
  const worlds: Array<{ id: number; origin: string; auxData?: { type?: string } }> = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => worlds.push(context));
  await cdp.send('Runtime.enable');
  const world = worlds.find((w) => w.auxData?.type === 'isolated' && w.origin.includes(extensionId));
  if (!world) throw new Error(`no content-script world among ${JSON.stringify(worlds)}`);
  const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', { contextId: world.id, expression, awaitPromise: true, returnByValue: true });
  await cdp.detach();
  return exceptionDetails ? `threw: ${exceptionDetails.exception?.description ?? exceptionDetails.text}` : result.value;
}

/** An expression that says what `call` gave ('ok …') or that it was refused ('refused …'). */
export const attempt = (call: string) => `(async () => { try { return 'ok ' + JSON.stringify(await ${call}); } catch (e) { return 'refused ' + e.message; } })()`;

/** A page opened in a new tab, once the content script has scanned it and marked an unanswered comment. */
export async function openMarked(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url);
  await waitForScan(page);
  await expect.poll(() => page.locator('[data-uppsikt-status="unanswered"]').count(), { timeout: 30_000 }).toBeGreaterThan(0);
  return page;
}

/** A part of what the extension draws over the page, as far as it shows on screen. */
export interface ShownPart {
  left: number;
  top: number;
  right: number;
  bottom: number;
  /** The comment it is drawn for. */
  commentId: string;
  classes: string;
}

/**
 * The parts of the extension's layer matching `selector` ('.badge', '.outline', '.word') that show
 * on screen, each cut to the area it is drawn in (below the site's bar, inside a panel) and to the
 * viewport: what the editor sees of them. Parts out of the layout, hidden or wholly cut away are left out.
 */
export function shownInOverlay(page: Page, selector: string): Promise<ShownPart[]> {
  return page.evaluate((wanted) => {
    const root = document.querySelector('uppsikt-overlay')?.shadowRoot;
    const parts: ShownPart[] = [];
    for (const element of root?.querySelectorAll<HTMLElement>(wanted) ?? []) {
      const r = element.getBoundingClientRect();
      let box = { left: Math.max(r.left, 0), top: Math.max(r.top, 0), right: Math.min(r.right, innerWidth), bottom: Math.min(r.bottom, innerHeight) };
      let laidOut = getComputedStyle(element).visibility === 'visible'; // hidden (covered by the site's dialog): not seen
      for (let node: HTMLElement | null = element; node; node = node.parentElement) {
        if (getComputedStyle(node).display === 'none') laidOut = false;
        if (!node.classList.contains('cut')) continue;
        const c = node.getBoundingClientRect();
        box = { left: Math.max(box.left, c.left), top: Math.max(box.top, c.top), right: Math.min(box.right, c.right), bottom: Math.min(box.bottom, c.bottom) };
      }
      const commentId = element.dataset.commentId ?? element.querySelector<HTMLElement>('[data-comment-id]')?.dataset.commentId ?? '';
      if (laidOut && box.right - box.left >= 1 && box.bottom - box.top >= 1) parts.push({ ...box, commentId, classes: element.className });
    }
    return parts;
  }, selector);
}

/**
 * Loads the built extension again over itself, as an update or the reload button on the extensions
 * page does (runtime.onInstalled, reason "update"), and gives the new version's worker.
 * chrome.runtime.reload() unloads an extension given on the command line without loading it again.
 */
export async function reloadExtension(context: BrowserContext): Promise<Worker> {
  const cdp = await context.browser()!.newBrowserCDPSession();
  await cdp.send('Extensions.loadUnpacked' as never, { path: EXTENSION_DIR } as never);
  await cdp.detach();
  // The new version's worker: the old one's handle no longer answers.
  for (const until = Date.now() + 15_000; Date.now() < until; await new Promise((resolve) => setTimeout(resolve, 200))) {
    for (const worker of context.serviceWorkers()) {
      if (await worker.evaluate(() => chrome.runtime.id).catch(() => null)) return worker;
    }
  }
  throw new Error('the reloaded extension has no worker');
}

/** Opens the account overview and adds one account to the register through its form, as an editor does. */
export async function registerInOverview(context: BrowserContext, extensionId: string, name: string, url: string): Promise<Page> {
  const overview = await context.newPage();
  await overview.goto(`chrome-extension://${extensionId}/overview.html`);
  await overview.getByRole('button', { name: 'Lägg till konto' }).click();
  await overview.getByLabel('Namn', { exact: true }).fill(name);
  await overview.getByLabel('Länk till kontot').fill(url);
  await overview.getByRole('button', { name: 'Spara' }).click();
  await overview.locator('tr[data-account]').first().waitFor({ timeout: 20_000 });
  return overview;
}
