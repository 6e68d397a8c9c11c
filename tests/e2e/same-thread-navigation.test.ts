import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Worker } from 'playwright-core';
import { launchWithExtension, tabIdOf } from '../../scripts/lib/browser';
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
  it('keeps every badge drawn (none taken away and drawn again), keeps the marks, and reports the viewer\'s address', async () => {
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
      { timeout: 20_000 }).toBe(`${post.url}/photo/1`);
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
});
