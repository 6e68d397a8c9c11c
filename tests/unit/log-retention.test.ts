import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { AppDB } from '@/utils/db/app-db';
import { previewRetention, purgeExpired } from '@/utils/log/retention';
import { account, evidence, logEntry, outboxItem } from './log-records';

const NOW = new Date('2026-11-23T12:00:00.000Z');
const OLD = '2024-06-01T10:00:00.000Z';
const RECENT = '2026-10-01T10:00:00.000Z';

let open: AppDB[] = [];
function freshDb(): AppDB {
  const db = new AppDB(`log-retention-${crypto.randomUUID()}`);
  open.push(db);
  return db;
}
afterEach(() => { open.forEach((db) => db.close()); open = []; });

/** Old and recent records of every kind, and old documentation still on its way to the registrar. */
async function seeded() {
  const db = freshDb();
  const oldSent = evidence({ at: OLD });
  const oldQueued = evidence({ at: OLD });
  const oldFailed = evidence({ at: OLD });
  const oldSending = evidence({ at: OLD });
  const recent = evidence({ at: RECENT });
  await db.evidence.bulkAdd([oldSent, oldQueued, oldFailed, oldSending, recent]);
  const outbox = {
    oldSent: outboxItem(oldSent.id, { at: OLD, state: 'sent' }),
    oldQueued: outboxItem(oldQueued.id, { at: OLD, state: 'queued' }),
    oldFailed: outboxItem(oldFailed.id, { at: OLD, state: 'failed' }),
    oldSending: outboxItem(oldSending.id, { at: OLD, state: 'sending' }),
    recentSent: outboxItem(recent.id, { at: RECENT, state: 'sent' }),
  };
  await db.outbox.bulkAdd(Object.values(outbox));
  await db.log.bulkAdd([
    logEntry({ at: OLD, detail: 'gammal 1' }), logEntry({ at: '2024-11-23T11:59:00.000Z', detail: 'gammal 2' }),
    logEntry({ at: '2024-11-23T12:01:00.000Z', detail: 'precis innanför' }), logEntry({ at: RECENT, detail: 'ny' }),
  ]);
  await db.accounts.add(account({ at: OLD }));
  // The editor's decisions on comments: two old (a false alarm, one answered by phone), one recent.
  await db.ignored.bulkAdd([
    { id: 'ignored-old', commentKey: 'facebook:1', reason: 'Citerar en bok', by: 'Anna Berg', at: OLD },
    { id: 'ignored-new', commentKey: 'facebook:2', reason: 'Ironi', by: 'Anna Berg', at: RECENT },
  ]);
  await db.handled.add({ id: 'handled-old', commentKey: 'x:3', how: 'answered', detail: 'Ringde upp', by: 'Anna Berg', at: OLD });
  return { db, evidence: { oldSent, oldQueued, oldFailed, oldSending, recent }, outbox };
}

describe('gallring (retention purge)', () => {
  it('removes only log entries, documentation, sent deliveries and decisions older than the period', async () => {
    const { db, evidence: ev, outbox } = await seeded();
    const result = await purgeExpired(db, 730, 'Anna Berg, kommunikatör', NOW);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.counts).toEqual({ log: 2, evidence: 1, outbox: 1, decisions: 2, keptUndelivered: 3 });

    expect((await db.log.toArray()).map((e) => e.detail).sort()).toEqual(['ny', 'precis innanför', result.entry.detail].sort());
    expect((await db.evidence.toArray()).map((e) => e.id).sort())
      .toEqual([ev.oldQueued.id, ev.oldFailed.id, ev.oldSending.id, ev.recent.id].sort());
    expect((await db.outbox.toArray()).map((o) => o.id).sort())
      .toEqual([outbox.oldQueued.id, outbox.oldFailed.id, outbox.oldSending.id, outbox.recentSent.id].sort());
    expect(await db.accounts.count()).toBe(1);
    expect((await db.ignored.toArray()).map((d) => d.id)).toEqual(['ignored-new']);
    expect(await db.handled.count()).toBe(0);
  });

  it('logs the purge: what went, the period and who did it', async () => {
    const { db } = await seeded();
    const result = await purgeExpired(db, 730, 'Anna Berg, kommunikatör', NOW);
    if (!result.ok) throw new Error(result.reason);
    const logged = await db.log.where('action').equals('retention.purged').toArray();
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatchObject({
      by: 'Anna Berg, kommunikatör', at: NOW.toISOString(),
      data: { retentionDays: 730, log: 2, evidence: 1, outbox: 1, decisions: 2, keptUndelivered: 3 },
    });
    expect(logged[0].detail).toBe(
      'Gallring: 2 loggposter, 1 dokumentationspost, 1 skickat utskick och 2 beslut om kommentarer äldre än 730 dagar (före 2024-11-23) togs bort. '
      + '3 äldre dokumentationsposter behölls eftersom de ännu inte har nått registrator.',
    );
  });

  it('previews the same counts without removing anything', async () => {
    const { db } = await seeded();
    const preview = await previewRetention(db, 730, NOW);
    expect(preview.ok && preview.counts).toEqual({ log: 2, evidence: 1, outbox: 1, decisions: 2, keptUndelivered: 3 });
    expect(await db.log.count()).toBe(4);
    expect(await db.evidence.count()).toBe(5);
    expect(await db.ignored.count()).toBe(2);
  });

  it('a second purge right after removes nothing more but is logged too', async () => {
    const { db } = await seeded();
    await purgeExpired(db, 730, 'Anna Berg', NOW);
    const second = await purgeExpired(db, 730, 'Anna Berg', NOW);
    expect(second.ok && second.counts).toEqual({ log: 0, evidence: 0, outbox: 0, decisions: 0, keptUndelivered: 3 });
    expect(await db.log.where('action').equals('retention.purged').count()).toBe(2);
  });

  it.each([0, -5, 2.5, Number.NaN])('refuses a retention period of %s days and removes nothing', async (days) => {
    const { db } = await seeded();
    const result = await purgeExpired(db, days, 'Anna Berg', NOW);
    expect(result.ok === false && result.reason).toMatch(/helt antal dagar/);
    expect(await db.log.count()).toBe(4);
  });
});
