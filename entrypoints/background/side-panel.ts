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

/** Opens the checklist popup for the current tab (the action has no default popup). */
export async function openChecklists(): Promise<void> {
  await browser.action.setPopup({ popup: '/popup.html' });
  try {
    await (browser.action as unknown as { openPopup(): Promise<void> }).openPopup();
  } finally {
    await browser.action.setPopup({ popup: '' });
  }
}
