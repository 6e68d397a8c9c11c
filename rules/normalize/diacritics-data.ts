/**
 * The shape of `rules/lexicons/sv/diacritics.json` and the word extraction it is built from
 * (`scripts/diacritics-vocabulary.ts` writes it; a unit test checks it is complete).
 */
export interface DiacriticsChoice {
  /** The word the spelling stands for, or null: left as typed. */
  as: string | null;
  /** Only when the next word is one of these ("far jag" → "får jag", but "min far"). */
  next?: string[];
  /** …or the word before is one of these ("jag far inte"). */
  previous?: string[];
  /** Never when the next word is one of these ("far illa" is an idiom of its own). */
  notNext?: string[];
  /** Never when the word before is one of these ("jag sa" is "said", not "så"). */
  notPrevious?: string[];
  /** Only as the first word of a sentence or clause (an order: "brann ner hela kommunhuset", but "det brann"). */
  atStart?: boolean;
  why: string;
}

export interface DiacriticsData {
  description: string;
  /** Words with å/ä/ö whose spelling without them is no other word: restored wherever they are typed so. */
  restore: string[];
  /** Spellings that are words of their own, or stand for two words: decided by hand. */
  choices: Record<string, DiacriticsChoice>;
  /** Last parts of compounds read wherever they end a word ("Larkvagen" → "Larkvägen", "miljoforvaltningen"). */
  compoundHeads: string[];
  /** Swedish words without å/ä/ö that would otherwise be read as an inflection of a listed word ("dotter", not "dött|er"). */
  asTyped: string[];
}

const FOLD: Record<string, string> = { å: 'a', ä: 'a', ö: 'o', Å: 'A', Ä: 'A', Ö: 'O' };

/** The word as typed on a keyboard without å, ä and ö. */
export function foldDiacritics(word: string): string {
  return word.replace(/[åäöÅÄÖ]/g, (ch) => FOLD[ch]);
}

/**
 * Words of two letters or more with å, ä or ö in the given texts (source files and word lists), lowercased.
 * Two such letters side by side are no Swedish word but test data or a regular expression's class ("[åäö]").
 */
export function knownWords(texts: readonly string[]): Set<string> {
  const words = new Set<string>();
  for (const text of texts) {
    for (const [word] of text.matchAll(/\p{L}+/gu)) {
      if (word.length >= 2 && /[åäöÅÄÖ]/.test(word) && !/[åäöÅÄÖ]{2}/.test(word)) words.add(word.toLowerCase());
    }
  }
  return words;
}
