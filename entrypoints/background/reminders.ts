import { browser } from 'wxt/browser';
import { documentationDue, registerReportDue, roundDue, roundTimes } from '@/rules/monitoring';
import { getPreset } from '@/rules/presets';
import { db } from '@/utils/db/app-db';
import { swedishNonWorkingDays } from '@/utils/holidays';
import { effectivePolicy } from '@/utils/policy';
import { loadSettings } from '@/utils/settings/store';
import { lastEntry } from './monitoring';

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
  const holidays = new Set(swedishNonWorkingDays([now.getFullYear()]));
  const stored = (await browser.storage.local.get('reminders')).reminders as Notified | undefined;
  const notified: Notified = stored ?? {};

  const rounds = await db().log.where('action').equals('monitoring-round').toArray();
  const lastRound = rounds.reduce<string | null>((latest, e) => (!latest || e.at > latest ? e.at : latest), null);
  const slot = `${now.toISOString().slice(0, 10)} ${roundTimes(policy.monitoringRounds, policy.office).filter((t) => t <= now.toTimeString().slice(0, 5)).at(-1) ?? ''}`;
  if (roundDue(lastRound ? new Date(lastRound) : null, now, policy.monitoringRounds, policy.office, holidays) && notified.round !== slot) {
    notified.round = slot;
    await notify('uppsikt-round', 'Dags för bevakningsrunda',
      `${preset.name}: ${policy.monitoringRounds} rundor om dagen i kontorstid. Gå igenom kontona och öppna Uppsikts sidopanel på varje.`);
  }

  const accounts = await db().accounts.where('platform').anyOf('facebook', 'instagram', 'x').filter((a) => a.status === 'active').toArray();
  notified.documentation ??= {};
  for (const account of accounts) {
    const last = await lastEntry(account.key, 'account.documented');
    const lastNotice = notified.documentation[account.key] ?? 0;
    if (documentationDue(last ? new Date(last.at) : null, now, preset.documentationIntervalMonths) && now.getTime() - lastNotice > WEEK_MS) {
      notified.documentation[account.key] = now.getTime();
      await notify(`uppsikt-doc-${account.id}`, 'Dokumentera kontot',
        `${account.name} (${account.platform}) har inte dokumenterats det senaste halvåret. Öppna kontots startsida och välj "Dokumentera kontot" i sidopanelen.`);
    }
  }

  const reports = await db().log.where('action').equals('register.reported').toArray();
  const lastReport = reports.reduce<string | null>((latest, e) => (!latest || e.at > latest ? e.at : latest), null);
  const month = now.toISOString().slice(0, 7);
  if (registerReportDue(now, preset.registerReportMonths, lastReport ? new Date(lastReport) : null) && notified.report !== month) {
    notified.report = month;
    await notify('uppsikt-register', 'Rapportera kontoregistret',
      'Det är dags att rapportera kontona (namn, plattform, länk, syfte, ansvarig). Öppna översikten i Uppsikt och exportera registret.');
  }
  await browser.storage.local.set({ reminders: notified });
}
