import { browser } from 'wxt/browser';

/**
 * Whether a message came from one of the extension's own pages (side panel, popup, log, overview,
 * options) rather than a content script on a site: the writes to the registers are theirs alone.
 */
export function fromExtensionPage(sender: { url?: string }): boolean {
  const origin = browser.runtime.getURL('/');
  return typeof sender.url === 'string' && sender.url.startsWith(origin);
}

export const NOT_FROM_EXTENSION_PAGE = { ok: false as const, reason: 'Bara Uppsikts egna sidor får ändra registren.' };
