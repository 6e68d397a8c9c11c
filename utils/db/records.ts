import type { Category } from '@/rules/categories';
import type { AuthorRef, Platform } from '@/rules/snapshot';

// Records in IndexedDB. Every id is a UUID (records will be shared between the editors of an
// account), and every write says who and when.

export interface Who {
  /** Editor's name as set in the options ("Anna Berg, kommunikatör"). */
  by: string;
  /** ISO 8601. */
  at: string;
}

export type LogAction =
  | 'finding.flagged'
  | 'answered'
  | 'removed'
  | 'documented'
  | 'delivery.queued'
  | 'delivery.sent'
  | 'delivery.saved'
  | 'delivery.failed'
  | 'delivery.confirmed'
  | 'case-handling'
  | 'police-report.considered'
  | 'police-report.made'
  | 'false-alarm'
  | 'monitoring-round'
  | 'checklist.saved'
  | 'consent.registered'
  | 'consent.withdrawn'
  | 'layout.unrecognised'
  | 'retention.purged'
  | 'settings.changed'
  | 'account.registered'
  | 'account.closed'
  | 'account.changed'
  | 'account.documented'
  | 'register.reported'
  | 'decision.withdrawn'
  | 'note';

/** Append-only: corrections are new entries. */
export interface LogEntry extends Who {
  id: string;
  action: LogAction;
  platform: Platform | null;
  /** Profile key of the account (see rules/thread-status profileKey). */
  account: string | null;
  pageUrl: string | null;
  commentId: string | null;
  categories: Category[];
  /** Free text: the reason, the case number, the error. */
  detail: string;
  /** Small structured extras (e.g. registration number). */
  data?: Record<string, string | number | boolean | null>;
}

export interface EvidenceRecord extends Who {
  id: string;
  platform: Platform;
  account: string | null;
  pageUrl: string;
  commentId: string;
  commentUrl: string | null;
  author: AuthorRef;
  text: string;
  postedAt: string | null;
  categories: Category[];
  rules: string[];
  /** The record as JSON exactly as hashed. */
  recordJson: string;
  recordSha256: string;
  /** PNG bytes of the capture. */
  image: Uint8Array | null;
  imageSha256: string | null;
  /** Registration number the registrar returned, once delivered. */
  registrationNumber: string | null;
  /**
   * What kind of documentation: one comment, the account's pages (half-year / closing, R13–R14), or a
   * supplement saying what was done with a documented comment (removed, police report; no image, no text).
   */
  kind: 'comment' | 'account' | 'supplement';
}

/**
 * queued/sending: on its way. sent: with the registrar, by an HTTP receipt or the editor's word.
 * saved: an .eml draft or a ZIP in Downloads, waiting for the editor to send it and say so.
 * failed: needs the editor or the settings. blocked: the browser has not granted the registrar's address.
 */
export type OutboxState = 'queued' | 'sending' | 'sent' | 'failed' | 'saved' | 'blocked';

export interface OutboxItem extends Who {
  id: string;
  evidenceId: string;
  transport: 'email' | 'http' | 'download';
  state: OutboxState;
  attempts: number;
  /** Epoch ms of the next try (indexed, so the retry alarm finds due items). */
  nextAttemptAt: number;
  lastError: string | null;
  /** What the last delivery handed over, for the side panel ("E-postutkast sparat", "Diarienummer KS 2026/12"). */
  receipt: string | null;
  /** The comment it documents, so the side panel can show its state next to the item. */
  commentKey: string | null;
  /** Sent with the delivery so the receiver can drop duplicates. */
  idempotencyKey: string;
  /** The editor who said a file delivery reached the registrar, and when (ISO). */
  confirmedBy?: string;
  confirmedAt?: string;
  /** The failure last logged ("state|reason"): a retry failing the same way is not logged again. */
  failureLogged?: string | null;
  /** Came with a backup not yet delivered: sent only when the editor says so, not when the settings change. */
  heldBack?: boolean;
}

export interface AccountRecord extends Who {
  id: string;
  name: string;
  platform: Platform;
  url: string;
  /** profileKey(url), for lookups. */
  key: string;
  handle: string | null;
  purpose: string;
  goals: string;
  targetGroups: string;
  responsible: string;
  editors: string[];
  substitute: string;
  started: string | null;
  status: 'active' | 'paused' | 'closed';
  /** The Stockholm date (YYYY-MM-DD) the status became closed (R14); absent while the account is open. */
  closedOn?: string;
  /** When it was saved as closed (ISO time): whether a report marked that same day already held it as closed. */
  closedAt?: string;
  /** Why the account was closed without its documentation with the registrar (R14), when the policy asks for it; absent while open. */
  closingNote?: string;
  /** Set by the IT department's policy: the fields it gives are shown locked. */
  managed?: boolean;
  /** Which fields the policy gave (see utils/accounts/managed-fields); status, start date and goals stay the editors'. */
  managedFields?: Array<'name' | 'platform' | 'url' | 'handle' | 'purpose' | 'responsible' | 'editors' | 'substitute'>;
  /** The keys the account had before its link changed (a renamed page): its history in the log is under them. */
  formerKeys?: string[];
  /** When the account came into the register (ISO time); absent for accounts registered before it was kept. */
  registeredAt?: string;
}

/**
 * Where a person in published material stands (R12):
 * - informed: information sent under the legal basis public interest; there is nothing to wait for;
 * - asked: consent asked, no answer yet;
 * - given / refused: the answer, by the person or, for a minor, the guardian;
 * - withdrawn: a consent (or the publication after information) taken back.
 */
export type ConsentState = 'informed' | 'asked' | 'given' | 'refused' | 'withdrawn';

/** What was sent: the information text (public interest) or a consent request. */
export type ConsentKind = 'information' | 'request';

export interface ConsentRecord extends Who {
  id: string;
  person: string;
  contact: string;
  account: string | null;
  material: string;
  /** When the information or the consent request was sent. */
  sentAt: string;
  withdrawnAt: string | null;
  // Added in schema version 4 (records from before get a state there). Optional: a backup from an
  // older version lacks them; read the state with consentState() (utils/consents/state).
  kind?: ConsentKind;
  state?: ConsentState;
  /** The person is under 18: the consent is the guardian's. */
  minor?: boolean;
  /** The guardian's name, for a minor. */
  guardian?: string;
  /** Who answered a request: the person or the guardian. */
  answeredBy?: 'person' | 'guardian' | null;
  /** The day the answer came (YYYY-MM-DD). */
  answeredAt?: string | null;
}

export interface ChecklistResult extends Who {
  id: string;
  account: string;
  kind: 'base-information' | 'signature' | 'half-year';
  presetId: string;
  items: Array<{ id: string; state: 'found' | 'missing' | 'confirmed'; evidence: string | null }>;
}

/** Comments the editor marked as false alarms: not flagged again. Added in schema version 2. */
export interface IgnoredComment extends Who {
  id: string;
  /** platform + ':' + comment id */
  commentKey: string;
  reason: string;
}

/** How the editor handled a comment outside its thread: it waits for no reply on the page. */
export type HandledHow = 'answered' | 'case-handling';

/**
 * Comments the editor handled elsewhere (answered by phone, e-mail or in a private message, or
 * moved to case handling: R1 "answer or forward"): no longer unanswered. Added in schema version 3.
 */
export interface HandledComment extends Who {
  id: string;
  /** platform + ':' + comment id */
  commentKey: string;
  how: HandledHow;
  detail: string;
}
