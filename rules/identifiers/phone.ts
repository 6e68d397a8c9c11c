import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import type { Candidate } from './candidate';
import { clampConfidence } from './candidate';
import {
  ORGANISATION_CONTEXT,
  PHONE_CONTEXT,
  PRIVATE_CONTEXT,
  hasContext,
  hasContextNear,
  textAfter,
  textBefore,
} from './context';
import type { NumberWindow } from './number-runs';

export const PRIORITY_PHONE_SHAPED = 70;
export const PRIORITY_PHONE_UNSEPARATED = 50;

const TRUNK_ZERO_BEFORE = /\+(\d{1,3})[ \u00a0]?\(0\)[ \u00a0]?$/;

export interface PhoneHit {
  candidate: Candidate;
  /** E.164 form, to compare with the organisation's own numbers. */
  e164: string;
  inContext: boolean;
}

/**
 * Phone numbers as people write them: "070-123 45 67", "+46 70 123 45 67", "08-508 290 00",
 * "0701234567". A window qualifies when it starts like a phone number (0 + area code, +country or 00)
 * and libphonenumber says the number exists.
 */
export function classifyPhone(text: string, window: NumberWindow): PhoneHit | null {
  const { digits, lengths, run } = window;
  // "+46 (0)70 123 45 67": the country code, then the trunk zero in brackets that is dropped when dialling from abroad.
  const trunk = window.first === 0 && !digits.startsWith('0') ? TRUNK_ZERO_BEFORE.exec(text.slice(Math.max(0, window.start - 12), window.start)) : null;
  const international = (window.first === 0 && run.plusPrefix) || trunk !== null;
  const internationalZeros = digits.startsWith('00') && lengths[0] <= 4;
  if (!international && !digits.startsWith('0')) return null;
  if (!international && !internationalZeros && (digits.length < 8 || digits.length > 10)) return null;
  if (international && (digits.length < 8 || digits.length > 15)) return null;
  // The first group is an area code (2-4 digits, "08", "070", "0435") or the whole number.
  const shapedLikePhone = international || lengths.length === 1 || (lengths[0] >= 2 && lengths[0] <= 4) || internationalZeros;
  if (!shapedLikePhone) return null;
  const glued = /[\p{L}\p{N}]/u;
  if (window.start > 0 && glued.test(text[window.start - 1]) && window.first === 0) return null;
  if (window.end < text.length && glued.test(text[window.end])) return null;

  const raw = trunk ? `+${trunk[1]}${digits}` : international ? `+${digits}` : internationalZeros ? `+${digits.slice(2)}` : digits;
  const parsed = validPhone(raw);
  if (!parsed) return null;

  const start = trunk ? window.start - trunk[0].length : international ? window.start - 1 : window.start;
  const before = textBefore(text, start, 60);
  const after = textAfter(text, window.end, 25);
  const inContext = hasContextNear(PHONE_CONTEXT, before, 30);
  const privateNear = hasContextNear(PRIVATE_CONTEXT, before, 25);
  let confidence = lengths.length > 1 || international ? 0.8 : 0.7;
  if (inContext) confidence += 0.1;
  // Organisations publish switchboards ("kommunens växel 011-15 00 00"); they conventionally end in 000.
  const national = parsed.nationalNumber;
  const switchboardLike = /0{3}$/.test(national);
  const organisation = hasContext(ORGANISATION_CONTEXT, before) || hasContextNear(ORGANISATION_CONTEXT, after, 25);
  if (!privateNear && (organisation || switchboardLike)) confidence = Math.min(confidence, organisation ? 0.25 : 0.4);
  // Freephone, premium, shared-cost and 010 numbers are companies' and offices', not a person's ("Ring 0771-20 20 20").
  else if (!privateNear && parsed.business) confidence = Math.min(confidence, 0.4);
  return {
    candidate: {
      category: 'personal.contact',
      rule: 'contact.phone',
      start,
      end: window.end,
      confidence: clampConfidence(confidence),
      priority: lengths.length > 1 || international ? PRIORITY_PHONE_SHAPED : PRIORITY_PHONE_UNSEPARATED,
    },
    e164: parsed.number,
    inContext,
  };
}

interface ValidPhone {
  nationalNumber: string;
  /** E.164 */
  number: string;
  /** A number only organisations have: freephone (020), premium (0900), shared cost (0771) or a national 010 number. */
  business: boolean;
}

const BUSINESS_TYPES = new Set(['TOLL_FREE', 'PREMIUM_RATE', 'SHARED_COST', 'UAN']);

const validPhoneCache = new Map<string, ValidPhone | null>();
const VALID_PHONE_CACHE_LIMIT = 5_000;

/** libphonenumber's verdict on a digit string (Swedish default region), cached: parsing is costly and numbers repeat. */
function validPhone(raw: string): ValidPhone | null {
  const cached = validPhoneCache.get(raw);
  if (cached !== undefined) return cached;
  let result: ValidPhone | null = null;
  try {
    const parsed = parsePhoneNumberFromString(raw, 'SE');
    if (parsed && parsed.isValid()) result = { nationalNumber: parsed.nationalNumber, number: parsed.number, business: BUSINESS_TYPES.has(parsed.getType() ?? '') };
  } catch {
    result = null;
  }
  if (validPhoneCache.size >= VALID_PHONE_CACHE_LIMIT) validPhoneCache.clear();
  validPhoneCache.set(raw, result);
  return result;
}

/** E.164 form of a phone number the organisation lists as its own; null when it does not parse. */
export function normalisePhone(value: string): string | null {
  try {
    const parsed = parsePhoneNumberFromString(value, 'SE');
    return parsed ? parsed.number : null;
  } catch {
    return null;
  }
}
