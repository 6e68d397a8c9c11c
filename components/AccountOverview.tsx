import { useLiveQuery } from 'dexie-react-hooks';
import Dexie from 'dexie';
import type { Preset } from '@/rules/presets';
import { documentationDue } from '@/rules/monitoring';
import { db } from '@/utils/db/app-db';
import type { AccountRecord, LogEntry } from '@/utils/db/records';
import { accountWarnings } from '@/utils/accounts/register';

interface Row {
  account: AccountRecord;
  lastRound: LogEntry | undefined;
  lastDocumented: LogEntry | undefined;
  lastBaseCheck: string | undefined;
}

async function lastOf(key: string, action: string): Promise<LogEntry | undefined> {
  return db().log.where('[account+at]').between([key, Dexie.minKey], [key, Dexie.maxKey]).reverse().filter((e) => e.action === action).first();
}

const when = (iso: string | undefined) => (iso ? iso.slice(0, 16).replace('T', ' ') : '—');

/** Every account in the register at a glance (R19): last round, base-information check, documentation, warnings. */
export function AccountOverview({ preset, onEdit }: { preset: Preset; onEdit(account: AccountRecord): void }) {
  const rows = useLiveQuery(async (): Promise<Row[]> => {
    const accounts = await db().accounts.toArray();
    return Promise.all(accounts.sort((a, b) => a.name.localeCompare(b.name, 'sv')).map(async (account) => ({
      account,
      lastRound: await lastOf(account.key, 'monitoring-round'),
      lastDocumented: await lastOf(account.key, 'account.documented'),
      lastBaseCheck: (await db().checklists.where('[account+kind]').equals([account.key, 'base-information']).sortBy('at')).at(-1)?.at,
    })));
  }, []);
  if (!rows) return <p>Läser registret …</p>;
  if (rows.length === 0) return <p className="hint">Registret är tomt. Lägg till ett konto nedan, eller öppna kontots sida och välj "Lägg till i registret" i checklistorna.</p>;
  const now = new Date();
  return (
    <table className="overview">
      <caption>{rows.length} konton</caption>
      <thead>
        <tr><th scope="col">Konto</th><th scope="col">Senaste bevakning</th><th scope="col">Försenade då</th><th scope="col">Basinformation kontrollerad</th><th scope="col">Dokumenterat (halvår)</th><th scope="col">Att åtgärda i registret</th><th scope="col"><span className="visually-hidden">Ändra</span></th></tr>
      </thead>
      <tbody>
        {rows.map(({ account, lastRound, lastDocumented, lastBaseCheck }) => {
          const docDue = documentationDue(lastDocumented ? new Date(lastDocumented.at) : null, now, preset.documentationIntervalMonths);
          const warnings = accountWarnings(account, preset);
          return (
            <tr key={account.id} data-account={account.key}>
              <th scope="row"><a href={account.url} target="_blank" rel="noreferrer">{account.name}</a> <span className="muted">({account.platform})</span></th>
              <td>{when(lastRound?.at)}</td>
              <td>{lastRound?.data?.overdue ?? '—'}</td>
              <td>{when(lastBaseCheck)}</td>
              <td className={docDue ? 'due' : ''}>{when(lastDocumented?.at)}{docDue ? ' – dags att dokumentera' : ''}</td>
              <td>{warnings.length ? <ul>{warnings.map((w) => <li key={w}>{w}</li>)}</ul> : '✓'}</td>
              <td><button type="button" className="action-button" onClick={() => onEdit(account)}>Ändra</button></td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
