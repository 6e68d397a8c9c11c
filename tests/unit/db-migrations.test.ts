import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { AppDB, SCHEMA_V1, SCHEMA_V2, SCHEMA_V3, SCHEMA_V4, SCHEMA_V5, SCHEMA_V6, SCHEMA_V7 } from '@/utils/db/app-db';
import type { AccountRecord, ConsentRecord, LogEntry } from '@/utils/db/records';
import { consentStateText } from '@/utils/consents/state';

/** A register entry as an older version stored it. */
function registerEntry(over: Partial<AccountRecord>): AccountRecord {
  return {
    id: crypto.randomUUID(), by: 'Anna Berg', at: '2026-06-12T10:00:00.000Z', name: '', platform: 'facebook', url: '', key: '',
    handle: null, purpose: '', goals: '', targetGroups: '', responsible: '', editors: [], substitute: '', started: null, status: 'active', ...over,
  };
}

function logEntry(overrides: Partial<LogEntry>): LogEntry {
  return {
    id: crypto.randomUUID(), at: '2026-03-01T10:00:00.000Z', by: 'Anna Berg', action: 'note', platform: 'facebook',
    account: 'facebook.com/sjovikskommun', pageUrl: 'https://www.facebook.com/sjovikskommun/posts/1',
    commentId: null, categories: [], detail: '', ...overrides,
  };
}

/** A database as version 1 of the extension left it. */
async function seedVersion1(name: string) {
  const v1 = new Dexie(name);
  v1.version(1).stores(SCHEMA_V1);
  await v1.table('log').bulkAdd([
    logEntry({ action: 'false-alarm', commentId: 'c1', detail: 'Citat ur en bok, inte ett hot', at: '2026-03-01T09:00:00.000Z' }),
    logEntry({ action: 'false-alarm', commentId: 'c1', detail: 'samma kommentar igen', at: '2026-03-02T10:00:00.000Z' }),
    logEntry({ action: 'documented', commentId: 'c2', categories: ['prohibited.threat'] }),
    logEntry({ action: 'answered', commentId: 'c3', detail: '', at: '2026-03-01T11:00:00.000Z' }),
    logEntry({ action: 'case-handling', commentId: 'c4', detail: 'KS 2026/17', at: '2026-03-01T12:00:00.000Z' }),
    logEntry({ action: 'answered', commentId: 'c4', detail: '', at: '2026-03-02T12:00:00.000Z' }),
    logEntry({ action: 'answered', commentId: null, detail: 'utan kommentar' }),
  ]);
  await v1.table('accounts').add({ id: crypto.randomUUID(), key: 'facebook.com/sjovikskommun', platform: 'facebook', name: 'Sjöviks kommun' });
  v1.close();
}

describe('Dexie migrations from version 1', () => {
  it('opens a version 1 database at the newest version, keeping every record', async () => {
    const name = `migrate-${crypto.randomUUID()}`;
    await seedVersion1(name);
    const db = new AppDB(name);
    await db.open();
    expect(db.verno).toBe(8);
    expect(await db.log.count()).toBe(7);
    // v7: the log entries already there are in the new index (the overview finds each account's latest round by it).
    expect(await db.log.where('[action+account+at]').between(['answered', 'facebook.com/sjovikskommun', Dexie.minKey], ['answered', 'facebook.com/sjovikskommun', Dexie.maxKey]).count()).toBe(3);
    expect(await db.accounts.where('key').equals('facebook.com/sjovikskommun').count()).toBe(1);
    db.close();
  });

  it('v2 fills the ignore list from false alarms already logged, once per comment', async () => {
    const name = `migrate-${crypto.randomUUID()}`;
    await seedVersion1(name);
    const db = new AppDB(name);
    const ignored = await db.ignored.toArray();
    expect(ignored).toHaveLength(1);
    expect(ignored[0]).toMatchObject({ commentKey: 'facebook:c1', reason: 'Citat ur en bok, inte ett hot', by: 'Anna Berg' });
    db.close();
  });

  it('v3 fills the handled comments from answers and moves to case handling already logged, the first per comment', async () => {
    const name = `migrate-${crypto.randomUUID()}`;
    await seedVersion1(name);
    const db = new AppDB(name);
    const handled = (await db.handled.toArray()).sort((a, b) => a.commentKey.localeCompare(b.commentKey));
    expect(handled.map((h) => [h.commentKey, h.how, h.detail])).toEqual([
      ['facebook:c3', 'answered', ''],
      ['facebook:c4', 'case-handling', 'KS 2026/17'],
    ]);
    db.close();
  });

  it('v4 gives each consent registered before it a state: waiting for an answer, or withdrawn; none reads as valid consent', async () => {
    const name = `migrate-${crypto.randomUUID()}`;
    const v3 = new Dexie(name);
    v3.version(1).stores(SCHEMA_V1);
    v3.version(2).stores(SCHEMA_V2);
    v3.version(3).stores(SCHEMA_V3);
    const consent = (over: Partial<ConsentRecord>): ConsentRecord => ({
      id: crypto.randomUUID(), by: 'Anna Berg', at: '2026-06-12T10:00:00.000Z', person: 'Karin Ek', contact: '', account: null,
      material: 'Bild från skolavslutningen', sentAt: '2026-06-12', withdrawnAt: null, ...over,
    });
    await v3.table('consents').bulkAdd([consent({ id: 'sent' }), consent({ id: 'withdrawn', withdrawnAt: '2026-10-01T10:00:00.000Z' })]);
    v3.close();
    const db = new AppDB(name);
    const sent = (await db.consents.get('sent'))!;
    const withdrawn = (await db.consents.get('withdrawn'))!;
    expect([sent.state, withdrawn.state]).toEqual(['asked', 'withdrawn']);
    expect([consentStateText(sent), consentStateText(withdrawn)]).toEqual(['Väntar på svar', 'Återkallat 2026-10-01']);
    // Everything else of the record is kept as it was; what was sent stays unknown.
    expect(sent).toMatchObject({ person: 'Karin Ek', material: 'Bild från skolavslutningen', sentAt: '2026-06-12', by: 'Anna Berg' });
    expect(sent.kind).toBeUndefined();
    db.close();
  });

  it('v5 mends the key of an entry saved with a link without https://, so it matches its account and no longer blocks others', async () => {
    const name = `migrate-${crypto.randomUUID()}`;
    const v4 = new Dexie(name);
    [SCHEMA_V1, SCHEMA_V2, SCHEMA_V3, SCHEMA_V4].forEach((schema, i) => v4.version(i + 1).stores(schema));
    const entry = (over: Partial<AccountRecord>) => registerEntry({ name: 'Kulturskolan', ...over });
    await v4.table('accounts').bulkAdd([
      entry({ id: 'broken', url: 'facebook.com/kulturskolan', key: 'invalid.example/facebook.com' }),
      entry({ id: 'sound', name: 'Biblioteket', platform: 'instagram', url: 'https://www.instagram.com/biblioteket', key: 'instagram.com/biblioteket' }),
      entry({ id: 'handle', name: 'Kommunen', platform: 'x', handle: 'sjovik', key: 'sjovik' }),
      // The same account entered twice: its mended key is taken, so it is left as it was rather than fail the upgrade.
      entry({ id: 'twin', name: 'Biblioteket igen', platform: 'instagram', url: 'instagram.com/biblioteket', key: 'invalid.example/instagram.com' }),
    ]);
    v4.close();
    const db = new AppDB(name);
    const byId = new Map((await db.accounts.toArray()).map((a) => [a.id, [a.url, a.key]]));
    expect(Object.fromEntries(byId)).toEqual({
      broken: ['https://facebook.com/kulturskolan', 'facebook.com/kulturskolan'],
      sound: ['https://www.instagram.com/biblioteket', 'instagram.com/biblioteket'],
      handle: ['', 'sjovik'],
      twin: ['instagram.com/biblioteket', 'invalid.example/instagram.com'],
    });
    db.close();
  });

  it('v6 gives each Facebook page at a /p/ address its own key (all of them were "facebook.com/p")', async () => {
    const name = `migrate-${crypto.randomUUID()}`;
    const v5 = new Dexie(name);
    [SCHEMA_V1, SCHEMA_V2, SCHEMA_V3, SCHEMA_V4, SCHEMA_V5].forEach((schema, i) => v5.version(i + 1).stores(schema));
    const entry = (over: Partial<AccountRecord>) => registerEntry({ name: 'Fritidsgården', ...over });
    await v5.table('accounts').bulkAdd([
      entry({ id: 'p', url: 'https://www.facebook.com/p/Fritidsgarden-Sjovik-100064123456789/', key: 'facebook.com/p' }),
      entry({ id: 'sound', name: 'Kommunen', url: 'https://www.facebook.com/sjovikskommun', key: 'facebook.com/sjovikskommun' }),
    ]);
    v5.close();
    const db = new AppDB(name);
    const keys = Object.fromEntries((await db.accounts.toArray()).map((a) => [a.id, a.key]));
    expect(keys).toEqual({ p: 'facebook.com/profile.php?id=100064123456789', sound: 'facebook.com/sjovikskommun' });
    db.close();
  });

  it('v8 gives each Facebook group and /people/ page its own key (they shared "facebook.com/groups" and "facebook.com/people")', async () => {
    const name = `migrate-${crypto.randomUUID()}`;
    const v7 = new Dexie(name);
    [SCHEMA_V1, SCHEMA_V2, SCHEMA_V3, SCHEMA_V4, SCHEMA_V5, SCHEMA_V6, SCHEMA_V7].forEach((schema, i) => v7.version(i + 1).stores(schema));
    const entry = (over: Partial<AccountRecord>) => registerEntry({ name: 'Föräldragruppen', ...over });
    await v7.table('accounts').bulkAdd([
      entry({ id: 'group', url: 'https://www.facebook.com/groups/sjovikforaldrar', key: 'facebook.com/groups' }),
      entry({ id: 'people', name: 'Fritid', url: 'https://www.facebook.com/people/Sjovik-Fritid/100089123456789/', key: 'facebook.com/people' }),
    ]);
    v7.close();
    const db = new AppDB(name);
    const keys = Object.fromEntries((await db.accounts.toArray()).map((a) => [a.id, a.key]));
    expect(keys).toEqual({ group: 'facebook.com/groups/sjovikforaldrar', people: 'facebook.com/profile.php?id=100089123456789' });
    db.close();
  });

  it('a new database starts at the newest version with empty tables', async () => {
    const db = new AppDB(`fresh-${crypto.randomUUID()}`);
    await db.open();
    expect(db.tables.map((t) => t.name).sort()).toEqual(
      ['accounts', 'checklists', 'consents', 'evidence', 'handled', 'ignored', 'log', 'outbox'],
    );
    db.close();
  });
});
