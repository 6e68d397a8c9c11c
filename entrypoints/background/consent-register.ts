import { db } from '@/utils/db/app-db';
import { registerConsent, withdrawConsent, type ConsentInput, type RegisterOutcome, type WithdrawOutcome } from '@/utils/consents/register';
import { editorLabel } from '@/utils/settings/defaults';
import { loadSettings } from '@/utils/settings/store';

// The consent register (R12), written here only, stamped with the editor from the settings.

const editor = async () => editorLabel((await loadSettings()).settings);

/** A consent request or information sent, added to the register (the input is checked there). */
export async function addConsent(input: ConsentInput): Promise<RegisterOutcome> {
  if (typeof input !== 'object' || input === null || ![input.person, input.contact, input.material, input.sentAt].every((v) => typeof v === 'string')) {
    return { ok: false, reason: 'Uppgifterna om samtycket är ofullständiga.' };
  }
  return registerConsent(db(), { ...input, account: typeof input.account === 'string' ? input.account : null }, await editor());
}

/** A consent marked withdrawn; the answer carries the reminder to remove the material. */
export async function withdrawConsentById(id: string): Promise<WithdrawOutcome> {
  if (typeof id !== 'string' || !id) return { ok: false, reason: 'Samtycket finns inte i registret.' };
  return withdrawConsent(db(), id, await editor());
}
