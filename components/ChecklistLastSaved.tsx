import { useLiveQuery } from 'dexie-react-hooks';
import type { AppDB } from '@/utils/db/app-db';
import { checklistDate, lastChecklistResult, type ChecklistKind } from '@/utils/checklists/results';
import type { Lang } from '@/utils/ui/strings';

/** "Senast kontrollerad 2026-11-23 av Anna Berg" for an account's checklist. */
export function ChecklistLastSaved({ database, accountKey, kind, lang = 'sv' }: { database: AppDB; accountKey: string | null; kind: ChecklistKind; lang?: Lang }) {
  const last = useLiveQuery(
    async () => (accountKey ? (await lastChecklistResult(database, accountKey, kind)) ?? null : null),
    [database, accountKey, kind],
    'loading' as const,
  );
  if (!accountKey || last === 'loading') return null;
  const text = last
    ? lang === 'sv' ? `Senast kontrollerad ${checklistDate(last.at)} av ${last.by}` : `Last checked ${checklistDate(last.at)} by ${last.by}`
    : lang === 'sv' ? 'Inte kontrollerad ännu' : 'Not checked yet';
  return <p className="meta checklist-last">{text}</p>;
}
