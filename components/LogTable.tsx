import { categoryLabel, type Lang } from '@/rules/explain';
import type { LogEntry } from '@/utils/db/records';
import { standingDecisionOf, type StandingDecisions } from '@/utils/log/decisions';
import type { DecisionToWithdraw } from '@/utils/messaging';
import { logActionLabel } from '@/utils/log/actions';
import { LOG_STRINGS } from '@/utils/log/strings';
import { swedishDateTime } from '@/utils/log/time';
import { safeHref } from '@/utils/ui/safe-href';
import { bidiControlsShown } from '@/utils/ui/without-bidi';

interface Props {
  entries: LogEntry[];
  lang: Lang;
  /** The decisions about comments that stand: the entry that made one offers to take it back. */
  standing?: StandingDecisions;
  onWithdraw?(request: DecisionToWithdraw): void;
}

/** Log entries as a table, newest first. Every value is rendered as text, never as HTML. */
export function LogTable({ entries, lang, standing, onWithdraw }: Props) {
  const t = LOG_STRINGS[lang];
  const c = t.columns;
  return (
    <table className="log-table">
      <thead>
        <tr>
          <th scope="col">{c.time}</th>
          <th scope="col">{c.editor}</th>
          <th scope="col">{c.action}</th>
          <th scope="col">{c.account}</th>
          <th scope="col">{c.categories}</th>
          <th scope="col">{c.where}</th>
          <th scope="col">{c.detail}</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((entry) => {
          const href = safeHref(entry.pageUrl);
          const decision = standing && onWithdraw ? standingDecisionOf(entry, standing) : null;
          return (
            <tr key={entry.id} className={`log-row log-action-${entry.action.replace(/\./g, '-')}`}>
              <td className="log-time" data-label={c.time}><time dateTime={entry.at}>{swedishDateTime(entry.at)}</time></td>
              <td data-label={c.editor}>{bidiControlsShown(entry.by)}</td>
              <td data-label={c.action}>
                {logActionLabel(entry.action, lang)}
                {decision && (
                  <> <button type="button" className="link-button" title={t.withdrawHelp} onClick={() => onWithdraw!(decision)}>{t.withdraw}</button></>
                )}
              </td>
              <td className="log-account" data-label={c.account}>{entry.account ? bidiControlsShown(entry.account) : '—'}</td>
              <td data-label={c.categories}>
                {entry.categories?.length ? (
                  <ul className="categories">
                    {entry.categories.map((category) => (
                      <li key={category} className={`category category-${category.split('.')[0]}`}>{categoryLabel(category, lang)}</li>
                    ))}
                  </ul>
                ) : '—'}
              </td>
              <td className="log-where" data-label={c.where}>
                {href ? <a href={href} target="_blank" rel="noreferrer noopener">{href}</a> : (entry.pageUrl ?? '')}
                {entry.commentId && <span className="muted"> ({t.comment} {entry.commentId})</span>}
                {!entry.pageUrl && !entry.commentId && '—'}
              </td>
              {/* The log, a public record, is kept in Swedish whatever the interface's language. */}
              <td className="log-detail" data-label={c.detail} lang="sv">{bidiControlsShown(entry.detail)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
