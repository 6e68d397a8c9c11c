import { db } from '@/utils/db/app-db';
import type { AccountRecord } from '@/utils/db/records';
import { registerAccount, saveAccount } from '@/utils/accounts/register';
import { accountRecordSchema } from '@/utils/log/backup-schema';
import { editorLabel } from '@/utils/settings/defaults';
import { loadSettings } from '@/utils/settings/store';
import type { AccountToRegister, Result } from '@/utils/messaging';
import { storageFailure } from '@/utils/db/storage-failure';
import { entryOf } from '@/utils/log/entry';
import { stockholmDate } from '@/rules/stockholm-time';
import { accountChanges } from '@/utils/accounts/changes';
import { closingDocumentation, closingNeedsReason } from '@/utils/accounts/closing-documentation';
import { accountKeys } from '@/utils/accounts/keys';
import { lockedFields } from '@/utils/accounts/managed-fields';
import { getPreset } from '@/rules/presets';
import { REGISTER_STRINGS } from '@/utils/ui/register-strings';

// The account register (R15), written here only: the popup's "add to the register" and the
// overview's form send what the editor asked for, stamped with the editor from the settings.

/** The register's own Swedish reasons (a missing address, a clash) as they are; a failed write said plainly. */
const failed = (error: unknown) => ({ ok: false as const, reason: error instanceof Error && error.name === 'Error' ? error.message : storageFailure(error) });

/** The account a page shows, added to the register (an existing entry is answered as is). */
export async function addAccountToRegister(request: AccountToRegister): Promise<Result<{ account: AccountRecord }>> {
  const editor = editorLabel((await loadSettings()).settings);
  const database = db();
  try {
    // The entry and its log line together: a register entry the log does not show, or the reverse, is not kept.
    return await database.transaction('rw', database.accounts, database.log, async () => {
      const { record, added } = await registerAccount(database, request.platform, request.account, editor);
      if (added) await database.log.add(entryOf({ action: 'account.registered', platform: request.platform, account: record.key, pageUrl: request.pageUrl, detail: record.name }, editor));
      return { ok: true as const, account: record };
    });
  } catch (error) {
    return failed(error);
  }
}

/** An entry from the overview's form, checked, then saved over the one with its id; the policy's own entries stay locked. */
export async function saveRegisterEntry(input: AccountRecord): Promise<Result> {
  const parsed = accountRecordSchema.safeParse({ ...input, by: '', at: new Date().toISOString() });
  if (!parsed.success) return { ok: false, reason: `Kontot kunde inte sparas: ${parsed.error.issues[0]?.path.join('.')} ${parsed.error.issues[0]?.message}` };
  const { settings } = await loadSettings();
  const editor = editorLabel(settings);
  const database = db();
  try {
    return await database.transaction('rw', [database.accounts, database.log, database.outbox, database.evidence], async (): Promise<Result> => {
      const existing = await database.accounts.get(parsed.data.id);
      // Closing an account is its own event (R14), dated; an entry reopened loses the date.
      const closing = parsed.data.status === 'closed' && existing?.status !== 'closed';
      const closedOn = parsed.data.status !== 'closed' ? undefined : closing ? stockholmDate(Date.now()) : existing?.closedOn;
      const closedAt = parsed.data.status !== 'closed' ? undefined : closing ? parsed.data.at : existing?.closedAt;
      // R14: where the policy asks for the content with the registrar first, closing without it takes a written reason.
      const needsReason = closing && closingNeedsReason(await closingDocumentation(database, accountKeys(existing ?? parsed.data)), getPreset(settings.policy.presetId));
      const typed = parsed.data.closingNote?.trim();
      if (needsReason && !typed) return { ok: false, reason: REGISTER_STRINGS.sv.closingNoteMissing };
      // Kept only when it was asked for: a reason typed before the documentation reached the registrar is no record of anything.
      const reason = closing ? (needsReason ? typed : undefined) : existing?.closingNote;
      // The date is the register's to set, and whether the policy manages the entry the policy's: never the form's.
      const { closedOn: _given, closedAt: _givenAt, closingNote: _note, managed: _managed, managedFields: _fields, ...edited } = parsed.data;
      // The policy's fields stay as the policy has them now, whatever the form sent (it may have been opened before
      // the policy last changed); status, start date and goals of its entries are the editors' (R14, R15).
      const policyGiven = existing ? Object.fromEntries(lockedFields(existing).map((field) => [field, existing[field]])) : {};
      const entry = { ...edited, ...policyGiven, ...(existing?.managed ? { managed: true, managedFields: existing.managedFields } : {}) };
      if (!entry.managedFields) delete entry.managedFields;
      const closingNote = parsed.data.status === 'closed' && reason ? reason : undefined; // a reopened account loses its reason with its date
      const saved = await saveAccount(database, { ...entry, ...(closedOn ? { closedOn } : {}), ...(closedAt ? { closedAt } : {}), ...(closingNote ? { closingNote } : {}) }, editor);
      // The log names the account by its key, as every other entry about it does; an edit says what it changed.
      const changes = existing ? accountChanges(existing, saved) : null;
      const action = closing ? 'account.closed' : existing ? 'account.changed' : 'account.registered';
      if (existing && !closing && !changes) return { ok: true }; // saved as it was: nothing to log
      await database.log.add(entryOf({ action, platform: saved.platform, account: saved.key, detail: changes ? `${saved.name}: ${changes}` : saved.name }, editor));
      return { ok: true };
    });
  } catch (error) {
    return failed(error);
  }
}
