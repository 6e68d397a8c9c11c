import type { AppDB } from '@/utils/db/app-db';
import type { ConsentRecord } from '@/utils/db/records';
import { storageFailure } from '@/utils/db/storage-failure';
import { entryOf } from '@/utils/log/entry';

// R12 and the culture administration's comments: a register of consents and information sent to
// people shown in published material, so a withdrawal can be acted on and a register extract made.

export interface ConsentInput {
  person: string;
  contact: string;
  /** What was published or will be: "Bild från skolavslutningen, Facebook 2026-06-12". */
  material: string;
  /** Profile key of the account it is published on, when known. */
  account: string | null;
  /** When the consent request or the information was sent (ISO date or date-time). */
  sentAt: string;
}

export type RegisterOutcome = { ok: true; record: ConsentRecord } | { ok: false; reason: string };
export type WithdrawOutcome = { ok: true; record: ConsentRecord; reminder: string } | { ok: false; reason: string };

const MAX = { person: 200, contact: 300, material: 1000 };

function problem(input: ConsentInput): string | null {
  if (!input.person.trim()) return 'Ange personens namn.';
  if (!input.material.trim()) return 'Beskriv materialet (bild, film eller ljud och var det publiceras).';
  if (input.person.length > MAX.person) return `Namnet får vara högst ${MAX.person} tecken.`;
  if (input.contact.length > MAX.contact) return `Kontaktuppgiften får vara högst ${MAX.contact} tecken.`;
  if (input.material.length > MAX.material) return `Beskrivningen får vara högst ${MAX.material} tecken.`;
  if (!input.sentAt.trim() || Number.isNaN(Date.parse(input.sentAt))) return 'Ange när informationen eller samtyckesfrågan skickades (ÅÅÅÅ-MM-DD).';
  return null;
}

/** Adds a sent consent request or information to the register and logs `consent.registered`, together. */
export async function registerConsent(database: AppDB, input: ConsentInput, editor: string, now = new Date()): Promise<RegisterOutcome> {
  const reason = problem(input);
  if (reason) return { ok: false, reason };
  const record: ConsentRecord = {
    id: crypto.randomUUID(),
    at: now.toISOString(),
    by: editor,
    person: input.person.trim(),
    contact: input.contact.trim(),
    account: input.account?.trim() || null,
    material: input.material.trim(),
    sentAt: input.sentAt.trim(),
    withdrawnAt: null,
  };
  // The log carries the record's id and the material, not the person's name: the register holds that.
  const entry = entryOf({ action: 'consent.registered', account: record.account, detail: record.material, data: { consentId: record.id } }, editor, now);
  try {
    await database.transaction('rw', database.consents, database.log, async () => {
      await database.consents.add(record);
      await database.log.add(entry);
    });
  } catch (error) {
    return { ok: false, reason: storageFailure(error) };
  }
  return { ok: true, record };
}

/** What the editor must do when a consent is withdrawn. */
export function removalReminder(record: ConsentRecord): string {
  return `Ta bort materialet: ${record.material}${record.account ? ` (konto ${record.account})` : ''}. Spara först en kopia till registrator om materialet ska bevaras.`;
}

/** Marks a consent withdrawn and logs `consent.withdrawn`, together; returns the reminder to remove the material. */
export async function withdrawConsent(database: AppDB, id: string, editor: string, now = new Date()): Promise<WithdrawOutcome> {
  const withdrawnAt = now.toISOString();
  try {
    return await database.transaction('rw', database.consents, database.log, async (): Promise<WithdrawOutcome> => {
      const record = await database.consents.get(id);
      if (!record) return { ok: false, reason: 'Samtycket finns inte i registret.' };
      if (record.withdrawnAt) return { ok: false, reason: `Samtycket är redan återkallat (${record.withdrawnAt.slice(0, 10)}).` };
      await database.consents.update(id, { withdrawnAt });
      // Who withdrew it is in the log entry; the record keeps who registered it.
      await database.log.add(entryOf({ action: 'consent.withdrawn', account: record.account, detail: `${record.material} (återkallat av ${editor})`, data: { consentId: id } }, editor, now));
      const updated = { ...record, withdrawnAt };
      return { ok: true, record: updated, reminder: removalReminder(updated) };
    });
  } catch (error) {
    return { ok: false, reason: storageFailure(error) };
  }
}
