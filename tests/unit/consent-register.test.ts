// The consent register (R12, the culture administration's comments): register, withdraw with a
// reminder to remove the material, and a register extract for one person. Real Dexie on fake-indexeddb.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppDB } from '@/utils/db/app-db';
import { consentExtract } from '@/utils/consents/extract';
import { answerConsent, consentReasonText, registerConsent, withdrawConsent, type ConsentAnswer, type NewConsent } from '@/utils/consents/register';
import { consentState, consentStateText } from '@/utils/consents/state';

let database: AppDB;
/** What the log holds, as written by the register. */
const logged = async () => (await database.log.orderBy('at').toArray()).map(({ action, account, detail, data, by }) => ({ action, account, detail, data, by }));
const editor = 'Anna Berg, kommunikatör';
const input = (over: Partial<NewConsent> = {}): NewConsent => ({
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
    // A request (the default) is not a consent: it waits for the answer.
    expect(stored).toMatchObject({ person: 'Karin Ek', by: editor, at: '2026-06-12T10:00:00.000Z', withdrawnAt: null, kind: 'request', state: 'asked' });
    expect(stored.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(await logged()).toEqual([{ action: 'consent.registered', account: 'facebook.com/sjovikskommun', detail: 'Bild från skolavslutningen', data: { consentId: stored.id, state: 'asked' }, by: editor }]);
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

describe('answerConsent', () => {
  const answer = (answerTo: string, over: Partial<ConsentAnswer> = {}): ConsentAnswer => ({
    answerTo, answer: 'given', answeredBy: 'person', answeredAt: '2026-06-14', ...over,
  });
  const asked = async (over: Partial<NewConsent> = {}) => {
    const added = await registerConsent(database, input(over), editor, new Date('2026-06-12T10:00:00Z'));
    if (!added.ok) throw new Error(added.reason);
    return added.record;
  };
  const now = new Date('2026-06-20T10:00:00Z');

  it('records consent given by the person, who recorded it in the log, and the state in words', async () => {
    const record = await asked();
    const outcome = await answerConsent(database, answer(record.id), 'Johan Ek, webbredaktör', now);
    expect(outcome).toMatchObject({ ok: true, record: { state: 'given', answeredBy: 'person', answeredAt: '2026-06-14' } });
    const stored = (await database.consents.get(record.id))!;
    expect(consentStateText(stored)).toBe('Samtycke givet av personen 2026-06-14');
    expect((await logged()).at(-1)).toEqual({
      action: 'consent.registered', account: 'facebook.com/sjovikskommun', detail: 'Samtycke givet av personen 2026-06-14: Bild från skolavslutningen',
      data: { consentId: record.id, state: 'given', answeredBy: 'person' }, by: 'Johan Ek, webbredaktör',
    });
  });

  it('a minor\'s consent is the guardian\'s, with the guardian named; a refusal is recorded as such', async () => {
    const minor = await asked({ minor: true });
    expect(await answerConsent(database, answer(minor.id), editor, now)).toEqual({ ok: false, reason: 'Personen är under 18 år: samtycket ska ges av vårdnadshavaren.' });
    expect(await answerConsent(database, answer(minor.id, { answeredBy: 'guardian' }), editor, now)).toEqual({ ok: false, reason: 'Ange vårdnadshavarens namn.' });
    expect(await answerConsent(database, answer(minor.id, { answeredBy: 'guardian', guardian: 'Maria Ek' }), editor, now)).toMatchObject({ ok: true });
    expect(consentStateText((await database.consents.get(minor.id))!)).toBe('Samtycke givet av vårdnadshavare 2026-06-14');

    const other = await asked({ material: 'Film' });
    await answerConsent(database, answer(other.id, { answer: 'refused' }), editor, now);
    const refused = (await database.consents.get(other.id))!;
    expect([consentState(refused), consentStateText(refused)]).toEqual(['refused', 'Nekat av personen 2026-06-14']);
    expect(await withdrawConsent(database, other.id, editor)).toEqual({ ok: false, reason: 'Samtycket nekades; det finns inget att återkalla.' });
    expect(consentReasonText('Samtycket nekades; det finns inget att återkalla.', 'en')).toBe('The consent was refused; there is nothing to withdraw.');
    expect(consentReasonText('Personen är under 18 år: samtycket ska ges av vårdnadshavaren.', 'en')).toBe('The person is under 18: the consent must be given by the guardian.');
    expect(consentReasonText('Svaret kan inte ha kommit innan frågan skickades (2026-06-12).', 'en')).toBe('The answer cannot have come before the request was sent (2026-06-12).');
    expect(consentReasonText('Samtycket finns inte i registret.', 'en')).toBe('The consent is not in the register.');
  });

  it('refuses an answer to information, a second answer, and impossible dates, changing nothing', async () => {
    const informed = await asked({ kind: 'information' });
    expect(informed.state).toBe('informed');
    expect(await answerConsent(database, answer(informed.id), editor, now))
      .toEqual({ ok: false, reason: 'Posten väntar inte på något svar (Information skickad (allmänt intresse), inget svar behövs).' });
    const record = await asked();
    expect(await answerConsent(database, answer(record.id, { answeredAt: '2026-02-31' }), editor, now)).toEqual({ ok: false, reason: 'Ange när svaret kom (ÅÅÅÅ-MM-DD).' });
    expect(await answerConsent(database, answer(record.id, { answeredAt: '2026-06-11' }), editor, now))
      .toEqual({ ok: false, reason: 'Svaret kan inte ha kommit innan frågan skickades (2026-06-12).' });
    expect(await answerConsent(database, answer(record.id, { answeredAt: '2026-06-21' }), editor, now)).toEqual({ ok: false, reason: 'Svaret kan inte ha kommit efter i dag.' });
    expect((await database.consents.get(record.id))?.state).toBe('asked');
    await answerConsent(database, answer(record.id), editor, now);
    expect(await answerConsent(database, answer(record.id, { answer: 'refused' }), editor, now))
      .toEqual({ ok: false, reason: 'Posten väntar inte på något svar (Samtycke givet av personen 2026-06-14).' });
    expect(await answerConsent(database, answer('nope'), editor, now)).toEqual({ ok: false, reason: 'Samtycket finns inte i registret.' });
    expect((await logged()).map((e) => e.data?.state).sort()).toEqual(['asked', 'given', 'informed']);
  });

  it('goes through registerConsent too, as the background receives it', async () => {
    const record = await asked();
    expect(await registerConsent(database, answer(record.id, { answer: 'refused' }), editor, now)).toMatchObject({ ok: true, record: { state: 'refused' } });
  });
});

describe('withdrawConsent', () => {
  it('sets withdrawnAt, logs consent.withdrawn and reminds to remove the material', async () => {
    const added = await registerConsent(database, input(), editor);
    if (!added.ok) throw new Error(added.reason);
    const outcome = await withdrawConsent(database, added.record.id, 'Johan Ek, webbredaktör', new Date('2026-11-23T09:00:00Z'));
    expect(outcome).toMatchObject({ ok: true, reminder: expect.stringMatching(/^Ta bort materialet: Bild från skolavslutningen \(konto facebook\.com\/sjovikskommun\)/) });
    expect(await database.consents.get(added.record.id)).toMatchObject({ withdrawnAt: '2026-11-23T09:00:00.000Z', state: 'withdrawn' });
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

describe('the register extract says where each consent stands', () => {
  it('with the guardian for a minor', async () => {
    const added = await registerConsent(database, input({ minor: true, guardian: 'Maria Ek' }), editor, new Date('2026-06-12T10:00:00Z'));
    if (!added.ok) throw new Error(added.reason);
    await answerConsent(database, { answerTo: added.record.id, answer: 'given', answeredBy: 'guardian', answeredAt: '2026-06-14' }, editor, new Date('2026-06-20T10:00:00Z'));
    const extract = await consentExtract(database, 'Karin Ek', editor);
    expect(extract.text).toContain('   Samtyckesfråga skickad: 2026-06-12\n   Under 18 år; vårdnadshavare: Maria Ek\n   Status: Samtycke givet av vårdnadshavare 2026-06-14');
  });
});
