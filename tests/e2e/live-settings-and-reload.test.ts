import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { launchWithExtension, tabIdOf } from '../../scripts/lib/browser';
import { DEMO_POST_MARKS, demoPost, marksByStatus, openMarked, reloadExtension, saveSettings } from './helpers';

// The content script's life on an open page in the built extension: marking turned off and on in
// the settings while the page is open, and the extension reloaded under it (loaded again over itself,
// as an update or the extensions page's reload button does).

let context: BrowserContext;
let worker: Worker;
let extensionId: string;

beforeAll(async () => {
  ({ context, worker, extensionId } = await launchWithExtension({ userDataDir: mkdtempSync(path.join(os.tmpdir(), 'uppsikt-e2e-live-')), headless: true }));
});
afterAll(async () => { await context?.close(); });

const open = (url: string): Promise<Page> => openMarked(context, url);

/** Badges and outlines the extension's layer shows over the comments in view. */
function drawn(page: Page): Promise<{ badges: number; outlines: number }> {
  return page.evaluate(() => {
    const root = document.querySelector('uppsikt-overlay')?.shadowRoot;
    const shown = (selector: string) => [...root?.querySelectorAll<HTMLElement>(selector) ?? []].filter((el) => el.checkVisibility()).length;
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

  it('settings stored wrong (by another version, or by hand): the side panel and the settings page say which could not be used', async () => {
    const page = await open(demoPost('facebook').url);
    await worker.evaluate(() => chrome.storage.local.set({ settings: { registrar: { endpoint: 12345, transport: 'http' } } }));
    const panel = await context.newPage();
    await panel.goto(`chrome-extension://${extensionId}/sidepanel.html?tab=${await tabIdOf(worker, page)}`);
    await expect.poll(() => panel.getByRole('alert').allTextContents(), { timeout: 20_000 })
      .toContain('En sparad inställning kunde inte användas, och standardvärdet gäller; rätta den i inställningarna. Visa vilka');
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await expect.poll(() => options.getByRole('alert').locator('li').allTextContents(), { timeout: 20_000 })
      .toEqual([expect.stringMatching(/^Mottagande adress: /)]);
    await saveSettings(worker, (s) => s);
    await expect.poll(() => panel.getByRole('alert').count(), { timeout: 20_000 }).toBe(0);
    await Promise.all([panel.close(), options.close(), page.close()]);
  });

  it('the extension reloaded under it: the old version\'s badges and marks are taken away when the editor comes back to the tab, and the new version\'s drawn once', async () => {
    const [, total, statuses] = DEMO_POST_MARKS.find(([platform]) => platform === 'facebook')!;
    const page = await open(demoPost('facebook').url);
    await expect.poll(async () => (await drawn(page)).badges, { timeout: 20_000 }).toBeGreaterThan(0);
    const before = await drawn(page);
    // What the old version drew, told from what the new one draws: its layer tagged, each mark it takes away counted.
    await page.evaluate(() => {
      document.querySelector('uppsikt-overlay')!.setAttribute('data-test-old-version', '');
      const seen = window as unknown as { marksTakenAway: number };
      seen.marksTakenAway = 0;
      new MutationObserver((records) => {
        for (const r of records) if (r.oldValue !== null && !(r.target as Element).hasAttribute('data-uppsikt-status')) seen.marksTakenAway++;
      }).observe(document.body, { subtree: true, attributes: true, attributeFilter: ['data-uppsikt-status'], attributeOldValue: true });
    });
    // Not chrome.runtime.reload(): on an extension given on the command line it unloads it for good.
    await reloadExtension(context);
    await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
    await expect.poll(() => page.locator('uppsikt-overlay[data-test-old-version]').count(), { timeout: 10_000 }).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { marksTakenAway: number }).marksTakenAway)).toBe(total);
    // The new version's script, started in the open tab, marks and badges the page again: once.
    await expect.poll(() => page.evaluate(marksByStatus), { timeout: 20_000 }).toEqual(statuses);
    await expect.poll(() => drawn(page), { timeout: 20_000 }).toEqual(before);
    expect(await page.locator('uppsikt-overlay').count()).toBe(1);
    expect(await page.getAttribute('html', 'data-uppsikt-platform')).toBe('facebook');
    await page.close();
  });
});
