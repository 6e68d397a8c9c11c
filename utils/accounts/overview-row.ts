import type { Preset } from '@/rules/presets';
import { documentationDue, missedRound, type Round } from '@/rules/monitoring';
import type { AccountRecord, ChecklistResult, LogEntry } from '@/utils/db/records';
import { checklistSummary, type ChecklistSummary } from '@/utils/checklists/results';
import { accountWarnings } from '@/utils/accounts/register';
import type { Lang } from '@/utils/ui/strings';

/** One account of the overview with what the log says of it. */
export interface OverviewRow {
  account: AccountRecord;
  lastRound: LogEntry | undefined;
  /** The latest documentation on its way to the registrar (or there), and a later one that failed or is blocked. */
  lastDocumented: LogEntry | undefined;
  undelivered: LogEntry | undefined;
  lastBaseCheck: ChecklistResult | undefined;
}

/** What is due for one account: the cells' markings and the "Att åtgärda" filter read the same decisions. */
export interface RowState {
  closed: boolean;
  roundMissed: boolean;
  documentationDue: boolean;
  /** The base information was never checked, was checked against another policy, or lacked items (R9). */
  baseDue: boolean;
  /** The last check's result, when it was made under the current policy. */
  base: ChecklistSummary | null;
  /** A check made under another policy, whose items were not these: it must be made again. */
  otherPolicy: ChecklistResult | null;
  warnings: string[];
  needsAction: boolean;
}

export interface RowContext {
  preset: Preset;
  /** The day's latest round; null before the first round or before the holidays are known. */
  round: Round | null;
  now: Date;
  lang: Lang;
}

/**
 * Rounds, documentation and base information are asked of every open account (as the reminders do): a paused one
 * still gets comments, and the duty to watch over them stays; a closed one owes nothing.
 */
export function rowState({ account, lastRound, lastDocumented, undelivered, lastBaseCheck }: OverviewRow, { preset, round, now, lang }: RowContext): RowState {
  const closed = account.status === 'closed';
  const roundMissed = !closed && round ? missedRound(lastRound?.at, round) : false;
  const docDue = !closed && documentationDue(lastDocumented ? new Date(lastDocumented.at) : null, now, preset.documentationIntervalMonths);
  const warnings = closed ? [] : accountWarnings(account, preset, lang);
  const otherPolicy = lastBaseCheck && lastBaseCheck.presetId !== preset.id ? lastBaseCheck : null;
  const base = lastBaseCheck && !otherPolicy ? checklistSummary(lastBaseCheck) : null;
  const baseDue = !closed && !base?.complete;
  return {
    closed, roundMissed, documentationDue: docDue, baseDue, base, otherPolicy, warnings,
    // Documentation that has not reached the registrar is owed by a closed account too: it may be the closing's own (R14).
    needsAction: roundMissed || docDue || baseDue || warnings.length > 0 || undelivered !== undefined,
  };
}
