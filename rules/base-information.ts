import type { BaseInformationItem, Preset } from './presets/preset';
import type { Platform } from './snapshot';

// R9: does the account's profile text carry the base information (basinformation / informationsplikt)
// its policy asks for? Pure: reads the text the adapters return, decides per item of the preset.

/** The organisation's settings this checklist reads (a subset of Settings['organisation']). */
export interface OrganisationInfo {
  name: string;
  department: string;
  website: string;
  switchboard: string;
  email: string;
  visitingAddress: string;
  postalAddress: string;
  dataProtectionOfficer: string;
}

/** Said where the settings give no name: the item then reads in general terms. */
const ANY_ORGANISATION = { sv: 'organisationen', en: 'the organisation' } as const;

/**
 * A preset's text with {organisation} as the organisation's name from the settings ("Sjöviks kommun"),
 * so a preset written for one municipality never names it for another; without a name, "organisationen".
 */
export function fillOrganisation(text: string, name: string, lang: 'sv' | 'en'): string {
  const own = name.trim();
  return text.replace(/\{organisation\}/gu, () => own || ANY_ORGANISATION[lang]);
}

export type BaseInformationStatus = 'found' | 'missing' | 'manual';

export interface BaseInformationResult {
  id: string;
  sv: string;
  en: string;
  status: BaseInformationStatus;
  /** A quote from the profile text that shows the item, bidi controls removed. */
  evidence: string | null;
  /** Why the editor has to check by hand (status 'manual'): Uppsikt's words, in both languages. */
  note: Note | null;
}

/** Letters and digits around a match: JavaScript's \b only knows ASCII (GUIDE, Text matching in Swedish). */
const START = '(?<![\\p{L}\\p{N}])';
const END = '(?![\\p{L}\\p{N}])';
const word = (source: string) => new RegExp(`${START}(?:${source})${END}`, 'iu');
const stem = (source: string) => new RegExp(`${START}(?:${source})`, 'iu');

const BIDI_CONTROLS = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;

/** Text safe to quote next to the interface: without characters that reorder what follows. */
export function withoutBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, '');
}

const MAX_QUOTE = 200;

/** The sentence (within its line) around a match, as the quote that proves an item. */
function quoteAround(text: string, index: number, length: number): string {
  const lineStart = text.lastIndexOf('\n', index - 1) + 1;
  const lineEndAt = text.indexOf('\n', index + length);
  const lineEnd = lineEndAt === -1 ? text.length : lineEndAt;
  const line = text.slice(lineStart, lineEnd);
  const at = index - lineStart;
  // Sentence boundaries: ". " "! " "? " before and after the match.
  let start = 0;
  for (const m of line.slice(0, at).matchAll(/[.!?]\s+/gu)) start = m.index + m[0].length;
  const after = /[.!?](?=\s|$)/u.exec(line.slice(at + length));
  const end = after ? at + length + after.index + 1 : line.length;
  let quote = line.slice(start, end).trim();
  if (quote.length > MAX_QUOTE) {
    const from = Math.max(0, at - start - 60);
    quote = `…${quote.slice(from, from + MAX_QUOTE - 2).trim()}…`;
  }
  return withoutBidiControls(quote);
}

interface Hit {
  index: number;
  length: number;
  /** Quote only the match (a URL, an e-mail address), not the whole sentence. */
  exact?: boolean;
}

function find(text: string, patterns: RegExp[]): Hit | null {
  for (const pattern of patterns) {
    const m = pattern.exec(text);
    if (m) return { index: m.index, length: m[0].length };
  }
  return null;
}

function quote(text: string, hit: Hit): string {
  return hit.exact ? withoutBidiControls(text.slice(hit.index, hit.index + hit.length)) : quoteAround(text, hit.index, hit.length);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** "https://www.sjovik.se/om" → "sjovik.se"; '' when the setting is empty or not an address. */
export function websiteDomain(website: string): string {
  if (!website.trim()) return '';
  try {
    return new URL(website.includes('://') ? website : `https://${website}`).hostname.replace(/^www\./, '').toLowerCase();
  } catch {
    return '';
  }
}

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/u;
// Swedish numbers: 0510-77 00 00, 042-10 50 00, 08-508 290 00, +46 510 77 00 00.
const PHONE = /(?<![\p{N}])(?:\+46\s?|0)\d{1,3}[\s–-]?\d{2,3}(?:\s?\d{2,3}){1,3}(?![\p{N}])/u;
const URL_PATTERNS = [
  /https?:\/\/[^\s<>"']+/iu,
  /(?<![\p{L}\p{N}@.])www\.[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+[^\s<>"']*/iu,
  // A bare domain ("sjovik.se"), not the end of an e-mail address.
  /(?<![\p{L}\p{N}@.-])[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:se|nu|com|org|net|eu|info)(?![\p{L}\p{N}@-])(?:\/[^\s<>"']*)?/iu,
];

function findWebsite(text: string, org: OrganisationInfo): Hit | null {
  const domain = websiteDomain(org.website);
  if (domain) {
    const own = new RegExp(`(?<![\\p{L}\\p{N}@.-])(?:https?://)?(?:www\\.)?${escapeRegExp(domain)}(?![\\p{L}\\p{N}@-])(?:/[^\\s<>"']*)?`, 'iu').exec(text);
    if (own) return { index: own.index, length: own[0].length, exact: true };
  }
  const any = find(text, URL_PATTERNS);
  return any && { ...any, exact: true };
}

function findContact(text: string): Hit | null {
  const hit = find(text, [EMAIL, PHONE]);
  return hit && { ...hit, exact: true };
}

const MUNICIPALITY = /(?<![\p{L}\p{N}])\p{Lu}[\p{L}-]*s (?:kommun|stad|region)(?:en|s|ens)?(?![\p{L}\p{N}])/u;
const RUN_BY = [word('drivs av|står bakom|avsändare|ingår i'), word('kommunen|staden')];

const RUNS_IT = new RegExp(`${START}(?:drivs av|står bakom|avsändare|ingår i|officiell(?:a|t)?)${END}`, 'giu');

/** Prefers a sentence that says the organisation runs the account ("officiella", "drivs av") over a bare mention. */
function findSender(text: string, org: OrganisationInfo): Hit | null {
  const name = org.name.trim();
  const named = name ? [new RegExp(`${START}${escapeRegExp(name)}(?:s|en|ens)?${END}`, 'iu'), MUNICIPALITY] : [MUNICIPALITY];
  for (const m of text.matchAll(RUNS_IT)) {
    const sentence = quoteAround(text, m.index, m[0].length);
    if (named.some((p) => p.test(sentence))) return { index: m.index, length: m[0].length };
  }
  return find(text, [...named, ...RUN_BY]);
}

const PUBLIC_RECORDS = [
  word('allmän(?:na)? handling(?:ar|en|arna)?'),
  stem('diarief[öo]r'),
  stem('offentlighetsprincip'),
  word('registreras'),
];
const MONITORING = [
  stem('bevak(?:as|ar|ning)'),
  word('svarar (?:inom|vardagar|helgfria|måndag|mån|under|normalt|oftast|så snart)'),
  word('vardagar|kontorstid(?:en)?|arbetstid(?:en)?'),
  word('inom \\d+ (?:timmar|tim|h)'),
];
const RETENTION = [stem('gallr'), stem('bevara'), stem('arkiver'), stem('dokumenthanteringsplan')];
const REMOVAL = [word('(?:tar|tas) bort'), word('raderar|raderas|döljer|döljs'), stem('avpublicer'), word('inte tillåt(?:et|na|en)?'), stem('förbjud')];
const PERSONAL_DATA = [stem('personuppgift')];
const CRIMES = [
  word('hets mot folkgrupp'), stem('uppvigling'), stem('upphovsr'), stem('våldsskildring'), stem('brott'), stem('olag'),
  word('bryter mot lag(?:en)?'), stem('lagbrott'), word('hot'),
];
const PERSONAL_CASES = [
  word('ärenden? (?:handläggs|hanteras|behandlas) inte'),
  word('handlägger (?:vi )?inte'),
  stem('kontaktcent'),
  word('(?:övriga|andra|personliga|enskilda|egna|enskildas) ärenden'),
  new RegExp(`${START}ärenden?\\s*:`, 'iu'),
];
const PURPOSE = [
  word('här (?:informerar|berättar|publicerar|delar|tipsar|svarar) vi'),
  word('vi (?:informerar|berättar|publicerar|delar|tipsar) om'),
  stem('syfte'),
  word('här kan du'),
  word('nyheter (?:från|om)'),
  // The popup's own suggestion ("Nyheter och service från …") and its like: "Nyheter, evenemang och tips från …".
  word('nyheter(?:,? (?:och )?\\p{L}+){1,3} (?:från|om)'),
  word('här informerar [^.!?\\n]{1,40} om'),
  word('tips om'),
  word('information om'),
];
const QUESTIONS = [word('frågor\\s*[?:]'), word('frågor om'), word('har du (?:en )?frågor?'), word('ställ (?:dina )?frågor')];
// "Vi signerar våra svar" (the popup's suggestion): each reply then names who wrote it.
const WRITERS = [stem('kommunikatör'), stem('(?:webb)?redaktör'), word('administreras av|skriver här|vi som skriver|sköts av'), word('vi signerar (?:våra )?(?:svar|inlägg)')];

type Note = { sv: string; en: string };
type Check = (text: string, org: OrganisationInfo) => { hit: Hit | null; note?: Note; manualWhenMissing?: boolean };

const UNREADABLE: Note = {
  sv: 'Profiltexten kunde inte läsas på den här sidan; kontrollera manuellt.',
  en: 'The profile text could not be read on this page; check by hand.',
};
const CHECK_FAILED: Note = { sv: 'Kontrollen kunde inte göras automatiskt; kontrollera manuellt.', en: 'The check could not be made automatically; check by hand.' };

function requireBoth(text: string, first: RegExp[], second: RegExp[]): Hit | null {
  const a = find(text, first);
  return a && find(text, second) ? a : null;
}

// Known item ids (see rules/presets/*). An item id not listed here falls back to its preset hints.
const CHECKS: Record<string, Check> = {
  sender: (t, org) => ({ hit: findSender(t, org) }),
  website: (t, org) => ({ hit: findWebsite(t, org) }),
  contact: (t) => ({ hit: findContact(t) }),
  'public-records': (t) => ({ hit: find(t, PUBLIC_RECORDS) }),
  // Stockholm's "villkor för att delta": the public-records notice is its example and the legal point.
  terms: (t) => {
    const hit = find(t, PUBLIC_RECORDS);
    if (hit) return { hit };
    const removal = find(t, REMOVAL);
    return removal
      ? {
        hit: null, manualWhenMissing: true,
        note: {
          sv: `Sidan anger regler för inlägg (”${quote(t, removal)}”) men inte att inlägg blir allmän handling.`,
          en: `The page states rules for posts (“${quote(t, removal)}”) but not that posts become public records (allmän handling).`,
        },
      }
      : { hit: null };
  },
  monitoring: (t) => ({ hit: find(t, MONITORING) }),
  retention: (t) => ({ hit: find(t, RETENTION) }),
  'not-allowed': (t) => ({ hit: find(t, REMOVAL) }),
  'offensive-data': (t) => ({ hit: requireBoth(t, REMOVAL, PERSONAL_DATA) ?? requireBoth(t, PERSONAL_DATA, REMOVAL) }),
  crimes: (t) => ({ hit: requireBoth(t, REMOVAL, CRIMES) }),
  'personal-cases': (t) => ({ hit: find(t, PERSONAL_CASES) }),
  'other-matters': (t) => ({ hit: find(t, PERSONAL_CASES) }),
  purpose: (t) => ({ hit: find(t, PURPOSE) }),
  content: (t) => ({ hit: find(t, PURPOSE) }),
  'content-questions': (t) => ({ hit: find(t, QUESTIONS) ?? findContact(t) }),
  // Who writes is often in a pinned post or in the signatures, which the profile text does not show.
  writers: (t) => ({
    hit: find(t, WRITERS),
    note: { sv: 'Vem som skriver kan stå i ett fäst inlägg eller i signaturerna; kontrollera manuellt.', en: 'Who writes may be in a pinned post or in the signatures; check by hand.' },
    manualWhenMissing: true,
  }),
};

function hintCheck(item: BaseInformationItem): Check {
  const patterns = item.hints.filter((h) => h.trim()).map((h) => new RegExp(`${START}${escapeRegExp(h.trim())}`, 'iu'));
  return (t) => ({ hit: find(t, patterns) });
}

/**
 * Each base-information item of the preset: found (with a quote from the profile text), missing,
 * or manual (the text cannot show it, or could not be read).
 */
export function evaluateBaseInformation(
  profileText: string | null,
  preset: Pick<Preset, 'baseInformation'>,
  organisation: OrganisationInfo,
  _platform: Platform,
): BaseInformationResult[] {
  const text = profileText?.normalize('NFC') ?? null;
  return preset.baseInformation.map((item) => {
    const base = { id: item.id, sv: fillOrganisation(item.sv, organisation.name, 'sv'), en: fillOrganisation(item.en, organisation.name, 'en') };
    if (text === null || !text.trim()) {
      return { ...base, status: 'manual', evidence: null, note: UNREADABLE };
    }
    let outcome: ReturnType<Check>;
    try {
      outcome = (CHECKS[item.id] ?? hintCheck(item))(text, organisation);
    } catch {
      // One failing check must not stop the others.
      return { ...base, status: 'manual', evidence: null, note: CHECK_FAILED };
    }
    if (outcome.hit) return { ...base, status: 'found', evidence: quote(text, outcome.hit), note: null };
    return outcome.manualWhenMissing
      ? { ...base, status: 'manual', evidence: null, note: outcome.note ?? null }
      : { ...base, status: 'missing', evidence: null, note: null };
  });
}
