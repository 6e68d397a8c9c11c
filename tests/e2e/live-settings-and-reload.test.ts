import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { launchWithExtension } from '../../scripts/lib/browser';
import { demoPost, openMarked, saveSettings } from './helpers';

// The content script's life on an open page in the built extension: marking turned off and on in
// the settings while the page is open, and the extension reloaded under it (an update does the same).

let context: BrowserContext;
let worker: Worker;

beforeAll(async () => {
  ({ context, worker } = await launchWithExtension({ userDataDir: mkdtempSync(path.join(os.tmpdir(), 'uppsikt-e2e-live-')), headless: true }));
});
afterAll(async () => { await context?.close(); });

const open = (url: string): Promise<Page> => openMarked(context, url);

/** Badges and outlines the extension's layer shows over the comments in view. */
function drawn(page: Page): Promise<{ badges: number; outlines: number }> {
  return page.evaluate(() => {
    const root = document.querySelector('uppsikt-overlay')?.shadowRoot;
    const shown = (selector: string) => [...root?.querySelectorAll<HTMLElement>(selector) ?? []].filter((el) => getComputedStyle(el).display !== 'none').length;
    return { badges: shown('button.badge'), outlines: shown('.outline') };
  });
}

describe('an open page', () => {
  it('loses every badge and outline at once when marking is turned off for its site, keeps its marks, and gets them back when it is turned on', async () => {
    const page = await open(demoPost('x').url);
    await expect.poll(async () => (await drawn(page)).badges, { timeout: 20_000 }).toBeGreaterThan(0);
    const marked = await page.locator('[data-uppsikt-status]').count();
    await saveSettings(worker, (s) => ({ ...s, highlight: { ...s.highlight, x: false } }));
    await expect.poll(() => drawn(page), { timeout: 20_000 }).toEqual({ badges: 0, outlines: 0 });
    expect(await page.locator('[data-uppsikt-status]').count()).toBe(marked);
    await saveSettings(worker, (s) => s);
    await expect.poll(async () => (await drawn(page)).badges, { timeout: 20_000 }).toBeGreaterThan(0);
    await page.close();
  });

  it('the extension reloaded under it: its orphaned script takes its badges and marks away when the editor comes back to the tab', async () => {
    const page = await open(demoPost('facebook').url);
    await expect.poll(async () => (await drawn(page)).badges, { timeout: 20_000 }).toBeGreaterThan(0);
    await worker.evaluate(() => chrome.runtime.reload()).catch(() => undefined);
    await page.waitForTimeout(1000);
    await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
    await expect.poll(() => page.locator('uppsikt-overlay').count(), { timeout: 10_000 }).toBe(0);
    expect(await page.locator('[data-uppsikt-status]').count()).toBe(0);
    expect(await page.getAttribute('html', 'data-uppsikt-platform')).toBeNull();
    await page.close();
  });
});
