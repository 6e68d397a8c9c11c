import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { demoRoutes, launchWithExtension, tabIdOf, waitForScan } from '../../scripts/lib/browser';
import { attempt, demoPost, inContentScript, saveSettings, storedRecords } from './helpers';

// What the page's content script tells the background, as an editor meets it: the layout notice
// and the log's count of layout misses (for IT support).

/** The demo X conversation as X serves it: an empty shell, the tweets drawn two seconds after load. */
const X_LATE = 'https://x.com/SjovikKommun/status/1996640000000000099';
const lateX = readFileSync(demoPost('x').file, 'utf8')
  .replace('<body>', '<body><template id="later">')
  .replace('</body>', '</template><script>setTimeout(() => document.body.append(document.getElementById("later").content.cloneNode(true)), 2000)</script></body>');

let context: BrowserContext;
let worker: Worker;
let extensionId: string;

beforeAll(async () => {
  ({ context, worker, extensionId } = await launchWithExtension({
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

/** What a tab's toolbar button shows: the count, and the tooltip that says what it counts. */
function toolbarButton(tabId: number, where: Page | Worker = worker) {
  return (where as Page).evaluate(async (id) => ({ text: await chrome.action.getBadgeText({ tabId: id }), title: await chrome.action.getTitle({ tabId: id }) }), tabId);
}

/** Runs in the page: a copy of the last unanswered comment, with its own id and text, appended after it. */
function addComment(text: string): void {
  const unanswered = [...document.querySelectorAll('[data-uppsikt-status="unanswered"]')].at(-1)!;
  const clone = unanswered.cloneNode(true) as Element;
  clone.removeAttribute('data-uppsikt-status');
  clone.setAttribute('data-test-added', '');
  for (const a of clone.querySelectorAll('a[href*="comment_id="]')) a.setAttribute('href', a.getAttribute('href')!.replace(/comment_id=[^&]+/, 'comment_id=4242424242'));
  [...clone.querySelectorAll('div[dir="auto"]')].at(-1)!.textContent = text;
  unanswered.parentElement!.append(clone);
}

describe('the toolbar button', () => {
  it('counts per tab what needs action, says what the number is, follows the page, and is put right after the worker was stopped', async () => {
    const facebook = await context.newPage();
    await facebook.goto(demoPost('facebook').url);
    await waitForScan(facebook);
    const x = await context.newPage();
    await x.goto(demoPost('x').url);
    await waitForScan(x);
    const facebookTab = await tabIdOf(worker, facebook);
    const xTab = await tabIdOf(worker, x);
    // The demo post: 9 to act on now, 2 with hidden replies among the 24 (counted by hand in tests/e2e/helpers); the groups add up to the number.
    await expect.poll(() => toolbarButton(facebookTab), { timeout: 30_000 }).toEqual({
      text: '24', title: 'Uppsikt: 24 kommentarer på sidan behöver åtgärd: 9 att åtgärda nu, 14 obesvarade, 1 till ärendehantering; av dem 2 med dolda svar (kan vara besvarade)',
    });
    await expect.poll(async () => (await toolbarButton(xTab)).text, { timeout: 30_000 }).toBe('20');

    await facebook.evaluate(addComment, 'Kan ni berätta när simskolan för vuxna startar i vår?');
    await expect.poll(async () => (await toolbarButton(facebookTab)).text, { timeout: 30_000 }).toBe('25');
    await facebook.locator('[data-test-added]').evaluate((el) => el.remove());
    await expect.poll(async () => (await toolbarButton(facebookTab)).text, { timeout: 30_000 }).toBe('24');

    // A navigation without reload to the account's profile, which has no comments: the post's count goes.
    const profile = demoRoutes().find((r) => r.platform === 'x' && !r.url.includes('/status/'))!;
    await x.evaluate((html) => {
      history.pushState({}, '', '/SjovikKommun');
      document.body.replaceWith(document.adoptNode(new DOMParser().parseFromString(html, 'text/html').body));
    }, readFileSync(profile.file, 'utf8'));
    await expect.poll(() => toolbarButton(xTab), { timeout: 30_000 }).toEqual({ text: '', title: 'Uppsikt: inget på sidan behöver åtgärd' });
    expect((await toolbarButton(facebookTab)).text).toBe('24');

    // The worker is stopped when idle; the next change on the page wakes it, and the count is right.
    const cdp = await context.newCDPSession(facebook);
    await cdp.send('ServiceWorker.enable' as never);
    await cdp.send('ServiceWorker.stopAllWorkers' as never);
    await cdp.detach();
    await facebook.evaluate(addComment, 'Varför svarar ingen på mina frågor om bygglovet?');
    const extensionPage = await context.newPage();
    await extensionPage.goto(`chrome-extension://${extensionId}/popup.html`);
    await expect.poll(async () => (await toolbarButton(facebookTab, extensionPage)).text, { timeout: 30_000 }).toBe('25');

    // In English when the editor chose English.
    await saveSettings(extensionPage as unknown as Worker, (settings) => ({ ...settings, language: 'en' }));
    await expect.poll(async () => (await toolbarButton(facebookTab, extensionPage)).title, { timeout: 30_000 })
      .toMatch(/^Uppsikt: 25 comments on this page need action: 9 to act on now, /);
    // The badges say which language they are in, for a screen reader on a page in another.
    const overlayLang = () => facebook.evaluate(() => document.querySelector('uppsikt-overlay')?.getAttribute('lang') ?? null);
    await expect.poll(overlayLang, { timeout: 30_000 }).toBe('en');
    await saveSettings(extensionPage as unknown as Worker, (settings) => settings); // Swedish again, for the tests after
    await expect.poll(overlayLang, { timeout: 30_000 }).toBe('sv');

    // A closed tab's report is not kept.
    await x.close();
    await expect.poll(() => extensionPage.evaluate((id) => chrome.storage.session.get(`report:${id}`).then((r) => Object.keys(r)), xTab), { timeout: 10_000 }).toEqual([]);
    await extensionPage.close();
    await facebook.close();
  });
});

describe('a report the background cannot take', () => {
  it('is refused with the reason, and the page\'s own reports are still taken', async () => {
    const page = await context.newPage();
    await page.goto(demoPost('facebook').url);
    await waitForScan(page);
    const tabId = await tabIdOf(worker, page);
    await expect.poll(async () => (await toolbarButton(tabId)).text, { timeout: 30_000 }).toBe('24');
    // As a page's renderer could send it: a part of a report in a million parts, and one with far too many items.
    const send = (part: string) => inContentScript(page, extensionId,
      attempt(`chrome.runtime.sendMessage({ id: 1, type: 'reportPage', timestamp: Date.now(), data: ${part} })`));
    expect(await send('{ scan: Date.now() * 2, base: null, index: 0, parts: 1e6, items: [] }')).toMatch(/^ok .*"ok":false,"reason":"Ogiltig sidrapport: parts /);
    expect(await send('{ scan: Date.now() * 2, base: null, index: 0, parts: 1, items: Array.from({ length: 5000 }, () => ({ commentId: "x" })) }'))
      .toMatch(/^ok .*"ok":false,"reason":"Ogiltig sidrapport: items/);
    expect(await toolbarButton(tabId)).toEqual({ text: '!', title: expect.stringMatching(/^Uppsikt: sidans senaste rapport togs inte emot/) });
    await page.evaluate(addComment, 'Kan ni berätta när simskolan för vuxna startar i vår?');
    await expect.poll(async () => (await toolbarButton(tabId)).text, { timeout: 30_000 }).toBe('25');
    await page.close();
  });
});

describe('a tab that leaves the sites', () => {
  it('a decision in the side panel lowers the count; the panel no longer lists the comments of a page the tab left, and its report is not kept', async () => {
    const page = await context.newPage();
    await page.goto(demoPost('facebook').url);
    await waitForScan(page);
    const tabId = await tabIdOf(worker, page);
    const panel = await context.newPage();
    await panel.goto(`chrome-extension://${extensionId}/sidepanel.html?tab=${tabId}`);
    await expect.poll(() => panel.locator('li.item').count(), { timeout: 30_000 }).toBe(24);
    // A decision in the panel lowers the toolbar count with the list.
    const thanks = panel.locator('li.item', { hasText: 'Tack för att ni satsar på barnen' });
    await thanks.getByRole('button', { name: 'Markera som besvarad' }).click();
    await thanks.getByRole('button', { name: 'Per telefon' }).click();
    await expect.poll(() => panel.locator('li.item').count(), { timeout: 30_000 }).toBe(23);
    await expect.poll(async () => (await toolbarButton(tabId)).text, { timeout: 30_000 }).toBe('23');
    // Another site (here refused, so an error page): no content script of ours runs there.
    await page.goto('https://example.org/').catch(() => undefined);
    await expect.poll(() => panel.locator('li.item').count(), { timeout: 30_000 }).toBe(0);
    await panel.reload();
    await expect.poll(() => panel.locator('.hint').first().textContent(), { timeout: 30_000 }).toBeTruthy();
    expect(await panel.locator('li.item').count()).toBe(0);
    expect(await panel.evaluate((id) => chrome.storage.session.get(`report:${id}`).then((r) => Object.keys(r)), tabId)).toEqual([]);
    // Back on the post, its comments are listed again, less the one answered.
    await page.goto(demoPost('facebook').url);
    await expect.poll(() => panel.locator('li.item').count(), { timeout: 30_000 }).toBe(23);
    await panel.close();
    await page.close();
  });
});
