import { browser } from 'wxt/browser';
import { onMessage } from '@/utils/messaging';
import { loadSettings } from '@/utils/settings/store';
import { ownContacts } from '@/utils/settings/own-contacts';
import { analyzeTexts } from './analyze-texts';
import { appendLog } from './log';
import { pageContext } from './page-context';
import { forgetPageReport, pageReport, storePageReport } from './page-reports';
import { openSidePanelOnActionClick } from './side-panel';
import { validatePageReport } from './validate-report';

export default defineBackground(() => {
  openSidePanelOnActionClick();

  onMessage('getPageContext', ({ data }) => pageContext(data));
  onMessage('reportPage', async ({ data, sender }) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return { ok: false, reason: 'Rapporten kom inte från en flik.' };
    const report = validatePageReport(data);
    if (!report.ok) return report;
    return { ok: true, needsAction: await storePageReport(tabId, report.report) };
  });
  onMessage('analyzeTexts', async ({ data }) => analyzeTexts(data, ownContacts((await loadSettings()).settings)));
  onMessage('getPageReport', ({ data }) => pageReport(data));
  onMessage('logAction', ({ data }) => appendLog(data));

  browser.tabs.onRemoved.addListener((tabId) => void forgetPageReport(tabId));
});
