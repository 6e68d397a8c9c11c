import type { Page, Worker } from 'playwright-core';
import { expect } from 'vitest';
export { openWorkList } from '../../scripts/lib/browser';
import { DEFAULT_SETTINGS, type Settings } from '@/utils/settings/schema';

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
