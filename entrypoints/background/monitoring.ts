import Dexie from 'dexie';
import { db } from '@/utils/db/app-db';
import type { PageReport } from '@/utils/report';
import { registeredEntry } from '@/utils/accounts/registered';
import type { AccountRecord } from '@/utils/db/records';
import { appendLog } from './log';

/** One round per account per half hour: reopening the panel does not count as a new round. */
const ROUND_GAP_MS = 30 * 60_000;

/** Latest log entry of an action for one account, through the [account+at] index. */
export async function lastEntry(account: string, action: string) {
  return db().log.where('[account+at]').between([account, Dexie.minKey], [account, Dexie.maxKey])
    .reverse().filter((e) => e.action === action).first();
}

/**
 * What a round found waiting. Unanswered counts every comment that waits for a reply, also a threat
 * that asks something (listed under "Åtgärda nu"), so the overdue ones are always among them: a log
 * line said "2 obesvarade (3 försenade)".
 */
export function roundFindings(report: Pick<PageReport, 'items'>): { unanswered: number; overdue: number; actNow: number; detail: string } {
  // "Kanske obesvarad" (replies hidden) waits too, as in the side panel's group.
  const waiting = report.items.filter((i) => i.status === 'unanswered' || i.status === 'unknown');
  const unanswered = waiting.length;
  const overdue = waiting.filter((i) => i.due === 'overdue').length;
  const actNow = report.items.filter((i) => i.group === 'act-now').length;
  const detail = `${unanswered} ${unanswered === 1 ? 'obesvarad' : 'obesvarade'} (${overdue} ${overdue === 1 ? 'försenad' : 'försenade'}), ${actNow} att åtgärda nu`;
  return { unanswered, overdue, actNow, detail };
}

/** The register's entry for the page's account (rounds and documentation). */
export const registered = (report: Pick<PageReport, 'platform' | 'account'>): Promise<AccountRecord | undefined> => registeredEntry(db(), report);

/**
 * The editor has looked over a registered account's page in the side panel: that is a monitoring
 * round (R2), logged under the register's key with what was waiting, so the overview and the
 * reminders can tell per account. Any other page (a private profile, a page not in the register,
 * a closed account) is no round: it would otherwise count as watching the organisation's accounts.
 */
export function recordMonitoringRound(report: PageReport): Promise<void> {
  // One at a time: two looks in the same moment (a report and the panel's return) would both find no round yet.
  const turn = rounds.then(() => recordRound(report));
  rounds = turn.catch(() => undefined);
  return turn;
}

let rounds: Promise<unknown> = Promise.resolve();

async function recordRound(report: PageReport): Promise<void> {
  const account = await registered(report);
  // A closed account is no longer watched (R14): looking at its page is no round.
  if (!account || account.status === 'closed') return;
  const { key } = account;
  const last = await lastEntry(key, 'monitoring-round');
  if (last && Date.now() - Date.parse(last.at) < ROUND_GAP_MS) return;
  const { detail, ...counts } = roundFindings(report);
  await appendLog({ action: 'monitoring-round', platform: report.platform, account: key, pageUrl: report.url, detail, data: counts });
}
