import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { AppDB } from '@/utils/db/app-db';
import { BACKUP_TABLES, createBackup } from '@/utils/log/backup';
import { importBackup } from '@/utils/log/backup-staging';
import { seedLog } from '@/utils/log/seed';
import { MAX_CAPTURED_TEXT } from '@/utils/capture-limits';
import { account, checklist, consent, evidence, handled, ignored, logEntry, outboxItem } from './log-records';

let open: AppDB[] = [];
function freshDb(): AppDB {
  const db = new AppDB(`log-backup-${crypto.randomUUID()}`);
  open.push(db);
  return db;
}
afterEach(() => { open.forEach((db) => db.close()); open = []; });

async function filled(): Promise<AppDB> {
  const db = freshDb();
  await seedLog(db, 300, { seed: 5, now: new Date('2026-11-01T12:00:00.000Z') });
  const ev = evidence();
  await db.evidence.bulkAdd([ev, evidence({ image: null, imageSha256: null, kind: 'account', commentId: 'account' })]);
  await db.outbox.add(outboxItem(ev.id, { state: 'failed', lastError: 'Servern svarade 503' }));
  await db.accounts.bulkAdd([account({ status: 'closed', closedOn: '2026-10-01' }), account({ key: 'x.com/sjovikkommun', platform: 'x', url: 'https://x.com/sjovikkommun', name: 'Sjöviks kommun på X', managed: true })]);
  await db.consents.add(consent({ kind: 'request', state: 'given', minor: true, guardian: 'Per Ek', answeredBy: 'guardian', answeredAt: '2026-02-03' }));
  await db.checklists.add(checklist());
  await db.ignored.add(ignored());
  await db.handled.add(handled());
  return db;
}

async function dump(db: AppDB) {
  const byId = <T extends { id: string }>(rows: T[]) => rows.sort((a, b) => a.id.localeCompare(b.id));
  return Object.fromEntries(await Promise.all(BACKUP_TABLES.map(async (t) => [t, byId(await db.table(t).toArray())])));
}

describe('backup and import', () => {
  it('a backup imported into an empty database gives equal tables, screenshots included, and logs the import', async () => {
    const source = await filled();
    const text = await (await createBackup(source, 'Anna Berg, kommunikatör')).text();
    const target = freshDb();
    const result = await importBackup(target, text, 'Erik Lund, webbredaktör');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.report.added).toEqual({ log: 300, evidence: 2, outbox: 1, accounts: 2, consents: 1, checklists: 1, ignored: 1, handled: 1 });
    expect(result.report.problems).toEqual([]);

    const before = await dump(source);
    const after = await dump(target);
    for (const table of BACKUP_TABLES.filter((t) => t !== 'log')) expect(after[table]).toEqual(before[table]);
    const imported = (await target.evidence.toArray()).find((e) => e.image);
    expect(imported?.image).toBeInstanceOf(Uint8Array);
    expect([...imported!.image!]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 255, 128]);

    const importNote = (await target.log.toArray()).filter((e) => !before.log.some((b: { id: string }) => b.id === e.id));
    expect(importNote).toHaveLength(1);
    expect(importNote[0]).toMatchObject({ by: 'Erik Lund, webbredaktör', data: { kind: 'backup.imported', 'added.log': 300 } });
    // In Swedish time, with what was added named after "tillagt" (no "1 loggpost tillagda").
    expect(importNote[0].detail).toMatch(/^Säkerhetskopia från \d{4}-\d\d-\d\d \d\d:\d\d \(.+\) importerad; tillagt: .*300 loggposter.*\.$/);
    expect(after.log.filter((e: { id: string }) => e.id !== importNote[0].id)).toEqual(before.log);
  });

  it('holds back the deliveries the file has on their way: nothing is sent with this browser\'s registrar until the editor says so', async () => {
    const source = freshDb();
    const [queued, sending, blocked, sent] = [evidence(), evidence(), evidence(), evidence()];
    await source.evidence.bulkAdd([queued, sending, blocked, sent]);
    await source.outbox.bulkAdd([
      outboxItem(queued.id, { state: 'queued' }), outboxItem(sending.id, { state: 'sending' }), outboxItem(blocked.id, { state: 'blocked' }),
      outboxItem(sent.id, { state: 'sent', transport: 'http', receipt: 'KS 2026/0001' }),
    ]);
    const target = freshDb();
    const result = await importBackup(target, await (await createBackup(source, 'Anna Berg')).text(), 'Erik Lund');
    expect(result.ok && [result.report.heldBack, result.report.problems]).toEqual([3, []]);
    const states = Object.fromEntries((await target.outbox.toArray()).map((item) => [item.evidenceId, [item.state, item.lastError, item.heldBack]]));
    const held = ['failed', 'Kom med en säkerhetskopia och har inte skickats härifrån. Skicka den med Försök igen om den ska till registrator.', true];
    expect(states).toEqual({ [queued.id]: held, [sending.id]: held, [blocked.id]: held, [sent.id]: ['sent', null, undefined] });
    expect(await target.outbox.where('state').equals('queued').count()).toBe(0); // what the outbox sends by itself
  });

  it('refuses a documentation or delivery id that would name a folder in Downloads or break the Idempotency-Key header', async () => {
    for (const [table, field, value] of [['evidence', 'id', '../../hemligt'], ['outbox', 'idempotencyKey', 'nyckel-å'], ['outbox', 'evidenceId', 'a/b']] as const) {
      const source = freshDb();
      const ev = evidence();
      await source.evidence.add(ev);
      await source.outbox.add(outboxItem(ev.id));
      const doc = JSON.parse(await (await createBackup(source, 'Anna Berg')).text());
      doc.tables[table][0][field] = value;
      const target = freshDb();
      const result = await importBackup(target, JSON.stringify(doc), 'Erik Lund');
      expect(result).toEqual({ ok: false, reason: expect.stringContaining(`tables.${table}.0.${field}`) });
      expect(await target.evidence.count()).toBe(0);
    }
  });

  it('importing the same backup twice adds nothing the second time and overwrites nothing', async () => {
    const source = await filled();
    const text = await (await createBackup(source, 'Anna Berg')).text();
    const target = freshDb();
    await importBackup(target, text, 'Erik Lund');
    const first = await dump(target);
    const again = await importBackup(target, text, 'Erik Lund');
    expect(again.ok && again.report.added).toEqual({ log: 0, evidence: 0, outbox: 0, accounts: 0, consents: 0, checklists: 0, ignored: 0, handled: 0 });
    expect(again.ok && again.report.alreadyPresent.log).toBe(300);
    expect(await dump(target)).toEqual(first);
  });

  it('keeps the existing record when the backup has a changed copy of it', async () => {
    const db = freshDb();
    const original = logEntry({ detail: 'Originalet' });
    await db.log.add(original);
    const text = await (await createBackup(db, 'Anna Berg')).text();
    const doc = JSON.parse(text);
    doc.tables.log[0].detail = 'Ändrad i filen';
    const result = await importBackup(db, JSON.stringify(doc), 'Anna Berg');
    expect(result.ok).toBe(true);
    expect((await db.log.get(original.id))?.detail).toBe('Originalet');
  });

  it('refuses a backup whose documentation was changed after it was made (its SHA-256 no longer matches), and imports nothing', async () => {
    const source = await filled();
    const original = JSON.parse(await (await createBackup(source, 'Anna Berg')).text());
    const comment = original.tables.evidence.findIndex((e: { kind: string }) => e.kind === 'comment');
    const withoutPicture = 1 - comment; // the account's documentation has no screenshot
    const [text, image, added] = [structuredClone(original), structuredClone(original), structuredClone(original)];
    text.tables.evidence[comment].recordJson = text.tables.evidence[comment].recordJson.replace('hämta', 'besöka');
    image.tables.evidence[comment].image = Buffer.from('ett annat foto').toString('base64');
    added.tables.evidence[withoutPicture].image = Buffer.from('ett tillagt foto').toString('base64');
    for (const [doc, what, at] of [[text, 'text', comment], [image, 'image', comment], [added, 'added image', withoutPicture]] as const) {
      const target = freshDb();
      const result = await importBackup(target, JSON.stringify(doc), 'Erik Lund');
      expect([what, result]).toEqual([what, {
        ok: false, reason: `Dokumentationen i säkerhetskopian stämmer inte med sin kontrollsumma (tables.evidence.${at}): filen är ändrad eller skadad. Inget har importerats.`,
      }]);
      expect(await target.log.count()).toBe(0);
    }
    expect((await importBackup(freshDb(), JSON.stringify(original), 'Erik Lund')).ok).toBe(true);
  });

  it('refuses a backup whose documentation shows another writer, text, time or editor than its checksummed record says', async () => {
    const original = JSON.parse(await (await createBackup(await filled(), 'Anna Berg')).text());
    const comment = original.tables.evidence.findIndex((e: { kind: string }) => e.kind === 'comment');
    const edits: Array<[string, (row: Record<string, unknown>) => void]> = [
      ['writer', (row) => { row.author = { ...(row.author as object), name: 'Helt Annan Person' }; }],
      ['text', (row) => { row.text = 'Något helt annat'; }],
      ['time', (row) => { row.postedAt = '2025-01-01T00:00:00.000Z'; }],
      ['editor', (row) => { row.by = 'Erik Lund, chef'; }],
    ];
    for (const [what, edit] of edits) {
      const changed = structuredClone(original);
      edit(changed.tables.evidence[comment]);
      const target = freshDb();
      expect([what, await importBackup(target, JSON.stringify(changed), 'Erik Lund')]).toEqual([what, {
        ok: false, reason: `Dokumentationen i säkerhetskopian stämmer inte med sin kontrollsumma (tables.evidence.${comment}): filen är ändrad eller skadad. Inget har importerats.`,
      }]);
      expect(await target.evidence.count()).toBe(0);
    }
  });

  it('imports a backup made before comments could be handled outside their thread (no such table in it)', async () => {
    const source = await filled();
    const doc = JSON.parse(await (await createBackup(source, 'Anna Berg')).text());
    delete doc.tables.handled;
    doc.schemaVersion = 2;
    const target = freshDb();
    const result = await importBackup(target, JSON.stringify(doc), 'Erik Lund');
    expect(result.ok && result.report.added).toMatchObject({ log: 300, ignored: 1, handled: 0 });
    expect(await target.handled.count()).toBe(0);
  });

  it('keys register entries from an older backup as the database upgrades keyed its own (a Facebook /p/ page, a broken link key)', async () => {
    const source = freshDb();
    await source.accounts.bulkAdd([
      account({ name: 'Fritidsgården', url: 'https://www.facebook.com/p/Fritidsgarden-Sjovik-100064123456789/', key: 'facebook.com/p' }),
      account({ name: 'Biblioteket', platform: 'instagram', url: 'instagram.com/biblioteket', key: 'invalid.example/instagram.com' }),
      account({ name: 'Kommunen', platform: 'x', url: 'https://x.com/sjovikkommun', key: 'x.com/sjovikkommun' }),
    ]);
    const doc = JSON.parse(await (await createBackup(source, 'Anna Berg')).text());
    doc.schemaVersion = 5;
    const target = freshDb();
    await target.accounts.add(account({ name: 'Fritidsgården (redan här)', url: 'https://www.facebook.com/profile.php?id=100064999999999', key: 'facebook.com/profile.php?id=100064999999999' }));
    const result = await importBackup(target, JSON.stringify(doc), 'Erik Lund');
    expect(result.ok && result.report.added.accounts).toBe(3);
    const byName = Object.fromEntries((await target.accounts.toArray()).map((a) => [a.name, [a.url, a.key]]));
    expect(byName).toEqual({
      'Fritidsgården': ['https://www.facebook.com/p/Fritidsgarden-Sjovik-100064123456789/', 'facebook.com/profile.php?id=100064123456789'],
      'Biblioteket': ['https://instagram.com/biblioteket', 'instagram.com/biblioteket'],
      'Kommunen': ['https://x.com/sjovikkommun', 'x.com/sjovikkommun'],
      'Fritidsgården (redan här)': ['https://www.facebook.com/profile.php?id=100064999999999', 'facebook.com/profile.php?id=100064999999999'],
    });
  });

  it('merges into a database that has other records, and reports an account whose key is taken', async () => {
    const source = await filled();
    const text = await (await createBackup(source, 'Anna Berg')).text();
    const target = freshDb();
    await target.accounts.add(account({ name: 'Sjöviks kommun (eget register)' }));
    await target.log.add(logEntry({ detail: 'Finns bara här' }));
    const result = await importBackup(target, text, 'Erik Lund');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.report.added.accounts).toBe(1);
    expect(result.report.problems).toEqual([expect.stringContaining('facebook.com/sjovikskommun finns redan')]);
    expect((await target.accounts.where('key').equals('facebook.com/sjovikskommun').first())?.name).toBe('Sjöviks kommun (eget register)');
    expect(await target.log.count()).toBe(300 + 1 + 1);
  });

  it.each([
    ['not JSON', 'det här är ingen säkerhetskopia', /kunde inte läsas som JSON/],
    ['another file', JSON.stringify({ organisation: { name: 'Sjöviks kommun' } }), /inte en säkerhetskopia från Uppsikt/],
  ])('a malformed backup (%s) gives a clear message and changes nothing', async (_name, text, message) => {
    const db = await filled();
    const before = await dump(db);
    const result = await importBackup(db, text, 'Anna Berg');
    expect(result).toEqual({ ok: false, reason: expect.stringMatching(message) });
    expect(result.ok === false && result.reason).toMatch(/Inget har importerats/);
    expect(await dump(db)).toEqual(before);
  });

  it('a backup with one bad record imports none of it and names the record', async () => {
    const source = await filled();
    const doc = JSON.parse(await (await createBackup(source, 'Anna Berg')).text());
    doc.tables.log[42].at = 'i går';
    const target = freshDb();
    await target.log.add(logEntry({ detail: 'Finns redan' }));
    const result = await importBackup(target, JSON.stringify(doc), 'Anna Berg');
    expect(result.ok).toBe(false);
    expect(result.ok === false && result.reason).toContain('tables.log.42.at');
    for (const table of BACKUP_TABLES) expect(await target.table(table).count()).toBe(table === 'log' ? 1 : 0);
  });

  it('says what is wrong with a record in Swedish, zod\'s own words included', async () => {
    const source = await filled();
    const doc = JSON.parse(await (await createBackup(source, 'Anna Berg')).text());
    doc.tables.evidence[1].text = 'x'.repeat(MAX_CAPTURED_TEXT + 1);
    const result = await importBackup(freshDb(), JSON.stringify(doc), 'Anna Berg');
    expect(result.ok === false && result.reason).toMatch(/^Säkerhetskopian är ogiltig \(tables\.evidence\.1\.text: För stor\(t\): förväntade string att ha <=500000 tecken\)\. Inget har importerats\.$/);
  });

  it('refuses a backup from a newer database version', async () => {
    const db = freshDb();
    const doc = JSON.parse(await (await createBackup(db, 'Anna Berg')).text());
    doc.schemaVersion = 99;
    const result = await importBackup(db, JSON.stringify(doc), 'Anna Berg');
    expect(result.ok === false && result.reason).toMatch(/nyare version av Uppsikt/);
  });
});
