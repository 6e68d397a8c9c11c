import { useEffect, useRef, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Lang } from '@/rules/explain';
import type { AppDB } from '@/utils/db/app-db';
import { countLog, LOG_PAGE_SIZE, logAccounts, queryLog, type LogFilter } from '@/utils/log/query';
import { standingDecisions } from '@/utils/log/decisions';
import type { DecisionToWithdraw } from '@/utils/messaging';
import { LOG_STRINGS } from '@/utils/log/strings';
import { LogFilters } from './LogFilters';
import { LogTable } from './LogTable';
import { LogTools, type LogWrites } from './LogTools';
import { reasonText } from '@/utils/ui/reason-text';

interface Props {
  db: AppDB;
  /** The editor's label for the exports and backups made here ("Anna Berg, kommunikatör"). */
  editor: string;
  /** effectivePolicy(settings).retentionDays */
  retentionDays: number;
  lang?: Lang;
  writes: LogWrites;
  /** Rows per page; at most a few hundred so the page stays fast with 100,000 entries. */
  pageSize?: number;
}

/** Typing waits this long before the log is searched, so each keystroke does not read the log. */
const SEARCH_DELAY_MS = 250;

/** The log: filters, one page of entries newest first, and export, backup, import and gallring. */
export function LogView({ db, editor, retentionDays, lang = 'sv', writes, pageSize = LOG_PAGE_SIZE }: Props) {
  const t = LOG_STRINGS[lang];
  const [filter, setFilter] = useState<LogFilter>({});
  const [search, setSearch] = useState('');
  const [offset, setOffset] = useState(0);

  useEffect(() => {
    const timer = setTimeout(() => setSearch(filter.search ?? ''), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [filter.search]);

  const applied: LogFilter = { ...filter, search: search || undefined };
  const key = JSON.stringify(applied);
  const result = useLiveQuery(
    async () => ({ key, offset, page: await queryLog(db, JSON.parse(key) as LogFilter, { offset, limit: pageSize }) }),
    [db, key, offset, pageSize],
  );
  // Counting walks the index (slow with 100,000 entries in Chromium), so it runs apart and fills in later.
  const counted = useLiveQuery(async () => ({ key, total: await countLog(db, JSON.parse(key) as LogFilter) }), [db, key]);
  const accounts = useLiveQuery(() => logAccounts(db), [db]) ?? [];
  const names = useLiveQuery(async () => new Map((await db.accounts.toArray()).map((a) => [a.key, a.name])), [db]);
  const standing = useLiveQuery(() => standingDecisions(db), [db]);
  const [withdrawMessage, setWithdrawMessage] = useState('');
  const page = result?.page;
  const stale = result !== undefined && (result.key !== key || result.offset !== offset || filter.search !== applied.search);
  const total = page?.total ?? (counted?.key === key ? counted.total : null);

  const changeFilter = (next: LogFilter) => {
    setFilter(next);
    setOffset(0);
  };

  /** Where the keyboard goes once "Ångra" has done its work: the button leaves with the decision, and the focus went to the page's start. */
  const withdrawStatus = useRef<HTMLParagraphElement>(null);
  const withdraw = async (request: DecisionToWithdraw) => {
    const result = await writes.withdrawDecision(request);
    setWithdrawMessage(result.ok ? t.withdrawn : reasonText(result.reason, lang));
    withdrawStatus.current?.focus();
  };

  const shown = page?.entries.length ?? 0;
  return (
    <div className="log-view" lang={lang}>
      <p className="hint">{t.intro}</p>
      <LogFilters filter={filter} accounts={accounts} names={names} lang={lang} onChange={changeFilter} />
      <LogTools db={db} filter={applied} editor={editor} retentionDays={retentionDays} lang={lang} writes={writes} />
      {(!page || stale) && <p className="hint" role="status">{t.loading}</p>}
      {page && shown === 0 && <p className="empty" role="status">{t.empty}</p>}
      {page && shown > 0 && (
        <>
          <p className="muted" role="status">
            {t.showing(offset + 1, offset + shown, total)}{total === null && page.hasMore ? ` · ${t.more}` : ''}
          </p>
          <p className="hint" role="status" tabIndex={-1} ref={withdrawStatus}>{withdrawMessage}</p>
          <LogTable entries={page.entries} lang={lang} standing={standing} onWithdraw={(request) => void withdraw(request)} />
          <nav className="action-row" aria-label={t.pages}>
            <button type="button" className="action-button" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - pageSize))}>{t.previous}</button>
            <button type="button" className="action-button" disabled={!page.hasMore} onClick={() => setOffset(offset + pageSize)}>{t.next}</button>
          </nav>
        </>
      )}
    </div>
  );
}
