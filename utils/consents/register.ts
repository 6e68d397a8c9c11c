import type { AppDB } from '@/utils/db/app-db';
import type { ConsentKind, ConsentRecord } from '@/utils/db/records';
import { storageFailure } from '@/utils/db/storage-failure';
import { entryOf } from '@/utils/log/entry';
import { stockholmDate } from '@/rules/stockholm-time';
import { reasonText } from '@/utils/ui/reason-text';
import { consentState, consentStateText, kindUnknown } from './state';

// R12 and the culture administration's comments: a register of consents and information sent to
// people shown in published material, so a withdrawal can be acted on and a register extract made.
// A consent request is not a consent: it waits for the answer, which the editor records later.

/** Information or a consent request sent to a person, for the register. */
export interface NewConsent {
  person: string;
  contact: string;
  /** What was published or will be: "Bild från skolavslutningen, Facebook 2026-06-12". */
  material: string;
  /** Profile key of the account it is published on, when known. */
  account: string | null;
  /** When the consent request or the information was sent (ISO date or date-time). */
  sentAt: string;
  /** Information under the legal basis public interest (nothing to wait for), or a consent request (waits for the answer); a request when absent. */
  kind?: ConsentKind;
  /** The person is under 18: the consent is the guardian's. */
  minor?: boolean;
  /** The guardian's name, for a minor. */
  guardian?: string;
}

/** The answer to a consent request, recorded on its register entry. */
export interface ConsentAnswer {
  /** The id of the register entry answered. */
  answerTo: string;
  /**
   * given / refused; 'informed' says an entry from before Uppsikt asked what was sent was information
   * under public interest, with nothing to answer.
   */
  answer: 'given' | 'refused' | 'informed';
  /** Who answered: the person, or the guardian (a minor's consent is the guardian's). */
  answeredBy: 'person' | 'guardian';
  /** The guardian's name, when the guardian answered. */
  guardian?: string;
  /** The day the answer came (YYYY-MM-DD). */
  answeredAt: string;
}

/** What the consent register is asked to write: a new entry, or the answer to one (both through the background). */
export type ConsentInput = NewConsent | ConsentAnswer;

export const isConsentAnswer = (input: ConsentInput): input is ConsentAnswer => typeof (input as ConsentAnswer).answerTo === 'string';

export type RegisterOutcome = { ok: true; record: ConsentRecord } | { ok: false; reason: string };
export type WithdrawOutcome = { ok: true; record: ConsentRecord; reminder: string } | { ok: false; reason: string };

const MAX = { person: 200, contact: 300, material: 1000 };

/** The register's own fixed reasons, in both languages (see consentReasonText). */
const REASONS = {
  kind: { sv: 'Ange om information eller en samtyckesfråga skickades.', en: 'Say whether information or a consent request was sent.' },
  refused: { sv: 'Samtycket nekades; det finns inget att återkalla.', en: 'The consent was refused; there is nothing to withdraw.' },
  person: { sv: 'Ange personens namn.', en: 'Enter the person’s name.' },
  material: { sv: 'Beskriv materialet (bild, film eller ljud och var det publiceras).', en: 'Describe the material (photo, film or sound, and where it is published).' },
  personLength: { sv: `Namnet får vara högst ${MAX.person} tecken.`, en: `The name may be at most ${MAX.person} characters.` },
  contactLength: { sv: `Kontaktuppgiften får vara högst ${MAX.contact} tecken.`, en: `The contact may be at most ${MAX.contact} characters.` },
  materialLength: { sv: `Beskrivningen får vara högst ${MAX.material} tecken.`, en: `The description may be at most ${MAX.material} characters.` },
  sentAt: { sv: 'Ange när informationen eller samtyckesfrågan skickades (ÅÅÅÅ-MM-DD).', en: 'Enter when the information or consent request was sent (YYYY-MM-DD).' },
} as const;
const KINDS: readonly ConsentKind[] = ['information', 'request'];

function problem(input: NewConsent): string | null {
  if (!input.person.trim()) return REASONS.person.sv;
  if (!input.material.trim()) return REASONS.material.sv;
  if (input.person.length > MAX.person) return REASONS.personLength.sv;
  if (input.contact.length > MAX.contact) return REASONS.contactLength.sv;
  if (input.material.length > MAX.material) return REASONS.materialLength.sv;
  if (!input.sentAt.trim() || Number.isNaN(Date.parse(input.sentAt))) return REASONS.sentAt.sv;
  if (input.kind !== undefined && !KINDS.includes(input.kind)) return REASONS.kind.sv;
  if (input.guardian !== undefined && input.guardian.length > MAX.person) return ANSWER_PROBLEMS.sv.guardianLength;
  return null;
}

/** Adds sent information or a consent request to the register and logs `consent.registered`, together; an answer goes to answerConsent. */
export async function registerConsent(database: AppDB, input: ConsentInput, editor: string, now = new Date()): Promise<RegisterOutcome> {
  if (isConsentAnswer(input)) return answerConsent(database, input, editor, now);
  const reason = problem(input);
  if (reason) return { ok: false, reason };
  const kind = input.kind ?? 'request';
  const minor = input.minor === true;
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
    kind,
    // Information under public interest leaves nothing to wait for; a request waits for the answer.
    state: kind === 'information' ? 'informed' : 'asked',
    minor,
    ...(minor && input.guardian?.trim() ? { guardian: input.guardian.trim() } : {}),
    answeredBy: null,
    answeredAt: null,
  };
  // The log carries the record's id and the material, not the person's name: the register holds that.
  const entry = entryOf({
    action: 'consent.registered', account: record.account, detail: record.material, data: { consentId: record.id, state: record.state ?? null },
  }, editor, now);
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

const ANSWER_PROBLEMS = {
  sv: {
    notWaiting: (state: string) => `Posten väntar inte på något svar (${state}).`,
    notUnknown: 'Posten är redan registrerad som information eller samtyckesfråga.',
    answer: 'Ange om samtycke gavs eller nekades.',
    answeredBy: 'Ange om svaret kom från personen eller från vårdnadshavaren.',
    date: 'Ange när svaret kom (ÅÅÅÅ-MM-DD).',
    future: 'Svaret kan inte ha kommit efter i dag.',
    beforeSent: (sent: string) => `Svaret kan inte ha kommit innan frågan skickades (${sent}).`,
    minor: 'Personen är under 18 år: samtycket ska ges av vårdnadshavaren.',
    guardian: 'Ange vårdnadshavarens namn.',
    guardianLength: `Vårdnadshavarens namn får vara högst ${MAX.person} tecken.`,
  },
  en: {
    notWaiting: (state: string) => `The entry is not waiting for an answer (${state}).`,
    notUnknown: 'The entry is already registered as information or a consent request.',
    answer: 'Say whether consent was given or refused.',
    answeredBy: 'Say whether the answer came from the person or the guardian.',
    date: 'Give the day the answer came (YYYY-MM-DD).',
    future: 'The answer cannot have come after today.',
    beforeSent: (sent: string) => `The answer cannot have come before the request was sent (${sent}).`,
    minor: 'The person is under 18: the consent must be given by the guardian.',
    guardian: 'Give the guardian’s name.',
    guardianLength: `The guardian’s name may be at most ${MAX.person} characters.`,
  },
} as const;

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
function isDay(value: string): boolean {
  const m = DAY.exec(value);
  if (!m) return false;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.toISOString().slice(0, 10) === value;
}

/**
 * A reason from the consent register in the interface's language: the register's own reasons here
 * (the background says them in Swedish), any other as utils/ui/reason-text says it.
 */
export function consentReasonText(reason: string, lang: 'sv' | 'en'): string {
  if (lang === 'sv') return reason;
  for (const fixed of Object.values(REASONS)) if (fixed.sv === reason) return fixed.en;
  for (const [key, sv] of Object.entries(ANSWER_PROBLEMS.sv)) {
    if (typeof sv === 'string' && sv === reason) return ANSWER_PROBLEMS.en[key as keyof typeof ANSWER_PROBLEMS.en] as string;
  }
  const before = /^Svaret kan inte ha kommit innan frågan skickades \((\d{4}-\d{2}-\d{2})\)\.$/.exec(reason);
  if (before) return ANSWER_PROBLEMS.en.beforeSent(before[1]);
  if (reason.startsWith('Posten väntar inte på något svar')) return 'The entry is not waiting for an answer.';
  return reasonText(reason, lang);
}

/** Why an answer cannot be recorded on the entry, in the interface's language; null when it can. */
export function answerProblem(record: ConsentRecord, answer: ConsentAnswer, lang: 'sv' | 'en' = 'sv', now = new Date()): string | null {
  const t = ANSWER_PROBLEMS[lang];
  if (!['given', 'refused', 'informed'].includes(answer.answer)) return t.answer;
  if (consentState(record) !== 'asked') return t.notWaiting(consentStateText(record, lang));
  if (answer.answer === 'informed') return kindUnknown(record) ? null : t.notUnknown;
  if (answer.answeredBy !== 'person' && answer.answeredBy !== 'guardian') return t.answeredBy;
  if (typeof answer.answeredAt !== 'string' || !isDay(answer.answeredAt)) return t.date;
  if (answer.answeredAt > stockholmDate(now.getTime())) return t.future;
  const sent = record.sentAt.slice(0, 10);
  if (isDay(sent) && answer.answeredAt < sent) return t.beforeSent(sent);
  // R12: consent for a minor is the guardian's; a minor's own no is still a no.
  if (answer.answer === 'given' && record.minor && answer.answeredBy === 'person') return t.minor;
  const guardian = (answer.guardian ?? record.guardian ?? '').trim();
  if (answer.answeredBy === 'guardian' && !guardian) return t.guardian;
  if (guardian.length > MAX.person) return t.guardianLength;
  return null;
}

/** Records the answer to a consent request (or that an old entry was information) and logs it, together. */
export async function answerConsent(database: AppDB, answer: ConsentAnswer, editor: string, now = new Date()): Promise<RegisterOutcome> {
  try {
    return await database.transaction('rw', database.consents, database.log, async (): Promise<RegisterOutcome> => {
      const record = await database.consents.get(answer.answerTo);
      if (!record) return { ok: false, reason: 'Samtycket finns inte i registret.' };
      const reason = answerProblem(record, answer, 'sv', now);
      if (reason) return { ok: false, reason };
      const changes: Partial<ConsentRecord> = answer.answer === 'informed'
        ? { kind: 'information', state: 'informed' }
        : {
          kind: record.kind ?? 'request',
          state: answer.answer,
          answeredBy: answer.answeredBy,
          answeredAt: answer.answeredAt,
          // A guardian answers for a minor.
          ...(answer.answeredBy === 'guardian' ? { minor: true, guardian: (answer.guardian ?? record.guardian ?? '').trim() } : {}),
        };
      const updated: ConsentRecord = { ...record, ...changes };
      await database.consents.update(record.id, changes);
      // Who recorded it is the entry's editor; the log names neither the person nor the guardian.
      await database.log.add(entryOf({
        action: 'consent.registered', account: record.account, detail: `${consentStateText(updated, 'sv')}: ${record.material}`,
        data: { consentId: record.id, state: updated.state ?? null, answeredBy: updated.answeredBy ?? null },
      }, editor, now));
      return { ok: true, record: updated };
    });
  } catch (error) {
    return { ok: false, reason: storageFailure(error) };
  }
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
      if (consentState(record) === 'refused') return { ok: false, reason: REASONS.refused.sv };
      await database.consents.update(id, { withdrawnAt, state: 'withdrawn' });
      // Who withdrew it is in the log entry; the record keeps who registered it.
      await database.log.add(entryOf({ action: 'consent.withdrawn', account: record.account, detail: `${record.material} (återkallat av ${editor})`, data: { consentId: id } }, editor, now));
      const updated: ConsentRecord = { ...record, withdrawnAt, state: 'withdrawn' };
      return { ok: true, record: updated, reminder: removalReminder(updated) };
    });
  } catch (error) {
    return { ok: false, reason: storageFailure(error) };
  }
}
