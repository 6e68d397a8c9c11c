import type { AnalyzeOptions, Finding } from '../types';
import { findAddresses } from './address';
import type { Candidate } from './candidate';
import { findEmails, findSpelledEmails } from './email';
import { classifyBankAccount, classifyCard, classifyGiro, findIbans } from './financial';
import { scanNumberRuns, windowsOf } from './number-runs';
import { isOwnAddress, isOwnEmail, normaliseOwnContacts } from './own-contacts';
import { findPassports } from './passport';
import { PRIORITY_PERSONNUMMER, classifyPersonnummer } from './personnummer';
import { classifyPhone } from './phone';
import { asSeen, overridesDirection, writtenSpan } from './hidden-characters';

/** A text with more identifiers than this is spam or an attack; stop looking so hostile input stays cheap. */
const MAX_CANDIDATES = 400;
/** Number windows judged per text; a comment has a handful, hostile input millions. */
const MAX_WINDOWS = 20_000;
/** A run of more digit groups than this is a table or an attack, not an identifier someone wrote. */
const MAX_RUN_GROUPS = 30;

/**
 * Personal identifiers in a text: personnummer and samordningsnummer, passport numbers (personal.id),
 * private phone numbers, e-mail and street addresses (personal.contact), bank accounts, cards, giro
 * numbers and IBANs (personal.financial). The organisation's own contact details (`options.own`) are skipped.
 * Read as a reader sees the text (invisible characters and look-alike digits undone; see hidden-characters).
 * Linear in the text length; never throws.
 */
export function detectIdentifiers(written: string, options: AnalyzeOptions = {}): Finding[] {
  if (typeof written !== 'string' || written.length === 0) return [];
  const readings = overridesDirection(written) ? [asSeen(written), asSeen(written, true)] : [asSeen(written)];
  if (!readings[0].origin) return identifiersIn(written, options);
  const found = new Map<string, Finding>();
  for (const seen of readings) {
    for (const f of identifiersIn(seen.text, options)) {
      const { start, end } = writtenSpan(seen, f.start, f.end);
      const key = `${f.category}:${start}:${end}`;
      if (!found.has(key)) found.set(key, { ...f, start, end, evidence: written.slice(start, end) });
    }
  }
  return [...found.values()].sort((a, b) => a.start - b.start);
}

function identifiersIn(text: string, options: AnalyzeOptions): Finding[] {
  const own = normaliseOwnContacts(options.own);
  const candidates: Candidate[] = [];

  for (const hit of [...findEmails(text, MAX_CANDIDATES), ...findSpelledEmails(text, MAX_CANDIDATES)]) {
    if (!isOwnEmail(own, hit.address, hit.domain)) candidates.push(hit.candidate);
  }
  candidates.push(...findIbans(text, MAX_CANDIDATES));
  candidates.push(...findPassports(text, MAX_CANDIDATES));

  const runs = scanNumberRuns(text);
  let windowsJudged = 0;
  let now: Date | undefined;
  for (let r = 0; r < runs.length && candidates.length < MAX_CANDIDATES && windowsJudged < MAX_WINDOWS; r++) {
    // The clock is read only for a text with numbers (most comments have none): reading it is not free.
    now ??= referenceTime(options);
    const run = runs[r];
    if (run.groups.length > MAX_RUN_GROUPS) continue;
    for (const window of windowsOf(run)) {
      if (++windowsJudged > MAX_WINDOWS || candidates.length >= MAX_CANDIDATES) break;
      if (window.separators.includes('.')) {
        // "850314.2385" is a personnummer written with a dot; "1.250.000" and "14.30" are nothing else.
        const dotted = classifyPersonnummer(text, window, now);
        if (dotted) candidates.push(dotted.candidate);
        continue;
      }
      const card = classifyCard(text, window);
      if (card) candidates.push(card);
      const bank = classifyBankAccount(text, window, runs, r, now);
      if (bank) candidates.push(bank);
      const giro = classifyGiro(text, window);
      if (giro) candidates.push(giro);
      const personnummer = classifyPersonnummer(text, window, now);
      const phone = classifyPhone(text, window);
      if (phone && !(phone.e164 && own.phones.has(phone.e164))) {
        // "0304072259" reads as both a landline and a personnummer: the words around it decide,
        // and without a personnummer word the phone reading wins (a phone is never flagged as personal.id).
        if (personnummer?.phoneLike && personnummer.inContext && !phone.inContext) {
          candidates.push(personnummer.candidate);
          continue;
        }
        candidates.push(phone.candidate);
        continue;
      }
      if (phone) continue; // The organisation's own number: neither a phone finding nor a personnummer.
      if (personnummer) candidates.push(personnummer.candidate);
    }
  }

  for (const hit of findAddresses(text, runs, MAX_CANDIDATES)) {
    if (!isOwnAddress(own, hit.normalised)) candidates.push(hit.candidate);
  }
  return resolveOverlaps(text, candidates);
}

/** `options.now` when it is a valid date, otherwise the current time. */
function referenceTime(options: AnalyzeOptions): Date {
  return options.now instanceof Date && !Number.isNaN(options.now.getTime()) ? options.now : new Date();
}

/** Keep the strongest reading of each stretch of text; a personkonto keeps the personnummer inside it. */
function resolveOverlaps(text: string, candidates: Candidate[]): Finding[] {
  const ordered = [...candidates].sort(
    (a, b) => b.priority - a.priority || b.end - b.start - (a.end - a.start) || b.confidence - a.confidence || a.start - b.start,
  );
  const accepted: Candidate[] = [];
  for (const candidate of ordered) {
    const conflict = accepted.some((other) => {
      if (candidate.end <= other.start || other.end <= candidate.start) return false;
      const containedIn = (outer: Candidate, inner: Candidate) =>
        outer.contains?.some((span) => span.start <= inner.start && inner.end <= span.end) ?? false;
      return !(containedIn(other, candidate) || containedIn(candidate, other));
    });
    if (!conflict) accepted.push(candidate);
  }
  return accepted
    .map((c) => ({
      category: c.category,
      start: c.start,
      end: c.end,
      // A personnummer inside a personkonto is as certain as the account itself.
      confidence: c.priority <= PRIORITY_PERSONNUMMER + 15 && c.category === 'personal.id' && isInsidePersonkonto(c, accepted) ? Math.max(c.confidence, 0.9) : c.confidence,
      rule: c.rule,
      evidence: text.slice(c.start, c.end),
    }))
    .sort((a, b) => a.start - b.start);
}

function isInsidePersonkonto(candidate: Candidate, accepted: Candidate[]): boolean {
  return accepted.some((other) => other.contains?.some((span) => span.start <= candidate.start && candidate.end <= span.end));
}
