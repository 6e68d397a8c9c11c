import type { AuthorRef, Platform } from '@/rules/snapshot';
import type { EvidenceRecord, LogEntry } from '@/utils/db/records';
import { PLATFORM_NAMES } from '@/utils/platform-name';
import { inSwedishTime, swedishDateTime } from '@/utils/log/time';
import { isolatedWhereNeeded } from './isolate';
import { oneLine } from './quoted';
import { RECORD_FILE, type EvidenceDocument } from './record';

// What the editor did with a documented comment after it reached the registrator (R7, R8): removed it
// from the account, reported it to the police, or decided not to. The documentation was made before
// and cannot say so; without a supplement (komplettering) the decision lived only in the local log,
// which is gallrad. The supplement names the record it completes and repeats none of the comment.

/** The decisions that complete a comment's documentation. */
export const SUPPLEMENTED_ACTIONS = ['removed', 'police-report.made', 'police-report.considered'] as const;
export type SupplementedAction = (typeof SUPPLEMENTED_ACTIONS)[number];

export const isSupplemented = (action: string): action is SupplementedAction => (SUPPLEMENTED_ACTIONS as readonly string[]).includes(action);

/** What became of the supplement to a logged decision: none was due, one is on its way (its record's id), or why not. */
export type SupplementOutcome = 'none' | { queued: string } | { failed: string };

/** Schema 1 is only ever extended, as the comment's record is. */
export interface SupplementDocument {
  schema: 'uppsikt.supplement/1';
  id: string;
  /** The documentation it completes: its record's id and time, and its diarienummer once the registrator gave one. */
  supplements: { id: string; capturedAt: string; registrationNumber: string | null };
  decision: SupplementedAction;
  /** The editor's words logged with the decision ("Borttagen innan dokumentationen nått registrator"), or ''. */
  note: string;
  /** The earlier supplement whose police decision this one changes. */
  changes: { id: string; decidedAt: string; decision: SupplementedAction } | null;
  platform: Platform;
  /** No page or comment address: on X they name the writer ("x.com/<handle>/status/…"); the documentation has them. */
  account: AuthorRef | null;
  organisation: { name: string; department: string } | null;
  policy: { id: string; name: string } | null;
  editor: string;
  decidedAt: string;
  extensionVersion: string;
}

/** What was done, as the record says it. */
const DECISION_WORDS: Record<SupplementedAction, string> = {
  removed: 'Kommentaren har tagits bort från kontot.',
  'police-report.made': 'Kommentaren har polisanmälts.',
  'police-report.considered': 'En polisanmälan har övervägts; ingen anmälan görs.',
};

/** The subject's broad kind: like the documentation's, it names no writer and nothing about them. */
const SUBJECT_WORDS: Record<SupplementedAction, string> = {
  removed: 'borttagen',
  'police-report.made': 'beslut om polisanmälan',
  'police-report.considered': 'beslut om polisanmälan',
};

/** The decisions in the words of a short line ("polisanmäld"), for a changed decision's reference. */
const DECIDED: Record<SupplementedAction, string> = {
  removed: 'borttagen', 'police-report.made': 'polisanmäld', 'police-report.considered': 'polisanmälan övervägd, ingen anmälan',
};

export function buildSupplement(input: {
  id: string; original: EvidenceRecord; decision: LogEntry & { action: SupplementedAction }; extensionVersion: string;
  /** The comment's latest supplement with a police decision, when this one is a police decision too. */
  changes?: SupplementDocument | null;
}): SupplementDocument {
  const { original, decision, changes } = input;
  const doc = JSON.parse(original.recordJson) as EvidenceDocument;
  return {
    schema: 'uppsikt.supplement/1', id: input.id,
    supplements: { id: original.id, capturedAt: original.at, registrationNumber: original.registrationNumber },
    decision: decision.action, note: decision.detail,
    changes: changes ? { id: changes.id, decidedAt: changes.decidedAt, decision: changes.decision } : null,
    platform: original.platform, account: doc.account,
    organisation: doc.organisation ?? null, policy: doc.policy ? { id: doc.policy.id, name: doc.policy.name } : null,
    editor: decision.by, decidedAt: decision.at, extensionVersion: input.extensionVersion,
  };
}

/** The supplement with the diarienummer its documentation has been given since it was made (it goes after it). */
export function withRegistrationNumber(doc: SupplementDocument, registrationNumber: string): SupplementDocument {
  return { ...doc, supplements: { ...doc.supplements, registrationNumber } };
}

/** A decision in a record's few words ("polisanmäld"). */
export const decidedWords = (action: SupplementedAction): string => DECIDED[action];

const DECIDED_EN: Record<SupplementedAction, string> = {
  removed: 'removed', 'police-report.made': 'reported to the police', 'police-report.considered': 'police report considered, not made',
};

/** What a supplement says was done, for a list of deliveries ("borttagen", "polisanmäld"). */
export function supplementDecisionWords(recordJson: string, lang: 'sv' | 'en'): string {
  try {
    const decision = (JSON.parse(recordJson) as Partial<SupplementDocument>).decision;
    if (!decision || !(decision in DECIDED)) return '';
    return (lang === 'en' ? DECIDED_EN : DECIDED)[decision];
  } catch {
    return '';
  }
}

function accountName(doc: SupplementDocument): string {
  return isolatedWhereNeeded(oneLine(doc.account?.name || doc.account?.handle || PLATFORM_NAMES[doc.platform]));
}

/** "KS 2026/0001" when the registrator gave one, else the record's first characters, which its subject ends with. */
function documentationRef(doc: SupplementDocument): string {
  const number = doc.supplements.registrationNumber;
  return number ? oneLine(number) : `handling ${doc.supplements.id.slice(0, 8)}`;
}

/** "Komplettering till KS 2026/0001 – Sjöviks kommun (Facebook) 2026-12-07 14:03 – borttagen (3c9a1f20)". */
export function supplementSubject(doc: SupplementDocument): string {
  const what = `${doc.changes ? 'ändrat ' : ''}${SUBJECT_WORDS[doc.decision]}`;
  return `Komplettering till ${documentationRef(doc)} – ${accountName(doc)} (${PLATFORM_NAMES[doc.platform]}) ${swedishDateTime(doc.decidedAt)} – ${what} (${doc.id.slice(0, 8)})`;
}

export function supplementLines(doc: SupplementDocument, recordSha256: string): string[] {
  const { supplements } = doc;
  const organisation = doc.organisation && [doc.organisation.name, doc.organisation.department].filter(Boolean).join(', ');
  return [
    'Komplettering till dokumentation av en kommentar i sociala medier, för registrering som allmän handling.',
    '',
    `Kompletterar: dokumentationen ${supplements.id} från ${inSwedishTime(supplements.capturedAt)}${supplements.registrationNumber ? `, diarienummer ${oneLine(supplements.registrationNumber)}` : ' (inget diarienummer mottaget när kompletteringen gjordes)'}`,
    `Åtgärd: ${DECISION_WORDS[doc.decision]}`,
    ...(doc.changes ? [`Ändrar beslutet i kompletteringen ${doc.changes.id} från ${inSwedishTime(doc.changes.decidedAt)} (${DECIDED[doc.changes.decision]}).`] : []),
    ...(doc.note ? [`Redaktörens anteckning: ${isolatedWhereNeeded(oneLine(doc.note))}`] : []),
    ...(doc.organisation ? [`Organisation: ${organisation || '–'}`] : []),
    `Konto: ${accountName(doc)}${doc.account?.url ? ` (${oneLine(doc.account.url)})` : ''}`,
    `Plattform: ${PLATFORM_NAMES[doc.platform]}`,
    ...(doc.policy ? [`Policy: ${doc.policy.name}`] : []),
    `Beslutat av: ${oneLine(doc.editor)}`,
    `Beslutat: ${inSwedishTime(doc.decidedAt)}`,
    `Version av Uppsikt: ${doc.extensionVersion}`,
    `SHA-256 för ${RECORD_FILE}: ${recordSha256}`,
    '',
    'Kommentarens text, skribent, adress och skärmbild finns i dokumentationen den kompletterar; de upprepas inte här.',
  ];
}
