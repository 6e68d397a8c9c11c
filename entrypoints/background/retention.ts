import { browser } from 'wxt/browser';
import { db } from '@/utils/db/app-db';
import { previewRetention, purgeExpired } from '@/utils/log/retention';
import { purgeSummary } from '@/utils/log/retention-text';
import { swedishDate } from '@/utils/log/time';
import { effectivePolicy } from '@/utils/policy';
import { loadSettings } from '@/utils/settings/store';

export const RETENTION_ALARM = 'uppsikt-gallring';
/** The notice after the daily gallring; clicking it opens the log. */
export const RETENTION_NOTICE = 'uppsikt-gallring';

const TITLE = { sv: 'Uppsikt har gallrat', en: 'Uppsikt ran gallring' };

/** Gallring once a day: records older than the organisation's retention period go, and the purge is logged. */
export async function scheduleRetention(): Promise<void> {
  if (!(await browser.alarms.get(RETENTION_ALARM))) await browser.alarms.create(RETENTION_ALARM, { periodInMinutes: 24 * 60, delayInMinutes: 5 });
}

/**
 * Purges only when something is due, so the log does not fill with empty purges. Records disappearing
 * unseen would be a surprise: a notice says what went and what was kept, and why.
 */
export async function runRetention(): Promise<void> {
  const { settings } = await loadSettings();
  const days = effectivePolicy(settings).retentionDays;
  const preview = await previewRetention(db(), days);
  if (!preview.ok || preview.counts.log + preview.counts.evidence + preview.counts.outbox + preview.counts.decisions === 0) return;
  const result = await purgeExpired(db(), days, 'Uppsikt (automatisk gallring)', new Date(), settings.policy.retentionDecision);
  if (!result.ok) return;
  const lang = settings.language;
  const message = purgeSummary(result.counts, days, swedishDate(new Date(String(result.entry.data?.cutoff))), lang);
  await browser.notifications
    .create(RETENTION_NOTICE, { type: 'basic', iconUrl: browser.runtime.getURL('/icon/128.png'), title: TITLE[lang], message })
    .catch(() => undefined);
}
