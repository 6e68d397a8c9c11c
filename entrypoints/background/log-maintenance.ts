import { db } from '@/utils/db/app-db';
import type { LogEntry } from '@/utils/db/records';
import { importBackup, type ImportReport } from '@/utils/log/backup';
import { purgeExpired, type RetentionCounts } from '@/utils/log/retention';
import { effectivePolicy } from '@/utils/policy';
import { editorLabel } from '@/utils/settings/defaults';
import { loadSettings } from '@/utils/settings/store';
import type { Result } from '@/utils/messaging';

// What the log page asks of the database beyond reading it: importing a backup and gallring by hand.

/** A backup file's text, imported (nothing is overwritten; a bad file changes nothing). */
export async function importBackupText(text: string): Promise<Result<{ report: ImportReport }>> {
  if (typeof text !== 'string') return { ok: false, reason: 'Filen kunde inte läsas. Inget har importerats.' };
  return importBackup(db(), text, editorLabel((await loadSettings()).settings));
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
  return purgeExpired(db(), days, editorLabel(settings));
}
