import { useLiveQuery } from 'dexie-react-hooks';
import { getPreset, type Preset } from '@/rules/presets';
import { documentationDue, latestRound, missedRound } from '@/rules/monitoring';
import { db as sharedDb, type AppDB } from '@/utils/db/app-db';
import type { AccountRecord, ChecklistResult, LogEntry } from '@/utils/db/records';
import { checklistSummary, lastChecklistResult } from '@/utils/checklists/results';
import { accountWarnings } from '@/utils/accounts/register';
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
import { byName } from '@/utils/accounts/name-order';
import { accountKeys, newest } from '@/utils/accounts/keys';

interface Row {
  account: AccountRecord;
  lastRound: LogEntry | undefined;
  /** The latest documentation on its way to the registrar (or there), and a later one that failed or is blocked. */
  lastDocumented: LogEntry | undefined;
  undelivered: LogEntry | undefined;
  lastBaseCheck: ChecklistResult | undefined;
}

const when = (iso: string | undefined) => (iso ? swedishDateTime(iso) : '—');

interface Props {
  preset: Preset;
  /** The organisation's rounds and office hours (its adjustments to the preset). */
  policy: Pick<EffectivePolicy, 'monitoringRounds' | 'office'>;
  /** The non-working days; null until known, and no round is marked missed till then. */
  holidays: ReadonlySet<string> | null;
  onEdit(account: AccountRecord): void;
  lang: Lang;
  database?: AppDB;
}

/**
 * Every account in the register at a glance (R19): last round, base-information check, documentation,
 * warnings. An open account (active or paused) not watched since today's latest round, or due for documentation, is
 * marked in words; a closed one shows its status and nothing due.
 */
export function AccountOverview({ preset, policy, holidays, onEdit, lang, database }: Props) {
  const db = database ?? sharedDb();
  const t = REGISTER_STRINGS[lang];
  const c = t.columns;
  const now = useMinuteClock();
  const rows = useLiveQuery(async (): Promise<Row[]> => {
    const accounts = await db.accounts.toArray();
    const latest = await latestEntries(db, ['monitoring-round'], accounts.flatMap(accountKeys));
    const documentation = await accountDocumentation(db);
    // An account whose link changed keeps what was logged under its earlier keys.
    return Promise.all(accounts.sort(byName).map(async (account) => {
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
  if (!rows) return <p>{t.reading}</p>;
  if (rows.length === 0) return <p className="hint">{t.empty}</p>;
  const round = holidays && latestRound(now, policy.monitoringRounds, policy.office, holidays);
  return (
    <table className="overview">
      <caption>{t.accounts(rows.length)}</caption>
      <thead>
        <tr><th scope="col">{c.account}</th><th scope="col">{c.lastRound}</th><th scope="col">{c.overdueThen}</th><th scope="col">{c.baseChecked}</th><th scope="col">{c.documented}</th><th scope="col">{c.toFix}</th><th scope="col"><span className="visually-hidden">{c.edit}</span></th></tr>
      </thead>
      <tbody>
        {rows.map(({ account, lastRound, lastDocumented, undelivered, lastBaseCheck }) => {
          // Rounds and documentation are asked of every open account (as the reminders do): a paused one still gets
          // comments, and the duty to watch over them stays; a closed one owes nothing.
          const closed = account.status === 'closed';
          const roundMissed = !closed && round ? missedRound(lastRound?.at, round) : false;
          const docDue = !closed && documentationDue(lastDocumented ? new Date(lastDocumented.at) : null, now, preset.documentationIntervalMonths);
          const warnings = closed ? [] : accountWarnings(account, preset, lang);
          // A check against another policy's items says nothing about this one's: it is due again.
          const otherPolicy = lastBaseCheck && lastBaseCheck.presetId !== preset.id ? lastBaseCheck : null;
          const base = lastBaseCheck && !otherPolicy ? checklistSummary(lastBaseCheck) : null;
          return (
            <tr key={account.id} data-account={account.key}>
              <th scope="row">
                {safeHref(account.url) ? <a href={account.url} target="_blank" rel="noreferrer">{bidiControlsShown(account.name)}</a> : bidiControlsShown(account.name)} <span className="muted">({PLATFORM_NAMES[account.platform]})</span>
                {account.status !== 'active' && <span className="account-status"> · {t.status(t.statuses[account.status], account.closedOn)}</span>}
              </th>
              <td className={roundMissed ? 'due' : ''} data-label={c.lastRound}>{when(lastRound?.at)}{roundMissed && round ? t.roundMissed(round.from, round.time) : ''}</td>
              <td data-label={c.overdueThen}>{lastRound?.data?.overdue ?? '—'}</td>
              <td className={((base && !base.complete) || otherPolicy) && !closed ? 'due' : ''} data-label={c.baseChecked} data-base-complete={base ? String(base.complete) : otherPolicy ? 'false' : undefined}>
                {otherPolicy ? t.baseOtherPolicy(when(otherPolicy.at), getPreset(otherPolicy.presetId).name)
                  : base && lastBaseCheck ? t.baseCheck(base.missing, base.total, when(lastBaseCheck.at)) : t.baseNotChecked}
              </td>
              <td className={docDue ? 'due' : ''} data-label={c.documented}>
                {when(lastDocumented?.at)}{docDue ? t.documentationDue : ''}
                {undelivered && <span className="undelivered">{t.documentedNotDelivered(when(undelivered.at))}</span>}
              </td>
              <td data-label={c.toFix}>{closed ? closedCell(account, lang) : warnings.length ? <ul>{warnings.map((w) => <li key={w}>{w}</li>)}</ul> : '✓'}</td>
              <td><button type="button" className="action-button" onClick={() => onEdit(account)} aria-label={`${t.edit}: ${account.name}`}>{t.edit}</button></td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** How long a closing reason is shown in the table; the whole reason is in the form and the log. */
const REASON_SHOWN = 200;

/** A closed account owes nothing; one closed without documentation with the registrar says why (R14). */
function closedCell(account: AccountRecord, lang: Lang) {
  if (!account.closingNote?.trim()) return '—';
  return <span className="closing-reason">{REGISTER_STRINGS[lang].closedWithoutDocumentation(excerptOf(account.closingNote, REASON_SHOWN))}</span>;
}
