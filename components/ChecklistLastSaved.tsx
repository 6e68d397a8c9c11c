import { useLiveQuery } from 'dexie-react-hooks';
import type { AppDB } from '@/utils/db/app-db';
import { checklistDate, checklistSummary, lastChecklistResult, summaryText, type ChecklistKind } from '@/utils/checklists/results';
import type { Lang } from '@/utils/ui/strings';

/**
 * "Senast kontrollerad 2026-11-23 av Anna Berg – 3 av 5 uppfyllda, 2 saknas" for an account's checklist:
 * a run with items missing (or not confirmed by hand) never reads as a check that found everything.
 */
export function ChecklistLastSaved({ database, accountKeys, kind, lang = 'sv' }: { database: AppDB; accountKeys: readonly string[]; kind: ChecklistKind; lang?: Lang }) {
  const last = useLiveQuery(
    async () => (accountKeys.length ? (await lastChecklistResult(database, accountKeys, kind)) ?? null : null),
    [database, accountKeys.join('\n'), kind],
    'loading' as const,
  );
  if (!accountKeys.length || last === 'loading') return null;
  if (!last) return <p className="meta checklist-last">{lang === 'sv' ? 'Inte kontrollerad ännu' : 'Not checked yet'}</p>;
  const summary = checklistSummary(last);
  const text = lang === 'sv'
    ? `Senast kontrollerad ${checklistDate(last.at)} av ${last.by} – ${summaryText(summary, lang)}`
    : `Last checked ${checklistDate(last.at)} by ${last.by} – ${summaryText(summary, lang)}`;
  return (
    <p className={`meta checklist-last${summary.complete ? '' : ' checklist-incomplete'}`} data-complete={summary.complete ? 'true' : 'false'}>
      <span aria-hidden="true">{summary.complete ? '✓ ' : '✗ '}</span>{text}
    </p>
  );
}
