import { useLiveQuery } from 'dexie-react-hooks';
import Dexie from 'dexie';
import type { Preset } from '@/rules/presets';
import { documentationDue } from '@/rules/monitoring';
import { db as sharedDb, type AppDB } from '@/utils/db/app-db';
import type { AccountRecord, ChecklistResult, LogEntry } from '@/utils/db/records';
import { checklistSummary, lastChecklistResult } from '@/utils/checklists/results';
import { accountWarnings } from '@/utils/accounts/register';
import { REGISTER_STRINGS } from '@/utils/ui/register-strings';
import type { Lang } from '@/utils/ui/strings';
import { swedishDateTime } from '@/utils/log/time';
import { PLATFORM_NAMES } from '@/utils/platform-name';
import { safeHref } from '@/utils/ui/safe-href';

interface Row {
  account: AccountRecord;
  lastRound: LogEntry | undefined;
  lastDocumented: LogEntry | undefined;
  lastBaseCheck: ChecklistResult | undefined;
}

async function lastOf(db: AppDB, key: string, action: string): Promise<LogEntry | undefined> {
  return db.log.where('[account+at]').between([key, Dexie.minKey], [key, Dexie.maxKey]).reverse().filter((e) => e.action === action).first();
}

const when = (iso: string | undefined) => (iso ? swedishDateTime(iso) : '—');

/** Every account in the register at a glance (R19): last round, base-information check, documentation, warnings. */
export function AccountOverview({ preset, onEdit, lang, database }: { preset: Preset; onEdit(account: AccountRecord): void; lang: Lang; database?: AppDB }) {
  const db = database ?? sharedDb();
  const t = REGISTER_STRINGS[lang];
  const c = t.columns;
  const rows = useLiveQuery(async (): Promise<Row[]> => {
    const accounts = await db.accounts.toArray();
    return Promise.all(accounts.sort((a, b) => a.name.localeCompare(b.name, 'sv')).map(async (account) => ({
      account,
      lastRound: await lastOf(db, account.key, 'monitoring-round'),
      lastDocumented: await lastOf(db, account.key, 'account.documented'),
      lastBaseCheck: await lastChecklistResult(db, account.key, 'base-information'),
    })));
  }, [db]);
  if (!rows) return <p>{t.reading}</p>;
  if (rows.length === 0) return <p className="hint">{t.empty}</p>;
  const now = new Date();
  return (
    <table className="overview">
      <caption>{t.accounts(rows.length)}</caption>
      <thead>
        <tr><th scope="col">{c.account}</th><th scope="col">{c.lastRound}</th><th scope="col">{c.overdueThen}</th><th scope="col">{c.baseChecked}</th><th scope="col">{c.documented}</th><th scope="col">{c.toFix}</th><th scope="col"><span className="visually-hidden">{c.edit}</span></th></tr>
      </thead>
      <tbody>
        {rows.map(({ account, lastRound, lastDocumented, lastBaseCheck }) => {
          const docDue = documentationDue(lastDocumented ? new Date(lastDocumented.at) : null, now, preset.documentationIntervalMonths);
          const warnings = accountWarnings(account, preset, lang);
          const base = lastBaseCheck ? checklistSummary(lastBaseCheck) : null;
          return (
            <tr key={account.id} data-account={account.key}>
              <th scope="row">{safeHref(account.url) ? <a href={account.url} target="_blank" rel="noreferrer">{account.name}</a> : account.name} <span className="muted">({PLATFORM_NAMES[account.platform]})</span></th>
              <td data-label={c.lastRound}>{when(lastRound?.at)}</td>
              <td data-label={c.overdueThen}>{lastRound?.data?.overdue ?? '—'}</td>
              <td className={base && !base.complete ? 'due' : ''} data-label={c.baseChecked} data-base-complete={base ? String(base.complete) : undefined}>
                {base && lastBaseCheck ? t.baseCheck(base.missing, base.total, when(lastBaseCheck.at)) : t.baseNotChecked}
              </td>
              <td className={docDue ? 'due' : ''} data-label={c.documented}>{when(lastDocumented?.at)}{docDue ? t.documentationDue : ''}</td>
              <td data-label={c.toFix}>{warnings.length ? <ul>{warnings.map((w) => <li key={w}>{w}</li>)}</ul> : '✓'}</td>
              <td><button type="button" className="action-button" onClick={() => onEdit(account)}>{t.edit}</button></td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
