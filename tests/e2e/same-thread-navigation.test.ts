import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Worker } from 'playwright-core';
import { demoRoutes, launchWithExtension, tabIdOf, waitForScan } from '../../scripts/lib/browser';
import { DEMO_POST_MARKS, demoPost, marksByStatus, openMarked } from './helpers';

// The site changes the address but keeps the thread on the page (X's photo viewer over its status,
// its reply box over any page): the badges stay as they are, where the editor was.

let context: BrowserContext;
let worker: Worker;

beforeAll(async () => {
  ({ context, worker } = await launchWithExtension({ userDataDir: mkdtempSync(path.join(os.tmpdir(), 'uppsikt-e2e-same-thread-')), headless: true }));
});
afterAll(async () => { await context?.close(); });

describe('X\'s photo viewer opened over the status', () => {
  it('keeps every badge drawn (none taken away and drawn again), keeps the marks, and the report stays the status\'s', async () => {
    const [, , statuses] = DEMO_POST_MARKS.find(([platform]) => platform === 'x')!;
    const post = demoPost('x');
    const page = await openMarked(context, post.url);
    const badges = () => page.evaluate(() => [...document.querySelector('uppsikt-overlay')?.shadowRoot?.querySelectorAll('button.badge') ?? []].length);
    await expect.poll(badges, { timeout: 20_000 }).toBeGreaterThan(0);
    const tabId = await tabIdOf(worker, page);
    await page.waitForTimeout(1500); // the page settled: no scan going on

    // Each badge drawn is tagged; the fewest badges seen in any frame for two seconds after the address changes.
    const { fewest, before, kept } = await page.evaluate(async () => {
      const drawn = () => [...document.querySelector('uppsikt-overlay')?.shadowRoot?.querySelectorAll<HTMLElement>('button.badge') ?? []];
      const tagged = new WeakSet(drawn());
      const count = drawn().length;
      history.pushState({}, '', `${location.pathname}/photo/1`);
      let least = count;
      for (const until = performance.now() + 2000; performance.now() < until;) {
        await new Promise(requestAnimationFrame);
        least = Math.min(least, drawn().length);
      }
      return { fewest: least, before: count, kept: drawn().filter((b) => tagged.has(b)).length };
    });
    expect(fewest).toBe(before);
    expect(kept).toBe(before);
    expect(await page.evaluate(marksByStatus)).toEqual(statuses);
    await expect.poll(() => worker.evaluate((id) => chrome.storage.session.get(`report:${id}`).then((r) => (r[`report:${id}`] as { url: string }).url), tabId),
      { timeout: 20_000 }).toBe(post.url);
    await page.close();
  });

  it('X\'s reply box (x.com/compose/post) opened over the status and closed again keeps every badge and mark, and the report stays the status\'s', async () => {
    const [, , statuses] = DEMO_POST_MARKS.find(([platform]) => platform === 'x')!;
    const post = demoPost('x');
    const page = await openMarked(context, post.url);
    await expect.poll(() => page.evaluate(() => document.querySelector('uppsikt-overlay')?.shadowRoot?.querySelectorAll('button.badge').length ?? 0), { timeout: 20_000 }).toBeGreaterThan(0);
    const tabId = await tabIdOf(worker, page);
    await page.waitForTimeout(1500);

    const { fewest, before, kept } = await page.evaluate(async () => {
      const drawn = () => [...document.querySelector('uppsikt-overlay')?.shadowRoot?.querySelectorAll<HTMLElement>('button.badge') ?? []];
      const tagged = new WeakSet(drawn());
      const count = drawn().length;
      let least = count;
      const watch = async (ms: number) => {
        for (const until = performance.now() + ms; performance.now() < until;) {
          await new Promise(requestAnimationFrame);
          least = Math.min(least, drawn().length);
        }
      };
      const status = location.pathname;
      history.pushState({}, '', '/compose/post');
      await watch(2500);
      history.pushState({}, '', status); // sent or closed: X goes back to the status
      await watch(1500);
      return { fewest: least, before: count, kept: drawn().filter((b) => tagged.has(b)).length };
    });
    expect(fewest).toBe(before);
    expect(kept).toBe(before);
    expect(await page.evaluate(marksByStatus)).toEqual(statuses);
    const reportedUrl = await worker.evaluate((id) => chrome.storage.session.get(`report:${id}`).then((r) => (r[`report:${id}`] as { url: string }).url), tabId);
    expect(reportedUrl).toBe(post.url);
    await page.close();
  });

  it('X\'s photo viewer opened from the profile leaves the profile read as the profile, not as the photo\'s status (whose conversation is not on the page)', async () => {
    const profile = demoRoutes().find((r) => r.platform === 'x' && !r.url.includes('/status/'))!;
    const page = await context.newPage();
    await page.goto(profile.url);
    await waitForScan(page);
    const tabId = await tabIdOf(worker, page);
    const reportedUrl = () => worker.evaluate((id) => chrome.storage.session.get(`report:${id}`).then((r) => (r[`report:${id}`] as { url: string } | undefined)?.url ?? null), tabId);
    await expect.poll(reportedUrl, { timeout: 20_000 }).toBe(profile.url);
    await page.evaluate(() => history.pushState({}, '', `${location.pathname}/status/1996640000000000001/photo/1`));
    await page.waitForTimeout(6000); // a part not recognised is said once it has lasted 5 s
    expect(await page.evaluate(() => document.documentElement.getAttribute('data-uppsikt-layout'))).toBeNull();
    expect(await reportedUrl()).toBe(profile.url);
    await page.close();
  });
});
