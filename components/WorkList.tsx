import { useState } from 'react';
import type { PageReport, WorkItem } from '@/utils/report';
import { actionLabel, categoryLabel, followUpText } from '@/rules/explain';
import { postedWhen } from '@/utils/ui/posted-when';
import { WORK_GROUPS } from '@/rules/triage';
import { STRINGS, type Lang } from '@/utils/ui/strings';
import { excerptOf, withoutPiledMarks } from '@/utils/ui/display-text';
import { withoutBidiControls } from '@/utils/ui/without-bidi';

const EXCERPT = 160;
/**
 * Items shown per group until the editor asks for more: a thread of thousands of comments would
 * otherwise build thousands of entries (each watching its delivery in the database) on every
 * update, and the most urgent come first.
 */
export const SHOWN_PER_GROUP = 50;

/** A comment's text or a writer's name shortened for the work list (see excerptOf). */
export const excerpt = (text: string): string => excerptOf(text, EXCERPT);

/** A work item's excerpt; a shortened one says how long the whole text is (an 'AAAA…' may be 1 MB). */
function itemExcerpt(item: WorkItem, lang: Lang): string {
  const shown = excerpt(item.text);
  // A comment of only spaces (or only a picture) would be an empty line that looks like a fault.
  if (!shown.trim()) return STRINGS[lang].noText;
  const shortened = shown.endsWith('…') && (item.textLength ?? 0) > [...shown].length;
  return shortened ? `${shown} ${STRINGS[lang].textLength(item.textLength!)}` : shown;
}

interface Props {
  report: PageReport;
  lang: Lang;
  onReveal(item: WorkItem): void;
  renderActions?(item: WorkItem): React.ReactNode;
}

/** The editor's work list for one page: grouped, counted, each item explained and reachable by keyboard. */
export function WorkList({ report, lang, onReveal, renderActions }: Props) {
  const t = STRINGS[lang];
  const [shown, setShown] = useState<Partial<Record<WorkItem['group'], number>>>({});
  const groups = WORK_GROUPS.map((group) => ({ group, items: report.items.filter((i) => i.group === group) }));
  if (report.items.length === 0) return <p className="empty">{report.misses.length > 0 ? t.emptyUnrecognised : t.empty}</p>;
  return (
    <div className="work-list">
      {groups.filter((g) => g.items.length > 0).map(({ group, items }) => {
        const limit = shown[group] ?? SHOWN_PER_GROUP;
        const left = items.length - limit;
        return (
        <section key={group} aria-labelledby={`group-${group}`} className={`group group-${group}`}>
          <h2 id={`group-${group}`}>
            {t.groups[group]} <span className="count" aria-label={`${items.length}`}>{items.length}</span>
          </h2>
          <ul>
            {items.slice(0, limit).map((item) => (
              <li key={item.commentId} className={`item due-${item.due ?? 'none'}`} data-comment-id={item.commentId}>
                <button type="button" className="reveal" onClick={() => onReveal(item)} title={t.show}>
                  <span className="author">{withoutPiledMarks(withoutBidiControls(item.author.name || item.author.handle || '?'))}</span>
                  <span className="meta">
                    {t.status[item.status]}
                    {item.status === 'unanswered' || item.status === 'unknown' ? ` · ${t.age(item.ageOfficeHours)}` : ''}
                    {item.postedAt && item.group !== 'unanswered' && <> · <span className="together">{t.posted(postedWhen(item.postedAt, item.postedShown, lang))}</span></>}
                    {item.due ? ` · ${t.due[item.due]}` : ''}
                  </span>
                  <span className="excerpt" dir="auto">{itemExcerpt(item, lang)}</span>
                </button>
                {item.categories.length > 0 && (
                  <ul className="categories" aria-label={lang === 'sv' ? 'Kategorier' : 'Categories'}>
                    {item.categories.map((c) => <li key={c} className={`category category-${c.split('.')[0]}`}>{categoryLabel(c, lang)}</li>)}
                  </ul>
                )}
                {item.truncated && <p className="hint truncated">{t.truncatedItem}</p>}
                {item.longerThanRead && item.textLength && <p className="hint read-limit">{t.longerThanRead(item.textLength)}</p>}
                <p className="action">
                  {actionLabel(item.action, lang)}
                  {item.followUps.length > 0 && <span className="follow-ups">. {followUpText(item.followUps, lang)}</span>}
                </p>
                {renderActions?.(item)}
              </li>
            ))}
          </ul>
          {left > 0 && (
            <button type="button" className="action-button show-more" onClick={() => setShown({ ...shown, [group]: limit + SHOWN_PER_GROUP })}>
              {t.showMore(Math.min(SHOWN_PER_GROUP, left), left)}
            </button>
          )}
        </section>
        );
      })}
    </div>
  );
}
