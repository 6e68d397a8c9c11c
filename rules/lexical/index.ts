import type { Category } from '../categories';
import type { AnalyzeOptions, Finding } from '../types';
import { TokenContext } from './context';
import { tagBit } from './tags';
import { lexicons } from './lexicons';
import type { Hit } from './matcher';
import { decide, REPORT_FLOOR, type Candidate } from './rules';
import { tokenize, type Token } from './tokenize';
import { normalizeText } from '../normalize';

/** Categories scored from several weak signals together (one price is not spam; a price and "DM" is). */
const SCORED: ReadonlySet<Category> = new Set<Category>(['prohibited.commercial', 'prohibited.copyright']);
/** Signals that are bait in spam but part of the offer itself in piracy ("gratis här: film.xyz"). */
const PIRACY_OVERLAP = new Set(['sv.commercial.link', 'sv.commercial.free']);
/** Longest text analysed in full; beyond it only the start is read (bounded time and memory). */
const MAX_TEXT = 1_000_000;

const EN_STOP = new Set(['the', 'you', 'is', 'are', 'and', 'to', 'my', 'it', 'this', 'that', 'for', 'of', 'what', 'your', 'in', 'on', 'with', 'be', 'have', 'a', 'an', "i'm", "it's", "don't", 'please', 'thanks', 'can',
  // Pronouns and modals: a short threat ("I will shoot him", "Someone should shoot these politicians") holds few of the words above.
  'he', 'she', 'him', 'we', 'they', 'them', 'these', 'those', 'will', 'would', 'should', 'was', 'were', 'not', 'someone', 'somebody',
  // "Kill all muslims" holds no other: Swedish "all" ("all mat är slut") comes with Swedish words that outweigh it.
  'all']);
const SV_STOP = new Set(['och', 'att', 'det', 'är', 'jag', 'på', 'för', 'som', 'en', 'inte', 'har', 'med', 'till', 'vi', 'ni', 'du', 'av', 'den', 'de', 'så', 'om', 'kan', 'ska', 'var', 'hur', 'när', 'fick', 'min', 'mitt', 'här']);

function readsAsEnglish(tokens: Token[]): boolean {
  let en = 0;
  let sv = 0;
  for (let i = 0; i < tokens.length && i < 300; i++) {
    if (EN_STOP.has(tokens[i].norm)) en++;
    if (SV_STOP.has(tokens[i].norm)) sv++;
  }
  return en > sv;
}

const allowCache = new Map<string, boolean>();

/** Does the word contain an allow-listed word ("fittja", "svinn")? Cached per word form. */
function containsAllowed(norm: string): boolean {
  let known = allowCache.get(norm);
  if (known === undefined) {
    known = lexicons().allowContains.some((word) => norm.includes(word));
    if (allowCache.size > 50_000) allowCache.clear();
    allowCache.set(norm, known);
  }
  return known;
}

interface Span {
  start: number;
  end: number;
}

/**
 * Sensitive (GDPR art. 9) and prohibited content found through the word lists in
 * rules/lexicons, with context rules: sensitive data needs a person, an insult needs a target,
 * a violent verb needs a victim, a group mention needs a hostile claim. Never throws.
 */
export function detectLexical(text: string, _options: AnalyzeOptions = {}): Finding[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  try {
    return detect(text.length > MAX_TEXT ? text.slice(0, MAX_TEXT) : text);
  } catch {
    return [];
  }
}

// Helpers below are module functions rather than closures inside detect(): they run for every
// comment, and a closure per call costs an allocation (and a name in tsx-built scripts).

/** A listed word of a category, or a child word (the child-abuse combination is made of context words alone). */
function hasCategoryHit(hits: Hit[]): boolean {
  for (const h of hits) if (h.entry.category !== undefined || h.entry.tag === 'child') return true;
  return false;
}

function hasEnglishOnlyHit(hits: Hit[]): boolean {
  for (const h of hits) if (h.entry.englishOnly) return true;
  return false;
}

function isAllowed(tokens: Token[], allowed: number[], first: number, last: number): boolean {
  for (let k = first; k < last; k++) if (allowed[k] || containsAllowed(tokens[k].norm)) return true;
  return false;
}

function zeros(length: number): number[] {
  return new Array<number>(length).fill(0);
}

function spanOf(tokens: Token[], c: Candidate): Span {
  return { start: tokens[c.first].start, end: tokens[c.last - 1].end };
}

function detect(text: string): Finding[] {
  const lex = lexicons();
  const { tokens } = tokenize(text);
  const hits = lex.matcher.scan(tokens);
  // Most comments hold no listed word at all: only the pattern signals (links, prices, bylines) remain.
  if (!hasCategoryHit(hits)) return dedupe(scoredFindings(text, []));

  const english = hasEnglishOnlyHit(hits) && readsAsEnglish(tokens);
  // Context tags and allowed (innocent) tokens first; the rules read them. Plain arrays: a typed
  // array longer than a few words gets a separately allocated buffer, which costs more than it saves here.
  const tags = zeros(tokens.length);
  const allowed = zeros(tokens.length);
  const condemnBit = tagBit('condemn');
  const childBit = tagBit('child');
  let condemns = false;
  let child = false;
  for (const hit of hits) {
    const tag = hit.entry.tag;
    if (!tag || (hit.entry.englishOnly && !english)) continue;
    const bit = tag === 'allow' ? 0 : tagBit(tag);
    if (bit === condemnBit) condemns = true;
    if (bit === childBit) child = true;
    for (let k = hit.first; k < hit.last; k++) {
      if (tag === 'allow') allowed[k] = 1;
      else tags[k] |= bit;
    }
  }
  const ctx = new TokenContext(tokens, tags);

  const candidates: Candidate[] = [];
  for (const hit of hits) {
    if (!hit.entry.category || isAllowed(tokens, allowed, hit.first, hit.last)) continue;
    if (isWorkTitle(tokens, hit.first, hit.last)) continue;
    for (const c of decide({ hit, ctx, english })) {
      // Abuse quoted in order to condemn it ("någon skrev 'alla bögar …', sånt hat hör inte hemma här").
      if (c.category.startsWith('prohibited.') && tokens[c.first].quoted && condemns) c.confidence *= 0.5;
      candidates.push(c);
    }
  }
  // The combination needs a child word: most comments have none, and skip the walk over every token.
  if (child) for (const c of childAbuseCombination(ctx)) candidates.push(c);

  const findings: Finding[] = [];
  const scored: Signal[] = [];
  const insideName = traitNames(candidates);
  for (const c of candidates) {
    if (insideName?.(c)) continue;
    if (SCORED.has(c.category)) {
      scored.push({ start: tokens[c.first].start, end: tokens[c.last - 1].end, category: c.category, confidence: c.confidence, id: c.entry.id });
      continue;
    }
    if (c.confidence < REPORT_FLOOR) continue;
    findings.push(toFinding(text, c.category, spanOf(tokens, c), c.confidence, c.entry.id));
  }
  for (const f of scoredFindings(text, scored)) findings.push(f);
  return dedupe(withoutObscenityInsideAbuse(findings));
}

/**
 * A trait word inside a longer listed name of another trait is that name: "Christian" in "Christian
 * Democrat" is the party, not a faith.
 */
function traitNames(candidates: Candidate[]): ((c: Candidate) => boolean) | null {
  // Names of several words are few (most comments have none): indexed by their first word, so a long
  // hostile text full of findings is not compared pair by pair.
  const byFirst = new Map<number, Candidate[]>();
  let longest = 0;
  for (const o of candidates) {
    if (o.last - o.first < 2 || !o.category.startsWith('sensitive.') || o.confidence < REPORT_FLOOR) continue;
    byFirst.set(o.first, [...(byFirst.get(o.first) ?? []), o]);
    longest = Math.max(longest, o.last - o.first);
  }
  if (byFirst.size === 0) return null;
  return (c) => {
    if (!c.category.startsWith('sensitive.')) return false;
    for (let first = Math.max(0, c.first - longest + 1); first <= c.first; first++) {
      for (const o of byFirst.get(first) ?? []) {
        if (o !== c && o.category !== c.category && o.last >= c.last && o.last - o.first > c.last - c.first) return true;
      }
    }
    return false;
  };
}

const ABUSE: ReadonlySet<Category> = new Set<Category>(['prohibited.attack', 'prohibited.hate', 'prohibited.sexual', 'prohibited.threat']);
/** Characters around an abusive finding within which a swear word is part of the abuse. */
const ABUSE_REACH = 25;

/** Obscenity is profanity aimed at no one: a swear word inside an insult, slur or threat belongs to that finding. */
function withoutObscenityInsideAbuse(findings: Finding[]): Finding[] {
  const abuse: Finding[] = [];
  let obscene = false;
  for (const f of findings) {
    if (ABUSE.has(f.category) && f.confidence >= 0.5) abuse.push(f);
    else if (f.category === 'prohibited.obscene') obscene = true;
  }
  if (abuse.length === 0 || !obscene) return findings;
  abuse.sort((a, b) => a.start - b.start);
  const longest = abuse.reduce((max, a) => Math.max(max, a.end - a.start), 0);
  return findings.filter((f) => f.category !== 'prohibited.obscene' || !nearAbuse(f, abuse, longest));
}

/** Binary search over abuse sorted by start, so a long text full of both stays O(n log n). */
function nearAbuse(f: Finding, abuse: Finding[], longest: number): boolean {
  let lo = 0;
  let hi = abuse.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (abuse[mid].start < f.end + ABUSE_REACH) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo - 1; k >= 0 && abuse[k].start >= f.start - ABUSE_REACH - longest; k--) {
    if (f.start < abuse[k].end + ABUSE_REACH) return true;
  }
  return false;
}

interface Signal extends Span {
  category: Category;
  confidence: number;
  id: string;
}

function passesGate(text: string, gate: string[] | undefined | null): boolean {
  if (!gate) return true;
  for (const g of gate) if (text.includes(g)) return true;
  return false;
}

/** Pattern signals. Commercial and copyright: weak signals combine (1 − Π(1 − c)); every signal is reported with the total. */
function scoredFindings(text: string, wordSignals: Signal[]): Finding[] {
  const signals = wordSignals;
  const lex = lexicons();
  // Most comments hold no gate string at all: one pass over the text says so.
  const patterns = lex.anyGate === null || lex.anyGate.foundIn(text) ? lex.patterns : [];
  for (const { entry, regexes, factors, gate, gateRegex } of patterns) {
    if (!entry.category || !(gateRegex ? gateRegex.test(text) : passesGate(text, gate))) continue;
    for (let r = 0; r < regexes.length; r++) {
      // A regex whose required words are absent cannot match: skipped (same findings, less work).
      if (!passesGate(text, factors[r])) continue;
      const regex = regexes[r];
      regex.lastIndex = 0;
      let count = 0;
      for (let m = regex.exec(text); m && count < 50; m = regex.exec(text), count++) {
        if (m[0].length === 0) {
          regex.lastIndex++;
          continue;
        }
        signals.push({ start: m.index, end: m.index + m[0].length, category: entry.category, confidence: entry.confidence ?? 0.4, id: entry.id });
      }
    }
  }
  if (signals.length === 0) return [];
  // A long pasted text with a byline is an article, not a comment.
  if (text.length >= 250) {
    const byline = signals.find((s) => s.id === 'sv.copyright.byline');
    if (byline) signals.push({ ...byline, id: 'sv.copyright.long-article', confidence: 0.45 });
  }
  const copyright = combinedConfidence(text, signals, 'prohibited.copyright', false);
  const piracy = copyright >= 0.5;
  const commercial = customersQuestion(text, signals) ? 0 : combinedConfidence(text, signals, 'prohibited.commercial', piracy);
  const out: Finding[] = [];
  for (const s of signals) {
    if (piracy && PIRACY_OVERLAP.has(s.id) && s.category === 'prohibited.commercial') continue;
    // Other categories' patterns ("letar efter tjejer 13-14 år … ha sex") are strong alone and keep their own confidence.
    const confidence = s.category === 'prohibited.copyright' ? copyright : s.category === 'prohibited.commercial' ? commercial : s.confidence;
    if (confidence < REPORT_FLOOR) continue;
    out.push(toFinding(text, s.category, s, Math.min(0.95, confidence), s.id));
  }
  return out;
}

/** The reader ("du", "dig") a seller addresses, and a link or number to reach the seller by. */
const SELLERS_WORDS = /(?<![\p{L}\p{N}])(?:du|dig|dej|din|ditt|dina)(?![\p{L}\p{N}])|https?:|www\.|\.(?:se|com|net|nu)(?![\p{L}])|\d{3}[\s-]?\d{2,}/iu;

/**
 * "Var kan man köpa billiga biljetter till julkonserten?", "Säljer ni årskort?": every selling word
 * stands in a question the writer asks as a customer, to the organisation or in general, with no
 * reader addressed and no link or number to a seller. A customer's question is not an advertisement.
 */
function customersQuestion(text: string, signals: Signal[]): boolean {
  const selling = signals.filter((s) => s.category === 'prohibited.commercial');
  if (selling.length === 0) return false;
  return selling.every((s) => {
    const start = Math.max(text.lastIndexOf('.', s.start), text.lastIndexOf('!', s.start), text.lastIndexOf('?', s.start - 1), text.lastIndexOf('\n', s.start)) + 1;
    const end = text.indexOf('?', s.end);
    if (end < 0) return false;
    const sentence = text.slice(start, end + 1);
    return !/[.!\n]/u.test(text.slice(s.end, end)) && !SELLERS_WORDS.test(sentence);
  });
}

/** 1 − Π(1 − c) over a category's distinct signals; in piracy, the bait signals (links, "free") do not count. */
function combinedConfidence(text: string, signals: Signal[], category: Category, piracy: boolean): number {
  const seen = new Set<string>();
  let keep = 1;
  for (const s of signals) {
    if (s.category !== category || (piracy && PIRACY_OVERLAP.has(s.id))) continue;
    // The same word twice is one sign ("Gratis iPhone … bit.ly/gr4tis"), however it is written.
    const key = `${s.id}:${normalizeText(text.slice(s.start, s.end)).text}`;
    if (seen.has(key)) continue;
    seen.add(key);
    keep *= 1 - s.confidence;
  }
  return 1 - keep;
}

/**
 * Cues that say clothes are off: with a child and pictures they are abuse material. The others
 * ("badkläder", "bikini", "privata") are ordinary around a child's photo ("bilder från badet, dottern
 * i ny bikini") and count only with an offer or a payment ("skicka bilder på din dotter i badkläder så betalar jag").
 */
const UNDRESSED = new Set(['naken', 'nakna', 'nakenbild', 'nakenbilder', 'nudes', 'porr', '🔞', 'avklädd', 'avklädda', 'utan']);

/** A child, a sexual cue and pictures or an offer in one passage: child sexual abuse material. */
function childAbuseCombination(ctx: TokenContext): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < ctx.tokens.length; i++) {
    if (!ctx.has(i, 'child')) continue;
    if (ctx.anyTag(i - 8, i + 8, 'sexcue', i, i + 1) < 0) continue;
    const traded = ctx.anyTag(i - 8, i + 8, 'trade') >= 0;
    // Undressed is said of the child itself, right beside it ("nakna flickor", "tjejerna utan kläder"),
    // not of others the child saw ("barnen fick se nakna människor på bild").
    const undressed = [i - 2, i - 1, i + 1, i + 2].some((k) => ctx.has(k, 'sexcue') && UNDRESSED.has(ctx.tokens[k].key));
    if (traded || (undressed && ctx.anyTag(i - 8, i + 8, 'media') >= 0)) {
      out.push({ category: 'prohibited.csam', first: i, last: i + 1, confidence: 0.85, entry: { id: 'sv.csam.combination', note: 'child + sexual cue + pictures or trade' } });
      break;
    }
  }
  return out;
}

/** Words that name or perform a work just before its quoted title ("spelar "Döda mig om du kan"", "filmen "…""). */
const WORK_CUES = new Set([
  'spelar', 'spelade', 'spela', 'visar', 'visade', 'visa', 'sjunger', 'sjöng', 'läser', 'läste', 'läsa',
  'filmen', 'boken', 'pjäsen', 'låten', 'sången', 'serien', 'föreställningen', 'musikalen', 'dokumentären', 'romanen', 'avsnittet', 'utställningen', 'titeln',
  'film', 'movie', 'book', 'song', 'play', 'show', 'series', 'musical', 'watch', 'watched', 'screening', 'reading', 'staging',
]);

/**
 * A quoted title: followed by "av Name" ("Jag ska döda dig i morgon" av Anna Strömsten), or named
 * or performed just before ("Teatergruppen spelar "Döda mig om du kan"", "boken "…"").
 */
function isWorkTitle(tokens: Token[], first: number, last: number): boolean {
  if (!tokens[first].quoted) return false;
  let k = last;
  while (k < tokens.length && tokens[k].quoted && k < last + 12) k++;
  const by = tokens[k];
  const author = tokens[k + 1];
  if (by !== undefined && author !== undefined && !by.quoted && (by.key === 'av' || by.key === 'by') && author.capitalized) return true;
  let open = first;
  while (open > 0 && tokens[open - 1].quoted && open > first - 12) open--;
  const cue = tokens[open - 1];
  return cue !== undefined && !cue.quoted && WORK_CUES.has(cue.key);
}

function toFinding(text: string, category: Category, span: Span, confidence: number, entry: string): Finding {
  const rule = `lex.${category}`;
  return { category, start: span.start, end: span.end, confidence: Math.round(confidence * 100) / 100, rule, evidence: text.slice(span.start, span.end), entry };
}

/** Up to this many findings, dedupe searches linearly; past it (long texts), a Map keeps it linear in the count. */
const LINEAR_DEDUPE = 16;

/** One finding per category and span: the most confident. The first finding of a span keeps its place. */
function dedupe(findings: Finding[]): Finding[] {
  if (findings.length < 2) return findings;
  const best = findings.length <= LINEAR_DEDUPE ? mostConfidentBySearch(findings) : mostConfidentByKey(findings);
  return best.sort((a, b) => a.start - b.start || b.confidence - a.confidence);
}

function mostConfidentBySearch(findings: Finding[]): Finding[] {
  const best: Finding[] = [];
  for (const f of findings) {
    const k = best.findIndex((b) => b.category === f.category && b.start === f.start && b.end === f.end);
    if (k < 0) best.push(f);
    else if (best[k].confidence < f.confidence) best[k] = f;
  }
  return best;
}

function mostConfidentByKey(findings: Finding[]): Finding[] {
  const best = new Map<string, Finding>();
  for (const f of findings) {
    const key = `${f.category}:${f.start}:${f.end}`;
    const prior = best.get(key);
    if (!prior || prior.confidence < f.confidence) best.set(key, f);
  }
  return [...best.values()];
}
