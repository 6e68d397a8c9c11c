import { browser } from 'wxt/browser';
import type { PageReport } from '@/utils/report';
import { sendMessage } from '@/utils/messaging';

// The newest report of each tab. Kept in session storage too, because the service worker is
// stopped when idle and the side panel must still see the page after it wakes.
const reports = new Map<number, PageReport>();
const sessionKey = (tabId: number) => `report:${tabId}`;

export async function storePageReport(tabId: number, report: PageReport): Promise<number> {
  reports.set(tabId, report);
  await keepInSession(tabId, report);
  const needsAction = report.items.filter((item) => item.group !== 'review').length;
  await showBadge(tabId, needsAction);
  sendMessage('pageReportChanged', tabId).catch(() => undefined); // no page open: nobody to tell
  return needsAction;
}

export async function pageReport(tabId: number): Promise<PageReport | null> {
  const cached = reports.get(tabId);
  if (cached) return cached;
  const stored: Record<string, unknown> = (await browser.storage.session?.get(sessionKey(tabId)).catch(() => ({}))) ?? {};
  const report = (stored[sessionKey(tabId)] as PageReport | undefined) ?? null;
  // Not kept (the worker was stopped and session storage had no room for it): the page, if it is
  // one of ours, sends its report again, and the panels hear of it through pageReportChanged.
  if (!report) sendMessage('refreshPage', undefined, tabId).catch(() => undefined);
  return report;
}

/**
 * Session storage holds 10 MB for all tabs and a long thread's report is megabytes: when it is
 * full, the other tabs' copies make room (their pages send theirs again when asked, above).
 */
async function keepInSession(tabId: number, report: PageReport): Promise<void> {
  const session = browser.storage.session;
  if (!session) return;
  try {
    await session.set({ [sessionKey(tabId)]: report });
    return;
  } catch {
    // Probably full: make room below.
  }
  try {
    const others = Object.keys(await session.get(null)).filter((key) => key.startsWith('report:') && key !== sessionKey(tabId));
    await session.remove(others);
    await session.set({ [sessionKey(tabId)]: report });
  } catch {
    // Too big even alone: the copy in memory serves until the worker stops.
  }
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
