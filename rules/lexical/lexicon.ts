import type { Category } from '../categories';

/**
 * How an entry's words may appear in a text.
 * - `stems`: the stem plus any Swedish inflection ending ("idiot" → idioter, idioterna, idiotens).
 * - `forms`: exactly these word forms (for words whose stems would over-match, like "fan").
 * - `phrases`: several words in a row; a word ending in `*` takes inflection endings.
 */
export interface LexiconEntry {
  id: string;
  /** A finding category, or a context tag the rules consult (person, target, group, …). */
  category?: Category;
  tag?: ContextTag;
  severity?: 'info' | 'low' | 'medium' | 'high' | 'critical';
  stems?: string[];
  forms?: string[];
  phrases?: string[];
  /** Regular expressions run on the original text (bounded quantifiers only, compiled with the u flag). */
  patterns?: string[];
  /** Substrings of which one must occur before `patterns` are run (a cheap test that keeps the common case fast). */
  gate?: string[];
  /** Allow-list only: a word containing one of these is never matched ("fittja", "svinn"). */
  contains?: string[];
  /** May the word be part of a compound? head = last part ("jävlaidioter"), modifier = first part ("svinkommunen"). */
  compound?: 'head' | 'modifier' | 'any';
  /** Which rule decides whether a hit becomes a finding (see rules in detect.ts). */
  context?: EntryContext;
  confidence?: number;
  /** Further categories this entry always carries (a slur: hate). */
  also?: Category[];
  /** Further categories when the word is aimed at a person (a slur said to someone: attack). */
  alsoWithTarget?: Category[];
  /** The original word must start with a capital (union and party names: "Kommunal" vs "kommunal"). */
  caseSensitive?: boolean;
  /** Only in text that reads as English (the word means something else in Swedish: "slut", "fan"). */
  englishOnly?: boolean;
  /** Does not fire when the writer says it about themselves ("jag är bög" is not a slur). */
  selfExempt?: boolean;
  /** Politics: not when the writer argues their own view ("som socialdemokrat tycker jag"). */
  debateExempt?: boolean;
  note: string;
}

export type EntryContext =
  | 'none' // fires as it is
  | 'person' // sensitive data: needs a person nearby (and a predicate for full confidence)
  | 'insult' // a word that denotes a person: fires, stronger when aimed at someone
  | 'target' // an insulting adjective: fires only when said of a person ("du är dum")
  | 'group' // a group of people: fires as hate only with a hostile word nearby
  | 'violence' // a violent verb: a threat only with a victim ("döda dig", "borde skjutas")
  | 'imperative' // incitement: an urging form at the start of a clause
  | 'accuse' // a crime pinned on a person just named ("hon snattar")
  | 'weapon' // a weapon emoji: a threat only right next to a person ("du 🔪")
  | 'place' // an attack verb: a threat only against a building or a meeting ("spränga kommunhuset")
  | 'armed' // a weapon brought to a building or a meeting ("kommer med kniven till mötet")
  | 'trade' // needs trading words nearby ("cp" + "dm", "billigt")
  | 'sexual-advance'; // body or flirt words: sexual only with a solicitation nearby

export type ContextTag =
  | 'self' // jag, vi, min …
  | 'you' // du, ni, din …
  | 'person' // han, hon, rektorn, grannen, mamma …
  | 'name' // common first names
  | 'predicate' // är, har, lider av, medlem i …
  | 'opinion' // tycker, anser …
  | 'group' // a group of people: invandrare, judar …
  | 'hostile' // hostile predicates about a group: kriminella, skickas hem …
  | 'victim' // objects of violence beyond pronouns: alla, varenda, politikerna …
  | 'modal' // ska, borde, bör, måste …
  | 'hortative' // vi ska, låt oss, häng med …
  | 'lawobj' // what incitement defies: skatten, bygglovet, förbudet …
  | 'child' // barn, dotter, 11 år …
  | 'sexcue' // badkläder, naken, 🔞 …
  | 'trade' // dm, billigt, säljer …
  | 'solicit' // dm me, snap, sms:a mig …
  | 'media' // bilder, video …
  | 'nonperson' // beslutet, planeringen … (the subject of criticism is not a person)
  | 'condemn' // hat, vidrigt, hör inte hemma: the writer reports abuse to condemn it
  | 'sport' // heja, matchen, derbyt …: 'vi ska spöa Hammarby' is about a game
  | 'place' // kommunhuset, skolan, mötet …: what an attack on the municipality aims at
  | 'allow'; // innocent words and phrases that contain a listed word

export interface LexiconFile {
  language: 'sv' | 'en';
  description: string;
  entries: LexiconEntry[];
}
