import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { launchWithExtension, tabIdOf } from '../../scripts/lib/browser';
import { DEMO_POST_MARKS, demoPost, marksByStatus, openMarked, openWorkList, reloadExtension } from './helpers';

// Chrome starts no declared content script in a tab that is already open when the extension is
// installed, updated or reloaded: the background starts it there. The page is never reloaded here.

let context: BrowserContext;
let extensionId: string;

beforeAll(async () => {
  ({ context, extensionId } = await launchWithExtension({ userDataDir: mkdtempSync(path.join(os.tmpdir(), 'uppsikt-e2e-open-tabs-')), headless: true }));
});
afterAll(async () => { await context?.close(); });

/** The extension's layers in the page and the comments their badges stand for, as many times as each is drawn. */
function layers(page: Page): Promise<{ overlays: number; badgedComments: string[] }> {
  return page.evaluate(() => {
    const overlays = [...document.querySelectorAll('uppsikt-overlay')];
    const badgedComments = overlays.flatMap((o) => [...o.shadowRoot?.querySelectorAll<HTMLElement>('button.badge') ?? []].map((b) => b.dataset.commentId ?? ''));
    return { overlays: overlays.length, badgedComments };
  });
}

describe('a page open while the extension is updated or reloaded', () => {
  it('is read, marked, badged once and reported again without a reload, and the side panel lists it', async () => {
    const [, total, statuses] = DEMO_POST_MARKS.find(([platform]) => platform === 'facebook')!;
    const page = await openMarked(context, demoPost('facebook').url);
    await expect.poll(async () => (await layers(page)).badgedComments.length, { timeout: 20_000 }).toBeGreaterThan(0);
    const badgedBefore = (await layers(page)).badgedComments.sort();

    const worker = await reloadExtension(context);
    // The earlier version's orphan is gone (it goes at the latest when the editor comes back to the tab).
    await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
    await expect.poll(() => page.evaluate(marksByStatus), { timeout: 20_000 }).toEqual(statuses);
    await expect.poll(async () => (await layers(page)).badgedComments.sort(), { timeout: 20_000 }).toEqual(badgedBefore);
    expect((await layers(page)).overlays).toBe(1);
    expect(await page.locator('[data-uppsikt-status]').count()).toBe(total);
    expect(await page.getAttribute('html', 'data-uppsikt-platform')).toBe('facebook');

    // The script started a second time in the page (its own load racing the install): one scanner, one set of badges.
    const tabId = await tabIdOf(worker, page);
    await worker.evaluate((id) => chrome.scripting.executeScript({ target: { tabId: id }, files: ['content-scripts/facebook.js'] }), tabId);
    await page.waitForTimeout(3000);
    expect(await layers(page)).toEqual({ overlays: 1, badgedComments: badgedBefore });
    expect(await page.evaluate(marksByStatus)).toEqual(statuses);

    const panel = await openWorkList(context, worker, page, extensionId);
    await expect.poll(() => panel.locator('li.item').count(), { timeout: 20_000 }).toBe(statuses.unanswered + statuses.unknown);
    await expect(panel.getByText('inte granskad', { exact: false }).count()).resolves.toBe(0);
    await panel.close();
    await page.close();
  });
});
