import { useEffect, useState } from 'react';
import type { Lang } from '@/rules/explain';
import type { AppDB } from '@/utils/db/app-db';
import { previewRetention, type RetentionCounts } from '@/utils/log/retention';
import { LOG_STRINGS } from '@/utils/log/strings';

/** How far ahead the log page tells what the daily gallring will remove. */
export const UPCOMING_DAYS = 30;

/**
 * What the automatic gallring removes within the coming weeks, so nothing disappears unannounced:
 * the editor can export or back it up first. Worked out once when the page opens (the log may be
 * long); nothing is shown when nothing is due.
 */
export function UpcomingPurge({ db, retentionDays, lang }: { db: AppDB; retentionDays: number; lang: Lang }) {
  // Kept with the period it was worked out for: another period shows nothing until its own is known.
  const [known, setKnown] = useState<{ days: number; counts: RetentionCounts } | null>(null);
  useEffect(() => {
    let current = true;
    // What is older than the retention period less the coming days is what the daily runs remove meanwhile.
    if (retentionDays > UPCOMING_DAYS) {
      void previewRetention(db, retentionDays - UPCOMING_DAYS)
        .then((preview) => { if (current && preview.ok) setKnown({ days: retentionDays, counts: preview.counts }); })
        .catch(() => undefined); // a notice ahead of time; the purge itself says what went
    }
    return () => { current = false; };
  }, [db, retentionDays]);
  if (!known || known.days !== retentionDays) return null;
  const { log, evidence, outbox, decisions } = known.counts;
  if (log + evidence + outbox + decisions === 0) return null;
  return <p className="notice notice-warning">{LOG_STRINGS[lang].upcoming(UPCOMING_DAYS, log, evidence, outbox, decisions)}</p>;
}
