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
  const ev = {
    oldSent: evidence({ at: OLD }), oldConfirmed: evidence({ at: OLD }),
    oldQueued: evidence({ at: OLD }), oldFailed: evidence({ at: OLD }), oldSending: evidence({ at: OLD }), oldBlocked: evidence({ at: OLD }),
    oldSaved: evidence({ at: OLD }), oldSavedBefore: evidence({ at: OLD }), recent: evidence({ at: RECENT }),
  };
  await db.evidence.bulkAdd(Object.values(ev));
  const outbox = {
    // With the registrar: an HTTP receipt, or an e-mail draft the editor marked as sent.
    oldSent: outboxItem(ev.oldSent.id, { at: OLD, state: 'sent', transport: 'http', receipt: 'Diarienummer KS 2024/1' }),
    oldConfirmed: outboxItem(ev.oldConfirmed.id, { at: OLD, state: 'sent', transport: 'email', confirmedBy: 'Anna Berg', confirmedAt: OLD }),
    oldQueued: outboxItem(ev.oldQueued.id, { at: OLD, state: 'queued' }),
    oldFailed: outboxItem(ev.oldFailed.id, { at: OLD, state: 'failed' }),
    oldSending: outboxItem(ev.oldSending.id, { at: OLD, state: 'sending' }),
    oldBlocked: outboxItem(ev.oldBlocked.id, { at: OLD, state: 'blocked', transport: 'http' }),
    // A draft in Downloads nobody marked as sent; and one saved before Uppsikt told saved from sent.
    oldSaved: outboxItem(ev.oldSaved.id, { at: OLD, state: 'saved', transport: 'email' }),
    oldSavedBefore: outboxItem(ev.oldSavedBefore.id, { at: OLD, state: 'sent', transport: 'download', receipt: 'ZIP sparad i Hämtade filer.' }),
    recentSent: outboxItem(ev.recent.id, { at: RECENT, state: 'sent', transport: 'http' }),
  };
  await db.outbox.bulkAdd(Object.values(outbox));
  await db.log.bulkAdd([
    // 2024-11-22 23:59 and 2024-11-23 00:00 in Stockholm: the cut-off is the start of the Swedish day.
    logEntry({ at: OLD, detail: 'gammal 1' }), logEntry({ at: '2024-11-22T22:59:00.000Z', detail: 'gammal 2' }),
    logEntry({ at: '2024-11-22T23:00:00.000Z', detail: 'precis innanför' }), logEntry({ at: RECENT, detail: 'ny' }),
    logEntry({ at: OLD, action: 'delivery.sent', detail: 'om levererad', data: { evidenceId: ev.oldSent.id } }),
    logEntry({ at: OLD, action: 'delivery.failed', detail: 'om misslyckad', data: { evidenceId: ev.oldFailed.id } }),
  ]);
  await db.accounts.add(account({ at: OLD }));
  // The editor's decisions on comments: two old (a false alarm, one answered by phone), one recent.
  await db.ignored.bulkAdd([
    { id: 'ignored-old', commentKey: 'facebook:1', reason: 'Citerar en bok', by: 'Anna Berg', at: OLD },
    { id: 'ignored-new', commentKey: 'facebook:2', reason: 'Ironi', by: 'Anna Berg', at: RECENT },
  ]);
  await db.handled.add({ id: 'handled-old', commentKey: 'x:3', how: 'answered', detail: 'Ringde upp', by: 'Anna Berg', at: OLD });
  return { db, evidence: ev, outbox };
}

const COUNTS = { log: 3, evidence: 2, outbox: 2, decisions: 2, keptUndelivered: 6, keptFailed: 2, keptWaiting: 2, keptSaved: 2, keptLog: 1 };

describe('gallring (retention purge)', () => {
  it('removes only what is older than the period and with the registrar; keeps undelivered documentation, drafts not marked as sent, and their log entries', async () => {
    const { db, evidence: ev, outbox } = await seeded();
    const result = await purgeExpired(db, 730, 'Anna Berg, kommunikatör', NOW);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.counts).toEqual(COUNTS);

    expect((await db.log.toArray()).map((e) => e.detail).sort()).toEqual(['ny', 'om misslyckad', 'precis innanför', result.entry.detail].sort());
    const kept = ['oldQueued', 'oldFailed', 'oldSending', 'oldBlocked', 'oldSaved', 'oldSavedBefore'] as const;
    expect((await db.evidence.toArray()).map((e) => e.id).sort()).toEqual([...kept.map((k) => ev[k].id), ev.recent.id].sort());
    expect((await db.outbox.toArray()).map((o) => o.id).sort()).toEqual([...kept.map((k) => outbox[k].id), outbox.recentSent.id].sort());
    expect(await db.accounts.count()).toBe(1);
    expect((await db.ignored.toArray()).map((d) => d.id)).toEqual(['ignored-new']);
    expect(await db.handled.count()).toBe(0);
  });

  it('logs the purge: what went, what stayed and why, the period and who did it', async () => {
    const { db } = await seeded();
    const result = await purgeExpired(db, 730, 'Anna Berg, kommunikatör', NOW);
    if (!result.ok) throw new Error(result.reason);
    const logged = await db.log.where('action').equals('retention.purged').toArray();
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatchObject({
      by: 'Anna Berg, kommunikatör', at: NOW.toISOString(),
      data: { retentionDays: 730, cutoff: '2024-11-22T23:00:00.000Z', ...COUNTS },
    });
    expect(logged[0].detail).toBe(
      'Gallring: 3 loggposter, 2 dokumentationsposter, 2 skickade utskick och 2 beslut om kommentarer äldre än 730 dagar (före 2024-11-23) togs bort. '
      + '6 äldre dokumentationsposter behölls eftersom de ännu inte har nått registrator: 2 där sändningen misslyckades eller saknar åtkomst, '
      + '2 på väg och 2 sparade som e-postutkast eller ZIP men inte markerade som skickade. 1 loggpost om dem behölls också. '
      + 'Inget gallringsbeslut är angivet i inställningarna.',
    );
  });

  it('names the gallringsbeslut it follows, and never gallrar its own entries (what was gallrat, when and by whom stays)', async () => {
    const { db } = await seeded();
    const first = await purgeExpired(db, 730, 'Anna Berg', new Date('2024-01-10T12:00:00Z'), 'Dokumenthanteringsplan KS 2024/512, 3.4');
    if (!first.ok) throw new Error(first.reason);
    expect(first.entry.detail.endsWith('Gallringsbeslut: Dokumenthanteringsplan KS 2024/512, 3.4.')).toBe(true);
    expect(first.entry.data).toMatchObject({ retentionDecision: 'Dokumenthanteringsplan KS 2024/512, 3.4' });
    // Years later the first gallring's entry is itself older than the period: it stays, and is not counted as gallrat.
    const later = await purgeExpired(db, 730, 'Anna Berg', NOW);
    if (!later.ok) throw new Error(later.reason);
    expect((await db.log.where('action').equals('retention.purged').toArray()).map((e) => e.id).sort()).toEqual([first.entry.id, later.entry.id].sort());
    expect(later.counts.keptLog).toBe(COUNTS.keptLog);
  });

  it('previews the same counts without removing anything', async () => {
    const { db } = await seeded();
    const preview = await previewRetention(db, 730, NOW);
    expect(preview.ok && preview.counts).toEqual(COUNTS);
    expect(await db.log.count()).toBe(6);
    expect(await db.evidence.count()).toBe(9);
    expect(await db.ignored.count()).toBe(2);
  });

  it('a second purge right after removes nothing more but is logged too', async () => {
    const { db } = await seeded();
    await purgeExpired(db, 730, 'Anna Berg', NOW);
    const second = await purgeExpired(db, 730, 'Anna Berg', NOW);
    expect(second.ok && second.counts).toEqual({ ...COUNTS, log: 0, evidence: 0, outbox: 0, decisions: 0 });
    expect(await db.log.where('action').equals('retention.purged').count()).toBe(2);
  });

  it.each([0, -5, 2.5, Number.NaN])('refuses a retention period of %s days and removes nothing', async (days) => {
    const { db } = await seeded();
    const result = await purgeExpired(db, days, 'Anna Berg', NOW);
    expect(result.ok === false && result.reason).toMatch(/helt antal dagar/);
    expect(await db.log.count()).toBe(6);
  });
});
