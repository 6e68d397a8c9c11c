import type { BrowserContext, Page, Worker } from 'playwright-core';
import { expect } from 'vitest';
import { clickToolbarButton, tabIdOf } from '../../scripts/lib/browser';
import { DEFAULT_SETTINGS, type Settings } from '@/utils/settings/schema';

/** Stores settings the way the options page does (WXT item "local:settings"). */
export async function saveSettings(worker: Worker, change: (s: Settings) => Settings): Promise<void> {
  const settings = change(structuredClone(DEFAULT_SETTINGS));
  await worker.evaluate((value) => chrome.storage.local.set({ settings: value }), settings);
}

/**
 * Presses the toolbar button on a page (grants activeTab, opens the side panel) and opens the
 * side panel's work list for that tab in its own window, where a test can click in it.
 */
export async function openWorkList(context: BrowserContext, worker: Worker, page: Page, extensionId: string): Promise<Page> {
  const tabId = await tabIdOf(worker, page);
  await clickToolbarButton(context, page, extensionId);
  const opened = context.waitForEvent('page', (p) => p.url().includes('sidepanel.html?tab='));
  await worker.evaluate(([id, url]) => chrome.windows.create({ url: `${url}?tab=${id}`, focused: false, width: 420, height: 900 }),
    [tabId, `chrome-extension://${extensionId}/sidepanel.html`] as const);
  const panel = await opened;
  await panel.waitForLoadState();
  return panel;
}

/** The work-list entry of the comment whose text contains `text`. */
export async function workItem(panel: Page, text: string) {
  const item = panel.locator('li.item', { hasText: text });
  await expect.poll(() => item.count(), { timeout: 30_000 }).toBe(1);
  return item;
}
