import type { Category } from '@/rules/categories';
import type { AppDB } from '@/utils/db/app-db';
import type { LogAction, LogEntry } from '@/utils/db/records';
import { swedishDayEnd, swedishDayStart } from './time';

/** What the editor narrowed the log to. Dates are Swedish calendar days, YYYY-MM-DD, both inclusive. */
export interface LogFilter {
  search?: string;
  account?: string;
  category?: Category;
  action?: LogAction;
  from?: string;
  to?: string;
}

export interface LogPage {
  /** Newest first. */
  entries: LogEntry[];
  /** More entries match after this page. */
  hasMore: boolean;
  /** How many entries match in all, when that is known without reading them all; otherwise null. */
  total: number | null;
}

export const LOG_PAGE_SIZE = 200;

type Predicate = (entry: LogEntry) => boolean;
type LogCollection = ReturnType<AppDB['log']['orderBy']>;

/** A time range of the log, of one account or all: read through the [account+at] or the at index. */
interface TimeWindow {
  account: string | null;
  /** Inclusive ISO lower bound ('' for none). */
  lower: string;
  /** Exclusive ISO upper bound ('\uffff' for none). */
  upper: string;
}

/**
 * How a filter is answered: one index narrows, a predicate checks the rest in JS. A time window is
 * read newest first and stops once a page is full; an unordered index (category, action) is read whole.
 */
type Plan = { rest: Predicate | null; count: number; collection: LogCollection } & (
  | { kind: 'ordered'; window: TimeWindow }
  | { kind: 'unordered' }
);

/** Largest batch read at once from a time window. */
const MAX_BATCH = 5_000;

const LOWEST = '';
const HIGHEST = '\uffff';

/** One page of matching entries, newest first. */
export async function queryLog(db: AppDB, filter: LogFilter, page: { offset?: number; limit?: number } = {}): Promise<LogPage> {
  const offset = Math.max(0, page.offset ?? 0);
  const limit = Math.max(1, page.limit ?? LOG_PAGE_SIZE);
  const plan = await choosePlan(db, filter, offset + limit + 1);
  if (!plan) return { entries: [], hasMore: false, total: 0 };
  if (plan.kind === 'unordered') {
    const all = newestFirst(await matchingUnordered(plan));
    return { entries: all.slice(offset, offset + limit), hasMore: all.length > offset + limit, total: all.length };
  }
  const found: LogEntry[] = [];
  let skipped = 0;
  outer: for await (const batch of newestFirstBatches(db, plan.window, limit + 1)) {
    for (const entry of batch) {
      if (plan.rest && !plan.rest(entry)) continue;
      if (skipped < offset) skipped++;
      else if (found.push(entry) > limit) break outer;
    }
  }
  return { entries: found.slice(0, limit), hasMore: found.length > limit, total: plan.rest ? null : plan.count };
}

/** Every matching entry, newest first (for exports of the current filter). */
export async function allLogEntries(db: AppDB, filter: LogFilter): Promise<LogEntry[]> {
  const plan = await choosePlan(db, filter, Number.POSITIVE_INFINITY);
  if (!plan) return [];
  return newestFirst(await matchingUnordered(plan));
}

/** The accounts the log mentions, sorted, read from the index without loading entries. */
export async function logAccounts(db: AppDB): Promise<string[]> {
  const keys = await db.log.orderBy('account').uniqueKeys();
  return keys.map(String);
}

/** True when an entry's editor, account, page address or detail contains the text (case-insensitive). */
export function matchesSearch(entry: LogEntry, search: string): boolean {
  const needle = search.trim().toLocaleLowerCase('sv');
  if (!needle) return true;
  return [entry.detail, entry.account, entry.pageUrl, entry.by]
    .some((field) => typeof field === 'string' && field.toLocaleLowerCase('sv').includes(needle));
}

/**
 * Reads a time window newest first in growing batches, each one a bounded range read (IndexedDB's
 * getAll where it can), never a long filtered cursor. Entries sharing the boundary instant are read
 * again by the next batch and dropped by id.
 */
async function* newestFirstBatches(db: AppDB, window: TimeWindow, firstBatch: number): AsyncGenerator<LogEntry[]> {
  const { account, lower } = window;
  let top = window.upper;
  let includeTop = false;
  let seenAtTop = new Set<string>();
  let size = Math.min(Math.max(firstBatch, 50), MAX_BATCH);
  for (;;) {
    const range = account
      ? db.log.where('[account+at]').between([account, lower], [account, top], true, includeTop)
      : db.log.where('at').between(lower, top, true, includeTop);
    const rows = await range.reverse().limit(size).toArray();
    const fresh = rows.filter((row) => !(row.at === top && seenAtTop.has(row.id)));
    if (fresh.length) yield fresh;
    if (rows.length < size) return;
    const lastAt = rows[rows.length - 1].at;
    if (lastAt !== top) seenAtTop = new Set();
    for (const row of rows) if (row.at === lastAt) seenAtTop.add(row.id);
    top = lastAt;
    includeTop = true;
    // Grow the batch: a sparse filter then needs few reads; a batch of one instant makes progress.
    size = Math.min(size * 2, fresh.length ? MAX_BATCH : Number.MAX_SAFE_INTEGER);
  }
}

async function matchingUnordered(plan: Plan): Promise<LogEntry[]> {
  const rows = await plan.collection.toArray();
  return plan.rest ? rows.filter(plan.rest) : rows;
}

function newestFirst(entries: LogEntry[]): LogEntry[] {
  // The same order the time indexes give when read backwards: time, then id.
  return entries.sort((a, b) => (a.at === b.at ? (a.id < b.id ? 1 : a.id > b.id ? -1 : 0) : a.at < b.at ? 1 : -1));
}

/**
 * Picks the index that reads the fewest entries. Time-ordered indexes stop once a page is full, so
 * their cost is how far they must read to find `needed` matches, estimated from the narrowest
 * unordered index; an unordered index (category, action) must read all its entries and sort them.
 * Counting an index range is cheap: IndexedDB counts keys without reading records.
 */
async function choosePlan(db: AppDB, filter: LogFilter, needed: number): Promise<Plan | null> {
  const from = filter.from ? swedishDayStart(filter.from) : null;
  const to = filter.to ? swedishDayEnd(filter.to) : null;
  const lower = from ?? LOWEST;
  const upper = to ?? HIGHEST;
  if (lower >= upper) return null;
  const hasDates = Boolean(from || to);
  const search = filter.search?.trim() ?? '';

  const window: TimeWindow = { account: filter.account || null, lower, upper };
  const ordered: LogCollection = filter.account
    ? db.log.where('[account+at]').between([filter.account, lower], [filter.account, upper], true, false)
    : hasDates ? db.log.where('at').between(lower, upper, true, false) : db.log.orderBy('at');
  const unordered: Array<{ name: 'category' | 'action'; collection: LogCollection }> = [];
  if (filter.category) unordered.push({ name: 'category', collection: db.log.where('categories').equals(filter.category) });
  if (filter.action) unordered.push({ name: 'action', collection: db.log.where('action').equals(filter.action) });

  const orderedCount = await ordered.count();
  const counts = await Promise.all(unordered.map((u) => u.collection.count()));
  const narrowest = counts.length ? Math.min(...counts) : orderedCount;
  const density = orderedCount ? Math.max(narrowest / orderedCount, 1e-6) : 1;
  const orderedCost = Math.min(orderedCount, needed / density);

  const pick = counts.indexOf(narrowest);
  if (pick >= 0 && narrowest < orderedCost) {
    const answered = unordered[pick].name;
    return {
      kind: 'unordered', collection: unordered[pick].collection, count: narrowest,
      rest: predicate({
        account: filter.account, category: answered === 'category' ? undefined : filter.category,
        action: answered === 'action' ? undefined : filter.action, from, to, search,
      }),
    };
  }
  return {
    kind: 'ordered', window, collection: ordered, count: orderedCount,
    rest: predicate({ category: filter.category, action: filter.action, search }),
  };
}

interface Remaining {
  account?: string;
  category?: Category;
  action?: LogAction;
  from?: string | null;
  to?: string | null;
  search: string;
}

function predicate(r: Remaining): Predicate | null {
  const checks: Predicate[] = [];
  if (r.account) checks.push((e) => e.account === r.account);
  if (r.category) checks.push((e) => Array.isArray(e.categories) && e.categories.includes(r.category!));
  if (r.action) checks.push((e) => e.action === r.action);
  if (r.from) checks.push((e) => e.at >= r.from!);
  if (r.to) checks.push((e) => e.at < r.to!);
  if (r.search) checks.push((e) => matchesSearch(e, r.search));
  return checks.length ? (e) => checks.every((check) => check(e)) : null;
}
