import { useLiveQuery } from 'dexie-react-hooks';
import type { AppDB } from '@/utils/db/app-db';
import { checklistDate, checklistSummary, lastChecklistResult, summaryText, type ChecklistKind } from '@/utils/checklists/results';
import type { Lang } from '@/utils/ui/strings';
import { getPreset } from '@/rules/presets';

/**
 * "Senast kontrollerad 2026-11-23 av Anna Berg – 3 av 5 uppfyllda, 2 saknas" for an account's checklist:
 * a run with items missing (or not confirmed by hand) never reads as a check that found everything.
 */
export function ChecklistLastSaved({ database, accountKeys, kind, presetId, lang = 'sv' }: { database: AppDB; accountKeys: readonly string[]; kind: ChecklistKind; presetId?: string; lang?: Lang }) {
  const last = useLiveQuery(
    async () => (accountKeys.length ? (await lastChecklistResult(database, accountKeys, kind)) ?? null : null),
    [database, accountKeys.join('\n'), kind],
    'loading' as const,
  );
  if (!accountKeys.length || last === 'loading') return null;
  if (!last) return <p className="meta checklist-last">{lang === 'sv' ? 'Inte kontrollerad ännu' : 'Not checked yet'}</p>;
  if (presetId && last.presetId !== presetId) {
    // Checked against another policy's items: nothing is known about this one's.
    const policy = getPreset(last.presetId).name;
    const text = lang === 'sv'
      ? `Senast kontrollerad ${checklistDate(last.at)} av ${last.by} mot ${policy} – kontrollera igen mot nuvarande policy`
      : `Last checked ${checklistDate(last.at)} by ${last.by} against ${policy} – check again against the current policy`;
    return <p className="meta checklist-last checklist-incomplete" data-complete="false"><span aria-hidden="true">✗ </span>{text}</p>;
  }
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
