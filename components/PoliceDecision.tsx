import { useLiveQuery } from 'dexie-react-hooks';
import { db, type AppDB } from '@/utils/db/app-db';
import { logActionLabel } from '@/utils/log/actions';
import { swedishDateTime } from '@/utils/log/time';
import type { Platform } from '@/rules/snapshot';
import type { Lang } from '@/utils/ui/strings';

/**
 * The police-report decision last logged for a comment (R8): who made it and when, so the editor,
 * or the other editor of the account, does not decide it again.
 */
export function PoliceDecision({ platform, commentId, lang, database = db() }: { platform: Platform; commentId: string; lang: Lang; database?: AppDB }) {
  const latest = useLiveQuery(
    () => database.log.where('commentId').equals(commentId)
      .filter((entry) => entry.platform === platform && entry.action.startsWith('police-report.'))
      .sortBy('at').then((entries) => entries.at(-1) ?? null),
    [database, platform, commentId],
  );
  if (!latest) return null;
  return (
    <p className="police-decision meta" data-action={latest.action}>
      {logActionLabel(latest.action, lang)} {swedishDateTime(latest.at)} · {latest.by}
    </p>
  );
}
