import type { Category } from '@/rules/categories';
import type { AppDB } from '@/utils/db/app-db';
import type { LogAction, LogEntry } from '@/utils/db/records';
import { swedishDayEnd, swedishDayStart } from './time';
import { LOG_ACTION_LABELS } from './actions';

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
  /** How many entries match in all, when the page knows it without extra reading; otherwise null (see countLog). */
  total: number | null;
}

export const LOG_PAGE_SIZE = 200;

/**
 * A category or action with at most this many entries is read whole through its index and sorted;
 * a commoner one is checked while reading the time index, where a page fills quickly.
 */
export const SMALL_SET = 5_000;

/** Largest batch read at once from a time window. */
const MAX_BATCH = 5_000;

const LOWEST = '';
const HIGHEST = '\uffff';

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
 * read newest first and stops once a page is full; a small category or action set is read whole.
 */
type Plan =
  | { kind: 'window'; window: TimeWindow; rest: Predicate | null }
  | { kind: 'set'; collection: LogCollection; rest: Predicate | null };

/** One page of matching entries, newest first. */
export async function queryLog(db: AppDB, filter: LogFilter, page: { offset?: number; limit?: number } = {}): Promise<LogPage> {
  const offset = Math.max(0, page.offset ?? 0);
  const limit = Math.max(1, page.limit ?? LOG_PAGE_SIZE);
  const plan = await choosePlan(db, filter);
  if (!plan) return { entries: [], hasMore: false, total: 0 };
  if (plan.kind === 'set') {
    const all = await readSet(plan);
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
  const complete = found.length <= limit;
  return { entries: found.slice(0, limit), hasMore: !complete, total: complete ? offset + found.length : null };
}

/**
 * How many entries match, or null when only reading them all could tell (a free-text search, or a
 * category or action that is not a small set). Counting walks the index, so call it apart from the page.
 */
export async function countLog(db: AppDB, filter: LogFilter): Promise<number | null> {
  const plan = await choosePlan(db, filter);
  if (!plan) return 0;
  if (plan.kind === 'set') return (await readSet(plan)).length;
  return plan.rest ? null : windowRange(db, plan.window, plan.window.upper, false).count();
}

/** Every matching entry, newest first (for exports of the current filter). */
export async function allLogEntries(db: AppDB, filter: LogFilter): Promise<LogEntry[]> {
  const plan = await choosePlan(db, filter);
  if (!plan) return [];
  if (plan.kind === 'set') return readSet(plan);
  const rows = await windowRange(db, plan.window, plan.window.upper, false).toArray();
  // The time indexes give (time, id) ascending: reversed, that is newest first.
  return (plan.rest ? rows.filter(plan.rest) : rows).reverse();
}

/** The accounts the log mentions, sorted: one short index read per account, not a walk over every entry. */
export async function logAccounts(db: AppDB): Promise<string[]> {
  const accounts: string[] = [];
  let last: string | null = null;
  for (;;) {
    const range: LogCollection = last === null ? db.log.orderBy('account') : db.log.where('account').above(last);
    const next = (await range.limit(1).keys())[0];
    if (next === undefined) return accounts;
    last = String(next);
    accounts.push(last);
  }
}

/**
 * What else a typed text finds: the accounts whose name in the register holds it (the log keeps each
 * account by its address: "Sjöviks kommun" is facebook.com/sjovikskommun) and the actions whose
 * name holds it, in Swedish or English ("falsklarm").
 */
export interface SearchAlso {
  accounts: ReadonlySet<string>;
  actions: ReadonlySet<string>;
}

const folded = (text: string) => text.trim().toLocaleLowerCase('sv');

async function searchAlso(db: AppDB, search: string): Promise<SearchAlso> {
  const needle = folded(search);
  const named = needle ? await db.accounts.filter((account) => folded(account.name).includes(needle)).toArray() : [];
  const actions = Object.entries(LOG_ACTION_LABELS).filter(([, label]) => folded(label.sv).includes(needle) || folded(label.en).includes(needle));
  return { accounts: new Set(named.map((account) => account.key)), actions: new Set(needle ? actions.map(([action]) => action) : []) };
}

/** True when an entry's editor, account (its address or register name), page address, detail or action contains the text (case-insensitive). */
export function matchesSearch(entry: LogEntry, search: string, also: SearchAlso = { accounts: new Set(), actions: new Set() }): boolean {
  const needle = folded(search);
  if (!needle) return true;
  return (entry.account !== null && also.accounts.has(entry.account)) || also.actions.has(entry.action)
    || [entry.detail, entry.account, entry.pageUrl, entry.by].some((field) => typeof field === 'string' && field.toLocaleLowerCase('sv').includes(needle));
}

function windowRange(db: AppDB, window: TimeWindow, top: string, includeTop: boolean): LogCollection {
  return window.account
    ? db.log.where('[account+at]').between([window.account, window.lower], [window.account, top], true, includeTop)
    : window.lower === LOWEST && top === HIGHEST ? db.log.orderBy('at') : db.log.where('at').between(window.lower, top, true, includeTop);
}

/**
 * Reads a time window newest first in growing batches, each one a bounded range read, never one long
 * filtered cursor. Entries sharing the boundary instant are read again by the next batch and dropped by id.
 */
async function* newestFirstBatches(db: AppDB, window: TimeWindow, firstBatch: number): AsyncGenerator<LogEntry[]> {
  let top = window.upper;
  let includeTop = false;
  let seenAtTop = new Set<string>();
  let size = Math.min(Math.max(firstBatch, 50), MAX_BATCH);
  for (;;) {
    const rows = await windowRange(db, window, top, includeTop).reverse().limit(size).toArray();
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

async function readSet(plan: Extract<Plan, { kind: 'set' }>): Promise<LogEntry[]> {
  const rows = await plan.collection.toArray();
  return newestFirst(plan.rest ? rows.filter(plan.rest) : rows);
}

function newestFirst(entries: LogEntry[]): LogEntry[] {
  // The same order the time indexes give when read backwards: time, then id.
  return entries.sort((a, b) => (a.at === b.at ? (a.id < b.id ? 1 : a.id > b.id ? -1 : 0) : a.at < b.at ? 1 : -1));
}

/**
 * Picks how to read. A category or action with few entries (≤ SMALL_SET) is read whole through its
 * index: finding out costs at most SMALL_SET keys. Otherwise the time window (of the account, if
 * one is chosen) is read newest first, and the page fills quickly because matches are common.
 * Nothing here counts a large range: IndexedDB in Chromium counts by walking the keys.
 */
async function choosePlan(db: AppDB, filter: LogFilter): Promise<Plan | null> {
  const from = filter.from ? swedishDayStart(filter.from) : null;
  const to = filter.to ? swedishDayEnd(filter.to) : null;
  const lower = from ?? LOWEST;
  const upper = to ?? HIGHEST;
  if (lower >= upper) return null;
  const search = filter.search?.trim() ?? '';
  const also = await searchAlso(db, search);

  const sets: Array<{ answered: 'category' | 'action'; size: number; collection: LogCollection }> = [];
  const probe = async (answered: 'category' | 'action', collection: () => LogCollection) => {
    const size = (await collection().limit(SMALL_SET + 1).primaryKeys()).length;
    if (size <= SMALL_SET) sets.push({ answered, size, collection: collection() });
  };
  if (filter.category) await probe('category', () => db.log.where('categories').equals(filter.category!));
  if (filter.action) await probe('action', () => db.log.where('action').equals(filter.action!));
  const smallest = sets.sort((a, b) => a.size - b.size)[0];
  if (smallest) {
    return {
      kind: 'set', collection: smallest.collection,
      rest: predicate({
        account: filter.account, from, to, search, also,
        category: smallest.answered === 'category' ? undefined : filter.category,
        action: smallest.answered === 'action' ? undefined : filter.action,
      }),
    };
  }
  return {
    kind: 'window', window: { account: filter.account || null, lower, upper },
    rest: predicate({ category: filter.category, action: filter.action, search, also }),
  };
}

interface Remaining {
  account?: string;
  category?: Category;
  action?: LogAction;
  from?: string | null;
  to?: string | null;
  search: string;
  also: SearchAlso;
}

function predicate(r: Remaining): Predicate | null {
  const checks: Predicate[] = [];
  if (r.account) checks.push((e) => e.account === r.account);
  if (r.category) checks.push((e) => Array.isArray(e.categories) && e.categories.includes(r.category!));
  if (r.action) checks.push((e) => e.action === r.action);
  if (r.from) checks.push((e) => e.at >= r.from!);
  if (r.to) checks.push((e) => e.at < r.to!);
  if (r.search) checks.push((e) => matchesSearch(e, r.search, r.also));
  return checks.length ? (e) => checks.every((check) => check(e)) : null;
}
