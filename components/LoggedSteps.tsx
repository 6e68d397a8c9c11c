import { useLiveQuery } from 'dexie-react-hooks';
import { db, type AppDB } from '@/utils/db/app-db';
import type { LogAction, LogEntry } from '@/utils/db/records';
import { logActionLabel } from '@/utils/log/actions';
import { swedishDateTime } from '@/utils/log/time';
import type { Platform } from '@/rules/snapshot';
import type { Lang } from '@/utils/ui/strings';
import { bidiControlsShown } from '@/utils/ui/without-bidi';

/** Kinds of step logged for a comment that leave it on the page: each kind's latest is shown by the comment. */
const STEPS: LogAction[][] = [['police-report.considered', 'police-report.made'], ['removed']];

/**
 * The police-report decision (R8) and the removal last logged for a comment, and its move to case
 * handling (R4) with the case number, with who and when:
 * neither editor of the account decides it again, and a comment logged as removed that the site
 * still shows stands out.
 */
export function LoggedSteps({ platform, commentId, lang, database = db() }: { platform: Platform; commentId: string; lang: Lang; database?: AppDB }) {
  const latest = useLiveQuery(
    () => database.log.where('commentId').equals(commentId).filter((entry) => entry.platform === platform).sortBy('at')
      .then((entries) => STEPS.map((actions) => entries.findLast((e) => actions.includes(e.action))).filter((e): e is LogEntry => e !== undefined)),
    [database, platform, commentId],
  );
  // The move to case handling while it stands (an undo takes it away), with its case number.
  const moved = useLiveQuery(
    () => database.handled.where('commentKey').equals(`${platform}:${commentId}`).filter((r) => r.how === 'case-handling').first(),
    [database, platform, commentId],
  );
  if (!latest?.length && !moved) return null;
  return (
    <>
      {latest?.map((entry) => (
        <p key={entry.id} className="logged-step meta" data-action={entry.action}>
          {logActionLabel(entry.action, lang)} {swedishDateTime(entry.at)} · {entry.by}
        </p>
      ))}
      {moved && (
        <p className="logged-step meta" data-action="case-handling">
          {logActionLabel('case-handling', lang)} {swedishDateTime(moved.at)} · {moved.by}
          {moved.detail && <> · {lang === 'sv' ? 'diarienummer' : 'case number'} {bidiControlsShown(moved.detail)}</>}
        </p>
      )}
    </>
  );
}
