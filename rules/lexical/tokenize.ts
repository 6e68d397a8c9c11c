import { normalizeText, type NormalizedText } from '../normalize';

export type TokenKind = 'word' | 'emoji' | 'handle';

export interface Token {
  /** Normalised word (lowercase, leetspeak undone), repeats not yet squeezed. */
  norm: string;
  /** Lookup key: `norm` with runs of three or more of a letter squeezed to one ("idiiiot" → "idiot"). */
  key: string;
  kind: TokenKind;
  /** Offsets into the ORIGINAL text. */
  start: number;
  end: number;
  /** Offsets of ambiguous 4/0 (a|ä, o|ö) within `norm`. */
  ambiguous: number[];
  /** The original word starts with a capital letter. */
  capitalized: boolean;
  /** Written in capitals throughout ("HELT JÄVLA KLART"): shouting, not a name. */
  allCaps: boolean;
  /** First word of a sentence (so its capital says nothing about being a name). */
  sentenceStart: boolean;
  /** First word of a clause: after . ! ? ; : , a line break, or a conjunction. */
  clauseStart: boolean;
  /** Inside double quotes in the original. */
  quoted: boolean;
  /** Letters that were split by spaces or dots ("i d i o t") and joined here. */
  joined: boolean;
}

// Tokens are what /[\p{L}\p{N}*]+(?:['’][\p{L}]+)*|\p{Extended_Pictographic}/gu matches, found by a
// hand-written scanner over a per-code-point class table (the regex allocates a match per word).
const WORD_CHAR = 1;
const LETTER_CHAR = 2;
const PICTOGRAPHIC_CHAR = 4;
const KNOWN = 8;
const WORD_CLASS = /[\p{L}\p{N}*]/u;
const LETTER_CLASS = /\p{L}/u;
const PICTOGRAPHIC_CLASS = /\p{Extended_Pictographic}/u;
const bmpClasses = new Uint8Array(0x10000);

function classify(codePoint: number): number {
  const ch = String.fromCodePoint(codePoint);
  return KNOWN | (WORD_CLASS.test(ch) ? WORD_CHAR : 0) | (LETTER_CLASS.test(ch) ? LETTER_CHAR : 0) | (PICTOGRAPHIC_CLASS.test(ch) ? PICTOGRAPHIC_CHAR : 0);
}

/** Classes of code points past the BMP seen so far (emoji, mostly): a few hundred at most in practice. */
const astralClasses = new Map<number, number>();
const ASTRAL_CACHE_LIMIT = 4096;

function classOf(codePoint: number): number {
  if (codePoint > 0xffff) {
    let known = astralClasses.get(codePoint);
    if (known === undefined) {
      known = classify(codePoint);
      if (astralClasses.size >= ASTRAL_CACHE_LIMIT) astralClasses.clear();
      astralClasses.set(codePoint, known);
    }
    return known;
  }
  let known = bmpClasses[codePoint];
  if (known === 0) {
    known = classify(codePoint);
    bmpClasses[codePoint] = known;
  }
  return known;
}

function codePointLength(codePoint: number): number {
  return codePoint > 0xffff ? 2 : 1;
}

/** Class of the code point that starts at `i`: one table read for a BMP unit, the pair read whole only at a high surrogate. */
function classAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  return code >= 0xd800 && code <= 0xdbff ? classOf(text.codePointAt(i) as number) : classOf(code);
}

/** UTF-16 length of the code point that starts at `i`. */
function lengthAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  return code >= 0xd800 && code <= 0xdbff ? codePointLength(text.codePointAt(i) as number) : 1;
}

/** Start and end offsets of every token in `text`, as [start0, end0, start1, end1, …]. */
function scanWords(text: string, out: number[]): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    const cls = classAt(text, i);
    if ((cls & WORD_CHAR) !== 0) {
      const start = i;
      i += lengthAt(text, i);
      while (i < n && (classAt(text, i) & WORD_CHAR) !== 0) i += lengthAt(text, i);
      // "don't", "it’s": an apostrophe followed by letters continues the word.
      while (i + 1 < n) {
        const apostrophe = text.charCodeAt(i);
        if (apostrophe !== 0x27 && apostrophe !== 0x2019) break;
        let j = i + 1;
        if ((classAt(text, j) & LETTER_CHAR) === 0) break;
        j += lengthAt(text, j);
        while (j < n && (classAt(text, j) & LETTER_CHAR) !== 0) j += lengthAt(text, j);
        i = j;
      }
      out.push(start, i);
    } else if ((cls & PICTOGRAPHIC_CHAR) !== 0) {
      const length = lengthAt(text, i);
      out.push(i, i + length);
      i += length;
    } else i += lengthAt(text, i);
  }
}
const CLAUSE_END = new Set([...'.!?;:,\n()\u2013\u2014"“”«»/|']);
const CLAUSE_END_ASCII = new Uint8Array(128);
for (const ch of CLAUSE_END) if (ch.charCodeAt(0) < 128) CLAUSE_END_ASCII[ch.charCodeAt(0)] = 1;
// A list, not a Set: comparing with nine short strings costs less than hashing every word.
const CLAUSE_CONJUNCTIONS = ['och', 'så', 'sen', 'men', 'eller', 'and', 'then', 'or', 'but'];
const LONGEST_CONJUNCTION = Math.max(...CLAUSE_CONJUNCTIONS.map((c) => c.length));

/** Most words are longer than any conjunction, and are ruled out without a comparison. */
function isClauseConjunction(key: string): boolean {
  return key.length <= LONGEST_CONJUNCTION && CLAUSE_CONJUNCTIONS.includes(key);
}
const UPPER = /\p{Lu}/u;

/**
 * Squeezes letters repeated three or more times ("idiiiiot" → "idiot"). Doubles stay: Swedish
 * spells with them ("ditt" is not "dit", "kolla" is not "kola"). See `variants` for the double reading.
 */
export function squeeze(word: string, keep: 1 | 2 = 1): string {
  if (!hasTriple(word)) return word;
  return word.replace(/(.)\1{2,}/gu, keep === 1 ? '$1' : '$1$1');
}

function hasTriple(word: string): boolean {
  let before = word.charCodeAt(0);
  let last = word.charCodeAt(1);
  for (let i = 2; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code === last && code === before) return true;
    before = last;
    last = code;
  }
  return false;
}

function isUpperAt(s: string, at: number): boolean {
  const code = s.charCodeAt(at);
  if (code < 0x80) return code >= 65 && code <= 90;
  return UPPER.test(s.charAt(at));
}

const NONE: number[] = [];

export interface Tokenized {
  tokens: Token[];
  normalized: NormalizedText;
}

/** Words a single-quoted passage may hold before an unclosed quote is taken for a stray apostrophe. */
const MAX_SINGLE_QUOTED = 12;

/** What may stand before an opening single quote: a space, a bracket, a colon or a dash. */
function isSingleQuoteOpener(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 0xa0 || code === 40 || code === 91 || code === 58 || code === 45 || code === 0x2013 || code === 0x2014;
}

/** Space, dot, hyphen, underscore, middle dot, bullet: what may stand between letters spelled out ("i d i o t", "h.o.r.a"). */
function isSplitSeparator(code: number): boolean {
  return code === 32 || code === 46 || code === 45 || code === 95 || code === 0xb7 || code === 0x2022;
}

/** /\p{Extended_Pictographic}/u.test(word), read from the class table. */
function hasPictograph(word: string): boolean {
  for (let i = 0; i < word.length; i += lengthAt(word, i)) if ((classAt(word, i) & PICTOGRAPHIC_CHAR) !== 0) return true;
  return false;
}

/** The word [start, end) is a single letter (one UTF-16 unit). */
function isSingleLetter(text: string, start: number, end: number): boolean {
  return end - start === 1 && (classOf(text.charCodeAt(start)) & LETTER_CHAR) !== 0;
}

/** Word q + 1 spells on: a single letter one separator after word q ends. */
function nextIsSplitLetter(text: string, bounds: number[], q: number): boolean {
  const gap = bounds[2 * q + 1];
  const next = bounds[2 * q + 2];
  return next - gap === 1 && isSplitSeparator(text.charCodeAt(gap)) && isSingleLetter(text, next, bounds[2 * q + 3]);
}

/** Splits a text into word, emoji and @handle tokens with original offsets. Linear in the text length. */
export function tokenize(original: string): Tokenized {
  const normalized = normalizeText(original);
  const { text, startOf, endOf, ambiguous } = normalized;
  // Word bounds as [start0, end0, start1, end1, …] (fewer allocations than one object per word).
  const bounds: number[] = [];
  scanWords(text, bounds);
  const count = bounds.length >> 1;

  const tokens: Token[] = [];
  let quoteOpen = false;
  // Single quotes ('blattar ut') open before a word and close right after one; an apostrophe inside or
  // after a word ("don't", "kids' toys") is neither. One left open ends after a few words or a line.
  let singleOpenAt = -1;
  let prevEnd = 0;
  let prevKey = '';
  let prevInitial = false;
  for (let r = 0; r < count; r++) {
    const s = bounds[2 * r];
    let e = bounds[2 * r + 1];
    let norm: string;
    let joined = false;
    // Letters split by single spaces or dots: "i d i o t", "h.o.r.a", "f i t t a n".
    let q = r;
    if (isSingleLetter(text, s, e)) while (q + 1 < count && nextIsSplitLetter(text, bounds, q)) q++;
    if (q - r + 1 >= 3) {
      norm = '';
      for (let k = r; k <= q; k++) norm += text[bounds[2 * k]];
      e = bounds[2 * q + 1];
      joined = true;
      r = q;
    } else norm = text.slice(s, e);
    let sentenceEnds = false;
    let clauseEnds = false;
    for (let k = prevEnd; k < s; k++) {
      const code = text.charCodeAt(k);
      if (code === 32) continue;
      if (code === 39 || code === 0x2018 || code === 0x2019) {
        if (singleOpenAt >= 0 && k === prevEnd && r > 0) singleOpenAt = -1;
        else if (singleOpenAt < 0 && k === s - 1 && (k === 0 || isSingleQuoteOpener(text.charCodeAt(k - 1)))) singleOpenAt = tokens.length;
        continue;
      }
      if (code < 0x80) {
        if (code === 10) singleOpenAt = -1;
        if (code === 34) quoteOpen = !quoteOpen;
        // An initial's full stop ("Rektor Å. B. är …") ends no sentence.
        if ((code === 46 && !prevInitial) || code === 33 || code === 63 || code === 10) sentenceEnds = true;
        if (CLAUSE_END_ASCII[code] === 1) clauseEnds = true;
        continue;
      }
      const ch = text[k];
      if (ch === '“' || ch === '”' || ch === '«' || ch === '»') quoteOpen = !quoteOpen;
      if (CLAUSE_END.has(ch)) clauseEnds = true;
    }
    if (singleOpenAt >= 0 && tokens.length - singleOpenAt >= MAX_SINGLE_QUOTED) singleOpenAt = -1;
    const sentenceStart = tokens.length === 0 || sentenceEnds;
    const clauseStart = sentenceStart || clauseEnds || isClauseConjunction(prevKey);
    const oStart = startOf(s);
    const oEnd = endOf(e - 1);
    let amb = NONE;
    if (ambiguous.size > 0 && !joined) {
      amb = [];
      for (let k = s; k < e; k++) if (ambiguous.has(k)) amb.push(k - s);
    }
    const capitalized = isUpperAt(original, oStart);
    const kind: TokenKind = norm.charCodeAt(0) > 0x2000 && hasPictograph(norm) ? 'emoji' : s > 0 && text.charCodeAt(s - 1) === 64 ? 'handle' : 'word';
    const key = squeeze(norm);
    tokens.push({
      norm,
      key,
      kind,
      start: oStart,
      end: oEnd,
      ambiguous: amb,
      capitalized,
      allCaps: capitalized && oEnd - oStart > 1 && isUpperAt(original, oStart + 1) && original.slice(oStart, oEnd) === original.slice(oStart, oEnd).toUpperCase(),
      sentenceStart,
      clauseStart,
      quoted: quoteOpen || singleOpenAt >= 0,
      joined,
    });
    prevKey = key;
    prevEnd = e;
    prevInitial = !joined && kind === 'word' && e - s === 1 && capitalized;
  }
  return { tokens, normalized };
}
