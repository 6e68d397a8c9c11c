import { browser } from 'wxt/browser';
import { MatchPattern } from 'wxt/utils/match-patterns';
import type { ScriptPublicPath } from 'wxt/utils/inject-script';

/** A content script as the manifest declares it (only what decides where it runs). */
export interface DeclaredContentScript {
  matches?: string[];
  exclude_matches?: string[];
  js?: string[];
}

/** The tab as `tabs.query` gives it: its address only where the extension may see it (the sites). */
export interface OpenTab {
  id?: number;
  url?: string;
  discarded?: boolean;
}

/**
 * The content scripts' files each open tab should run: those of the first declared script whose
 * `matches` take the tab's address. A discarded tab runs nothing until the editor comes back to it,
 * and then loads afresh (with the declared scripts).
 */
export function scriptsForOpenTabs(declared: readonly DeclaredContentScript[], tabs: readonly OpenTab[]): Array<{ tabId: number; files: string[] }> {
  const runs = (patterns: readonly string[] | undefined, url: string) => (patterns ?? []).some((p) => new MatchPattern(p).includes(url));
  const found: Array<{ tabId: number; files: string[] }> = [];
  for (const tab of tabs) {
    if (tab.id === undefined || !tab.url || tab.discarded) continue;
    const url = tab.url;
    const script = declared.find((s) => s.js?.length && runs(s.matches, url) && !runs(s.exclude_matches, url));
    if (script?.js) found.push({ tabId: tab.id, files: script.js });
  }
  return found;
}

/** Runs each open tab's content script in it now; a tab that cannot take it is left as it is. */
export async function injectIntoOpenTabs(): Promise<void> {
  const declared = browser.runtime.getManifest().content_scripts ?? [];
  const tabs = await browser.tabs.query({});
  await Promise.all(scriptsForOpenTabs(declared, tabs).map(({ tabId, files }) =>
    // The manifest's own paths: the built content scripts.
    browser.scripting.executeScript({ target: { tabId }, files: files as ScriptPublicPath[] }).catch((error: unknown) => {
      // Closed, navigated to a page the extension may not touch, or the browser's own: nothing to read there.
      console.debug(`Uppsikt: could not start on tab ${tabId}`, error);
    })));
}

/**
 * Chrome and Edge do not start declared content scripts in tabs that were open before the extension
 * was installed, updated or reloaded (Firefox does): without this, those pages were left unread
 * until the editor reloaded each one. An orphan of the earlier version gives way to the new script.
 */
export function startInOpenTabsOnInstall(): void {
  if (import.meta.env.FIREFOX) return;
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install' || reason === 'update') void injectIntoOpenTabs().catch((error: unknown) => console.debug('Uppsikt: open tabs not reached', error));
  });
}
