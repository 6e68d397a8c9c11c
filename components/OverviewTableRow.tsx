import { memo } from 'react';
import { getPreset } from '@/rules/presets';
import type { AccountRecord } from '@/utils/db/records';
import type { OverviewRow, RowState } from '@/utils/accounts/overview-row';
import { REGISTER_STRINGS } from '@/utils/ui/register-strings';
import type { Lang } from '@/utils/ui/strings';
import { swedishDateTime } from '@/utils/log/time';
import { PLATFORM_NAMES } from '@/utils/platform-name';
import { safeHref } from '@/utils/ui/safe-href';
import { bidiControlsShown } from '@/utils/ui/without-bidi';
import { excerptOf } from '@/utils/ui/display-text';

const when = (iso: string | undefined) => (iso ? swedishDateTime(iso) : '—');

interface Props {
  row: OverviewRow;
  state: RowState;
  /** The day's latest round, when one is missed: its part of the day and its time. */
  roundFrom: string | undefined;
  roundTime: string | undefined;
  onEdit(account: AccountRecord): void;
  lang: Lang;
}

/** One account in the overview; drawn again only when its own data or judgement changed (800 rows per keystroke were slow). */
export const OverviewTableRow = memo(function OverviewTableRow({ row, state, roundFrom, roundTime, onEdit, lang }: Props) {
  const t = REGISTER_STRINGS[lang];
  const c = t.columns;
  const { account, lastRound, lastDocumented, undelivered, lastBaseCheck } = row;
  const { closed, roundMissed, base, otherPolicy, warnings } = state;
  return (
    <tr data-account={account.key}>
      <th scope="row">
        {safeHref(account.url) ? <a href={account.url} target="_blank" rel="noreferrer">{bidiControlsShown(account.name)}</a> : bidiControlsShown(account.name)} <span className="muted">({PLATFORM_NAMES[account.platform]})</span>
        {account.status !== 'active' && <span className="account-status"> · {t.status(t.statuses[account.status], account.closedOn)}</span>}
      </th>
      <td className={roundMissed ? 'due' : ''} data-label={c.lastRound}>{when(lastRound?.at)}{roundMissed && roundFrom && roundTime ? t.roundMissed(roundFrom, roundTime) : ''}</td>
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
});

/** How long a closing reason is shown in the table; the whole reason is in the form and the log. */
const REASON_SHOWN = 200;

/** A closed account owes nothing; one closed without documentation with the registrar says why (R14). */
function closedCell(account: AccountRecord, lang: Lang) {
  if (!account.closingNote?.trim()) return '—';
  return <span className="closing-reason">{REGISTER_STRINGS[lang].closedWithoutDocumentation(excerptOf(account.closingNote, REASON_SHOWN))}</span>;
}
