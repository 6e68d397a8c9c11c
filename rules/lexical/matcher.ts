import type { LexiconEntry } from './lexicon';
import { squeeze, type Token } from './tokenize';

/**
 * Swedish inflection endings (noun plural/definite, genitive, adjective, verb). A stem matches a
 * word when the word is the stem plus one of these.
 */
const ENDINGS = [
  'a', 'an', 'ans', 'ar', 'arna', 'arnas', 'as', 'ad', 'ade', 'ades', 'ande', 'at', 'ats',
  'e', 'en', 'ens', 'er', 'erna', 'ernas', 'ers', 'et', 'ets', 'es', 'el',
  'n', 'na', 'nas', 'ns', 'or', 'orna', 'ornas', 'r', 's', 't', 'ts', 'de', 'des', 'te', 'tes',
  'are', 'aste', 'ast', 'ingen', 'ingar',
  // English plural, possessive and verb endings, for the English lists.
  "'s", 'ed', 'ing', 'ers', 'es', 'y',
];

export const ENDINGS_BY_LENGTH = [...new Set(ENDINGS)].sort((a, b) => b.length - a.length);
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'y', 'å', 'ä', 'ö'];
const MAX_COMPOUND_LENGTH = 40;
/** Shorter listed words are never looked for inside compounds ("por(r)" in "sopor", "son" in "Persson"). */
const MIN_COMPOUND_PART = 4;

interface PatternWord {
  key: string;
  stem: boolean;
  /** The word must start with a capital in the original (case-sensitive entries only). */
  capital: boolean;
}

interface Pattern {
  entry: LexiconEntry;
  words: PatternWord[];
  compound: LexiconEntry['compound'];
}

export interface Hit {
  entry: LexiconEntry;
  /** Token index range, inclusive start, exclusive end. */
  first: number;
  last: number;
  /** How the word was found: as a whole word, or as part of a compound. */
  via: 'word' | 'head' | 'modifier';
}

export interface CompiledLexicon {
  /** Patterns by the key of their first word. */
  byFirst: Map<string, Pattern[]>;
  /** Key lengths of single-word patterns that may be compound parts, to skip hopeless slices. */
  compoundLengths: Set<number>;
}

export function compileLexicon(entries: LexiconEntry[]): CompiledLexicon {
  const byFirst = new Map<string, Pattern[]>();
  const compoundLengths = new Set<number>();
  const add = (entry: LexiconEntry, phrase: string, stemDefault: boolean) => {
    const words = phrase
      .normalize('NFC')
      .split(/\s+/)
      .filter(Boolean)
      .map((original) => {
        const capital = entry.caseSensitive === true && /^\p{Lu}/u.test(original);
        const w = original.toLowerCase();
        return w.endsWith('*') ? { key: w.slice(0, -1), stem: true, capital } : { key: w, stem: stemDefault, capital };
      });
    if (words.length === 0) return;
    const pattern: Pattern = { entry, words, compound: words.length === 1 ? entry.compound : undefined };
    const list = byFirst.get(words[0].key) ?? [];
    list.push(pattern);
    byFirst.set(words[0].key, list);
    if (pattern.compound && words[0].key.length >= MIN_COMPOUND_PART) compoundLengths.add(words[0].key.length);
  };
  for (const entry of entries) {
    for (const s of entry.stems ?? []) add(entry, s, true);
    for (const f of entry.forms ?? []) add(entry, f, false);
    for (const p of entry.phrases ?? []) add(entry, p, false);
  }
  return { byFirst, compoundLengths };
}

/** Spoken spellings of short words, as they are typed in comments: "jag e bi", "han slog mej". */
const SPOKEN: Record<string, string> = { e: 'är', mej: 'mig', dej: 'dig', sej: 'sig' };

/** The spellings a token may stand for: a spoken spelling as the word; leetspeak 4/0 as a|ä, o|ö; a masked letter (*) as any vowel. */

export function variants(token: Token): string[] {
  const spoken = SPOKEN[token.norm];
  let forms = spoken ? [token.norm, spoken] : [token.norm];
  if (token.ambiguous.length > 0 && token.ambiguous.length <= 3) {
    for (const pos of token.ambiguous) {
      const next: string[] = [];
      for (const f of forms) {
        next.push(f);
        next.push(f.slice(0, pos) + (f[pos] === 'a' ? 'ä' : 'ö') + f.slice(pos + 1));
      }
      forms = next;
    }
  }
  const stars = token.norm.split('*').length - 1;
  if (stars > 0) {
    if (stars > 2 || token.norm.replace(/\*/g, '').length < 2) return readings(forms);
    for (let s = 0; s < stars; s++) {
      const next: string[] = [];
      for (const f of forms) {
        const at = f.indexOf('*');
        for (const v of VOWELS) next.push(f.slice(0, at) + v + f.slice(at + 1));
      }
      forms = next;
    }
  }
  return readings(forms);
}

/** A run of three or more letters may stand for one ("jävvvvla") or for a double ("fittttta"). */
function readings(forms: string[]): string[] {
  return [...new Set(forms.flatMap((f) => [squeeze(f, 1), squeeze(f, 2)]))];
}

/** A word and the stems it could be inflected from ("idioterna" → idioterna, idioter, idiot …). */
function stemCandidates(key: string): string[] {
  const out = [key];
  for (const ending of ENDINGS_BY_LENGTH) {
    if (key.length - ending.length >= 2 && key.endsWith(ending)) out.push(key.slice(0, -ending.length));
  }
  return out;
}

function wordMatches(token: Token | undefined, forms: TokenForms | undefined, word: PatternWord): boolean {
  if (!token || !forms) return false;
  if (word.capital && !token.capitalized) return false;
  return word.stem ? forms.candidates.includes(word.key) : forms.exact.includes(word.key);
}

interface TokenForms {
  exact: string[];
  candidates: string[];
}

/** Everything one word form can start: cached per form, since comments repeat their words. */
interface TokenLookup {
  forms: TokenForms;
  /** Single-word patterns matched by the whole word. */
  words: Pattern[];
  /** Multi-word patterns whose first word this is. */
  phrases: Pattern[];
  /** Single-word patterns found as a compound part. */
  compounds: Array<{ pattern: Pattern; via: 'head' | 'modifier' }>;
  /** No pattern starts here (most words): the scan skips the token at once. */
  none: boolean;
}

const EMPTY: TokenLookup = { forms: { exact: [], candidates: [] }, words: [], phrases: [], compounds: [], none: true };
const CACHE_LIMIT = 50_000;

/**
 * Finds every lexicon pattern in the tokens. Each token is looked up in a Map (its forms, its
 * stems, and its compound parts); phrases are checked only from a matching first word, so the
 * work is linear in the number of tokens.
 */
export class Matcher {
  private cache = new Map<string, TokenLookup>();

  constructor(private readonly lexicon: CompiledLexicon) {}

  private lookup(token: Token): TokenLookup {
    if (token.kind === 'handle') return EMPTY;
    const cacheKey = token.ambiguous.length ? `${token.norm}|${token.ambiguous.join(',')}` : token.norm;
    const cached = this.cache.get(cacheKey);
    if (cached) return cached;
    const exact = variants(token);
    const candidates = [...new Set(exact.flatMap(stemCandidates))];
    const forms = { exact, candidates };
    const words: Pattern[] = [];
    const phrases: Pattern[] = [];
    for (const key of candidates) {
      for (const p of this.lexicon.byFirst.get(key) ?? []) {
        const w = p.words[0];
        if (!(w.stem ? candidates.includes(w.key) : exact.includes(w.key))) continue;
        const list = p.words.length === 1 ? words : phrases;
        if (!list.includes(p)) list.push(p);
      }
    }
    const compounds = words.length === 0 && token.kind === 'word' ? this.compoundParts(exact) : [];
    const result = { forms, words, phrases, compounds, none: words.length + phrases.length + compounds.length === 0 };
    if (this.cache.size > CACHE_LIMIT) this.cache.clear(); // bounded memory on long texts
    this.cache.set(cacheKey, result);
    return result;
  }

  scan(tokens: Token[]): Hit[] {
    const hits: Hit[] = [];
    const lookups: TokenLookup[] = new Array(tokens.length);
    for (let i = 0; i < tokens.length; i++) lookups[i] = this.lookup(tokens[i]);
    for (let i = 0; i < tokens.length; i++) {
      if (lookups[i].none) continue;
      const { words, phrases, compounds } = lookups[i];
      // A sentence's first word is capitalised anyway: "Transport till skolan" is not the union.
      // An acronym keeps its capitals wherever it stands ("MS", "KOL").
      const capital = tokens[i].capitalized && (!tokens[i].sentenceStart || tokens[i].allCaps);
      for (const p of words) {
        if (p.words[0].capital && !capital) continue;
        if (!alreadyHit(hits, p.entry, i)) hits.push({ entry: p.entry, first: i, last: i + 1, via: 'word' });
      }
      for (const p of phrases) {
        if (p.words[0].capital && !capital) continue;
        let ok = true;
        for (let w = 1; w < p.words.length && ok; w++) ok = wordMatches(tokens[i + w], lookups[i + w]?.forms, p.words[w]);
        if (ok && !alreadyHit(hits, p.entry, i)) hits.push({ entry: p.entry, first: i, last: i + p.words.length, via: 'word' });
      }
      for (const { pattern, via } of compounds) pushOnce(hits, pattern.entry, i, via);
    }
    return hits;
  }

  /** Compound parts: a listed word as the last part ("jävla|idioter") or the first ("svin|kommunen"). */
  private compoundParts(exact: string[]): TokenLookup['compounds'] {
    const { byFirst, compoundLengths } = this.lexicon;
    const found: TokenLookup['compounds'] = [];
    const add = (pattern: Pattern, via: 'head' | 'modifier') => {
      if (!found.some((f) => f.pattern.entry === pattern.entry)) found.push({ pattern, via });
    };
    for (const word of exact) {
      if (word.length < 5 || word.length > MAX_COMPOUND_LENGTH || word.includes('*')) continue;
      for (const base of stemCandidates(word)) {
        for (let cut = 2; cut <= base.length - 3; cut++) {
          if (!compoundLengths.has(base.length - cut)) continue;
          for (const p of byFirst.get(base.slice(cut)) ?? []) {
            if (p.words.length !== 1 || (p.compound !== 'head' && p.compound !== 'any')) continue;
            if ((!p.words[0].stem && base !== word) || p.words[0].capital) continue;
            add(p, 'head');
          }
        }
      }
      for (let cut = 3; cut <= word.length - 3; cut++) {
        if (!compoundLengths.has(cut)) continue;
        for (const p of byFirst.get(word.slice(0, cut)) ?? []) {
          if (p.words.length !== 1 || (p.compound !== 'modifier' && p.compound !== 'any') || p.words[0].capital) continue;
          add(p, 'modifier');
        }
      }
    }
    return found;
  }
}

/** Hits are pushed in token order, so only the tail can hold this token's hits. */
function alreadyHit(hits: Hit[], entry: LexiconEntry, index: number): boolean {
  for (let k = hits.length - 1; k >= 0 && hits[k].first === index; k--) if (hits[k].entry === entry) return true;
  return false;
}

function pushOnce(hits: Hit[], entry: LexiconEntry, index: number, via: Hit['via']): void {
  if (!alreadyHit(hits, entry, index)) hits.push({ entry, first: index, last: index + 1, via });
}
