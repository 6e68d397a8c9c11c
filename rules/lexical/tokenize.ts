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

const WORD = /[\p{L}\p{N}*]+(?:['’][\p{L}]+)*|\p{Extended_Pictographic}/gu;
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
  const rs: number[] = [];
  const re: number[] = [];
  const rn: string[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    rs.push(m.index);
    re.push(m.index + m[0].length);
    rn.push(m[0]);
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
