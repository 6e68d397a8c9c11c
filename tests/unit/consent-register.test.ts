// The consent register (R12, the culture administration's comments): register, withdraw with a
// reminder to remove the material, and a register extract for one person. Real Dexie on fake-indexeddb.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppDB } from '@/utils/db/app-db';
import { consentExtract } from '@/utils/consents/extract';
import { registerConsent, withdrawConsent, type ConsentInput } from '@/utils/consents/register';

let database: AppDB;
/** What the log holds, as written by the register. */
const logged = async () => (await database.log.orderBy('at').toArray()).map(({ action, account, detail, data, by }) => ({ action, account, detail, data, by }));
const editor = 'Anna Berg, kommunikatör';
const input = (over: Partial<ConsentInput> = {}): ConsentInput => ({
  person: 'Karin Ek', contact: 'karin.ek@example.se', material: 'Bild från skolavslutningen', account: 'facebook.com/sjovikskommun',
  sentAt: '2026-06-12', ...over,
});

beforeEach(() => {
  database = new AppDB(`consents-${crypto.randomUUID()}`);
});
afterEach(async () => { await database.delete(); });

describe('registerConsent', () => {
  it('stores the record with who and when and logs consent.registered without the name', async () => {
    const outcome = await registerConsent(database, input(), editor, new Date('2026-06-12T10:00:00Z'));
    expect(outcome.ok).toBe(true);
    const [stored] = await database.consents.toArray();
    expect(stored).toMatchObject({ person: 'Karin Ek', by: editor, at: '2026-06-12T10:00:00.000Z', withdrawnAt: null });
    expect(stored.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(await logged()).toEqual([{ action: 'consent.registered', account: 'facebook.com/sjovikskommun', detail: 'Bild från skolavslutningen', data: { consentId: stored.id }, by: editor }]);
    expect(JSON.stringify(await database.log.toArray())).not.toContain('Karin');
  });

  it('refuses an entry without name, material or a valid date, with a Swedish reason, and stores nothing', async () => {
    expect(await registerConsent(database, input({ person: ' ' }), editor)).toEqual({ ok: false, reason: 'Ange personens namn.' });
    expect(await registerConsent(database, input({ material: '' }), editor)).toMatchObject({ ok: false, reason: expect.stringMatching(/Beskriv materialet/) });
    expect(await registerConsent(database, input({ sentAt: 'igår' }), editor)).toMatchObject({ ok: false, reason: expect.stringMatching(/ÅÅÅÅ-MM-DD/) });
    expect(await database.consents.count()).toBe(0);
    expect(await logged()).toEqual([]);
  });

  it('a full disk keeps neither the record nor its log entry, and says so', async () => {
    const full = vi.spyOn(database.log, 'add').mockRejectedValueOnce(new DOMException('Quota exceeded', 'QuotaExceededError'));
    expect(await registerConsent(database, input(), editor)).toEqual({ ok: false, reason: expect.stringMatching(/^Lagringsutrymmet är fullt/) });
    full.mockRestore();
    expect([await database.consents.count(), await database.log.count()]).toEqual([0, 0]);
  });
});

describe('withdrawConsent', () => {
  it('sets withdrawnAt, logs consent.withdrawn and reminds to remove the material', async () => {
    const added = await registerConsent(database, input(), editor);
    if (!added.ok) throw new Error(added.reason);
    const outcome = await withdrawConsent(database, added.record.id, 'Johan Ek, webbredaktör', new Date('2026-11-23T09:00:00Z'));
    expect(outcome).toMatchObject({ ok: true, reminder: expect.stringMatching(/^Ta bort materialet: Bild från skolavslutningen \(konto facebook\.com\/sjovikskommun\)/) });
    expect((await database.consents.get(added.record.id))?.withdrawnAt).toBe('2026-11-23T09:00:00.000Z');
    expect((await logged()).find((e) => e.action === 'consent.withdrawn')).toMatchObject({ action: 'consent.withdrawn', data: { consentId: added.record.id }, detail: expect.stringContaining('Johan Ek'), by: 'Johan Ek, webbredaktör' });
  });

  it('a withdrawal the log cannot hold is not made: the consent stands', async () => {
    const added = await registerConsent(database, input(), editor);
    if (!added.ok) throw new Error(added.reason);
    const full = vi.spyOn(database.log, 'add').mockRejectedValueOnce(new DOMException('Quota exceeded', 'QuotaExceededError'));
    expect(await withdrawConsent(database, added.record.id, editor)).toEqual({ ok: false, reason: expect.stringMatching(/^Lagringsutrymmet är fullt/) });
    full.mockRestore();
    expect((await database.consents.get(added.record.id))?.withdrawnAt).toBeNull();
    expect((await logged()).map((e) => e.action)).toEqual(['consent.registered']);
  });

  it('says so when the consent does not exist or is already withdrawn', async () => {
    expect(await withdrawConsent(database, 'nope', editor)).toEqual({ ok: false, reason: 'Samtycket finns inte i registret.' });
    const added = await registerConsent(database, input(), editor);
    if (!added.ok) throw new Error(added.reason);
    await withdrawConsent(database, added.record.id, editor, new Date('2026-11-23T09:00:00Z'));
    expect(await withdrawConsent(database, added.record.id, editor)).toEqual({ ok: false, reason: 'Samtycket är redan återkallat (2026-11-23).' });
  });
});

describe('consentExtract', () => {
  it('gathers every record about the person by name or contact, ignoring case, and nobody else\'s', async () => {
    await registerConsent(database, input(), editor);
    await registerConsent(database, input({ person: 'KARIN  EK', contact: '', material: 'Film från invigningen' }), editor);
    await registerConsent(database, input({ person: 'K. Ek', contact: 'Karin.Ek@example.se', material: 'Ljudklipp' }), editor);
    await registerConsent(database, input({ person: 'Karin Ekström', contact: 'ks@example.se', material: 'Annan bild' }), editor);
    const byName = await consentExtract(database, 'karin ek', editor, new Date('2026-11-23T12:00:00Z'));
    expect(byName.records.map((r) => r.material).sort()).toEqual(['Bild från skolavslutningen', 'Film från invigningen']);
    const byContact = await consentExtract(database, 'KARIN.EK@example.se', editor);
    expect(byContact.records.map((r) => r.material).sort()).toEqual(['Bild från skolavslutningen', 'Ljudklipp']);
    expect(byName.text).toContain('Registerutdrag');
    expect(byName.text).toContain('Avser: karin ek');
    expect(byName.text).toContain('Antal poster: 2');
    expect(byName.text).not.toContain('Ekström');
    expect(JSON.parse(byName.json).records).toHaveLength(2);
  });

  it('says the register holds nothing about an unknown person', async () => {
    const extract = await consentExtract(database, 'Okänd Person', editor);
    expect(extract.records).toEqual([]);
    expect(extract.text).toContain('Registret innehåller inga uppgifter om personen.');
  });
});
