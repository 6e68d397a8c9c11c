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

function classOf(codePoint: number): number {
  if (codePoint > 0xffff) return classify(codePoint);
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

/** Start and end offsets of every token in `text`, as [start0, end0, start1, end1, …]. */
function scanWords(text: string, out: number[]): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    let cp = text.codePointAt(i) as number;
    const cls = classOf(cp);
    if ((cls & WORD_CHAR) !== 0) {
      const start = i;
      i += codePointLength(cp);
      while (i < n) {
        cp = text.codePointAt(i) as number;
        if ((classOf(cp) & WORD_CHAR) === 0) break;
        i += codePointLength(cp);
      }
      // "don't", "it’s": an apostrophe followed by letters continues the word.
      while (i + 1 < n) {
        const apostrophe = text.charCodeAt(i);
        if (apostrophe !== 0x27 && apostrophe !== 0x2019) break;
        let j = i + 1;
        cp = text.codePointAt(j) as number;
        if ((classOf(cp) & LETTER_CHAR) === 0) break;
        j += codePointLength(cp);
        while (j < n) {
          cp = text.codePointAt(j) as number;
          if ((classOf(cp) & LETTER_CHAR) === 0) break;
          j += codePointLength(cp);
        }
        i = j;
      }
      out.push(start, i);
    } else if ((cls & PICTOGRAPHIC_CHAR) !== 0) {
      out.push(i, i + codePointLength(cp));
      i += codePointLength(cp);
    } else i += codePointLength(cp);
  }
}
const CLAUSE_END = new Set([...'.!?;:,\n()\u2013\u2014"“”«»/|']);
const CLAUSE_END_ASCII = new Uint8Array(128);
for (const ch of CLAUSE_END) if (ch.charCodeAt(0) < 128) CLAUSE_END_ASCII[ch.charCodeAt(0)] = 1;
const CLAUSE_CONJUNCTIONS = new Set(['och', 'så', 'sen', 'men', 'eller', 'and', 'then', 'or', 'but']);
const UPPER = /\p{Lu}/u;
const PICTOGRAPHIC = /\p{Extended_Pictographic}/u;
const SPLIT_SEPARATOR = /^[ .\-_·•]$/;

/**
 * Squeezes letters repeated three or more times ("idiiiiot" → "idiot"). Doubles stay: Swedish
 * spells with them ("ditt" is not "dit", "kolla" is not "kola"). See `variants` for the double reading.
 */
export function squeeze(word: string, keep: 1 | 2 = 1): string {
  if (!hasTriple(word)) return word;
  return word.replace(/(.)\1{2,}/gu, keep === 1 ? '$1' : '$1$1');
}

function hasTriple(word: string): boolean {
  for (let i = 2; i < word.length; i++) if (word.charCodeAt(i) === word.charCodeAt(i - 1) && word.charCodeAt(i) === word.charCodeAt(i - 2)) return true;
  return false;
}

function isLetterCode(code: number, ch: string): boolean {
  if (code < 0x80) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
  return /\p{L}/u.test(ch);
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

/** Splits a text into word, emoji and @handle tokens with original offsets. Linear in the text length. */
export function tokenize(original: string): Tokenized {
  const normalized = normalizeText(original);
  const { text, startOf, endOf, ambiguous } = normalized;
  // Word matches in parallel arrays (fewer allocations than one object per word).
  const bounds: number[] = [];
  scanWords(text, bounds);
  const count = bounds.length / 2;
  const rs: number[] = new Array(count);
  const re: number[] = new Array(count);
  const rn: string[] = new Array(count);
  for (let w = 0; w < count; w++) {
    rs[w] = bounds[2 * w];
    re[w] = bounds[2 * w + 1];
    rn[w] = text.slice(rs[w], re[w]);
  }

  const tokens: Token[] = [];
  let quoteOpen = false;
  let prevEnd = 0;
  for (let r = 0; r < rn.length; r++) {
    const s = rs[r];
    let e = re[r];
    let norm = rn[r];
    let joined = false;
    // Letters split by single spaces or dots: "i d i o t", "h.o.r.a", "f i t t a n".
    if (norm.length === 1 && isLetterCode(norm.charCodeAt(0), norm)) {
      let q = r;
      while (
        q + 1 < rn.length &&
        rn[q + 1].length === 1 &&
        isLetterCode(rn[q + 1].charCodeAt(0), rn[q + 1]) &&
        rs[q + 1] - re[q] === 1 &&
        SPLIT_SEPARATOR.test(text[re[q]])
      )
        q++;
      if (q - r + 1 >= 3) {
        norm = rn.slice(r, q + 1).join('');
        e = re[q];
        joined = true;
        r = q;
      }
    }
    let sentenceEnds = false;
    let clauseEnds = false;
    for (let k = prevEnd; k < s; k++) {
      const code = text.charCodeAt(k);
      if (code === 32) continue;
      const ch = text[k];
      if (code === 34 || ch === '“' || ch === '”' || ch === '«' || ch === '»') quoteOpen = !quoteOpen;
      if (code === 46 || code === 33 || code === 63 || code === 10) sentenceEnds = true;
      if (code < 0x80 ? CLAUSE_END_ASCII[code] === 1 : CLAUSE_END.has(ch)) clauseEnds = true;
    }
    const prev = tokens[tokens.length - 1];
    const sentenceStart = !prev || sentenceEnds;
    const clauseStart = sentenceStart || clauseEnds || (prev !== undefined && CLAUSE_CONJUNCTIONS.has(prev.key));
    const oStart = startOf(s);
    const oEnd = endOf(e - 1);
    let amb = NONE;
    if (ambiguous.size > 0 && !joined) {
      amb = [];
      for (let k = s; k < e; k++) if (ambiguous.has(k)) amb.push(k - s);
    }
    const capitalized = isUpperAt(original, oStart);
    const kind: TokenKind = norm.charCodeAt(0) > 0x2000 && PICTOGRAPHIC.test(norm) ? 'emoji' : text[s - 1] === '@' ? 'handle' : 'word';
    tokens.push({
      norm,
      key: squeeze(norm),
      kind,
      start: oStart,
      end: oEnd,
      ambiguous: amb,
      capitalized,
      allCaps: capitalized && oEnd - oStart > 1 && isUpperAt(original, oStart + 1) && original.slice(oStart, oEnd) === original.slice(oStart, oEnd).toUpperCase(),
      sentenceStart,
      clauseStart,
      quoted: quoteOpen,
      joined,
    });
    prevEnd = e;
  }
  return { tokens, normalized };
}
