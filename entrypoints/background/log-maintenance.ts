import { db } from '@/utils/db/app-db';
import type { LogEntry } from '@/utils/db/records';
import type { ImportReport } from '@/utils/log/backup';
import { BackupStaging } from '@/utils/log/backup-staging';
import { purgeExpired, type RetentionCounts } from '@/utils/log/retention';
import { effectivePolicy } from '@/utils/policy';
import { editorLabel } from '@/utils/settings/defaults';
import { loadSettings } from '@/utils/settings/store';
import type { Result } from '@/utils/messaging';

// What the log page asks of the database beyond reading it: importing a backup and gallring by hand.

/** A backup's import, sent in parts by the log page (utils/log/backup-parts); nothing is written before the commit. */
const staging = new BackupStaging();
export const beginBackupImport = (head: unknown) => staging.begin(head, db().verno);
export const addBackupPart = (part: unknown) => staging.add(part);
export const abortBackupImport = (importId: string) => staging.abort(importId);
export async function commitBackupImport(importId: string): Promise<Result<{ report: ImportReport }>> {
  return staging.commit(importId, db(), editorLabel((await loadSettings()).settings));
}

/**
 * Gallring by hand, with the retention period the editor was shown: when the settings changed since
 * (another window), nothing is purged and the page is asked to show the new period first.
 */
export async function purgeByHand(days: number): Promise<Result<{ counts: RetentionCounts; entry: LogEntry }>> {
  const { settings } = await loadSettings();
  const policyDays = effectivePolicy(settings).retentionDays;
  if (days !== policyDays) {
    return { ok: false, reason: `Gallringstiden är nu ${policyDays} dagar, inte ${days}. Ladda om sidan och granska vad som gallras. Inget har tagits bort.` };
  }
  return purgeExpired(db(), days, editorLabel(settings), new Date(), settings.policy.retentionDecision);
}
