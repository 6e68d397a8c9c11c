import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { demoRoutes, launchWithExtension, waitForScan } from '../../scripts/lib/browser';
import { attempt, inContentScript, storedRecords } from './helpers';

// The built extension in real Chromium, on the demo's Facebook page at its real address.
const profileDir = mkdtempSync(path.join(os.tmpdir(), 'uppsikt-e2e-'));
const facebookPost = demoRoutes().find((r) => r.platform === 'facebook' && /\/posts\//.test(r.url))!;
let context: BrowserContext | null = null;

afterAll(async () => {
  await context?.close();
});

/** Sends one protocol message from an extension page, as the side panel does. */
function sendFromExtensionPage({ type, data }: { type: string; data: unknown }) {
  return chrome.runtime.sendMessage({ id: 1, type, data, timestamp: Date.now() });
}

describe('the extension in Chromium', () => {
  it('marks the demo Facebook page, opens its side panel and popup, and keeps the log across a restart', async () => {
    expect(facebookPost, 'demo/facebook/routes.json lists a post page').toBeTruthy();
    let launched = await launchWithExtension({ userDataDir: profileDir, headless: true });
    context = launched.context;

    const page = await context.newPage();
    await page.goto(facebookPost.url);
    await waitForScan(page);
    expect(await page.getAttribute('html', 'data-uppsikt-platform')).toBe('facebook');
    await expect.poll(() => page.locator('[data-uppsikt-status]').count(), { timeout: 20_000 }).toBeGreaterThan(10);

    const panel = await context.newPage();
    await panel.goto(`chrome-extension://${launched.extensionId}/sidepanel.html`);
    await expect.poll(() => panel.locator('h1').textContent()).toBe('Uppsikt');
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${launched.extensionId}/popup.html`);
    await expect.poll(() => popup.locator('h1').textContent()).toContain('Uppsikt');

    const written = await panel.evaluate(sendFromExtensionPage, {
      type: 'logAction', data: { action: 'note', platform: 'facebook', pageUrl: facebookPost.url, detail: 'Bevakningsrunda klar' },
    }) as { res: { ok: boolean; entry: { id: string } } };
    expect(written.res.ok).toBe(true);
    await context.close();

    launched = await launchWithExtension({ userDataDir: profileDir, headless: true });
    context = launched.context;
    const again = await context.newPage();
    await again.goto(`chrome-extension://${launched.extensionId}/sidepanel.html`);
    const entries = await storedRecords<{ id: string; detail: string; action: string }>(again, 'log');
    expect(entries).toContainEqual(expect.objectContaining({ id: written.res.entry.id, action: 'note', detail: 'Bevakningsrunda klar' }));
  });

  it("keeps the stored settings (the registrator's address and key) from the content scripts, which run in the sites' pages", async () => {
    const launched = await launchWithExtension({ userDataDir: mkdtempSync(path.join(os.tmpdir(), 'uppsikt-e2e-')), headless: true });
    context = launched.context;
    await launched.worker.evaluate(() => chrome.storage.local.set({ settings: { registrar: { url: 'https://diarium.example/api', headers: { 'X-Api-Key': 'hemlig' } } } }));
    const page = await context.newPage();
    await page.goto(facebookPost.url);
    await waitForScan(page);

    const read = await inContentScript(page, launched.extensionId, attempt("chrome.storage.local.get('settings')"));
    expect(read).toMatch(/^refused /);
    expect(String(read)).not.toContain('hemlig');
    const write = await inContentScript(page, launched.extensionId, attempt("chrome.storage.local.set({ settings: { registrar: { url: 'https://angripare.example/' } } })"));
    expect(write).toMatch(/^refused /);
    const stored = await launched.worker.evaluate(() => chrome.storage.local.get('settings')) as { settings: { registrar: { url: string } } };
    expect(stored.settings.registrar.url).toBe('https://diarium.example/api');
    // The content script still works: it marked the page from what the background told it.
    await expect.poll(() => page.locator('[data-uppsikt-status]').count(), { timeout: 20_000 }).toBeGreaterThan(10);
  });
});
