import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { AppDB } from '@/utils/db/app-db';
import type { LogEntry } from '@/utils/db/records';
import { LOG_ACTION_LABELS } from '@/utils/log/actions';
import { emptyAccount } from '@/components/AccountForm';
import { allLogEntries, countLog, logAccounts, queryLog, SMALL_SET, type LogFilter } from '@/utils/log/query';
import { seedLog } from '@/utils/log/seed';
import { inSwedishTime, swedishDateTime, swedishDayEnd, swedishDayStart } from '@/utils/log/time';

const NOW = new Date('2026-11-01T12:00:00.000Z');
let open: AppDB[] = [];
function freshDb(): AppDB {
  const db = new AppDB(`log-query-${crypto.randomUUID()}`);
  open.push(db);
  return db;
}
afterEach(() => { open.forEach((db) => db.close()); open = []; });

function entry(overrides: Partial<LogEntry>): LogEntry {
  return {
    id: crypto.randomUUID(), at: '2026-03-10T09:00:00.000Z', by: 'Anna Berg, kommunikatör', action: 'note', platform: 'facebook',
    account: 'facebook.com/sjovikskommun', pageUrl: null, commentId: null, categories: [], detail: '', ...overrides,
  };
}

/** What the filter means, written out plainly: the test's own answer to compare the indexed query with. */
function expected(entries: LogEntry[], filter: LogFilter, bounds: { from?: string; to?: string }): string[] {
  const needle = filter.search?.toLowerCase();
  return entries
    .filter((e) => !filter.account || e.account === filter.account)
    .filter((e) => !filter.category || e.categories.includes(filter.category))
    .filter((e) => !filter.action || e.action === filter.action)
    .filter((e) => !bounds.from || e.at >= bounds.from)
    .filter((e) => !bounds.to || e.at < bounds.to)
    .filter((e) => !needle || [e.detail, e.account, e.pageUrl, e.by, LOG_ACTION_LABELS[e.action].sv, LOG_ACTION_LABELS[e.action].en].some((f) => f?.toLowerCase().includes(needle)))
    .sort((a, b) => (a.at === b.at ? b.id.localeCompare(a.id) : b.at.localeCompare(a.at)))
    .map((e) => e.id);
}

describe('Swedish calendar days as UTC bounds', () => {
  it('starts a winter day at 23:00 UTC the day before and a summer day at 22:00 UTC', () => {
    expect(swedishDayStart('2026-03-01')).toBe('2026-02-28T23:00:00.000Z');
    expect(swedishDayStart('2026-07-01')).toBe('2026-06-30T22:00:00.000Z');
  });

  it('ends the day clocks go forward 23 hours after it began', () => {
    expect(swedishDayStart('2026-03-29')).toBe('2026-03-28T23:00:00.000Z');
    expect(swedishDayEnd('2026-03-29')).toBe('2026-03-29T22:00:00.000Z');
  });

  it('rejects what is not a date', () => {
    expect(swedishDayStart('2026-02-30')).toBeNull();
    expect(swedishDayStart('1 mars')).toBeNull();
  });
});

describe('queryLog on a small log', () => {
  it('lists entries newest first and pages through them', async () => {
    const db = freshDb();
    const entries = Array.from({ length: 7 }, (_, i) => entry({ at: `2026-03-0${i + 1}T09:00:00.000Z`, detail: `post ${i + 1}` }));
    await db.log.bulkAdd(entries);
    const first = await queryLog(db, {}, { limit: 3 });
    expect(first.entries.map((e) => e.detail)).toEqual(['post 7', 'post 6', 'post 5']);
    expect(first.hasMore).toBe(true);
    expect(await countLog(db, {})).toBe(7);
    const last = await queryLog(db, {}, { offset: 6, limit: 3 });
    expect(last.entries.map((e) => e.detail)).toEqual(['post 1']);
    expect(last.hasMore).toBe(false);
  });

  it('counts a day by Swedish time: 00:30 on 1 March in Sweden is 23:30 UTC on 28 February', async () => {
    const db = freshDb();
    await db.log.bulkAdd([
      entry({ at: '2026-02-28T22:59:00.000Z', detail: 'sent 28 februari' }),
      entry({ at: '2026-02-28T23:30:00.000Z', detail: 'tidigt 1 mars' }),
      entry({ at: '2026-03-01T22:59:00.000Z', detail: 'sent 1 mars' }),
      entry({ at: '2026-03-01T23:00:00.000Z', detail: 'midnatt 2 mars' }),
    ]);
    const page = await queryLog(db, { from: '2026-03-01', to: '2026-03-01' });
    expect(page.entries.map((e) => e.detail)).toEqual(['sent 1 mars', 'tidigt 1 mars']);
  });

  it('searches case-insensitively in detail, account, page address and editor, also å/ä/ö', async () => {
    const db = freshDb();
    await db.log.bulkAdd([
      entry({ detail: 'Hänvisad till ÄLDREOMSORGEN' }),
      entry({ account: 'instagram.com/sjovik_ungdom', detail: 'x' }),
      entry({ pageUrl: 'https://www.facebook.com/sjovikskommun/posts/4711', detail: 'y' }),
      entry({ by: 'Fatima Hassan, kommunikatör', detail: 'z' }),
      entry({ detail: 'inget som matchar' }),
    ]);
    const search = async (text: string) => (await queryLog(db, { search: text })).entries.map((e) => e.detail);
    expect(await search('äldreomsorgen')).toEqual(['Hänvisad till ÄLDREOMSORGEN']);
    expect(await search('UNGDOM')).toEqual(['x']);
    expect(await search('posts/4711')).toEqual(['y']);
    expect(await search('fatima')).toEqual(['z']);
  });

  it('finds an account by its name in the register (the log keeps its address) and an action by its name, in Swedish or English', async () => {
    const db = freshDb();
    await db.accounts.add({ ...emptyAccount(), name: 'Sjöviks kulturskola', url: 'https://www.instagram.com/sjovik_kultur', key: 'instagram.com/sjovik_kultur', platform: 'instagram' });
    await db.log.bulkAdd([
      entry({ account: 'instagram.com/sjovik_kultur', detail: 'a' }),
      entry({ action: 'false-alarm', detail: 'b' }),
      entry({ detail: 'c' }),
    ]);
    const search = async (text: string) => (await queryLog(db, { search: text })).entries.map((e) => e.detail);
    expect(await search('kulturskola')).toEqual(['a']);
    expect(await search('falsklarm')).toEqual(['b']);
    expect(await search('false alarm')).toEqual(['b']);
  });

  it('returns nothing when from is after to', async () => {
    const db = freshDb();
    await db.log.add(entry({}));
    expect((await queryLog(db, { from: '2026-04-01', to: '2026-03-01' })).entries).toEqual([]);
  });

  it('pages correctly through many entries at the same instant', async () => {
    const db = freshDb();
    const same = Array.from({ length: 130 }, (_, i) => entry({ at: '2026-03-05T10:00:00.000Z', detail: `samma ${i}`, categories: i % 2 ? ['needs-reply'] : [] }));
    await db.log.bulkAdd([...same, entry({ at: '2026-03-04T10:00:00.000Z', detail: 'dagen före', categories: ['needs-reply'] })]);
    const seen: string[] = [];
    for (let offset = 0; ; offset += 20) {
      const page = await queryLog(db, { search: 'a' }, { offset, limit: 20 });
      seen.push(...page.entries.map((e) => e.id));
      if (!page.hasMore) break;
    }
    expect(seen).toHaveLength(131);
    expect(new Set(seen).size).toBe(131);
    expect(seen.at(-1)).toBe((await db.log.filter((e) => e.detail === 'dagen före').first())?.id);
  });

  it('lists the distinct accounts of the log, sorted', async () => {
    const db = freshDb();
    await db.log.bulkAdd([entry({ account: 'x.com/sjovikkommun' }), entry({}), entry({}), entry({ account: null })]);
    expect(await logAccounts(db)).toEqual(['facebook.com/sjovikskommun', 'x.com/sjovikkommun']);
  });
});

describe('queryLog on a seeded log', () => {
  const cases: Array<[string, LogFilter]> = [
    ['account + category + date range + search', { account: 'facebook.com/sjovikkultur', category: 'needs-reply', from: '2026-03-01', to: '2026-06-30', search: 'svar' }],
    ['category only', { category: 'personal.case' }],
    ['action + date range', { action: 'removed', from: '2026-05-01', to: '2026-05-31' }],
    ['account + action', { account: 'x.com/sjovikkommun', action: 'answered' }],
    ['search only', { search: 'BYGGLOV' }],
    ['category + action', { category: 'prohibited.threat', action: 'police-report.made' }],
  ];

  it.each(cases)('%s gives exactly the matching entries, newest first', async (_name, filter) => {
    const db = freshDb();
    const entries = await seedLog(db, 3000, { seed: 11, now: NOW });
    const bounds = { from: filter.from && swedishDayStart(filter.from)!, to: filter.to && swedishDayEnd(filter.to)! };
    const want = expected(entries, filter, bounds);
    expect(want.length).toBeGreaterThan(0);
    const all = await allLogEntries(db, filter);
    expect(all.map((e) => e.id)).toEqual(want);
    const page = await queryLog(db, filter, { limit: 25 });
    expect(page.entries.map((e) => e.id)).toEqual(want.slice(0, 25));
    expect(page.hasMore).toBe(want.length > 25);
    if (page.total !== null) expect(page.total).toBe(want.length);
    // Exact without free text (every category and action here is a small set); with it, exact or unknown.
    const counted = await countLog(db, filter);
    if (filter.search) expect([null, want.length]).toContain(counted);
    else expect(counted).toBe(want.length);
  });

  it('finds the right entries among 100,000', { timeout: 300_000 }, async () => {
    const db = freshDb();
    const entries = await seedLog(db, 100_000, { seed: 7, now: NOW });
    const filter: LogFilter = { account: 'facebook.com/sjovikkultur', category: 'prohibited.attack', from: '2026-03-01', to: '2026-06-30', search: 'anställd' };
    const want = expected(entries, filter, { from: swedishDayStart('2026-03-01')!, to: swedishDayEnd('2026-06-30')! });
    expect(want.length).toBeGreaterThan(10);
    const first = await queryLog(db, filter, { limit: 10 });
    expect(first.entries.map((e) => e.id)).toEqual(want.slice(0, 10));
    const second = await queryLog(db, filter, { offset: 10, limit: 10 });
    expect(second.entries.map((e) => e.id)).toEqual(want.slice(10, 20));

    const commonCategory: LogFilter = { category: 'prohibited.attack' };
    const common = expected(entries, commonCategory, {});
    expect(common.length).toBeGreaterThan(SMALL_SET);
    expect((await queryLog(db, commonCategory, { offset: 200 })).entries.map((e) => e.id)).toEqual(common.slice(200, 400));

    const rareAction: LogFilter = { action: 'police-report.made', account: 'x.com/sjovikkommun' };
    const rare = expected(entries, rareAction, {});
    expect((await queryLog(db, rareAction)).entries.map((e) => e.id)).toEqual(rare.slice(0, 200));

    const unfiltered = await queryLog(db, {});
    expect(await countLog(db, {})).toBe(100_000);
    expect(unfiltered.entries).toHaveLength(200);
    expect(unfiltered.entries.map((e) => e.id)).toEqual(expected(entries, {}, {}).slice(0, 200));
  });
});

describe('Swedish time of an entry', () => {
  it('shows the hour around the spring and autumn clock changes as a Swedish clock did', () => {
    expect(swedishDateTime('2026-03-29T00:59:00.000Z')).toBe('2026-03-29 01:59');
    expect(swedishDateTime('2026-03-29T01:00:00.000Z')).toBe('2026-03-29 03:00');
    expect(swedishDateTime('2026-10-25T00:30:00.000Z')).toBe('2026-10-25 02:30');
    expect(swedishDateTime('2026-10-25T01:30:00.000Z')).toBe('2026-10-25 02:30');
    expect(swedishDateTime('2026-12-31T23:30:00.000Z')).toBe('2027-01-01 00:30');
    expect(swedishDateTime('inte en tid')).toBe('inte en tid');
  });

  it('says in the registrar\'s copy which of the autumn\'s two 02:30 it was, and nothing more the rest of the year', () => {
    expect(inSwedishTime('2026-10-25T00:30:00.000Z')).toBe('2026-10-25 02:30 (svensk sommartid, UTC+2)');
    expect(inSwedishTime('2026-10-25T01:30:00.000Z')).toBe('2026-10-25 02:30 (svensk normaltid, UTC+1)');
    expect(inSwedishTime('2026-10-25T02:00:00.000Z')).toBe('2026-10-25 03:00 (svensk tid)');
    expect(inSwedishTime('2026-03-29T01:30:00.000Z')).toBe('2026-03-29 03:30 (svensk tid)');
    expect(inSwedishTime('2026-12-05T14:01:00.000Z')).toBe('2026-12-05 15:01 (svensk tid)');
  });
});
