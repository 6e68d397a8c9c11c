import { browser } from 'wxt/browser';
import { documentationDue, latestRound, missedRound, registerReportDue } from '@/rules/monitoring';
import { inOfficeHours } from '@/rules/office-hours';
import { getPreset } from '@/rules/presets';
import { db } from '@/utils/db/app-db';
import type { AccountRecord } from '@/utils/db/records';
import { latestEntries } from '@/utils/accounts/latest-entries';
import { accountDocumentation } from '@/utils/accounts/documentation-state';
import { lastRegisterReport } from '@/utils/accounts/register-report';
import { swedishNonWorkingDays } from '@/utils/holidays';
import { PLATFORM_NAMES } from '@/utils/platform-name';
import { effectivePolicy } from '@/utils/policy';
import { loadSettings } from '@/utils/settings/store';
import { stockholmDate } from '@/rules/stockholm-time';
import { REMINDER_TEXT } from './reminder-text';
import { byName } from '@/utils/accounts/name-order';
import { accountKeys, newest } from '@/utils/accounts/keys';

export const REMINDER_ALARM = 'uppsikt-reminders';
const WEEK_MS = 7 * 86_400_000;

/** Checks the monitoring rhythm every quarter of an hour, also across browser restarts. */
export async function scheduleReminders(): Promise<void> {
  if (!(await browser.alarms.get(REMINDER_ALARM))) await browser.alarms.create(REMINDER_ALARM, { periodInMinutes: 15, delayInMinutes: 1 });
}

/** What was last reminded of: the round ("date time"), the documentation summary (when), the report (month). */
interface Notified { round?: string; documentationAt?: number; report?: string }

async function notify(id: string, title: string, message: string): Promise<void> {
  await browser.notifications.create(id, { type: 'basic', iconUrl: browser.runtime.getURL('/icon/128.png'), title, message });
}

const nameOf = (account: AccountRecord) => `${account.name} (${PLATFORM_NAMES[account.platform] ?? account.platform})`;

/**
 * Reminds of a missed monitoring round (R2, R19), half-year documentation (R13) and the register
 * report (R15): only in office hours on working days, and one summary notification per kind (the
 * click opens the overview), not one per account.
 */
export async function checkReminders(now = new Date()): Promise<void> {
  const { settings } = await loadSettings();
  const policy = effectivePolicy(settings);
  const holidays = new Set(swedishNonWorkingDays([Number(stockholmDate(now.getTime()).slice(0, 4))]));
  if (!inOfficeHours(now, policy.office, holidays)) return;
  const preset = getPreset(policy.presetId);
  const t = REMINDER_TEXT[settings.language];
  const notified: Notified = ((await browser.storage.local.get('reminders')).reminders as Notified | undefined) ?? {};

  const accounts = (await db().accounts.where('platform').anyOf('facebook', 'instagram', 'x').filter((a) => a.status !== 'closed').toArray())
    .sort(byName);
  const latest = await latestEntries(db(), ['monitoring-round'], accounts.flatMap(accountKeys));
  const lastOf = (account: AccountRecord) => newest(accountKeys(account).map((key) => latest.get('monitoring-round')!.get(key)));

  // Each registered account must have been watched since the round: a round on one page is not a round on all.
  const round = latestRound(now, policy.monitoringRounds, policy.office, holidays);
  const slot = round && `${round.date} ${round.time}`;
  if (round && slot && notified.round !== slot) {
    const missed = accounts.filter((a) => missedRound(lastOf(a)?.at, round));
    notified.round = slot;
    if (missed.length) await notify('uppsikt-round', t.roundTitle, t.round(missed.map(nameOf), accounts.length, round.from, preset.name, policy.monitoringRounds));
  }

  // Documentation counts once it is on its way to the registrar: one that failed or is blocked does not.
  const documentation = await accountDocumentation(db());
  const undocumented = accounts.filter((a) => {
    const last = newest(accountKeys(a).map((key) => documentation.get(key)?.done));
    return documentationDue(last ? new Date(last.at) : null, now, preset.documentationIntervalMonths);
  });
  if (undocumented.length && now.getTime() - (notified.documentationAt ?? 0) > WEEK_MS) {
    notified.documentationAt = now.getTime();
    const undelivered = undocumented.filter((a) => accountKeys(a).some((key) => documentation.get(key)?.undelivered)).length;
    await notify('uppsikt-documentation', t.documentationTitle, t.documentation(undocumented.map(nameOf), undelivered));
  }

  // Only "Markera som rapporterad" silences it: a print dialog opened or a file exported may never have been sent.
  const lastReport = (await lastRegisterReport(db()))?.at;
  const month = stockholmDate(now.getTime()).slice(0, 7);
  if (registerReportDue(now, preset.registerReportMonths, lastReport ? new Date(lastReport) : null) && notified.report !== month) {
    notified.report = month;
    await notify('uppsikt-register', t.reportTitle, t.report);
  }
  await browser.storage.local.set({ reminders: notified });
}
