import { defineExtensionMessaging } from '@webext-core/messaging';
import type { AuthorRef, Platform } from '@/rules/snapshot';
import type { OfficeHours } from '@/rules/office-hours';
import type { Finding } from '@/rules/types';
import type { Category, RecommendedAction } from '@/rules/categories';
import type { AccountRecord, LogAction, LogEntry } from './db/records';
import type { ConsentInput, RegisterOutcome, WithdrawOutcome } from './consents/register';
import type { ChecklistToSave, SaveOutcome } from './checklists/results';
import type { ImportReport } from './log/backup';
import type { BackupHead, BackupPart } from './log/backup-parts';
import type { RetentionCounts } from './log/retention';
import type { PageReport } from './report';
import type { ReportPart } from './report-delta';
import type { CapturedComment } from './evidence/record';
import type { SupplementOutcome } from './evidence/supplement-record';
import type { DeliveryConfirmation } from './registrar/confirm-delivery';
import type { ExpandedOutcome } from './page/site-expanders';

/** Expected failures cross the boundary as values, never as thrown errors. */
export type Result<T extends object = object> = ({ ok: true } & T) | { ok: false; reason: string };

/** What a content script needs to decide about its page; the background answers from settings and the register. */
export interface PageContext {
  account: AuthorRef | null;
  accountSource: 'editor' | 'register' | 'page' | 'none';
  highlight: boolean;
  presetId: string;
  /** The organisation's departures from the preset's action per category. */
  actionOverrides: Partial<Record<Category, RecommendedAction>>;
  responseHours: number;
  office: OfficeHours;
  /** Non-working days "YYYY-MM-DD" for this year and the last. */
  holidays: string[];
  /** Comment keys the editor marked as false alarms. */
  ignored: string[];
  /** Comment keys the editor handled outside their thread (answered elsewhere, moved to case handling). */
  handled: string[];
  /** Of those, the ones moved to case handling: what asked for the move no longer does. */
  movedToCase: string[];
  own: { emails: string[]; phones: string[]; addresses: string[]; websites: string[] };
  language: 'sv' | 'en';
  /** The editor's signature in the preset's format, for the reply box (R3); null when none applies. */
  signature: string | null;
  /** The false alarms and handled comments could not be read: the comments they settle may show as flagged. */
  decisionsUnread?: boolean;
  /** Per comment id, what is already done to it (documented, removed, the police decision), in words: the badge says it. */
  steps?: Record<string, string[]>;
}

export interface LogInput {
  action: LogAction;
  platform?: Platform | null;
  account?: string | null;
  pageUrl?: string | null;
  commentId?: string | null;
  categories?: string[];
  detail?: string;
  data?: Record<string, string | number | boolean | null>;
}

/** An editor's decision about a comment that changes how it is judged. */
export type CommentDecision = 'false-alarm' | 'handled';

/** Taking a decision back; account and page say where, for the log. */
export interface DecisionToWithdraw {
  platform: Platform;
  commentId: string;
  decision: CommentDecision;
  account: string | null;
  pageUrl: string | null;
}

/** The account a page shows, for the register. */
export interface AccountToRegister {
  platform: Platform;
  account: AuthorRef;
  pageUrl: string;
}

interface ProtocolMap {
  // content script → background
  getPageContext(request: { platform: Platform; url: string; pageOwner: AuthorRef | null }): PageContext;
  /**
   * A part of the page's report, or of what changed in it (utils/report-delta). The answer counts the
   * items once the last part is in, or asks for the whole report when the background lacks the base.
   */
  reportPage(part: ReportPart): Result<{ needsAction: number | null; needsWhole?: boolean }>;
  /** Runs the rules on comment texts (in the background, off the page's main thread). */
  analyzeTexts(request: { presetId: string; texts: Array<{ id: string; text: string }> }): Result<{ findings: Finding[][] }>;
  // any extension context → background
  /** A removal or police decision says what became of its supplement to the registrator. */
  logAction(input: LogInput): Result<{ entry: LogEntry; supplement?: SupplementOutcome }>;
  withdrawDecision(request: DecisionToWithdraw): Result;
  getPageReport(tabId: number): PageReport | null;
  /** Why the tab's last report was refused; null when it was taken. */
  getReportRefusal(tabId: number): string | null;
  documentComment(request: { tabId: number; commentId: string | null }): Result<{ evidenceId: string }>;
  documentAccount(request: { tabId: number; reason: 'half-year' | 'closing' }): Result<{ evidenceId: string }>;
  retryDelivery(outboxId: string): Result;
  /** One delivery as an .eml draft or a ZIP in Downloads, whatever the settings say. */
  saveDeliveryAsFile(request: { outboxId: string; transport: 'email' | 'download' }): Result;
  /** The editor's word that documentation reached the registrar, with the diarienummer if given. */
  confirmDelivery(request: DeliveryConfirmation): Result;
  openChecklists(tabId: number): Result;
  /** "This page's account is actually …": an empty input takes the correction back. */
  correctAccount(request: { tabId: number; input: string }): Result;
  /** The side panel showed an account's page to the editor: log a monitoring round (at most one per half hour). */
  recordMonitoringRound(tabId: number): void;
  /** Sweden's non-working days ("YYYY-MM-DD") of the given years: the holiday calendar stays in the background. */
  nonWorkingDays(years: number[]): string[];
  // extension pages → background: the background alone writes the database (refused from content scripts)
  addAccountToRegister(request: AccountToRegister): Result<{ account: AccountRecord }>;
  saveRegisterEntry(account: AccountRecord): Result;
  registerConsent(input: ConsentInput): RegisterOutcome;
  withdrawConsent(id: string): WithdrawOutcome;
  saveChecklist(input: ChecklistToSave): SaveOutcome;
  /** A backup's import in parts (utils/log/backup-parts): its head, its records a few MB at a time, then the one write. */
  importBackupBegin(head: BackupHead): Result<{ importId: string }>;
  importBackupPart(part: BackupPart): Result;
  importBackupCommit(importId: string): Result<{ report: ImportReport }>;
  importBackupAbort(importId: string): Result;
  /** Gallring by hand, with the retention period (days) the editor was shown. */
  purgeLog(days: number): Result<{ counts: RetentionCounts; entry: LogEntry }>;
  // background → extension pages
  pageReportChanged(tabId: number): void;
  // side panel → content script (sent to a tab)
  revealComment(commentId: string): Result;
  /** Clicks the site's own "show more replies" buttons, at a human pace. */
  expandReplies(): Result<ExpandedOutcome>;
  /** Has the page load the comments it does not show yet ("Visa fler kommentarer"), clicking its own buttons. */
  expandComments(): Result<ExpandedOutcome>;
  /** How many shortened comments the page has, and how many of them were opened. */
  expandShortened(): Result<{ clicked: number; shortened: number }>;
  /** Settings or the ignore list changed: fetch the page context again and rescan. */
  refreshPage(request: { reanalyse: boolean }): void;
  /** A short message shown on the page (after a context-menu or keyboard documentation). */
  showNotice(message: string): void;
  /** Scrolls the comment (or, for null, the one the editor last pointed at) into view, marks it, and reads it. */
  prepareCapture(commentId: string | null): Result<{ captured: CapturedComment }>;
}

export const { sendMessage, onMessage, removeAllListeners } = defineExtensionMessaging<ProtocolMap>();
