import { browser } from 'wxt/browser';
import { documentationDue, registerReportDue, roundDue, roundTimes } from '@/rules/monitoring';
import { getPreset } from '@/rules/presets';
import { db } from '@/utils/db/app-db';
import { swedishNonWorkingDays } from '@/utils/holidays';
import { effectivePolicy } from '@/utils/policy';
import { loadSettings } from '@/utils/settings/store';
import { stockholmClock, stockholmDate } from '@/rules/stockholm-time';
import { lastEntry } from './monitoring';
import { REMINDER_TEXT } from './reminder-text';

export const REMINDER_ALARM = 'uppsikt-reminders';
const WEEK_MS = 7 * 86_400_000;

/** Checks the monitoring rhythm every quarter of an hour, also across browser restarts. */
export async function scheduleReminders(): Promise<void> {
  if (!(await browser.alarms.get(REMINDER_ALARM))) await browser.alarms.create(REMINDER_ALARM, { periodInMinutes: 15, delayInMinutes: 1 });
}

interface Notified { round?: string; documentation?: Record<string, number>; report?: string }

async function notify(id: string, title: string, message: string): Promise<void> {
  await browser.notifications.create(id, { type: 'basic', iconUrl: browser.runtime.getURL('/icon/128.png'), title, message });
}

/** Reminds of a due monitoring round (R2), half-year documentation (R13) and the register report (R15). */
export async function checkReminders(now = new Date()): Promise<void> {
  const { settings } = await loadSettings();
  const policy = effectivePolicy(settings);
  const preset = getPreset(policy.presetId);
  const t = REMINDER_TEXT[settings.language];
  const holidays = new Set(swedishNonWorkingDays([now.getFullYear()]));
  const stored = (await browser.storage.local.get('reminders')).reminders as Notified | undefined;
  const notified: Notified = stored ?? {};

  const rounds = await db().log.where('action').equals('monitoring-round').toArray();
  const lastRound = rounds.reduce<string | null>((latest, e) => (!latest || e.at > latest ? e.at : latest), null);
  // The round this reminder is for, by Stockholm's clock (the machine's zone may differ): one reminder per round.
  const clock = stockholmClock(now.getTime());
  const slot = `${stockholmDate(now.getTime())} ${roundTimes(policy.monitoringRounds, policy.office).filter((time) => time <= clock).at(-1) ?? ''}`;
  if (roundDue(lastRound ? new Date(lastRound) : null, now, policy.monitoringRounds, policy.office, holidays) && notified.round !== slot) {
    notified.round = slot;
    await notify('uppsikt-round', t.roundTitle, t.round(preset.name, policy.monitoringRounds));
  }

  const accounts = await db().accounts.where('platform').anyOf('facebook', 'instagram', 'x').filter((a) => a.status === 'active').toArray();
  notified.documentation ??= {};
  for (const account of accounts) {
    const last = await lastEntry(account.key, 'account.documented');
    const lastNotice = notified.documentation[account.key] ?? 0;
    if (documentationDue(last ? new Date(last.at) : null, now, preset.documentationIntervalMonths) && now.getTime() - lastNotice > WEEK_MS) {
      notified.documentation[account.key] = now.getTime();
      await notify(`uppsikt-doc-${account.id}`, t.documentationTitle, t.documentation(account.name, account.platform));
    }
  }

  const reports = await db().log.where('action').equals('register.reported').toArray();
  const lastReport = reports.reduce<string | null>((latest, e) => (!latest || e.at > latest ? e.at : latest), null);
  const month = stockholmDate(now.getTime()).slice(0, 7);
  if (registerReportDue(now, preset.registerReportMonths, lastReport ? new Date(lastReport) : null) && notified.report !== month) {
    notified.report = month;
    await notify('uppsikt-register', t.reportTitle, t.report);
  }
  await browser.storage.local.set({ reminders: notified });
}
