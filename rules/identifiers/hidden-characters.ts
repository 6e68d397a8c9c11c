// Numbers written to slip past a filter: invisible characters inside them ("1912\u200B1212-1212"),
// a minus sign or full-width digits for the usual ones, or a right-to-left override that makes
// "76 54 321-070" show as "070-123 45 67". The identifiers are looked for in the text as a reader
// sees it (and, under an override, also as written: the digits may be meant either way), and each
// finding is mapped back to the characters it was written with.

/** Characters that show nothing: zero-width spaces and joiners, direction marks and isolates, a soft hyphen, a BOM. */
const INVISIBLE_CHARS = '\\u00ad\\u180e\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u2064\\u2066-\\u2069\\ufeff';
const INVISIBLE = new RegExp(`[${INVISIBLE_CHARS}]`, 'u');
/** Dashes read as '-': figure dash, minus sign, small and full-width hyphen-minus. */
const DASHES = new Set([0x2012, 0x2212, 0xfe63, 0xff0d]);
/** Any of the above, or a full-width digit: one search says whether a text needs reading as seen. */
const ANY_TO_UNDO = new RegExp(`[${INVISIBLE_CHARS}\\u2012\\u2212\\ufe63\\uff0d\\uff10-\\uff19]`, 'u');
const RIGHT_TO_LEFT_OVERRIDE = 0x202e;
const POP_DIRECTION = 0x202c;

export interface SeenText {
  text: string;
  /** For each character of `text`, the index of the character in the written text it stands for. */
  origin: number[] | null;
}

/**
 * `written` without its invisible characters and with look-alike digits and dashes made plain; with
 * `reversed`, a right-to-left override's characters are put in the order they are shown in. `origin`
 * is null when nothing had to change (most comments).
 */
export function asSeen(written: string, reversed = false): SeenText {
  if (!ANY_TO_UNDO.test(written)) return { text: written, origin: null };
  const chars: string[] = [];
  const origin: number[] = [];
  for (let i = 0; i < written.length; i++) {
    if (reversed && written.charCodeAt(i) === RIGHT_TO_LEFT_OVERRIDE) {
      // Shown in reverse up to its end: the reader sees the characters last to first.
      let end = written.indexOf(String.fromCharCode(POP_DIRECTION), i + 1);
      if (end < 0) end = written.length;
      for (let k = end - 1; k > i; k--) push(written, k, chars, origin);
      i = end;
      continue;
    }
    push(written, i, chars, origin);
  }
  return { text: chars.join(''), origin };
}

/** Does the text hold a right-to-left override (a second reading, in the order shown, is needed)? */
export function overridesDirection(written: string): boolean {
  return written.includes(String.fromCharCode(RIGHT_TO_LEFT_OVERRIDE));
}

function push(written: string, i: number, chars: string[], origin: number[]): void {
  const ch = written[i];
  if (INVISIBLE.test(ch)) return;
  const code = written.charCodeAt(i);
  chars.push(code >= 0xff10 && code <= 0xff19 ? String.fromCharCode(code - 0xff10 + 48) : DASHES.has(code) ? '-' : ch);
  origin.push(i);
}

/** The written span behind `[start, end)` of the seen text. */
export function writtenSpan(seen: SeenText, start: number, end: number): { start: number; end: number } {
  if (!seen.origin) return { start, end };
  let first = Infinity;
  let last = -1;
  for (let k = start; k < end; k++) {
    first = Math.min(first, seen.origin[k]);
    last = Math.max(last, seen.origin[k]);
  }
  return { start: first, end: last + 1 };
}
