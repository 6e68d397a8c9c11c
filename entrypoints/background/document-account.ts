import { browser } from 'wxt/browser';
import type { EvidenceRecord } from '@/utils/db/records';
import { buildAccountDocument, serialiseAccountDocument, type AccountDocument } from '@/utils/evidence/account-record';
import { sha256Hex } from '@/utils/evidence/hash';
import type { Result } from '@/utils/messaging';
import { editorLabel } from '@/utils/settings/schema';
import { loadSettings } from '@/utils/settings/store';
import { accountKey } from '@/utils/accounts/register';
import { captureTab, saveAndQueue } from './capture';
import { pageReport } from './page-reports';

/**
 * "Dokumentera kontot" (R13, R14): the account's page as shown, with followers and recent posts
 * where the page shows them, as a PDF through the same delivery path as comments.
 */
export async function documentAccount(tabId: number, reason: AccountDocument['reason']): Promise<Result<{ evidenceId: string }>> {
  const report = await pageReport(tabId);
  if (!report) return { ok: false, reason: 'Uppsikt har inte läst sidan ännu. Ladda om den och försök igen.' };
  const shot = await captureTab(tabId);
  if (!shot.ok) return shot;
  const { settings } = await loadSettings();
  const id = crypto.randomUUID();
  const capturedAt = new Date().toISOString();
  const imageSha256 = await sha256Hex(shot.image);
  const doc = buildAccountDocument({
    id, reason, platform: report.platform, pageUrl: report.url, account: report.account, profileText: report.profileText,
    postTimes: report.recentPostTimes, editor: editorLabel(settings), capturedAt, browser: navigator.userAgent,
    extensionVersion: browser.runtime.getManifest().version, imageSha256,
  });
  const record = await serialiseAccountDocument(doc);
  const evidence: EvidenceRecord = {
    id, at: capturedAt, by: doc.editor, kind: 'account', platform: report.platform,
    account: report.account ? accountKey(report.account) : null, pageUrl: report.url, commentId: '', commentUrl: null,
    author: report.account ?? { name: '', handle: null, url: null }, text: report.profileText ?? '', postedAt: null,
    categories: [], rules: [], recordJson: record.json, recordSha256: record.sha256, image: shot.image, imageSha256,
    registrationNumber: null,
  };
  return saveAndQueue(evidence, settings, null, 'account.documented');
}
