import type { LogWrites } from '@/components/LogTools';
import { saveChecklistResult, type ChecklistToSave } from '@/utils/checklists/results';
import { registerConsent, withdrawConsent, type ConsentInput } from '@/utils/consents/register';
import type { AppDB } from '@/utils/db/app-db';
import { importBackup } from '@/utils/log/backup-staging';
import { withdrawDecision } from '@/utils/log/decisions';
import { entryOf } from '@/utils/log/entry';
import { purgeExpired } from '@/utils/log/retention';

/**
 * The writes the pages send to the background, done here on a test database the way the background
 * does them (entrypoints/background/*): with the editor's label, logged in the test database.
 */
export function writesTo(database: AppDB, editor: string) {
  const logWrites: LogWrites = {
    importBackup: (text) => importBackup(database, text, editor),
    purge: (days) => purgeExpired(database, days, editor),
    withdrawDecision: (request) => withdrawDecision(database, request, async (input) => ({ ok: true, entry: entryOf({ ...input, categories: undefined }, editor) })),
  };
  return {
    save: (input: ChecklistToSave) => saveChecklistResult(database, input, editor),
    register: (input: ConsentInput) => registerConsent(database, input, editor),
    withdraw: (id: string) => withdrawConsent(database, id, editor),
    logWrites,
  };
}
