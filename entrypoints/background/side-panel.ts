import { browser } from 'wxt/browser';

/**
 * The toolbar button opens the side panel for its tab. Calling sidePanel.open from the click
 * grants activeTab (needed to capture the tab); openPanelOnActionClick would not.
 */
export function openSidePanelOnActionClick(): void {
  browser.action.onClicked.addListener((tab) => {
    if (import.meta.env.FIREFOX) {
      void (browser as unknown as { sidebarAction: { open(): Promise<void> } }).sidebarAction.open();
      return;
    }
    if (tab.id !== undefined) void (browser as unknown as typeof chrome).sidePanel.open({ tabId: tab.id }).catch(() => undefined);
  });
}

/**
 * Opens the checklists (the popup page) for a tab: as the toolbar popup where the browser allows
 * opening it from code, otherwise in a small window of its own.
 */
export async function openChecklists(tabId: number): Promise<void> {
  try {
    await browser.action.setPopup({ tabId, popup: `/popup.html?tab=${tabId}` });
    await (browser.action as unknown as { openPopup(): Promise<void> }).openPopup();
  } catch {
    await browser.windows.create({ url: browser.runtime.getURL(`/popup.html?tab=${tabId}`), type: 'popup', width: 400, height: 640 });
  } finally {
    await browser.action.setPopup({ tabId, popup: '' }).catch(() => undefined);
  }
}
