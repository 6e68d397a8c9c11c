import { browser } from 'wxt/browser';
import { onMessage, sendMessage } from '@/utils/messaging';
import { loadManagedAccounts, loadSettings, settingsItem } from '@/utils/settings/store';
import { watchManagedPolicy } from '@/utils/settings/managed-policy';
import { syncManagedAccounts } from '@/utils/accounts/register';
import { db } from '@/utils/db/app-db';
import { ownContacts } from '@/utils/settings/own-contacts';
import { analyzeTexts } from './analyze-texts';
import { documentComment } from './document-comment';
import { documentAccount } from './document-account';
import { correctAccount } from './correct-account';
import { logAction, withdrawDecisionFor } from './comment-decisions';
import { PAGE_STEPS } from './comment-steps';
import { OUTBOX_ALARM, processOutbox, retryDelivery, retryQueuedAfterBrowserStart, saveDeliveryAsFile } from './outbox';
import { afterAccessGranted, afterRegistrarChange, registrarChanged } from './outbox-requeue';
import { confirmDelivery } from '@/utils/registrar/confirm-delivery';
import { editorLabel } from '@/utils/settings/defaults';
import { registerPageCommands } from './page-commands';
import { pageContext } from './page-context';
import { recordMonitoringRound } from './monitoring';
import { REMINDER_ALARM, checkReminders, scheduleReminders } from './reminders';
import { RETENTION_ALARM, RETENTION_NOTICE, runRetention, scheduleRetention } from './retention';
import { forgetClosedTab, forgetReportOfPageLeft, pageReport, refreshReportedPages, reportRefusal } from './page-reports';
import { receiveReportPart } from './report-intake';
import { decisionOf } from '@/utils/log/actions';
import { openChecklists, openSidePanelOnActionClick } from './side-panel';
import { ReportAssembler } from '@/utils/report-delta';
import { addAccountToRegister, saveRegisterEntry } from './account-register';
import { addConsent, withdrawConsentById } from './consent-register';
import { saveChecklist } from './checklist-results';
import { fromExtensionPage, NOT_FROM_EXTENSION_PAGE } from './from-extension-page';
import { closeStorageToContentScripts } from './storage-access';
import { swedishNonWorkingDays } from '@/utils/holidays';
import { startInOpenTabsOnInstall } from './open-tabs';
import { abortBackupImport, addBackupPart, beginBackupImport, commitBackupImport, purgeByHand } from './log-maintenance';

// Wiring only: each handler lives in its own module.
export default defineBackground(() => {
  void closeStorageToContentScripts();
  startInOpenTabsOnInstall();
  openSidePanelOnActionClick();
  registerPageCommands((tabId, message) => void sendMessage('showNotice', message, tabId).catch(() => undefined));

  onMessage('getPageContext', ({ data }) => pageContext(data));
  const reportParts = new ReportAssembler();
  onMessage('reportPage', async ({ data, sender }) => {
    const tabId = sender.tab?.id;
    // The content scripts run in a tab's page itself, never in a frame inside it.
    if (tabId === undefined || (sender.frameId ?? 0) !== 0) return { ok: false, reason: 'Rapporten kom inte från en flik.' };
    return receiveReportPart(reportParts, tabId, data, sender.url);
  });
  onMessage('analyzeTexts', async ({ data }) => analyzeTexts(data, ownContacts((await loadSettings()).settings)));
  // What a page holds and what is done with it are the editor's to see and start, on the extension's own
  // pages: a content script (a site's page) may report its own tab, not read another's or act.
  onMessage('getPageReport', ({ data, sender }) => (fromExtensionPage(sender) ? pageReport(data) : null));
  onMessage('getReportRefusal', ({ data, sender }) => (fromExtensionPage(sender) ? reportRefusal(data) : null));
  // A decision about a comment (made or withdrawn, in the side panel or the log) changes how open pages judge it.
  onMessage('logAction', async ({ data, sender }) => {
    const result = await logAction(data, sender);
    // A decision changes how the page is judged; a step done (removed, the police decision) changes what its badge says.
    if (result.ok && (decisionOf(data.action) || PAGE_STEPS.includes(data.action))) await refreshReportedPages();
    return result;
  });
  onMessage('documentComment', async ({ data, sender }) => {
    if (!fromExtensionPage(sender)) return NOT_FROM_EXTENSION_PAGE;
    const result = await documentComment(data.tabId, data.commentId);
    if (result.ok) await refreshReportedPages(); // the comment's badge says it is documented
    return result;
  });
  onMessage('documentAccount', ({ data, sender }) => (fromExtensionPage(sender) ? documentAccount(data.tabId, data.reason) : NOT_FROM_EXTENSION_PAGE));
  onMessage('recordMonitoringRound', async ({ data, sender }) => {
    const report = fromExtensionPage(sender) ? await pageReport(data) : null;
    if (report) await recordMonitoringRound(report);
  });
  onMessage('nonWorkingDays', ({ data }) => swedishNonWorkingDays(Array.isArray(data) ? data.slice(0, 3).filter(Number.isInteger) : []));
  onMessage('correctAccount', ({ data, sender }) => (fromExtensionPage(sender) ? correctAccount(data.tabId, data.input) : NOT_FROM_EXTENSION_PAGE));
  onMessage('openChecklists', async ({ data, sender }) => {
    if (!fromExtensionPage(sender)) return NOT_FROM_EXTENSION_PAGE;
    await openChecklists(data);
    return { ok: true };
  });
  onMessage('retryDelivery', async ({ data, sender }) => {
    if (!fromExtensionPage(sender)) return NOT_FROM_EXTENSION_PAGE;
    await retryDelivery(data);
    return { ok: true };
  });
  onMessage('saveDeliveryAsFile', ({ data, sender }) => (fromExtensionPage(sender) ? saveDeliveryAsFile(data.outboxId, data.transport) : NOT_FROM_EXTENSION_PAGE));
  onMessage('confirmDelivery', async ({ data, sender }) => {
    if (!fromExtensionPage(sender)) return NOT_FROM_EXTENSION_PAGE;
    return confirmDelivery(db(), data, editorLabel((await loadSettings()).settings));
  });

  // The registers and the log are written here only, and only at the extension's own pages' request.
  onMessage('addAccountToRegister', ({ data, sender }) => (fromExtensionPage(sender) ? addAccountToRegister(data) : NOT_FROM_EXTENSION_PAGE));
  onMessage('saveRegisterEntry', ({ data, sender }) => (fromExtensionPage(sender) ? saveRegisterEntry(data) : NOT_FROM_EXTENSION_PAGE));
  onMessage('registerConsent', ({ data, sender }) => (fromExtensionPage(sender) ? addConsent(data) : NOT_FROM_EXTENSION_PAGE));
  onMessage('withdrawConsent', ({ data, sender }) => (fromExtensionPage(sender) ? withdrawConsentById(data) : NOT_FROM_EXTENSION_PAGE));
  onMessage('saveChecklist', ({ data, sender }) => (fromExtensionPage(sender) ? saveChecklist(data) : NOT_FROM_EXTENSION_PAGE));
  onMessage('importBackupBegin', ({ data, sender }) => (fromExtensionPage(sender) ? beginBackupImport(data) : NOT_FROM_EXTENSION_PAGE));
  onMessage('importBackupPart', ({ data, sender }) => (fromExtensionPage(sender) ? addBackupPart(data) : NOT_FROM_EXTENSION_PAGE));
  onMessage('importBackupCommit', ({ data, sender }) => (fromExtensionPage(sender) ? commitBackupImport(data) : NOT_FROM_EXTENSION_PAGE));
  onMessage('importBackupAbort', ({ data, sender }) => (fromExtensionPage(sender) ? abortBackupImport(data) : NOT_FROM_EXTENSION_PAGE));
  onMessage('withdrawDecision', async ({ data, sender }) => {
    if (!fromExtensionPage(sender)) return NOT_FROM_EXTENSION_PAGE;
    const result = await withdrawDecisionFor(data);
    if (result.ok) await refreshReportedPages();
    return result;
  });
  onMessage('purgeLog', ({ data, sender }) => (fromExtensionPage(sender) ? purgeByHand(data) : NOT_FROM_EXTENSION_PAGE));

  browser.tabs.onRemoved.addListener((tabId) => {
    reportParts.forget(tabId);
    void forgetClosedTab(tabId);
  });
  // A tab that went to another site keeps no report of the page it left.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'complete') void forgetReportOfPageLeft(tabId).then((gone) => gone && reportParts.forget(tabId));
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === OUTBOX_ALARM) void processOutbox();
    if (alarm.name === REMINDER_ALARM) void checkReminders();
    if (alarm.name === RETENTION_ALARM) void runRetention();
  });
  void scheduleReminders();
  void scheduleRetention();
  const syncPolicyAccounts = () => void loadManagedAccounts().then((managed) => syncManagedAccounts(db(), managed));
  syncPolicyAccounts();
  // Open pages judge themselves with the settings as they are now: saved in the options, or the
  // policy as the browser gave it (late at browser start, or changed while it runs).
  settingsItem.watch(() => void refreshReportedPages(true));
  // Deliveries waiting on the registrar's settings or address go again, the way the settings say now.
  settingsItem.watch((next, before) => { if (registrarChanged(next, before)) void afterRegistrarChange(); });
  browser.permissions.onAdded.addListener(() => void afterAccessGranted());
  watchManagedPolicy(() => {
    syncPolicyAccounts();
    void refreshReportedPages(true);
    void afterRegistrarChange();
  });
  // The gallring's notice opens the log, where the purge is; the others the overview.
  browser.notifications.onClicked.addListener((id) => void browser.tabs.create({ url: browser.runtime.getURL(id === RETENTION_NOTICE ? '/log.html' : '/overview.html') }));
  self.addEventListener('online', () => void processOutbox());
  // The worker may have been stopped mid-delivery, or the browser restarted: pick up the outbox.
  void retryQueuedAfterBrowserStart().then(processOutbox);
});
