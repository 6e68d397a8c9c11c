import type { ConsentRecord, ConsentState } from '@/utils/db/records';
import { swedishDateTime } from '@/utils/log/time';

// Where a consent stands, in words (R12): a request is not a consent until it is answered.

type Lang = 'sv' | 'en';

/**
 * The record's state. A record without one (from a backup made before schema version 4) said only
 * "information or consent request sent": it waits for an answer, as the version 4 upgrade sets it.
 */
export function consentState(record: Pick<ConsentRecord, 'state' | 'withdrawnAt'>): ConsentState {
  if (record.withdrawnAt) return 'withdrawn';
  return record.state ?? 'asked';
}

/** Did a record come from before the editor said what was sent (information or a consent request)? */
export const kindUnknown = (record: Pick<ConsentRecord, 'kind'>) => record.kind === undefined;

/** The material may stay published: consent given, or information sent under public interest. */
export function consentHolds(record: Pick<ConsentRecord, 'state' | 'withdrawnAt'>): boolean {
  const state = consentState(record);
  return state === 'given' || state === 'informed';
}

const day = (value: string | null | undefined) => (value ? (value.length > 10 ? swedishDateTime(value).slice(0, 10) : value) : '');

const WORDS = {
  sv: {
    informed: 'Information skickad (allmänt intresse), inget svar behövs',
    asked: 'Väntar på svar',
    given: { person: 'Samtycke givet av personen', guardian: 'Samtycke givet av vårdnadshavare', unknown: 'Samtycke givet' },
    refused: { person: 'Nekat av personen', guardian: 'Nekat av vårdnadshavare', unknown: 'Nekat' },
    withdrawn: 'Återkallat',
    kind: { information: 'Information', request: 'Samtyckesfråga', unknown: 'Information eller samtyckesfråga' },
  },
  en: {
    informed: 'Information sent (public interest), no answer needed',
    asked: 'Waiting for an answer',
    given: { person: 'Consent given by the person', guardian: 'Consent given by the guardian', unknown: 'Consent given' },
    refused: { person: 'Refused by the person', guardian: 'Refused by the guardian', unknown: 'Refused' },
    withdrawn: 'Withdrawn',
    kind: { information: 'Information', request: 'Consent request', unknown: 'Information or consent request' },
  },
} as const;

/** "Väntar på svar", "Samtycke givet av vårdnadshavare 2026-12-05", "Nekat 2026-12-05", "Återkallat 2026-12-07". */
export function consentStateText(record: ConsentRecord, lang: Lang = 'sv'): string {
  const w = WORDS[lang];
  const state = consentState(record);
  switch (state) {
    case 'informed': return w.informed;
    case 'asked': return w.asked;
    case 'withdrawn': return `${w.withdrawn} ${day(record.withdrawnAt)}`.trim();
    case 'given':
    case 'refused': return `${w[state][record.answeredBy ?? 'unknown']} ${day(record.answeredAt)}`.trim();
  }
}

/** "Samtyckesfråga", "Information", or, for a record from before the choice, "Information eller samtyckesfråga". */
export function consentKindText(record: Pick<ConsentRecord, 'kind'>, lang: Lang = 'sv'): string {
  return WORDS[lang].kind[record.kind ?? 'unknown'];
}
