import { browser } from 'wxt/browser';
import type { PageReport } from '@/utils/report';
import { sendMessage } from '@/utils/messaging';

// The newest report of each tab. Kept in session storage too, because the service worker is
// stopped when idle and the side panel must still see the page after it wakes.
const reports = new Map<number, PageReport>();
const sessionKey = (tabId: number) => `report:${tabId}`;

export async function storePageReport(tabId: number, report: PageReport): Promise<number> {
  reports.set(tabId, report);
  await browser.storage.session?.set({ [sessionKey(tabId)]: report }).catch(() => undefined);
  const needsAction = report.items.filter((item) => item.group !== 'review').length;
  await showBadge(tabId, needsAction);
  sendMessage('pageReportChanged', tabId).catch(() => undefined); // no page open: nobody to tell
  return needsAction;
}

export async function pageReport(tabId: number): Promise<PageReport | null> {
  const cached = reports.get(tabId);
  if (cached) return cached;
  const stored: Record<string, unknown> = (await browser.storage.session?.get(sessionKey(tabId)).catch(() => ({}))) ?? {};
  return (stored[sessionKey(tabId)] as PageReport | undefined) ?? null;
}

export async function forgetPageReport(tabId: number): Promise<void> {
  reports.delete(tabId);
  await browser.storage.session?.remove(sessionKey(tabId)).catch(() => undefined);
}

async function showBadge(tabId: number, count: number): Promise<void> {
  try {
    await browser.action.setBadgeText({ tabId, text: count > 0 ? String(Math.min(count, 999)) : '' });
    await browser.action.setBadgeBackgroundColor({ tabId, color: '#b3261e' });
  } catch {
    // The tab closed meanwhile.
  }
}
