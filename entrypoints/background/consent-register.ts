import { db } from '@/utils/db/app-db';
import {
  registerConsent, withdrawConsent, type ConsentAnswer, type ConsentInput, type NewConsent, type RegisterOutcome, type WithdrawOutcome,
} from '@/utils/consents/register';
import { editorLabel } from '@/utils/settings/defaults';
import { loadSettings } from '@/utils/settings/store';

// The consent register (R12), written here only, stamped with the editor from the settings.

const editor = async () => editorLabel((await loadSettings()).settings);
const INCOMPLETE = { ok: false as const, reason: 'Uppgifterna om samtycket är ofullständiga.' };

const optional = (value: unknown, type: 'string' | 'boolean') => value === undefined || typeof value === type;

/** Only the fields a page may send, of the types they must have; null when something is off. */
function checked(input: unknown): ConsentInput | null {
  if (typeof input !== 'object' || input === null) return null;
  const i = input as Record<string, unknown>;
  if (typeof i.answerTo === 'string') {
    if (!i.answerTo || typeof i.answer !== 'string' || typeof i.answeredBy !== 'string' || typeof i.answeredAt !== 'string' || !optional(i.guardian, 'string')) return null;
    const answer: ConsentAnswer = {
      answerTo: i.answerTo, answer: i.answer as ConsentAnswer['answer'], answeredBy: i.answeredBy as ConsentAnswer['answeredBy'], answeredAt: i.answeredAt,
      ...(typeof i.guardian === 'string' ? { guardian: i.guardian } : {}),
    };
    return answer;
  }
  if (![i.person, i.contact, i.material, i.sentAt].every((v) => typeof v === 'string')) return null;
  if (!optional(i.kind, 'string') || !optional(i.minor, 'boolean') || !optional(i.guardian, 'string')) return null;
  const entry: NewConsent = {
    person: i.person as string, contact: i.contact as string, material: i.material as string, sentAt: i.sentAt as string,
    account: typeof i.account === 'string' ? i.account : null,
    ...(i.kind !== undefined ? { kind: i.kind as NewConsent['kind'] } : {}),
    ...(i.minor !== undefined ? { minor: i.minor as boolean } : {}),
    ...(i.guardian !== undefined ? { guardian: i.guardian as string } : {}),
  };
  return entry;
}

/**
 * Information or a consent request sent, added to the register; or the answer to a request (given or
 * refused, by the person or the guardian), recorded on its entry. The input is checked here and there.
 */
export async function addConsent(input: ConsentInput): Promise<RegisterOutcome> {
  const request = checked(input);
  if (!request) return INCOMPLETE;
  return registerConsent(db(), request, await editor());
}

/** A consent marked withdrawn; the answer carries the reminder to remove the material. */
export async function withdrawConsentById(id: string): Promise<WithdrawOutcome> {
  if (typeof id !== 'string' || !id) return { ok: false, reason: 'Samtycket finns inte i registret.' };
  return withdrawConsent(db(), id, await editor());
}
