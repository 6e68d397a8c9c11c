import { useMemo, useState, type RefObject } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { getPreset, type Preset } from '@/rules/presets';
import { latestRound } from '@/rules/monitoring';
import { db as sharedDb, type AppDB } from '@/utils/db/app-db';
import type { AccountRecord } from '@/utils/db/records';
import { lastChecklistResult } from '@/utils/checklists/results';
import { rowState, type OverviewRow } from '@/utils/accounts/overview-row';
import { ALL_ACCOUNTS, isFiltered, visibleRows, type OverviewView } from '@/utils/accounts/overview-view';
import { OverviewToolbar } from './OverviewToolbar';
import { latestEntries } from '@/utils/accounts/latest-entries';
import { accountDocumentation } from '@/utils/accounts/documentation-state';
import type { EffectivePolicy } from '@/utils/policy';
import { REGISTER_STRINGS } from '@/utils/ui/register-strings';
import type { Lang } from '@/utils/ui/strings';
import { swedishDateTime } from '@/utils/log/time';
import { PLATFORM_NAMES } from '@/utils/platform-name';
import { safeHref } from '@/utils/ui/safe-href';
import { bidiControlsShown } from '@/utils/ui/without-bidi';
import { excerptOf } from '@/utils/ui/display-text';
import { useMinuteClock } from '@/utils/ui/minute-clock';
import { accountKeys, newest } from '@/utils/accounts/keys';

const when = (iso: string | undefined) => (iso ? swedishDateTime(iso) : '—');

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
  const shown = useMemo(() => visibleRows(judged, view), [judged, view]);
  if (!rows) return <p>{t.reading}</p>;
  // One toolbar whether the register is empty or not: its button stays the same element, and keeps the keyboard, as the first account is saved.
  const toolbar = <OverviewToolbar view={view} onChange={setView} needingAction={judged.filter(({ state }) => state.needsAction).length} searchable={rows.length > 0} onAdd={onAdd} addButton={addButton} lang={lang} />;
  if (rows.length === 0) return <>{toolbar}<p className="hint">{t.empty}</p></>;
  const filtered = isFiltered(view);
  const sortedBy = SORTED_COLUMN[view.sort];
  const th = (column: keyof typeof c) => <th scope="col" aria-sort={column === sortedBy ? 'ascending' : undefined}>{c[column]}</th>;
  return (
    <>
      {toolbar}
      <p role="status" className="muted no-print">{filtered ? t.find.showing(shown.length, rows.length) : ''}</p>
      {shown.length === 0 ? (
        <p className="hint">{t.find.noMatch} <button type="button" className="link-button" onClick={() => setView({ ...ALL_ACCOUNTS, sort: view.sort })}>{t.find.showAll}</button></p>
      ) : (
        <table className="overview">
          <caption>{filtered ? t.find.showing(shown.length, rows.length) : t.accounts(rows.length)}</caption>
          <thead>
            <tr>{th('account')}{th('lastRound')}{th('overdueThen')}{th('baseChecked')}{th('documented')}{th('toFix')}<th scope="col"><span className="visually-hidden">{c.edit}</span></th></tr>
          </thead>
          <tbody>
            {shown.map(({ row: { account, lastRound, lastDocumented, undelivered, lastBaseCheck }, state }) => {
              const { closed, roundMissed, base, otherPolicy, warnings } = state;
              return (
                <tr key={account.id} data-account={account.key}>
                  <th scope="row">
                    {safeHref(account.url) ? <a href={account.url} target="_blank" rel="noreferrer">{bidiControlsShown(account.name)}</a> : bidiControlsShown(account.name)} <span className="muted">({PLATFORM_NAMES[account.platform]})</span>
                    {account.status !== 'active' && <span className="account-status"> · {t.status(t.statuses[account.status], account.closedOn)}</span>}
                  </th>
                  <td className={roundMissed ? 'due' : ''} data-label={c.lastRound}>{when(lastRound?.at)}{roundMissed && round ? t.roundMissed(round.from, round.time) : ''}</td>
                  <td data-label={c.overdueThen}>{lastRound?.data?.overdue ?? '—'}</td>
                  <td className={state.baseDue ? 'due' : ''} data-label={c.baseChecked} data-base-complete={base ? String(base.complete) : otherPolicy ? 'false' : undefined}>
                    {otherPolicy ? t.baseOtherPolicy(when(otherPolicy.at), getPreset(otherPolicy.presetId).name)
                      : base && lastBaseCheck ? t.baseCheck(base.missing, base.total, when(lastBaseCheck.at)) : t.baseNotChecked}
                  </td>
                  <td className={state.documentationDue ? 'due' : ''} data-label={c.documented}>
                    {when(lastDocumented?.at)}{state.documentationDue ? t.documentationDue : ''}
                    {undelivered && <span className="undelivered">{t.documentedNotDelivered(when(undelivered.at))}</span>}
                  </td>
                  <td data-label={c.toFix}>{closed ? closedCell(account, lang) : warnings.length ? <ul>{warnings.map((w) => <li key={w}>{w}</li>)}</ul> : '✓'}</td>
                  <td><button type="button" className="action-button" onClick={() => onEdit(account)} aria-label={`${t.edit}: ${account.name}`}>{t.edit}</button></td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </>
  );
}

/** How long a closing reason is shown in the table; the whole reason is in the form and the log. */
const REASON_SHOWN = 200;

/** A closed account owes nothing; one closed without documentation with the registrar says why (R14). */
function closedCell(account: AccountRecord, lang: Lang) {
  if (!account.closingNote?.trim()) return '—';
  return <span className="closing-reason">{REGISTER_STRINGS[lang].closedWithoutDocumentation(excerptOf(account.closingNote, REASON_SHOWN))}</span>;
}
