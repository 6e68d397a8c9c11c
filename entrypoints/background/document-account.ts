import type { EvidenceRecord } from '@/utils/db/records';
import { buildAccountDocument, serialiseAccountDocument, type AccountDocument } from '@/utils/evidence/account-record';
import type { Result } from '@/utils/messaging';
import { accountKey } from '@/utils/accounts/register';
import { captureTab, documentationStamp, saveAndQueue } from './capture';
import { registered } from './monitoring';
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
  const { settings, ...stamp } = await documentationStamp(shot.image);
  const { id, capturedAt, imageSha256 } = stamp;
  const doc = buildAccountDocument({
    ...stamp, reason, platform: report.platform, pageUrl: report.url, account: report.account, profileText: report.profileText,
    followersShown: report.followersShown ?? null, postTimes: report.recentPostTimes, settings,
  });
  const record = await serialiseAccountDocument(doc);
  // Logged under the register's key, as rounds are: an account registered by its handle alone is
  // found by it, and the overview and the reminders see it documented.
  const account = (await registered(report))?.key ?? (report.account ? accountKey(report.account) : null);
  const evidence: EvidenceRecord = {
    id, at: capturedAt, by: doc.editor, kind: 'account', platform: report.platform,
    account, pageUrl: report.url, commentId: '', commentUrl: null,
    author: report.account ?? { name: '', handle: null, url: null }, text: report.profileText ?? '', postedAt: null,
    categories: [], rules: [], recordJson: record.json, recordSha256: record.sha256, image: shot.image, imageSha256,
    registrationNumber: null,
  };
  // Why it was documented, so closing the account in the register can tell its documentation before closing (R14).
  return saveAndQueue(evidence, settings, null, 'account.documented', { reason });
}
