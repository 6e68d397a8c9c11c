// The comment thread every platform's bench page is built from: a realistic Swedish mix (mostly
// benign, some that the rules should flag) cycled from the labelled dev corpus with small
// variations, and the managed account's signed replies sprinkled in. Deterministic: same seed,
// same thread, so runs can be compared.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { random } from '@/utils/random';

// A path, not a file: URL, so the pages can also be built in tests that run in a DOM (whose URL is not Node's).
export const CORPUS_PATH = path.resolve(import.meta.dirname, '../../../shared/corpus/comments-dev.jsonl');


export interface CorpusText {
  text: string;
  /** True when the corpus labels it with anything but "needs-reply". */
  flagged: boolean;
}

/** Used when the corpus is not on this machine, so the bench still runs (reported in the output). */
const FALLBACK: CorpusText[] = [
  { text: 'När plogas Björkvägen? Vi har inte sett en plogbil på två dagar.', flagged: false },
  { text: 'Tack för snabbt svar! 👍', flagged: false },
  { text: 'Vilken tid öppnar biblioteket på lördagar?', flagged: false },
  { text: 'Stort tack till alla som jobbar natt med plogningen ❄️', flagged: false },
  { text: 'Dålig planering att bygga om mitt i turistsäsongen.', flagged: false },
  { text: 'Era politiker är ena jävla idioter allihop.', flagged: true },
  { text: 'Ring mig på 070-123 45 67 så berättar jag mer.', flagged: true },
  { text: 'Mitt personnummer är 19121212-1212, kan ni kolla ärendet?', flagged: true },
];

export function loadCorpus(path = CORPUS_PATH): { texts: CorpusText[]; source: string } {
  if (!existsSync(path)) return { texts: FALLBACK, source: 'inbyggda exempeltexter (korpusen saknas)' };
  const texts = readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as { text: string; lang?: string; labels?: string[] | null })
    .filter((row) => typeof row.text === 'string' && row.text.trim() && (row.lang ?? 'sv') === 'sv')
    .map((row) => ({ text: row.text.trim(), flagged: (row.labels ?? []).some((l) => l !== 'needs-reply') }));
  return { texts: texts.length ? texts : FALLBACK, source: path };
}

const FIRST = ['Karin', 'Mats', 'Sara', 'Per', 'Ahmed', 'Jonas', 'Elin', 'Lars', 'Ulla', 'Bengt', 'Maria', 'Hanna', 'Fredrik',
  'Ingrid', 'Ali', 'Lotta', 'Nils', 'Emma', 'Omar', 'Gunilla', 'Olle', 'Stina', 'Rolf', 'Fatima', 'Birgitta', 'Göran', 'Ebba', 'Leila'];
const LAST = ['Lund', 'Ek', 'Nilsson', 'Johansson', 'Karimi', 'Berg', 'Ström', 'Holm', 'Dahl', 'Åberg', 'Sandberg', 'Lindqvist',
  'Falk', 'Wik', 'Hagberg', 'Sund', 'Öberg', 'Svensson', 'Yusuf', 'Persson'];

/** Small changes so the same corpus text appears in several forms, as people write them. */
const VARIATIONS: Array<(text: string) => string> = [
  (t) => t,
  (t) => `Hej! ${t}`,
  (t) => `${t} Tack på förhand.`,
  (t) => `${t}!!`,
  (t) => `Alltså… ${t}`,
  (t) => `${t} Mvh`,
  (t) => t.toLocaleLowerCase('sv'),
  (t) => `${t} /en orolig Sjöviksbo`,
];

/** The account's editors sign their replies (a policy preset requirement). */
const SIGNATURES = ['/Anna, kommunikatör', '/Johan, webbredaktör'];
const ACCOUNT_REPLIES = [
  'Hej! Tack för att du hör av dig. Vi tar med oss det till förvaltningen.',
  'Tack för ditt meddelande! Kontakta gärna kundcenter på 0510-77 00 00 så hjälper de dig vidare.',
  'Hej, enskilda ärenden kan vi inte hantera här. Mejla kommun@sjovik.se så diarieför vi det.',
  'Vad roligt att höra, tack!',
];
const FOLLOW_UPS = ['Tack för svaret!', 'Okej, då vet jag.', 'Det ändrar inte att det är fel prioritering.', 'Skickat nu. 👍'];

export interface PlannedComment {
  /** 1-based position in the page; ids are derived from it. */
  index: number;
  /** Null for the managed account. */
  author: { first: string; last: string } | null;
  text: string;
  /** Index of the comment this one answers, or null for a top-level comment. */
  replyTo: number | null;
  minutesAgo: number;
  /** Whether the corpus text was labelled as something the rules should flag. */
  flaggedInCorpus: boolean;
}

export interface PlanOptions {
  /** Total number of comment elements (top-level comments and replies). */
  count: number;
  /** First index (appended comments continue the numbering). */
  firstIndex?: number;
  seed?: number;
  /** Share of texts taken from the flagged part of the corpus. */
  flaggedShare?: number;
  /** Share of top-level comments the account answers. */
  answeredShare?: number;
  /** Allow replies (appended comments arrive as new top-level comments and replies). */
  replies?: boolean;
  corpus?: CorpusText[];
}

/**
 * Plans `count` comments: top-level comments in page order, some answered by the account (and
 * a few answered back). Flagged texts make up about `flaggedShare` of the people's comments.
 */
export function planThread(options: PlanOptions): PlannedComment[] {
  const next = random(options.seed ?? 5000);
  const corpus = options.corpus ?? loadCorpus().texts;
  const flagged = corpus.filter((c) => c.flagged);
  const benign = corpus.filter((c) => !c.flagged);
  const flaggedShare = options.flaggedShare ?? 0.2;
  const answeredShare = options.answeredShare ?? 0.12;
  const first = options.firstIndex ?? 1;
  const out: PlannedComment[] = [];
  const used = new Map<string, number>();
  const pick = <T,>(xs: T[]): T => xs[Math.floor(next() * xs.length)];
  const personText = (): { text: string; flagged: boolean } => {
    const pool = flagged.length && (next() < flaggedShare || benign.length === 0) ? flagged : benign;
    const source = pick(pool);
    const seen = used.get(source.text) ?? 0;
    used.set(source.text, seen + 1);
    return { text: VARIATIONS[seen % VARIATIONS.length](source.text), flagged: source.flagged };
  };
  // Comments are spread over the last three days, oldest first.
  const ageOf = (i: number) => Math.max(1, Math.round(3 * 24 * 60 * (1 - i / options.count)));
  while (out.length < options.count) {
    const index = first + out.length;
    const author = { first: pick(FIRST), last: pick(LAST) };
    const { text, flagged: isFlagged } = personText();
    const minutesAgo = ageOf(out.length);
    out.push({ index, author, text, replyTo: null, minutesAgo, flaggedInCorpus: isFlagged });
    if (options.replies === false || out.length >= options.count || next() >= answeredShare) continue;
    const replyAge = Math.max(1, minutesAgo - 30 - Math.floor(next() * 120));
    out.push({
      index: first + out.length, author: null, replyTo: index, minutesAgo: replyAge, flaggedInCorpus: false,
      text: `${pick(ACCOUNT_REPLIES)} ${pick(SIGNATURES)}`,
    });
    if (out.length >= options.count || next() >= 0.3) continue;
    out.push({
      index: first + out.length, author, replyTo: index, minutesAgo: Math.max(1, replyAge - 10), flaggedInCorpus: false,
      text: pick(FOLLOW_UPS),
    });
  }
  return out;
}

/** "Karin Lund" → a handle-ish slug: "karin.lund.17". */
export function slug(author: { first: string; last: string }, index: number, separator = '.'): string {
  const plain = `${author.first}${separator}${author.last}`.toLocaleLowerCase('sv').replace(/å|ä/g, 'a').replace(/ö/g, 'o');
  return `${plain}${separator}${index % 97}`;
}
