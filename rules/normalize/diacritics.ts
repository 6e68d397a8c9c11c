/**
 * Comments typed without å, ä and ö ("nar oppnar badhuset", "jag ska doda dig"), on a foreign keyboard
 * or in haste, read as the words the rules know. Only a Swedish text with no å, ä or ö at all is read
 * so; the result has the same length, so every finding's offsets hold for the text as typed.
 * The words and the hand-made choices are in `rules/lexicons/sv/diacritics.json`.
 */
import data from '../lexicons/sv/diacritics.json';
import type { LexiconEntry } from '../lexical/lexicon';
import { LEXICON_FILES } from '../lexical/lexicons';
import { ENDINGS_BY_LENGTH } from '../lexical/matcher';
import { foldDiacritics, type DiacriticsChoice, type DiacriticsData } from './diacritics-data';

/** Common Swedish words without å/ä/ö that English text does not have: one of them and the text reads as Swedish. */
const SWEDISH = new Set([
  'och', 'inte', 'jag', 'det', 'att', 'som', 'med', 'har', 'kan', 'ska', 'hur', 'vad', 'varfor', 'nar', 'pa', 'ar',
  'mig', 'dig', 'oss', 'ni', 'vi', 'hon', 'hen', 'dom', 'eller', 'bara', 'ocksa', 'kommunen', 'tack', 'hej', 'snalla',
  'nagon', 'nagot', 'nagra', 'nan', 'nat', 'aven', 'ett', 'till', 'fran', 'efter', 'mycket', 'ingen', 'inget', 'varje',
  'sitt', 'sina', 'mitt', 'mina', 'ditt', 'dina', 'ert', 'era', 'finns', 'blir', 'skulle', 'kommer', 'kunde', 'dem',
  'borde', 'vid', 'bort', 'upp', 'ner', 'hela', 'alla', 'sig', 'sin', 'ut', 'mot', 'utan', 'eftersom', 'redan',
]);
/** Common English words that are no Swedish words: a text with more of them than of the Swedish ones is English, and left as typed (an English "migrants" is no Swedish word typed without its ä). */
const ENGLISH = new Set([
  'the', 'and', 'is', 'are', 'you', 'to', 'of', 'it', 'that', 'this', 'for', 'with', 'be', 'have', 'they', 'was', 'were',
  'will', 'would', 'should', 'not', 'my', 'your', 'our', 'their', 'what', 'when', 'where', 'why', 'how', 'can', 'could', 'do', 'does', 'did',
  'these', 'those', 'there', 'from', 'about', 'just', 'who', 'which', 'please', 'thanks', 'thank',
]);
/** A restored word this long is Swedish too, so a text without the common words ("Saljer bjorkved") is read. */
const TELLING_LENGTH = 6;

const WORD = /\p{L}+/gu;
const ANY_DIACRITIC = /[åäöÅÄÖ]/;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const LEET_SIGN = /[\p{N}*]/u;
/** What ends a sentence or a clause: an order may open either ("…, satt in pa IBAN"). */
const CLAUSE_END = /[.!?\n,;:]/;
const OPENERS = new Set(['och', 'men', 'snalla', 'sen', 'pls', 'asa', 'alltsa']);
const CACHE_LIMIT = 20_000;
/** Longer letter runs are no words (the matcher reads compounds up to 40 letters too). */
const MAX_WORD = 40;
/** Parts of a compound read on their own: shorter ones would be found by chance. */
const MIN_PART = 4;

/** Does the hand-made choice take the word here? */
function chosen(choice: DiacriticsChoice, previous: string | undefined, next: string | undefined, atStart: boolean): boolean {
  if (!choice.as || (choice.atStart && !atStart)) return false;
  if ((next && choice.notNext?.includes(next)) || (previous && choice.notPrevious?.includes(previous))) return false;
  if (!choice.next && !choice.previous) return true;
  return (!!next && !!choice.next?.includes(next)) || (!!previous && !!choice.previous?.includes(previous));
}

/**
 * Is the word part of an address, a handle or a code ("jonas.p(at)telia.com", "@sta_nord", "www.kop.se")?
 * Those are not Swedish words, and spelling them another way would hide them from the rules.
 */
function partOfCode(text: string, start: number, end: number): boolean {
  const before = text[start - 1] ?? ' ';
  const after = text[end] ?? ' ';
  return '([{<@._/\\#'.includes(before) || ')]}>@_/\\'.includes(after) || ('.:'.includes(after) && LETTER_OR_DIGIT.test(text[end + 1] ?? ''))
    || inLeetWord(text, start, end);
}

/** Written with digits or signs for letters ("d0da", "h!ora", "f*n"): the normaliser reads the whole word, a part of it is no word. */
function inLeetWord(text: string, start: number, end: number): boolean {
  const before = text[start - 1] ?? ' ';
  const after = text[end] ?? ' ';
  const joins = (ch: string, beyond: string) => LEET_SIGN.test(ch) || ('!$@'.includes(ch) && LETTER_OR_DIGIT.test(beyond));
  return joins(before, text[start - 2] ?? ' ') || joins(after, text[end + 1] ?? ' ');
}

/** `word` written with the letters of `restored`, keeping the capitals as typed ("NAR" → "NÄR"). */
function withCase(word: string, restored: string): string {
  let out = '';
  for (let i = 0; i < word.length; i++) out += word[i] === word[i].toLowerCase() ? restored[i] : restored[i].toUpperCase();
  return out;
}

/** Spelling as typed → word, for the listed words with å/ä/ö that may stand as this part of a compound. */
function compoundParts(entries: readonly LexiconEntry[], part: 'head' | 'modifier'): Map<string, string> {
  const parts = new Map<string, string>();
  for (const entry of entries) {
    if (entry.compound !== part && entry.compound !== 'any') continue;
    for (const word of [...(entry.stems ?? []), ...(entry.forms ?? [])]) {
      if (ANY_DIACRITIC.test(word) && !word.includes(' ')) parts.set(foldDiacritics(word.toLowerCase()), word.toLowerCase());
    }
  }
  return parts;
}

export interface DiacriticsReader {
  /** The word a lowercase spelling (without context) would be read as, or undefined. */
  wordFor(spelling: string): string | undefined;
  /** The text with å, ä and ö put back, or null when there is nothing to put back. */
  read(text: string): string | null;
}

export function diacriticsReader({ restore, choices, asTyped, compoundHeads }: DiacriticsData, entries: readonly LexiconEntry[]): DiacriticsReader {
  const words = new Map<string, string>(restore.map((word) => [foldDiacritics(word), word]));
  for (const [spelling, choice] of Object.entries(choices)) {
    if (choice.as && !choice.next && !choice.previous && !choice.notNext && !choice.notPrevious && !choice.atStart) words.set(spelling, choice.as);
  }
  const keep = new Set(asTyped);
  const heads = compoundParts(entries, 'head');
  for (const head of compoundHeads) heads.set(foldDiacritics(head), head);
  const modifiers = compoundParts(entries, 'modifier');

  /** Spellings already looked up (comments repeat their words): the word, or null for none. */
  const looked = new Map<string, string | null>();

  /** A known word, an inflection of one ("dodade"), or a compound with a listed part ("invandrarjavlar"). */
  function wordFor(spelling: string): string | undefined {
    let word = looked.get(spelling);
    if (word === undefined) {
      if (looked.size >= CACHE_LIMIT) looked.clear(); // bounded memory on long texts
      word = lookUp(spelling) ?? null;
      looked.set(spelling, word);
    }
    return word ?? undefined;
  }

  function lookUp(spelling: string): string | undefined {
    if (spelling.length > MAX_WORD) return undefined; // no word is this long: a hostile run of letters is left as typed
    const whole = words.get(spelling);
    if (whole) return whole;
    for (const ending of ENDINGS_BY_LENGTH) {
      const stem = spelling.slice(0, -ending.length);
      // A short stem takes only a long ending: "dod|en" is "döden", but "mar|s" is the month.
      if ((stem.length >= 4 || (stem.length === 3 && ending.length >= 2)) && spelling.endsWith(ending) && words.has(stem)) return words.get(stem) + ending;
    }
    return compoundFor(spelling);
  }

  /** A compound with a listed last part ("bjorkvagen") or first part ("invandrarjavlar"). */
  function compoundFor(spelling: string): string | undefined {
    for (let cut = MIN_PART; cut <= spelling.length - MIN_PART; cut++) {
      const head = heads.get(spelling.slice(cut));
      if (head) return spelling.slice(0, cut) + head;
    }
    for (let cut = spelling.length - MIN_PART; cut >= MIN_PART; cut--) {
      const modifier = modifiers.get(spelling.slice(0, cut));
      if (modifier) return modifier + spelling.slice(cut);
    }
    return undefined;
  }

  /** In English text: a long word known whole, or a compound with a listed part; no inflection, no hand-made choice. */
  function swedishWordIn(spelling: string): string | undefined {
    if (spelling.length < TELLING_LENGTH || keep.has(spelling) || Object.hasOwn(choices, spelling)) return undefined;
    return words.get(spelling) ?? compoundFor(spelling);
  }

  function read(text: string): string | null {
    if (ANY_DIACRITIC.test(text)) return null;
    const matches = [...text.matchAll(WORD)];
    const lower = matches.map(([word]) => word.toLowerCase());
    let swedishWords = 0;
    let englishWords = 0;
    for (const word of lower) {
      if (SWEDISH.has(word)) swedishWords++;
      else if (ENGLISH.has(word)) englishWords++;
    }
    // English with Swedish words in it ("my dad's hemtjanst", "at Bjorkvagen 12"): only long Swedish words
    // and compounds are put back, never an English word read as an inflected Swedish one ("migrants").
    const english = englishWords >= 2 && englishWords > swedishWords;
    let swedish = swedishWords > 0 || english;
    let out = '';
    let from = 0;
    let previousAtStart = false;
    matches.forEach((match, i) => {
      const spelling = lower[i];
      const choice = Object.hasOwn(choices, spelling) ? choices[spelling] : undefined;
      // A clause opens after its mark, and after an opening "och", "men", "snälla" ("Och satt upp kameror").
      const atStart = i === 0 || CLAUSE_END.test(text.slice(matches[i - 1].index + matches[i - 1][0].length, match.index)) || (previousAtStart && OPENERS.has(lower[i - 1]));
      previousAtStart = atStart;
      const restored = english ? swedishWordIn(spelling)
        : choice ? (chosen(choice, lower[i - 1], lower[i + 1], atStart) ? choice.as : null) : keep.has(spelling) ? undefined : wordFor(spelling);
      // The same length as typed, or the offsets would not hold ("İ" lowercases to two units).
      if (!restored || restored.length !== match[0].length || partOfCode(text, match.index, match.index + match[0].length)) return;
      if (spelling.length >= TELLING_LENGTH) swedish = true;
      out += text.slice(from, match.index) + withCase(match[0], restored);
      from = match.index + match[0].length;
    });
    return from === 0 || !swedish ? null : out + text.slice(from);
  }

  return { wordFor, read };
}

let reader: DiacriticsReader | undefined;

/**
 * The text with å, ä and ö put back where a Swedish text was typed without them, or null when there
 * is nothing to put back (the text has å/ä/ö already, reads as another language, or has no such word).
 */
export function withDiacritics(text: string): string | null {
  reader ??= diacriticsReader(data as DiacriticsData, LEXICON_FILES.flatMap((file) => file.entries));
  return reader.read(text);
}
