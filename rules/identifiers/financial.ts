import { electronicFormatIBAN, isValidIBAN } from 'ibantools';
import type { Candidate } from './candidate';
import { clampConfidence } from './candidate';
import { ORGANISATION_CONTEXT, PRIVATE_CONTEXT, hasContext, hasContextNear, textAfter, textBefore, wordsPattern } from './context';
import type { NumberRun, NumberWindow } from './number-runs';
import { luhnValid } from './number-runs';
import { parsePersonnummer } from './personnummer';

export const PRIORITY_IBAN = 100;
export const PRIORITY_CARD = 90;
export const PRIORITY_GIRO = 85;
export const PRIORITY_BANK_ACCOUNT = 80;

const CARD_CONTEXT = wordsPattern([
  'kort\\p{L}*',
  'betalkort\\p{L}*',
  'kreditkort\\p{L}*',
  'visa',
  'mastercard',
  'amex',
  'card',
  'credit card',
]);
const OCR_CONTEXT = wordsPattern(['ocr(?:-?nummer|-?nr)?', 'referens\\p{L}*', 'order\\p{L}*', 'faktura\\p{L}*', 'invoice']);

/** Card numbers: 13-19 digits, Luhn-valid, an issuer prefix 2-6, grouped in fours (or Amex 4-6-5) or unbroken. */
export function classifyCard(text: string, window: NumberWindow): Candidate | null {
  const { digits, lengths } = window;
  if (digits.length < 13 || digits.length > 19) return null;
  if (!/^[2-6]/.test(digits)) return null;
  const groupedInFours = lengths.length > 1 && lengths.slice(0, -1).every((l) => l === 4) && lengths[lengths.length - 1] <= 4;
  const amex = lengths.length === 3 && lengths[0] === 4 && lengths[1] === 6 && (lengths[2] === 5 || lengths[2] === 4);
  if (lengths.length > 1 && !groupedInFours && !amex) return null;
  if (!window.whole) return null;
  const before = textBefore(text, window.start, 50);
  // A mistyped card number is still one where the writer says so: "från mitt kort 4571 9932 0087 1123".
  if (!luhnValid(digits)) return groupedInFours && digits.length === 16 && hasContextNear(CARD_CONTEXT, before, 20)
    ? { category: 'personal.financial', rule: 'financial.card', start: window.start, end: window.end, confidence: 0.75, priority: PRIORITY_CARD } : null;
  let confidence = lengths.length > 1 ? 0.9 : 0.7;
  if (hasContext(CARD_CONTEXT, before)) confidence += 0.08;
  else if (hasContextNear(OCR_CONTEXT, before, 30)) confidence = 0.3;
  return {
    category: 'personal.financial',
    rule: 'financial.card',
    start: window.start,
    end: window.end,
    confidence: clampConfidence(confidence),
    priority: PRIORITY_CARD,
  };
}

/** What every IBAN start holds: most texts have none, and skip the search with its Unicode lookbehind. */
const IBAN_SHAPE = /[A-Z]{2}\d{2}/;

/** IBAN: two capital letters, two check digits, then up to 30 letters/digits in groups (validated by ibantools). */
export function findIbans(text: string, limit: number): Candidate[] {
  const found: Candidate[] = [];
  if (!IBAN_SHAPE.test(text)) return found;
  const start = /(?<![\p{L}\p{N}])[A-Z]{2}\d{2}/gu;
  let match: RegExpExecArray | null;
  while ((match = start.exec(text)) !== null && found.length < limit) {
    // Consume groups of [A-Z0-9] joined by single spaces, at most 34 significant characters.
    const groupEnds: number[] = [];
    let position = match.index;
    let significant = 0;
    while (position < text.length && significant < 34) {
      const code = text.charCodeAt(position);
      const alnum = (code >= 48 && code <= 57) || (code >= 65 && code <= 90);
      if (alnum) {
        significant++;
        position++;
        continue;
      }
      groupEnds.push(position);
      if (text[position] === ' ' && position + 1 < text.length && /[A-Z0-9]/.test(text[position + 1])) {
        position++;
        continue;
      }
      break;
    }
    if (groupEnds[groupEnds.length - 1] !== position) groupEnds.push(position);
    // Try the longest span first: trailing words in capitals may have been consumed.
    for (let g = groupEnds.length - 1; g >= 0; g--) {
      const end = groupEnds[g];
      const candidate = electronicFormatIBAN(text.slice(match.index, end)) ?? '';
      if (candidate.length >= 15 && isValidIBAN(candidate)) {
        const boundaryOk = end >= text.length || !/[\p{L}\p{N}]/u.test(text[end]);
        if (boundaryOk) {
          found.push({
            category: 'personal.financial',
            rule: 'financial.iban',
            start: match.index,
            end,
            confidence: 0.95,
            priority: PRIORITY_IBAN,
          });
          start.lastIndex = end;
        }
        break;
      }
    }
  }
  return found;
}

const BANK_CONTEXT = wordsPattern([
  'konto\\p{L}*',
  'kontonr\\.?',
  'clearing\\p{L}*',
  'bankkonto\\p{L}*',
  'lönekonto\\p{L}*',
  'personkonto\\p{L}*',
  'sparkonto\\p{L}*',
  'account\\p{L}*',
  'nordea',
  'handelsbanken',
  'handelsbank',
  'seb',
  'swedbank',
  'danske bank',
  'icabanken',
  'ica banken',
  'länsförsäkringar',
  'skandiabanken',
  'skandia',
  'sparbanken',
  'avanza',
  'sbab',
  'lf',
  'bank',
]);

/** The gap allowed between a clearing number and its account when written apart ("8327-9, 123 456 789-0"). */
const CLEARING_ACCOUNT_GAP = /^[\s,;:/]*(?:(?:och\s+)?(?:konto(?:nummer|nr)?|kontonr\.?|account(?:\s+(?:number|no\.?))?|nr)[\s:.]*)?$/iu;

function clearingOf(lengths: number[], digits: string, separators: string[]): number | null {
  // Four digits, or Swedbank's five (8xxx-x).
  if (lengths[0] === 4) {
    const clearing = Number(digits.slice(0, 4));
    if (lengths.length > 1 && lengths[1] === 1 && digits.startsWith('8') && separators[0] === '-') return 5;
    return clearing >= 1100 && clearing <= 9999 ? 4 : null;
  }
  return null;
}

function isPersonkonto(accountDigits: string, clearingDigits: string, now: Date): boolean {
  return clearingDigits === '3300' && accountDigits.length === 10 && parsePersonnummer(accountDigits, false, now) !== null;
}

/**
 * Bank accounts: a clearing number and 6-10 account digits after a bank word ("Nordea 3300 651231-8806",
 * "Handelsbanken 6789 123 456 321", "clearing 8105-9, account 914 782 345-6"). Without a bank word,
 * digit strings like these are too common to flag.
 */
export function classifyBankAccount(text: string, window: NumberWindow, runs: NumberRun[], runIndex: number, now: Date): Candidate | null {
  if (window.first !== 0) return null;
  const clearingLength = clearingOf(window.lengths, window.digits, window.separators);
  if (clearingLength === null) return null;
  const before = textBefore(text, window.start, 50);
  if (!hasContext(BANK_CONTEXT, before)) return null;

  let end = window.end;
  let accountDigits = window.digits.slice(clearingLength);
  let personkontoSpan: { start: number; end: number } | undefined;
  const clearingGroups = clearingLength === 5 ? 2 : 1;
  const clearingOnly = window.lengths.length === clearingGroups;
  if (clearingOnly) {
    // The account may follow as the next run after a comma or "konto".
    if (!window.whole) return null;
    const next = runs[runIndex + 1];
    if (!next) return null;
    const gap = text.slice(window.end, next.groups[0].start);
    if (gap.length > 24 || !CLEARING_ACCOUNT_GAP.test(gap)) return null;
    accountDigits = next.groups.map((g) => g.digits).join('');
    end = next.groups[next.groups.length - 1].end;
    // "clearing 3300, konto 830516-4090": Nordea's personkonto written apart is a personnummer too.
    if (isPersonkonto(accountDigits, window.digits.slice(0, 4), now)) personkontoSpan = { start: next.groups[0].start, end };
  } else {
    if (!window.whole) return null;
    const accountGroups = window.run.groups.slice(clearingGroups);
    if (accountGroups.length > 0 && isPersonkonto(accountDigits, window.digits.slice(0, 4), now)) {
      personkontoSpan = { start: accountGroups[0].start, end: window.end };
    }
  }
  if (accountDigits.length < 6 || accountDigits.length > 10) return null;
  let confidence = 0.85;
  if (personkontoSpan) confidence = 0.95;
  if (hasContext(ORGANISATION_CONTEXT, before) && !hasContextNear(PRIVATE_CONTEXT, before, 30)) confidence = 0.3;
  return {
    category: 'personal.financial',
    rule: 'financial.bank-account',
    start: window.start,
    end,
    confidence: clampConfidence(confidence),
    priority: PRIORITY_BANK_ACCOUNT,
    contains: personkontoSpan ? [personkontoSpan] : undefined,
  };
}

const BANKGIRO_CONTEXT = wordsPattern(['bankgiro\\p{L}*', 'bg', 'bg-nummer', 'bg-nr']);
const PLUSGIRO_CONTEXT = wordsPattern(['plusgiro\\p{L}*', 'postgiro\\p{L}*', 'pg', 'pg-nummer', 'pg-nr']);

/**
 * Bankgiro (NNN-NNNN / NNNN-NNNN) and plusgiro (2-8 digits, last after a dash) numbers named as such
 * within a few words before. The organisation's own giro ("kommunens bankgiro", "på fakturan") is not flagged.
 */
export function classifyGiro(text: string, window: NumberWindow): Candidate | null {
  if (window.first !== 0 || !window.whole) return null;
  const before = textBefore(text, window.start, 40);
  const { lengths, digits, separators } = window;
  const isBankgiroShape =
    (lengths.length === 2 && (lengths[0] === 3 || lengths[0] === 4) && lengths[1] === 4 && separators[0] === '-') ||
    (lengths.length === 1 && (lengths[0] === 7 || lengths[0] === 8));
  const isPlusgiroShape = digits.length >= 2 && digits.length <= 8 && (lengths.length === 1 || separators[separators.length - 1] === '-');
  let rule: string | null = null;
  if (isBankgiroShape && hasContextNear(BANKGIRO_CONTEXT, before, 40)) rule = 'financial.bankgiro';
  else if (isPlusgiroShape && hasContextNear(PLUSGIRO_CONTEXT, before, 40)) rule = 'financial.plusgiro';
  if (!rule) return null;
  let confidence = luhnValid(digits) ? 0.9 : 0.8;
  const wider = textBefore(text, window.start, 80);
  const after = textAfter(text, window.end, 25);
  const organisation = hasContext(ORGANISATION_CONTEXT, wider) || hasContext(ORGANISATION_CONTEXT, after);
  if (organisation && !hasContextNear(PRIVATE_CONTEXT, before + after, 60)) confidence = 0.25;
  return {
    category: 'personal.financial',
    rule,
    start: window.start,
    end: window.end,
    confidence: clampConfidence(confidence),
    priority: PRIORITY_GIRO,
  };
}
