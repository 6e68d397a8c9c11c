import { browser } from 'wxt/browser';
import { REPORT_PERSIST_INTERVAL_MS, type PageReport } from '@/utils/report';
import { sendMessage } from '@/utils/messaging';
import { loadSettings } from '@/utils/settings/store';
import { refusedBadge, toolbarBadge, type ToolbarBadge } from './toolbar-badge';

// The newest report of each tab. Kept in session storage too, because the service worker is
// stopped when idle and the side panel must still see the page after it wakes. A long thread's
// report is megabytes and scrolling changes it every second: writing it whole each time cost the
// worker ~300 ms a change, so the copy is written at most once per REPORT_PERSIST_INTERVAL_MS (the
// first at once, later ones with the newest report at the end of the interval). The copy keeps
// the page's scan number: after a restart the page's next delta builds on it when it is the newest
// (report-intake), and the page is asked for its report anyway, so a copy that missed the last change is put right.
const reports = new Map<number, KeptReport>();
/**
 * Why the tab's last report was refused, until one is taken: the panels say so next to what they
 * show. Not kept when the worker stops: the page is asked for its report then, and it is refused again.
 */
const refusals = new Map<number, string>();
const sessionKey = (tabId: number) => `report:${tabId}`;
const scanKey = (tabId: number) => `reportScan:${tabId}`;

/** A tab's report and the page's scan it is the report of. */
export interface KeptReport {
  scan: number;
  report: PageReport;
}

const persisting = new Map<number, { last: number; timer: ReturnType<typeof setTimeout> | null }>();

/**
 * Tabs closed since the worker started (the browser never gives a tab's id to another): a part of
 * a report still on its way when its tab closed is not kept, in memory nor in session storage.
 */
const closedTabs = new Set<number>();
const CLOSED_TABS_KEPT = 1000;

/** The tab is closed: its report goes, and none that comes late is kept. */
export async function forgetClosedTab(tabId: number): Promise<void> {
  closedTabs.add(tabId);
  if (closedTabs.size > CLOSED_TABS_KEPT) closedTabs.delete(closedTabs.values().next().value!);
  await forgetPageReport(tabId);
}

export function isClosedTab(tabId: number): boolean {
  return closedTabs.has(tabId);
}

export async function storePageReport(tabId: number, report: PageReport, scan: number): Promise<number> {
  if (closedTabs.has(tabId)) return 0; // came late: nothing shows it, and a kept copy would stay until the browser closes
  reports.set(tabId, { report, scan });
  refusals.delete(tabId);
  await persistSoon(tabId);
  const needsAction = report.items.filter((item) => item.group !== 'review').length;
  await showBadge(tabId, report);
  sendMessage('pageReportChanged', tabId).catch(() => undefined); // no page open: nobody to tell
  return needsAction;
}

/**
 * Has every page with a report judge itself again: a decision about comments changed, or (with
 * `reanalyse`, every comment analysed again) the settings did. The worker may have been stopped
 * since the pages reported, so the tabs kept in session storage count too.
 */
export async function refreshReportedPages(reanalyse = false): Promise<void> {
  if (reanalyse) language = null; // the settings changed: the language of the buttons' tooltips too
  const tabIds = new Set(reports.keys());
  const keys = await browser.storage.session?.getKeys?.().catch(() => []) ?? [];
  for (const key of keys) if (key.startsWith('report:')) tabIds.add(Number(key.slice('report:'.length)));
  for (const tabId of tabIds) sendMessage('refreshPage', { reanalyse }, tabId).catch(() => undefined);
}

/** The tab's report as the session copy kept it (the worker was stopped since it was made). */
export async function keptReport(tabId: number): Promise<KeptReport | null> {
  const stored: Record<string, unknown> = (await browser.storage.session?.get([sessionKey(tabId), scanKey(tabId)]).catch(() => ({}))) ?? {};
  const report = stored[sessionKey(tabId)] as PageReport | undefined;
  const scan = stored[scanKey(tabId)];
  return report && Number.isSafeInteger(scan) ? { report, scan: scan as number } : null;
}

export async function pageReport(tabId: number): Promise<PageReport | null> {
  const cached = reports.get(tabId);
  if (cached) return cached.report;
  const stored: Record<string, unknown> = (await browser.storage.session?.get(sessionKey(tabId)).catch(() => ({}))) ?? {};
  const report = (stored[sessionKey(tabId)] as PageReport | undefined) ?? null;
  // The worker was stopped: the copy may have missed the last change, or not have been kept (session
  // storage had no room). The page, if it is one of ours, sends its report again, and the panels hear
  // of it through pageReportChanged.
  sendMessage('refreshPage', { reanalyse: false }, tabId).catch(() => undefined);
  return report;
}

/** The tab's report into session storage now, or (when written less than an interval ago) at the interval's end. */
async function persistSoon(tabId: number): Promise<void> {
  let state = persisting.get(tabId);
  if (!state) persisting.set(tabId, (state = { last: 0, timer: null }));
  if (state.timer) return; // the write already planned takes the newest report
  const wait = state.last + REPORT_PERSIST_INTERVAL_MS - Date.now();
  const write = async () => {
    state.timer = null;
    state.last = Date.now();
    const newest = reports.get(tabId);
    if (newest) await keepInSession(tabId, newest);
  };
  if (wait <= 0) await write();
  else state.timer = setTimeout(() => void write(), wait);
}

/**
 * Session storage holds 10 MB for all tabs and a long thread's report is megabytes: when it is
 * full, the other tabs' copies make room (their pages send theirs again when asked, above).
 */
async function keepInSession(tabId: number, { report, scan }: KeptReport): Promise<void> {
  const session = browser.storage.session;
  if (!session) return;
  const copy = { [sessionKey(tabId)]: report, [scanKey(tabId)]: scan };
  try {
    await session.set(copy);
    return;
  } catch {
    // Probably full: make room below.
  }
  try {
    const others = Object.keys(await session.get(null)).filter((key) => /^report(Scan)?:/.test(key) && key !== sessionKey(tabId) && key !== scanKey(tabId));
    await session.remove(others);
    await session.set(copy);
  } catch {
    // Too big even alone: the copy in memory serves until the worker stops.
  }
}

/**
 * A tab has loaded another page or address (tabs.onUpdated says no more without the "tabs"
 * permission). While a content script of ours answers there, it sends its report again; when none
 * does (another site, an error page), the report is of a page the tab no longer shows: it goes, and
 * the panels hear of it, rather than list the old page's comments. True when it went.
 */
export async function forgetReportOfPageLeft(tabId: number): Promise<boolean> {
  if (!reports.has(tabId) && !(await keptReport(tabId))) return false;
  try {
    await sendMessage('refreshPage', { reanalyse: false }, tabId);
    return false;
  } catch {
    await forgetPageReport(tabId);
    sendMessage('pageReportChanged', tabId).catch(() => undefined); // no panel open: nobody to tell
    return true;
  }
}

export async function forgetPageReport(tabId: number): Promise<void> {
  reports.delete(tabId);
  refusals.delete(tabId);
  const state = persisting.get(tabId);
  if (state?.timer) clearTimeout(state.timer);
  persisting.delete(tabId);
  await browser.storage.session?.remove([sessionKey(tabId), scanKey(tabId)]).catch(() => undefined);
}

/** The count on the tab's toolbar button, its colour and its tooltip (what the number counts, in the editor's language). */
function showBadge(tabId: number, report: PageReport): Promise<void> {
  return showOnButton(tabId, (language) => toolbarBadge(report, language));
}

/** A report from the tab was refused: its button and the panels say so, and why, rather than go on showing a count that may be stale. */
export async function showReportRefused(tabId: number, reason: string): Promise<void> {
  if (closedTabs.has(tabId)) return;
  refusals.set(tabId, reason);
  sendMessage('pageReportChanged', tabId).catch(() => undefined); // no panel open: nobody to tell
  await showOnButton(tabId, (language) => refusedBadge(reason, language));
}

/** Why the tab's last report was refused; null when the last one was taken. */
export function reportRefusal(tabId: number): string | null {
  return refusals.get(tabId) ?? null;
}

/**
 * The editor's language for the buttons' tooltips, read once (and again after the settings change):
 * every report sets its tab's button, and reading the settings can wait on the browser's policy.
 */
let language: Promise<'sv' | 'en'> | null = null;

async function showOnButton(tabId: number, badge: (language: 'sv' | 'en') => ToolbarBadge): Promise<void> {
  language ??= loadSettings().then(({ settings }) => settings.language, () => 'sv' as const);
  const { text, title, color } = badge(await language);
  try {
    await browser.action.setBadgeText({ tabId, text });
    await browser.action.setBadgeBackgroundColor({ tabId, color });
    await browser.action.setTitle({ tabId, title });
  } catch {
    // The tab closed meanwhile.
  }
}
