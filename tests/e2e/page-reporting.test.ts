import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { launchWithExtension, waitForScan } from '../../scripts/lib/browser';
import { demoPost, storedRecords } from './helpers';

// What the page's content script tells the background, as an editor meets it: the layout notice
// and the log's count of layout misses (for IT support).

/** The demo X conversation as X serves it: an empty shell, the tweets drawn two seconds after load. */
const X_LATE = 'https://x.com/SjovikKommun/status/1996640000000000099';
const lateX = readFileSync(demoPost('x').file, 'utf8')
  .replace('<body>', '<body><template id="later">')
  .replace('</body>', '</template><script>setTimeout(() => document.body.append(document.getElementById("later").content.cloneNode(true)), 2000)</script></body>');

let context: BrowserContext;
let worker: Worker;

beforeAll(async () => {
  ({ context, worker } = await launchWithExtension({
    userDataDir: mkdtempSync(path.join(os.tmpdir(), 'uppsikt-e2e-reporting-')),
    headless: true,
    pages: new Map([[X_LATE, lateX]]),
  }));
});
afterAll(async () => { await context?.close(); });

/** The log's layout misses of a page: one detail per entry. */
async function layoutMisses(url: string): Promise<string[]> {
  const log = await storedRecords<{ action: string; pageUrl: string | null; detail: string }>(worker, 'log');
  return log.filter((e) => e.action === 'layout.unrecognised' && e.pageUrl === url).map((e) => e.detail);
}

/** Has the page note every time the extension says its layout is not recognised (before any script of the page runs). */
async function watchLayoutNotice(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { layoutSeen: string[] }).layoutSeen = seen;
    new MutationObserver(() => {
      const value = document.documentElement.getAttribute('data-uppsikt-layout');
      if (value) seen.push(value);
    }).observe(document.documentElement, { attributes: true, attributeFilter: ['data-uppsikt-layout'] });
  });
}

describe('layout misses', () => {
  it('a page whose content the site draws after loading is not called unrecognised, nor logged as a miss', async () => {
    const page = await context.newPage();
    await watchLayoutNotice(page);
    await page.goto(X_LATE);
    await waitForScan(page);
    await expect.poll(() => page.locator('[data-uppsikt-status]').count(), { timeout: 30_000 }).toBe(29);
    await page.waitForTimeout(7000); // longer than a miss must last to be said
    expect(await page.evaluate(() => (window as unknown as { layoutSeen: string[] }).layoutSeen)).toEqual([]);
    expect(await layoutMisses(X_LATE)).toEqual([]);
    await page.close();
  });

  it('logs each part that is not recognised once per page, however the page changes after', async () => {
    const url = demoPost('facebook').url;
    const page = await context.newPage();
    await page.goto(url);
    await waitForScan(page);
    await expect.poll(() => page.locator('[data-uppsikt-status]').count(), { timeout: 30_000 }).toBe(32);
    // As the site redraws: the elements are replaced by copies with another role.
    const setRole = (selector: string, role: string) => page.evaluate(([s, r]) => document.querySelectorAll(s).forEach((a) => {
      const copy = a.cloneNode(true) as Element;
      copy.setAttribute('role', r);
      copy.setAttribute('data-test-was', 'article');
      a.replaceWith(copy);
    }), [selector, role]);
    const hide = (selector: string) => setRole(selector, 'presentation');
    const show = (selector: string) => setRole(selector, 'article');
    // The site changes how it marks up comments: none is recognised.
    await hide('[role="article"][aria-label]');
    await expect.poll(() => layoutMisses(url), { timeout: 30_000 }).toHaveLength(1);
    // Then the post too, and the post comes back, while the comments stay unrecognised.
    await hide('[role="article"]');
    await expect.poll(async () => (await layoutMisses(url)).join('\n'), { timeout: 30_000 }).toContain('postArticle');
    await show('[data-test-was]:not([aria-label])');
    await page.waitForTimeout(7000);
    const logged = await layoutMisses(url);
    expect(logged.filter((detail) => detail.includes('commentArticle'))).toHaveLength(1);
    expect(logged.filter((detail) => detail.includes('postArticle'))).toHaveLength(1);
    await page.close();
  });
});
