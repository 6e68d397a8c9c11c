import { stockholmDate } from '@/rules/stockholm-time';
import type { AppDB } from '@/utils/db/app-db';
import type { AccountRecord, LogEntry } from '@/utils/db/records';
import { PLATFORM_NAMES } from '@/utils/platform-name';
import { REGISTER_STRINGS } from '@/utils/ui/register-strings';
import type { Lang } from '@/utils/ui/strings';
import { byName } from './name-order';

// The twice-yearly register report (R15). Stockholm asks for "nystartade, befintliga och avslutade
// konton": each account's start and closing date, and what started or closed since the report
// before, which is the last time an editor marked the register as reported (not a print or export).

/** The latest "Markera som rapporterad", or null when the register has never been marked reported. */
export async function lastRegisterReport(database: AppDB): Promise<LogEntry | null> {
  let latest: LogEntry | null = null;
  await database.log.where('action').equals('register.reported').each((entry) => {
    if (!latest || entry.at > latest.at) latest = entry;
  });
  return latest;
}

/**
 * The Stockholm day a closed account was closed on or before: one closed before closedOn existed was
 * closed when last saved (an unreadable time keeps it listed).
 */
function closedBy(account: AccountRecord): string {
  const savedAt = Date.parse(account.at);
  return account.closedOn ?? (Number.isNaN(savedAt) ? '9999-12-31' : stockholmDate(savedAt));
}

/** The accounts a report lists: a closed account closed before the previous report was reported then, and is left out. */
export function reportedAccounts(accounts: AccountRecord[], previousAt: string | null): AccountRecord[] {
  if (!previousAt) return accounts;
  const previous = stockholmDate(Date.parse(previousAt));
  return accounts.filter((a) => a.status !== 'closed' || closedBy(a) >= previous);
}

/**
 * Started and closed since the previous report. A day is counted from the previous report's day on,
 * so nothing falls between two reports; but an account the previous report already held as started
 * or closed (in the register, or saved as closed, before it was marked) is not counted again.
 * An account with no start date given is new when it came into the register since then.
 */
export function sinceLastReport(account: AccountRecord, previousAt: string | null): { started: boolean; closed: boolean } {
  if (!previousAt) return { started: false, closed: false };
  const previousTime = Date.parse(previousAt);
  const previous = stockholmDate(previousTime);
  const registeredTime = account.registeredAt ? Date.parse(account.registeredAt) : NaN;
  const registered = Number.isNaN(registeredTime) ? null : stockholmDate(registeredTime);
  const started = account.started ?? registered;
  const inPrevious = !Number.isNaN(registeredTime) && registeredTime <= previousTime;
  // Saved as closed before the report was marked; an account closed before its time was kept was closed when last saved.
  const closedTime = Date.parse(account.closedAt ?? account.at);
  const closedInPrevious = !Number.isNaN(closedTime) && closedTime <= previousTime;
  return {
    started: Boolean(started && (started > previous || (started === previous && !inPrevious))),
    closed: account.status === 'closed' && Boolean(account.closedOn && (account.closedOn > previous || (account.closedOn === previous && !closedInPrevious))),
  };
}

/** An account registered by its handle alone (from a page that showed no link) is named by it: "@kulturhuset". */
const linkOf = (a: AccountRecord) => a.url || (a.handle ? `@${a.handle.replace(/^@/, '')}` : '');

/**
 * The report's rows, header first: name, platform, link, description and purpose, responsible,
 * editors, started, closed, status, and new or closed since the previous report.
 */
export function registerReportRows(accounts: AccountRecord[], previousAt: string | null, lang: Lang = 'sv'): string[][] {
  const t = REGISTER_STRINGS[lang];
  const rows = reportedAccounts(accounts, previousAt)
    .slice()
    .sort(byName)
    .map((a) => [
      a.name, PLATFORM_NAMES[a.platform] ?? a.platform, linkOf(a), [a.purpose, a.goals].filter(Boolean).join(' – '), a.responsible,
      a.editors.join(', '), a.started ?? '', a.status === 'closed' ? a.closedOn ?? '' : '', t.statuses[a.status], t.sinceLastReport(sinceLastReport(a, previousAt)),
    ]);
  return [[...t.reportHeader], ...rows];
}
