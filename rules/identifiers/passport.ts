import type { Candidate } from './candidate';

export const PRIORITY_PASSPORT = 65;

/** A passport number only counts after the word for it; eight or nine digits or capitals follow within a few characters. */
const PASSPORT = /(?<![\p{L}\p{N}])(?:passnummer|passnumret|passnr|pass-?nr|pass nr|pass nummer|passport (?:number|no\.?|nr)|passport#?)(?![\p{L}\p{N}])[\s:.#]{0,4}(?:är\s|is\s)?([A-Z0-9]{8,9})(?![\p{L}\p{N}])/giu;

/** Every passport word starts with "pass" (matched with the same flags): a text without it is skipped. */
const PASSPORT_GATE = /pass/iu;

export function findPassports(text: string, limit: number): Candidate[] {
  const hits: Candidate[] = [];
  if (!PASSPORT_GATE.test(text)) return hits;
  PASSPORT.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = PASSPORT.exec(text)) !== null && hits.length < limit) {
    const number = match[1];
    if (!/\d/.test(number)) continue;
    const end = match.index + match[0].length;
    hits.push({
      category: 'personal.id',
      rule: 'id.passport',
      start: end - number.length,
      end,
      confidence: 0.85,
      priority: PRIORITY_PASSPORT,
    });
  }
  return hits;
}
