/**
 * Text normalisation for matching Swedish (and English) word lists, with a map back to the
 * original text. The normalised text is only ever used for lookup: findings always cite
 * offsets into the original string.
 *
 * What it does, in one linear pass over the code points:
 * - strips zero-width and bidi control characters and soft hyphens (used to break words up);
 * - composes a base letter with its combining marks (NFC); if the marks do not compose into a
 *   single letter (å ä ö é …) they are dropped, so stacked marks ("zalgo") cannot hide a word;
 * - maps Cyrillic and Greek look-alike letters to Latin ones;
 * - lowercases;
 * - inside words that contain letters, undoes leetspeak (4→a, 0→o, 3→e, 1→i, @→a, $→s, !→i, 5→s, 7→t).
 *   4 and 0 may stand for ä and ö as well: their positions are recorded so the matcher can try both.
 * Never folds å/ä/ö into a/o. Repeated letters and letters split by spaces are left to the tokenizer.
 */
export interface NormalizedText {
  /** The normalised text. */
  text: string;
  /** For a UTF-16 unit of `text`: the original offset of the character it came from. */
  startOf(index: number): number;
  /** For a UTF-16 unit of `text`: the original offset just after that character. */
  endOf(index: number): number;
  /** Positions in `text` where a 4 or 0 became a or o (could also be ä or ö). */
  ambiguous: ReadonlySet<number>;
}

const COMBINING = /\p{M}/u;
const LETTER = /\p{L}/u;

// Cyrillic and Greek letters that look like Latin ones (upper and lower case).
const LOOKALIKES: Record<string, string> = {
  а: 'a', А: 'a', в: 'b', В: 'b', е: 'e', Е: 'e', ё: 'ë', к: 'k', К: 'k', м: 'm', М: 'm', н: 'h', Н: 'h',
  о: 'o', О: 'o', р: 'p', Р: 'p', с: 'c', С: 'c', т: 't', Т: 't', у: 'y', У: 'y', х: 'x', Х: 'x',
  і: 'i', І: 'i', ј: 'j', Ј: 'j', ѕ: 's', Ѕ: 's', ԁ: 'd', ԛ: 'q', ԝ: 'w', ӏ: 'l', Ӏ: 'i', ɡ: 'g',
  α: 'a', Α: 'a', β: 'b', Β: 'b', ε: 'e', Ε: 'e', η: 'n', Η: 'h', ι: 'i', Ι: 'i', κ: 'k', Κ: 'k',
  μ: 'u', Μ: 'm', ν: 'v', Ν: 'n', ο: 'o', Ο: 'o', ρ: 'p', Ρ: 'p', τ: 't', Τ: 't', υ: 'u', Υ: 'y',
  χ: 'x', Χ: 'x', Ζ: 'z', ζ: 'z', ω: 'w',
};

const LEET: Record<string, string> = { '4': 'a', '0': 'o', '3': 'e', '1': 'i', '@': 'a', $: 's', '!': 'i', '5': 's', '7': 't' };

/** Characters that may be part of a leetspeak word. */
function isWordish(ch: string): boolean {
  return isLetterUnit(ch) || ch in LEET || ch === '*' || (ch >= '0' && ch <= '9');
}

/** Per UTF-16 code unit: 0 not yet known, 1 a letter, 2 not (a regex test per character costs). */
const letterUnits = new Uint8Array(0x10000);

/** LETTER.test for a string of one code unit, cached per unit. */
function isLetterUnit(ch: string): boolean {
  const code = ch.charCodeAt(0);
  let known = letterUnits[code];
  if (known === 0) {
    known = LETTER.test(ch) ? 1 : 2;
    letterUnits[code] = known;
  }
  return known === 1;
}

const INVISIBLE_CODES = new Set<number>([0x00ad, 0x034f, 0x061c, 0x115f, 0x1160, 0x17b4, 0x17b5, 0x180e, 0xfeff]);

function isInvisible(code: number): boolean {
  return (
    INVISIBLE_CODES.has(code) ||
    (code >= 0x200b && code <= 0x200f) ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2060 && code <= 0x206f) ||
    (code >= 0xfe00 && code <= 0xfe0f)
  );
}

function isCombining(code: number, ch: string): boolean {
  return code >= 0x300 && COMBINING.test(ch);
}

/** Characters that need the careful path: marks, look-alikes, invisible controls, dotted İ. */
function needsCareCode(c: number): boolean {
  return (
    c === 0xad ||
    c === 0x130 ||
    c === 0x261 ||
    (c >= 0x300 && c <= 0x52f) ||
    c === 0x61c ||
    c === 0x115f ||
    c === 0x1160 ||
    c === 0x17b4 ||
    c === 0x17b5 ||
    c === 0x180e ||
    (c >= 0x1ab0 && c <= 0x1aff) ||
    (c >= 0x1dc0 && c <= 0x1dff) ||
    (c >= 0x200b && c <= 0x200f) ||
    (c >= 0x202a && c <= 0x202e) ||
    (c >= 0x2060 && c <= 0x206f) ||
    (c >= 0x20d0 && c <= 0x20ff) ||
    (c >= 0xfe00 && c <= 0xfe0f) ||
    (c >= 0xfe20 && c <= 0xfe2f) ||
    c === 0xfeff
  );
}

/** needsCareCode as a character class over UTF-16 code units: the regex engine scans a text faster than a loop. */
const NEEDS_CARE = careClass();

function careClass(): RegExp {
  const hex = (c: number) => `\\u${c.toString(16).padStart(4, '0')}`;
  const ranges: string[] = [];
  for (let c = 0; c < 0x10000; c++) {
    if (!needsCareCode(c)) continue;
    let last = c;
    while (last + 1 < 0x10000 && needsCareCode(last + 1)) last++;
    ranges.push(last === c ? hex(c) : `${hex(c)}-${hex(last)}`);
    c = last;
  }
  return new RegExp(`[${ranges.join('')}]`);
}

function needsCare(text: string): boolean {
  return NEEDS_CARE.test(text);
}

export function normalizeText(input: string): NormalizedText {
  const text = typeof input === 'string' ? input : '';
  // Fast path: ordinary text lowercases character for character, so offsets map one to one.
  if (!needsCare(text)) {
    const lower = text.toLowerCase();
    if (lower.length === text.length) return withLeetUndone(lower, identityStart, identityEnd);
  }
  // Lowercasing can lengthen a character (İ → i̇); grow the maps if it ever does.
  let starts = new Int32Array(text.length + 8);
  let ends = new Int32Array(text.length + 8);
  let out = '';
  let n = 0;
  const push = (s: string, start: number, end: number) => {
    for (let k = 0; k < s.length; k++) {
      if (n >= starts.length) {
        const grow = (a: Int32Array) => {
          const b = new Int32Array(a.length * 2);
          b.set(a);
          return b;
        };
        starts = grow(starts);
        ends = grow(ends);
      }
      starts[n] = start;
      ends[n] = end;
      n++;
    }
    out += s;
  };
  let i = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    // Fast path: plain ASCII (most of every comment).
    if (code < 0x80) {
      const next = text.charCodeAt(i + 1);
      if (!(next >= 0x300 && next < 0x370)) {
        push(code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : text[i], i, i + 1);
        i++;
        continue;
      }
    }
    const cp = text.codePointAt(i) ?? code;
    let ch = String.fromCodePoint(cp);
    const start = i;
    i += ch.length;
    if (isInvisible(cp) || isCombining(cp, ch)) continue; // a mark without a base letter is dropped
    // Gather the combining marks that follow and compose them with the base where possible.
    let marks = '';
    while (i < text.length) {
      const nextCode = text.codePointAt(i) ?? 0;
      const next = String.fromCodePoint(nextCode);
      const combining = isCombining(nextCode, next);
      if (!combining && !isInvisible(nextCode)) break;
      if (combining && marks.length < 8) marks += next;
      i += next.length;
    }
    if (marks) {
      const composed = (ch + marks).normalize('NFC');
      if ([...composed].length === 1) ch = composed;
    }
    if (cp >= 0x370) ch = LOOKALIKES[ch] ?? ch;
    push(ch.toLowerCase(), start, i);
  }
  const startMap = starts.subarray(0, n);
  const endMap = ends.subarray(0, n);
  return withLeetUndone(
    out,
    (k) => startMap[k] ?? text.length,
    (k) => endMap[k] ?? text.length,
  );
}

const identityStart = (k: number) => k;
const identityEnd = (k: number) => k + 1;

const HAS_LETTER = /\p{L}/u;

const WORDISH_CHAR = /[\p{L}\p{N}@$!*]/u;
/** Per BMP code unit: 0 not yet known, 1 wordish (may be part of a leetspeak run), 2 not. */
const wordishBmp = new Uint8Array(0x10000);

function isWordishCodePoint(codePoint: number): boolean {
  if (codePoint > 0xffff) return WORDISH_CHAR.test(String.fromCodePoint(codePoint));
  let known = wordishBmp[codePoint];
  if (known === 0) {
    known = WORDISH_CHAR.test(String.fromCharCode(codePoint)) ? 1 : 2;
    wordishBmp[codePoint] = known;
  }
  return known === 1;
}

/** Start of the wordish run that holds `at` (code points read backwards; a low surrogate pairs with a high one before it). */
function runStart(text: string, at: number): number {
  let k = at;
  while (k > 0) {
    const low = text.charCodeAt(k - 1);
    const paired = low >= 0xdc00 && low <= 0xdfff && k >= 2 && text.charCodeAt(k - 2) >= 0xd800 && text.charCodeAt(k - 2) <= 0xdbff;
    const codePoint = paired ? (text.codePointAt(k - 2) as number) : low;
    if (!isWordishCodePoint(codePoint)) break;
    k -= paired ? 2 : 1;
  }
  return k;
}

function runEnd(text: string, at: number): number {
  let k = at;
  while (k < text.length) {
    const codePoint = text.codePointAt(k) as number;
    if (!isWordishCodePoint(codePoint)) break;
    k += codePoint > 0xffff ? 2 : 1;
  }
  return k;
}

const LEET_ANYWHERE = /[0-9@$!]/g;

/** Shared by every text without leetspeak (most): no set made per text. */
const NONE_AMBIGUOUS: ReadonlySet<number> = new Set();

function withLeetUndone(text: string, startOf: (k: number) => number, endOf: (k: number) => number): NormalizedText {
  if (!LEET_TRIGGER.test(text)) return { text, startOf, endOf, ambiguous: NONE_AMBIGUOUS };
  const ambiguous = new Set<number>();
  // Only runs that mix letters and leet characters are rewritten; the rest of the text is copied.
  // The runs are found from their leet characters: the same runs as WORDISH_RUN over the whole
  // text would give, without reading every word of it.
  let out = '';
  let copied = 0;
  LEET_ANYWHERE.lastIndex = 0;
  for (let m = LEET_ANYWHERE.exec(text); m; m = LEET_ANYWHERE.exec(text)) {
    const start = runStart(text, m.index);
    const end = runEnd(text, m.index);
    LEET_ANYWHERE.lastIndex = end;
    if (!mayUndoLeet(text, start, end)) continue; // "Tack!", "@anna": punctuation at a word's edge stays
    const run = text.slice(start, end);
    if (!HAS_LETTER.test(run)) continue;
    const chars = run.split('');
    const local = new Set<number>();
    if (!undoLeet(chars, local)) continue; // "Tack!": nothing to undo, the text stays as it is
    out += text.slice(copied, start) + chars.join('');
    copied = end;
    for (const k of local) ambiguous.add(start + k);
  }
  return { text: out + text.slice(copied), startOf, endOf, ambiguous };
}

/**
 * Could undoLeet change the run text[start, end)? Only a leet digit, an @ or ! inside the run, or a $
 * after its first character is ever replaced (see undoLeet); a run without one is skipped unread.
 */
function mayUndoLeet(text: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x34 || c === 0x30 || c === 0x33 || c === 0x31 || c === 0x35 || c === 0x37) return true; // 4 0 3 1 5 7
    if ((c === 0x40 || c === 0x21) && !atRunEdge(text, k, start, end)) return true; // @ !
    if (c === 0x24 && k > start) return true; // $
  }
  return false;
}

const LEET_TRIGGER = /[0-9@$!]/;

/**
 * Is the @ or ! at k part of the run's first or last characters, all the same: "idiot!!" and "@@anna"
 * are punctuation and a mention, not the letter i or a in "idioti!" ("h!v", "j@vla" are leetspeak).
 */
/** Where a word's closing run of "!" and "1" starts when it holds a "!" ("idiot!!1"); else `end`. */
function shoutStart(chars: ArrayLike<string>, start: number, end: number): number {
  let k = end;
  let bang = false;
  while (k > start && (chars[k - 1] === '!' || chars[k - 1] === '1')) {
    k--;
    if (chars[k] === '!') bang = true;
  }
  return bang ? k : end;
}

function atRunEdge(chars: ArrayLike<string>, k: number, start: number, end: number): boolean {
  const c = chars[k];
  let before = k;
  while (before > start && chars[before - 1] === c) before--;
  let after = k + 1;
  while (after < end && chars[after] === c) after++;
  return before === start || after === end;
}
/** Replaces leetspeak characters inside runs that also contain letters ("idi0t", "j@vla", "4ll4"). */
function undoLeet(chars: string[], ambiguous: Set<number>): boolean {
  let changed = false;
  let runStart = 0;
  while (runStart < chars.length) {
    if (!isWordish(chars[runStart])) {
      runStart++;
      continue;
    }
    let runEnd = runStart;
    let letters = 0;
    let leet = 0;
    while (runEnd < chars.length && isWordish(chars[runEnd])) {
      if (isLetterUnit(chars[runEnd])) letters++;
      else if (chars[runEnd] in LEET) leet++;
      runEnd++;
    }
    // "@handle" at the start of a word is a mention, not leetspeak; "$" or "!" alone are punctuation.
    if (letters >= 1 && leet >= 1 && letters + leet >= 3) {
      // "idiot!!1", "idiot!1!": shouted, not spelled; the word ends where they begin.
      const end = shoutStart(chars, runStart, runEnd);
      for (let k = runStart; k < end; k++) {
        const c = chars[k];
        if (!(c in LEET)) continue;
        if ((c === '@' || c === '!') && atRunEdge(chars, k, runStart, runEnd)) continue;
        if (c === '$' && k === runStart) continue;
        chars[k] = LEET[c];
        changed = true;
        if (c === '4' || c === '0') ambiguous.add(k);
      }
    }
    runStart = runEnd;
  }
  return changed;
}
