import Personnummer from 'personnummer';
import type { Candidate } from './candidate';
import { clampConfidence } from './candidate';
import {
  AMOUNT_AFTER,
  PERSONNUMMER_CONTEXT,
  REFERENCE_CONTEXT,
  hasContext,
  hasContextNear,
  textAfter,
  textBefore,
} from './context';
import { luhnValid, type NumberWindow } from './number-runs';

export const PRIORITY_PERSONNUMMER = 60;
export const PRIORITY_PERSONNUMMER_IN_CONTEXT = 75;

const DATE_SEPARATORS = new Set(['-', '+', ' ', '.', '\u00a0', '\u2010', '\u2011', '\u2013', '\u202f']);

/** The shapes a personnummer is written in: 10 or 12 digits, or 6/8 + separator + 4. */
function personnummerShape(window: NumberWindow): { compact: string; plus: boolean; separated: string } | null {
  const { lengths, separators, digits } = window;
  if (lengths.length === 1 && (lengths[0] === 10 || lengths[0] === 12)) {
    return { compact: digits, plus: false, separated: '' };
  }
  if (lengths.length === 2 && (lengths[0] === 6 || lengths[0] === 8) && lengths[1] === 4) {
    const separator = separators[0];
    if (!DATE_SEPARATORS.has(separator)) return null;
    return { compact: digits, plus: separator === '+', separated: separator };
  }
  return null;
}

/** A valid personnummer or samordningsnummer (date and check digit), or null. */
export function parsePersonnummer(compact: string, plus: boolean, now: Date): Personnummer | null {
  const pin = compact.length === 10 ? `${compact.slice(0, 6)}${plus ? '+' : '-'}${compact.slice(6)}` : compact;
  if (compact.length === 12 && !/^(?:18|19|20)/.test(compact)) return null;
  // The package checks the same Luhn digit and date, but says no by throwing, which costs far more than asking first.
  if (!luhnValid(compact.slice(-10)) || !plausibleMonthAndDay(compact.slice(-10))) return null;
  try {
    const parsed = Personnummer.parse(pin, { allowCoordinationNumber: true, allowInterimNumber: false });
    const birth = parsed.getDate();
    // The package infers the century from today's date; a birth date after the reference time is not a person yet.
    if (birth.getTime() > now.getTime()) return null;
    return parsed;
  } catch {
    return null;
  }
}

/**
 * Month 01-12 and day 01-31 (61-91 in a samordningsnummer) in "yymmddnnnc": the package rejects any
 * other date (its date test cannot pass), so asking first gives the same answers without its throw.
 */
function plausibleMonthAndDay(tenDigits: string): boolean {
  const month = Number(tenDigits.slice(2, 4));
  const day = Number(tenDigits.slice(4, 6));
  return month >= 1 && month <= 12 && ((day >= 1 && day <= 31) || (day >= 61 && day <= 91));
}

export interface PersonnummerHit {
  candidate: Candidate;
  /** The digits start with 0 and the window is unseparated, so a phone number reading is possible. */
  phoneLike: boolean;
  inContext: boolean;
}

export function classifyPersonnummer(text: string, window: NumberWindow, now: Date): PersonnummerHit | null {
  const shape = personnummerShape(window);
  if (!shape) return null;
  // A letter or digit glued to the number makes it part of another token ("ABC8503142385").
  const glued = /[\p{L}\p{N}]/u;
  if (window.start > 0 && glued.test(text[window.start - 1]) && window.first === 0) return null;
  if (window.end < text.length && glued.test(text[window.end]) && window.last === window.run.groups.length - 1) return null;
  const parsed = parsePersonnummer(shape.compact, shape.plus, now);
  if (!parsed) return null;

  const before = textBefore(text, window.start, 60);
  const after = textAfter(text, window.end, 12);
  const inContext = hasContext(PERSONNUMMER_CONTEXT, before) || hasContextNear(PERSONNUMMER_CONTEXT, after, 12);
  let confidence: number;
  if (shape.separated === '-' || shape.separated === '+' || shape.separated === '\u2013' || shape.separated === '\u2010' || shape.separated === '\u2011') {
    confidence = shape.compact.length === 12 ? 0.95 : 0.9;
  } else if (shape.separated) {
    confidence = 0.8;
  } else {
    confidence = shape.compact.length === 12 ? 0.9 : 0.75;
  }
  if (inContext) confidence += 0.07;
  if (!window.whole) confidence -= 0.2;
  if (!inContext && (hasContextNear(REFERENCE_CONTEXT, before, 30) || AMOUNT_AFTER.test(after))) {
    confidence = Math.min(confidence, 0.3);
  }
  return {
    candidate: {
      category: 'personal.id',
      rule: parsed.isCoordinationNumber() ? 'id.samordningsnummer' : 'id.personnummer',
      start: window.start,
      end: window.end,
      confidence: clampConfidence(confidence),
      priority: inContext ? PRIORITY_PERSONNUMMER_IN_CONTEXT : PRIORITY_PERSONNUMMER,
    },
    phoneLike: shape.separated === '' && shape.compact.length === 10 && shape.compact.startsWith('0'),
    inContext,
  };
}
