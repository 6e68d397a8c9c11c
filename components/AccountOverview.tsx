import { useDeferredValue, useLayoutEffect, useMemo, useRef, useState, type FocusEvent, type RefObject } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Preset } from '@/rules/presets';
import { latestRound } from '@/rules/monitoring';
import { db as sharedDb, type AppDB } from '@/utils/db/app-db';
import type { AccountRecord } from '@/utils/db/records';
import { lastChecklistResult } from '@/utils/checklists/results';
import { rowState, type OverviewRow } from '@/utils/accounts/overview-row';
import { ALL_ACCOUNTS, isFiltered, visibleRows, type OverviewView } from '@/utils/accounts/overview-view';
import { OverviewToolbar } from './OverviewToolbar';
import { OverviewTableRow } from './OverviewTableRow';
import { latestEntries } from '@/utils/accounts/latest-entries';
import { accountDocumentation } from '@/utils/accounts/documentation-state';
import type { EffectivePolicy } from '@/utils/policy';
import { REGISTER_STRINGS } from '@/utils/ui/register-strings';
import type { Lang } from '@/utils/ui/strings';
import { useMinuteClock } from '@/utils/ui/minute-clock';
import { accountKeys, newest } from '@/utils/accounts/keys';

interface Props {
  preset: Preset;
  /** The organisation's rounds and office hours (its adjustments to the preset). */
  policy: Pick<EffectivePolicy, 'monitoringRounds' | 'office'>;
  /** The non-working days; null until known, and no round is marked missed till then. */
  holidays: ReadonlySet<string> | null;
  onEdit(account: AccountRecord): void;
  onAdd(): void;
  /** "Lägg till konto": the keyboard goes back to it when a form closes whose opener is gone. */
  addButton: RefObject<HTMLButtonElement | null>;
  lang: Lang;
  database?: AppDB;
}

/** The column a view's order is by, for aria-sort. */
const SORTED_COLUMN: Record<OverviewView['sort'], keyof typeof REGISTER_STRINGS.sv.columns> = { name: 'account', lastRound: 'lastRound', documented: 'documented' };

/**
 * Every account in the register at a glance (R19): last round, base-information check, documentation,
 * warnings. An open account (active or paused) not watched since today's latest round, or due for documentation, is
 * marked in words; a closed one shows its status and nothing due. Hundreds of accounts are searched, narrowed and ordered.
 */
export function AccountOverview({ preset, policy, holidays, onEdit, onAdd, addButton, lang, database }: Props) {
  const db = database ?? sharedDb();
  const t = REGISTER_STRINGS[lang];
  const c = t.columns;
  const now = useMinuteClock();
  const [view, setView] = useState<OverviewView>(ALL_ACCOUNTS);
  // The search field answers each key at once; 800 rows follow when the browser has time for them.
  const deferredView = useDeferredValue(view);
  const searchInput = useRef<HTMLInputElement>(null);
  const tbody = useRef<HTMLTableSectionElement>(null);
  const focusedRow = useRef<{ element: HTMLElement; index: number } | null>(null);
  // One function for every row, whatever the page passes: a row redrawn only when its own account changed.
  const onEditNow = useRef(onEdit);
  useLayoutEffect(() => { onEditNow.current = onEdit; });
  const edit = useMemo(() => (account: AccountRecord) => onEditNow.current(account), []);
  const rows = useLiveQuery(async (): Promise<OverviewRow[]> => {
    const accounts = await db.accounts.toArray();
    const latest = await latestEntries(db, ['monitoring-round'], accounts.flatMap(accountKeys));
    const documentation = await accountDocumentation(db);
    // An account whose link changed keeps what was logged under its earlier keys.
    return Promise.all(accounts.map(async (account) => {
      const keys = accountKeys(account);
      return {
        account,
        lastRound: newest(keys.map((key) => latest.get('monitoring-round')?.get(key))),
        lastDocumented: newest(keys.map((key) => documentation.get(key)?.done)),
        undelivered: newest(keys.map((key) => documentation.get(key)?.undelivered)),
        lastBaseCheck: await lastChecklistResult(db, keys, 'base-information'),
      };
    }));
  }, [db]);
  const round = holidays && latestRound(now, policy.monitoringRounds, policy.office, holidays);
  const judged = useMemo(() => (rows ?? []).map((row) => ({ row, state: rowState(row, { preset, round, now, lang }) })),
    // The round is a new object each minute; its time says whether it changed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [rows, preset, round?.date, round?.time, now, lang]);
  const { shown, needingAction } = useMemo(() => visibleRows(judged, deferredView), [judged, deferredView]);
  // The row the keyboard was in has gone (saved out of this view, or closed elsewhere): the keyboard goes to the row now
  // in its place, or to "Lägg till konto", rather than falling to the page.
  useLayoutEffect(() => {
    const was = focusedRow.current;
    if (!was || was.element.isConnected || (document.activeElement && document.activeElement !== document.body)) return;
    focusedRow.current = null;
    const rows = tbody.current?.rows;
    (rows?.length ? rows[Math.min(was.index, rows.length - 1)].querySelector('button') : addButton.current)?.focus();
  }, [shown, addButton]);
  const rowFocused = (event: FocusEvent<HTMLTableSectionElement>) => {
    const row = (event.target as HTMLElement).closest('tr');
    focusedRow.current = row ? { element: event.target as HTMLElement, index: row.sectionRowIndex } : null;
  };
  // Left for somewhere else on the page (not removed with its row): nothing to put back.
  const rowLeft = (event: FocusEvent<HTMLTableSectionElement>) => {
    const element = event.target as HTMLElement;
    queueMicrotask(() => { if (element.isConnected && focusedRow.current?.element === element) focusedRow.current = null; });
  };
  if (!rows) return <p>{t.reading}</p>;
  // One toolbar whether the register is empty or not: its button stays the same element, and keeps the keyboard, as the first account is saved.
  const toolbar = <OverviewToolbar view={view} onChange={setView} needingAction={needingAction} searchable={rows.length > 0} onAdd={onAdd} addButton={addButton} searchInput={searchInput} lang={lang} />;
  if (rows.length === 0) return <>{toolbar}<p className="hint">{t.empty}</p></>;
  const filtered = isFiltered(deferredView);
  const sortedBy = SORTED_COLUMN[deferredView.sort];
  const th = (column: keyof typeof c) => <th scope="col" aria-sort={column === sortedBy ? 'ascending' : undefined}>{c[column]}</th>;
  return (
    <>
      {toolbar}
      <p role="status" className="muted no-print">{filtered ? t.find.showing(shown.length, rows.length) : ''}</p>
      {shown.length === 0 ? (
        <p className="hint">{t.find.noMatch} <button type="button" className="link-button" onClick={() => { searchInput.current?.focus(); setView({ ...ALL_ACCOUNTS, sort: view.sort }); }}>{t.find.showAll}</button></p>
      ) : (
        <table className="overview">
          <caption>{filtered ? t.find.showing(shown.length, rows.length) : t.accounts(rows.length)}</caption>
          {/* Fixed widths: the browser lays out 800 rows without measuring every cell first. */}
          <colgroup><col className="col-account" /><col className="col-round" /><col className="col-overdue" /><col className="col-base" /><col className="col-documented" /><col className="col-fix" /><col className="col-edit" /></colgroup>
          <thead>
            <tr>{th('account')}{th('lastRound')}{th('overdueThen')}{th('baseChecked')}{th('documented')}{th('toFix')}<th scope="col"><span className="visually-hidden">{c.edit}</span></th></tr>
          </thead>
          <tbody ref={tbody} onFocus={rowFocused} onBlur={rowLeft}>
            {shown.map(({ row, state }) => <OverviewTableRow key={row.account.id} row={row} state={state} roundFrom={round?.from} roundTime={round?.time} onEdit={edit} lang={lang} />)}
          </tbody>
        </table>
      )}
    </>
  );
}
