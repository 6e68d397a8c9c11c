import { browser } from 'wxt/browser';
import { db } from '@/utils/db/app-db';
import { previewRetention, purgeExpired } from '@/utils/log/retention';
import { effectivePolicy } from '@/utils/policy';
import { loadSettings } from '@/utils/settings/store';

export const RETENTION_ALARM = 'uppsikt-gallring';

/** Gallring once a day: records older than the organisation's retention period go, and the purge is logged. */
export async function scheduleRetention(): Promise<void> {
  if (!(await browser.alarms.get(RETENTION_ALARM))) await browser.alarms.create(RETENTION_ALARM, { periodInMinutes: 24 * 60, delayInMinutes: 5 });
}

/** Purges only when something is due, so the log does not fill with empty purges. */
export async function runRetention(): Promise<void> {
  const { settings } = await loadSettings();
  const days = effectivePolicy(settings).retentionDays;
  const preview = await previewRetention(db(), days);
  if (!preview.ok || preview.counts.log + preview.counts.evidence + preview.counts.outbox + preview.counts.decisions === 0) return;
  await purgeExpired(db(), days, 'Uppsikt (automatisk gallring)');
}
