import type { Candidate } from './candidate';
import { clampConfidence } from './candidate';

export const PRIORITY_EMAIL = 95;

/** Free mail providers: an address there belongs to a private person. */
const FREEMAIL_DOMAINS = new Set([
  'gmail.com', 'googlemail.com', 'hotmail.com', 'hotmail.se', 'outlook.com', 'outlook.se', 'live.com', 'live.se',
  'msn.com', 'yahoo.com', 'yahoo.se', 'icloud.com', 'me.com', 'mac.com', 'telia.com', 'spray.se', 'bredband.net',
  'comhem.se', 'tele2.se', 'glocalnet.net', 'protonmail.com', 'proton.me', 'gmx.com', 'gmx.net', 'aol.com', 'mail.com',
]);

/** Shared mailboxes of an organisation ("kontaktcenter@…", "bygglov@…"), not a private person's. */
const FUNCTIONAL_LOCAL_PARTS =
  /^(?:info|kontakt|kontaktcenter|kontaktcentret|kundtjanst|kundtjänst|registrator|registratur|diarium|bygglov|miljo|miljö|vaxel|växel|kommun|kommunen|kommunstyrelsen|servicecenter|medborgarkontoret|medborgarservice|support|press|media|reception|noreply|no-reply|socialtjanst|socialtjänst|forskola|förskola|skola|bibliotek|biblioteket|kultur|fritid|dataskyddsombud|dso|hr|ekonomi|faktura|fakturor|kommunikation|webb|redaktion|post|mail)(?:[.\-_][\p{L}\p{N}]+)*$/u;

/** '@', or the sign written out to hide the address from harvesters: "anna(at)telia.com", "anna [snabel-a] telia.com". */
const AT_SIGN = /@|\s?[([]\s?(?:at|snabel-?a)\s?[)\]]\s?/;

const LOCAL_CHAR = /[\p{L}\p{N}._%+\-']/u;
const DOMAIN_CHAR = /[\p{L}\p{N}.-]/u;

export interface EmailHit {
  candidate: Candidate;
  address: string;
  domain: string;
}

/**
 * E-mail addresses, found from each '@' outwards (a regex over the whole text would backtrack
 * quadratically on long runs of letters). Bounded: 64 characters before, 255 after.
 */
export function findEmails(text: string, limit: number): EmailHit[] {
  const hits: EmailHit[] = [];
  const signs = new RegExp(AT_SIGN.source, 'giu');
  let sign = signs.exec(text);
  let consumedUntil = 0;
  while (sign && hits.length < limit) {
    const at = sign.index;
    const afterSign = at + sign[0].length;
    let start = at;
    while (start > consumedUntil && at - start < 64 && LOCAL_CHAR.test(text[start - 1])) start--;
    let end = afterSign;
    while (end < text.length && end - at < 255 && DOMAIN_CHAR.test(text[end])) end++;
    // Trailing dots and dashes are punctuation, not part of the domain.
    while (end > afterSign && (text[end - 1] === '.' || text[end - 1] === '-')) end--;
    while (start < at && (text[start] === '.' || text[start] === '\'')) start++;
    const local = text.slice(start, at);
    const domain = text.slice(afterSign, end).toLowerCase();
    const labels = domain.split('.');
    const topLevel = labels[labels.length - 1] ?? '';
    if (local.length > 0 && labels.length >= 2 && labels.every((l) => l.length > 0) && /^\p{L}{2,}$/u.test(topLevel)) {
      hits.push({
        candidate: {
          category: 'personal.contact',
          rule: 'contact.email',
          start,
          end,
          confidence: clampConfidence(emailConfidence(local.toLowerCase(), domain)),
          priority: PRIORITY_EMAIL,
        },
        address: `${local}@${domain}`.toLowerCase(),
        domain,
      });
      consumedUntil = end;
    }
    signs.lastIndex = Math.max(afterSign, end);
    sign = signs.exec(text);
  }
  return hits;
}

function emailConfidence(local: string, domain: string): number {
  if (FREEMAIL_DOMAINS.has(domain)) return 0.92;
  if (FUNCTIONAL_LOCAL_PARTS.test(local)) return 0.3;
  // Public bodies' domains: a named official's work address is not a private contact detail.
  if (/(?:^|\.)(?:kommun|region|stad|lansstyrelsen|länsstyrelsen)[\p{L}.-]*$|(?:^|\.)gov(?:\.[a-z]{2})?$/u.test(domain) || domain.includes('kommun')) {
    return 0.45;
  }
  return 0.75;
}

/** Texts that spell an address out ("sara punkt lind snabel-a gmail punkt com") hold one of these words. */
const SPELLED_DOT_GATE = /\s(?:punkt|dot)\s/iu;
/** The '@' as a word: "snabel-a", or English "at" (only before a free-mail domain: "look at google dot com" is no address). */
const SPELLED_SIGN = /(?<![\p{L}\p{N}])(snabel-?a|at)(?![\p{L}\p{N}-])/giu;
/** After the sign: a domain whose dots are written as words, at most five labels. */
const SPELLED_DOMAIN = /^\s([\p{L}\p{N}-]{1,63})((?:\s(?:punkt|dot)\s[\p{L}\p{N}-]{1,63}){1,4})(?![\p{L}\p{N}])/iu;
/** A dot written as a word, ending where the label after it starts. */
const SPELLED_DOT_BEFORE = /\s(?:punkt|dot)\s$/iu;
/** What a local part may hold. */
const LOCAL_PART_CHAR = /[\p{L}\p{N}._-]/u;

/**
 * The local part that ends right before `end` (where a space precedes the sign), read backwards by hand so that
 * the work is bounded by its length: "sara punkt lind" → "sara.lind". At most four labels of 64 characters.
 */
function spelledLocalBefore(text: string, end: number, floor: number): { start: number; local: string } | null {
  if (end - 1 < floor || !/\s/u.test(text[end - 1])) return null;
  const labels: string[] = [];
  let position = end - 1;
  let start = -1;
  while (labels.length < 4) {
    let from = position;
    while (from > floor && position - from < 64 && LOCAL_PART_CHAR.test(text[from - 1])) from--;
    if (from === position || (from > floor && LOCAL_PART_CHAR.test(text[from - 1]))) break;
    labels.unshift(text.slice(from, position));
    start = from;
    const dot = SPELLED_DOT_BEFORE.exec(text.slice(Math.max(floor, from - 8), from));
    if (!dot) break;
    position = from - dot[0].length;
  }
  return labels.length === 0 ? null : { start, local: labels.join('.').toLowerCase() };
}
const SPELLED_DOT = /\s(?:punkt|dot)\s/giu;

/**
 * E-mail addresses spelled out to fool harvesters: "sara punkt lind snabel-a gmail punkt com",
 * "john at gmail dot com". Each sign is read with bounded slices around it, so the work stays linear.
 */
export function findSpelledEmails(text: string, limit: number): EmailHit[] {
  const hits: EmailHit[] = [];
  if (!SPELLED_DOT_GATE.test(text)) return hits;
  SPELLED_SIGN.lastIndex = 0;
  let consumedUntil = 0;
  let sign: RegExpExecArray | null;
  while ((sign = SPELLED_SIGN.exec(text)) !== null && hits.length < limit) {
    const at = sign.index;
    const afterSign = at + sign[0].length;
    const domainMatch = SPELLED_DOMAIN.exec(text.slice(afterSign, afterSign + 330));
    if (!domainMatch) continue;
    const domain = domainMatch[0].trim().replace(SPELLED_DOT, '.').toLowerCase();
    const labels = domain.split('.');
    if (!/^\p{L}{2,}$/u.test(labels[labels.length - 1] ?? '')) continue;
    if (sign[1].toLowerCase() === 'at' && !FREEMAIL_DOMAINS.has(domain)) continue;
    const localPart = spelledLocalBefore(text, at, consumedUntil);
    if (!localPart) continue;
    const { start, local } = localPart;
    const end = afterSign + domainMatch[0].length;
    hits.push({
      candidate: { category: 'personal.contact', rule: 'contact.email-spelled', start, end, confidence: clampConfidence(emailConfidence(local, domain)), priority: PRIORITY_EMAIL },
      address: `${local}@${domain}`,
      domain,
    });
    consumedUntil = end;
    SPELLED_SIGN.lastIndex = end;
  }
  return hits;
}
