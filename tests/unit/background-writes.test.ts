// The background alone writes the registers and the log, at the extension's own pages' request:
// a content script's request is refused, what a page sends is checked, the record carries the
// editor from the settings (not from the page), and each write is logged once.
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '@/utils/settings/defaults';
import type { Settings } from '@/utils/settings/schema';
import type { AccountRecord } from '@/utils/db/records';
import { evidence as evidenceOf } from './log-records';

const EXTENSION = 'chrome-extension://uppsiktid/';
let settings: Settings;

vi.mock('wxt/browser', () => ({ browser: { runtime: { getURL: (path: string) => `chrome-extension://uppsiktid${path}` } } }));
vi.mock('@/utils/settings/store', () => ({ loadSettings: async () => ({ settings, locked: [] }) }));

const { db } = await import('@/utils/db/app-db');
const { fromExtensionPage } = await import('@/entrypoints/background/from-extension-page');
const { addAccountToRegister, saveRegisterEntry } = await import('@/entrypoints/background/account-register');
const { addConsent, withdrawConsentById } = await import('@/entrypoints/background/consent-register');
const { purgeByHand } = await import('@/entrypoints/background/log-maintenance');
const { saveChecklist } = await import('@/entrypoints/background/checklist-results');

const sjovik = { name: 'Sjöviks kommun', handle: 'sjovikskommun', url: 'https://www.facebook.com/sjovikskommun' };

beforeEach(async () => {
  settings = { ...DEFAULT_SETTINGS, editor: { ...DEFAULT_SETTINGS.editor, firstName: 'Anna', lastName: 'Berg', title: 'kommunikatör' } };
  await db().delete();
  await db().open();
});

describe('who may ask the background to write', () => {
  it('takes the side panel, popup and log page, and refuses a content script on a site', () => {
    expect(fromExtensionPage({ url: `${EXTENSION}sidepanel.html` })).toBe(true);
    expect(fromExtensionPage({ url: `${EXTENSION}log.html` })).toBe(true);
    expect(fromExtensionPage({ url: 'https://www.facebook.com/sjovikskommun/posts/1' })).toBe(false);
    expect(fromExtensionPage({ url: 'chrome-extension://someoneelse/page.html' })).toBe(false);
    expect(fromExtensionPage({})).toBe(false);
  });
});

describe('the account register', () => {
  it('adds the page\'s account once, stamped with the editor from the settings, and logs it once', async () => {
    const first = await addAccountToRegister({ platform: 'facebook', account: sjovik, pageUrl: sjovik.url });
    const again = await addAccountToRegister({ platform: 'facebook', account: sjovik, pageUrl: sjovik.url });
    expect(first.ok && again.ok && first.account.id === again.account.id).toBe(true);
    const [stored] = await db().accounts.toArray();
    expect([stored.name, stored.key, stored.by]).toEqual(['Sjöviks kommun', 'facebook.com/sjovikskommun', 'Anna Berg, kommunikatör']);
    expect((await db().log.toArray()).map((e) => e.action)).toEqual(['account.registered']);
  });

  it('saves an edited entry, but not one the organisation\'s policy manages, nor a malformed one', async () => {
    const added = await addAccountToRegister({ platform: 'facebook', account: sjovik, pageUrl: sjovik.url });
    if (!added.ok) throw new Error(added.reason);
    const edited: AccountRecord = { ...added.account, purpose: 'Service och dialog', by: 'someone else' };
    expect(await saveRegisterEntry(edited)).toEqual({ ok: true });
    const saved = await db().accounts.get(added.account.id);
    expect([saved?.purpose, saved?.by]).toEqual(['Service och dialog', 'Anna Berg, kommunikatör']);

    // The policy's fields stay the policy's, whatever a page sends.
    await db().accounts.update(added.account.id, { managed: true });
    expect(await saveRegisterEntry({ ...edited, purpose: 'Annat', name: 'Annat namn' })).toEqual({ ok: true });
    expect(await db().accounts.get(added.account.id)).toMatchObject({ purpose: 'Service och dialog', name: 'Sjöviks kommun' });

    const malformed = await saveRegisterEntry({ ...edited, id: 'other', platform: 'myspace' } as unknown as AccountRecord);
    expect(malformed.ok).toBe(false);
    expect(await db().accounts.count()).toBe(1);
  });

  it('an entry the policy manages takes the editors\' status, start date and responsible where the policy gives none, never a change to what it gives', async () => {
    const added = await addAccountToRegister({ platform: 'facebook', account: sjovik, pageUrl: sjovik.url });
    if (!added.ok) throw new Error(added.reason);
    await db().accounts.update(added.account.id, { managed: true, managedFields: ['name', 'platform', 'url', 'handle', 'purpose'] });
    const stored = async () => (await db().accounts.get(added.account.id))!;
    expect(await saveRegisterEntry({ ...(await stored()), status: 'paused', started: '2019-05-01', responsible: 'Erik Lund' })).toEqual({ ok: true });
    expect(await stored()).toMatchObject({ status: 'paused', started: '2019-05-01', responsible: 'Erik Lund', managed: true, managedFields: ['name', 'platform', 'url', 'handle', 'purpose'] });
    // A form opened before the policy changed what it gives still saves the editors' fields; the policy's stay as the policy has them.
    const openedBefore = await stored();
    await db().accounts.update(added.account.id, { purpose: 'Ny text från IT' });
    expect(await saveRegisterEntry({ ...openedBefore, goals: '500 följare', name: 'Annat namn' })).toEqual({ ok: true });
    expect(await stored()).toMatchObject({ goals: '500 följare', purpose: 'Ny text från IT', name: 'Sjöviks kommun' });
    // A page cannot take the entry out of the policy's hands, nor give an editor's entry to it.
    expect(await saveRegisterEntry({ ...(await stored()), managed: false, managedFields: undefined, responsible: 'Lisa Holm' })).toEqual({ ok: true });
    expect(await stored()).toMatchObject({ managed: true, responsible: 'Lisa Holm' });
  });

  it('a full disk keeps neither the entry nor its log line, and says so in Swedish; a clash keeps its own reason', async () => {
    const full = vi.spyOn(db().log, 'add').mockRejectedValueOnce(new DOMException('Quota exceeded', 'QuotaExceededError'));
    const outcome = await addAccountToRegister({ platform: 'facebook', account: sjovik, pageUrl: sjovik.url });
    full.mockRestore();
    expect(outcome).toEqual({ ok: false, reason: expect.stringMatching(/^Lagringsutrymmet är fullt/) });
    expect([await db().accounts.count(), await db().log.count()]).toEqual([0, 0]);

    const added = await addAccountToRegister({ platform: 'facebook', account: sjovik, pageUrl: sjovik.url });
    if (!added.ok) throw new Error(added.reason);
    const clash = await saveRegisterEntry({ ...added.account, id: crypto.randomUUID(), name: 'Kopia' });
    expect(clash).toEqual({ ok: false, reason: 'Sjöviks kommun finns redan i registret med samma adress.' });
    expect(await db().log.count()).toBe(1);
  });
});

describe('closing an account (R14)', () => {
  it('is logged as "Konto avslutat" under the account\'s key, with its closing date kept; other edits as "Konto ändrat" with what changed', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-24T23:30:00Z')); // 00:30 on 25 November in Stockholm
    try {
      // A minute between the steps, so the log reads in order.
      const later = () => vi.setSystemTime(Date.now() + 60_000);
      const added = await addAccountToRegister({ platform: 'facebook', account: sjovik, pageUrl: sjovik.url });
      if (!added.ok) throw new Error(added.reason);
      const stored = async () => (await db().accounts.get(added.account.id))!;
      later();
      expect(await saveRegisterEntry({ ...(await stored()), purpose: 'Service' })).toEqual({ ok: true });
      later();
      expect(await saveRegisterEntry({ ...(await stored()), status: 'closed' })).toEqual({ ok: true });
      expect((await stored()).closedOn).toBe('2026-11-25');
      const closedAt = (await stored()).closedAt;
      expect(closedAt).toBe((await stored()).at);
      vi.setSystemTime(new Date('2026-12-01T10:00:00Z'));
      // A later edit keeps the closing's day and time (the register report counts the closing from it), whatever the form sends.
      expect(await saveRegisterEntry({ ...(await stored()), purpose: 'Nedlagt', closedAt: '2026-12-01T10:00:00.000Z' })).toEqual({ ok: true });
      expect([(await stored()).closedOn, (await stored()).closedAt]).toEqual(['2026-11-25', closedAt]);
      // Saved again as it is: nothing changed, nothing logged.
      expect(await saveRegisterEntry(await stored())).toEqual({ ok: true });
      // Opened again, it has no closing date.
      vi.setSystemTime(new Date('2026-12-02T10:00:00Z'));
      expect(await saveRegisterEntry({ ...(await stored()), status: 'active', responsible: 'Erik Lund' })).toEqual({ ok: true });
      expect((await stored()).closedOn).toBeUndefined();
      expect((await stored()).closedAt).toBeUndefined();
      const log = (await db().log.orderBy('at').toArray()).map((e) => [e.action, e.account, e.detail]);
      expect(log).toEqual([
        ['account.registered', 'facebook.com/sjovikskommun', 'Sjöviks kommun'],
        // An edit says what it changed (R16): who changed what, and when, is in the log.
        ['account.changed', 'facebook.com/sjovikskommun', 'Sjöviks kommun: syfte (tomt) → ”Service”'],
        ['account.closed', 'facebook.com/sjovikskommun', 'Sjöviks kommun: status Aktivt → Avslutat'],
        ['account.changed', 'facebook.com/sjovikskommun', 'Sjöviks kommun: syfte ”Service” → ”Nedlagt”'],
        ['account.changed', 'facebook.com/sjovikskommun', 'Sjöviks kommun: ansvarig (tomt) → ”Erik Lund”; status Avslutat → Aktivt'],
      ]);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('closing an account where the policy asks for its content with the registrar first (Helsingborg, R14)', () => {
  const documented = async (key: string, state: 'sent' | 'queued') => {
    const evidenceId = crypto.randomUUID();
    const at = new Date().toISOString();
    await db().log.add({
      id: crypto.randomUUID(), at, by: 'Anna Berg', action: 'account.documented', platform: 'facebook', account: key, pageUrl: null,
      commentId: null, categories: [], detail: '', data: { evidenceId, reason: 'closing' },
    });
    await db().outbox.add({
      id: crypto.randomUUID(), at, by: 'Anna Berg', evidenceId, transport: 'http', state, attempts: 1, nextAttemptAt: 0,
      lastError: null, receipt: null, commentKey: null, idempotencyKey: evidenceId,
    });
  };
  const registered = async () => {
    const added = await addAccountToRegister({ platform: 'facebook', account: sjovik, pageUrl: sjovik.url });
    if (!added.ok) throw new Error(added.reason);
    return async () => (await db().accounts.get(added.account.id))!;
  };
  beforeEach(() => { settings = { ...settings, policy: { ...settings.policy, presetId: 'helsingborg' } }; });

  it('refuses to close without it, or with it only on its way, and closes with a written reason, which the log keeps in full', async () => {
    const stored = await registered();
    const refused = { ok: false, reason: 'Skriv varför kontot avslutas utan dokumentation hos registrator, eller dokumentera det först.' };
    expect(await saveRegisterEntry({ ...(await stored()), status: 'closed' })).toEqual(refused);
    await documented('facebook.com/sjovikskommun', 'queued');
    expect(await saveRegisterEntry({ ...(await stored()), status: 'closed', closingNote: '  ' })).toEqual(refused);
    expect((await stored()).status).toBe('active');
    const reason = 'Meta tog bort sidan 2026-11-30 innan den hann dokumenteras; ärendet om det finns hos kommunikationsavdelningen.';
    expect(await saveRegisterEntry({ ...(await stored()), status: 'closed', closingNote: reason })).toEqual({ ok: true });
    expect((await stored()).closingNote).toBe(reason);
    const closed = await db().log.where('action').equals('account.closed').first();
    expect(closed?.detail).toBe(`Sjöviks kommun: status Aktivt → Avslutat; avslutat utan dokumentation hos registrator, skäl: ”${reason}”`);
    // Opened again, the reason goes with the closing date.
    expect(await saveRegisterEntry({ ...(await stored()), status: 'active' })).toEqual({ ok: true });
    expect((await stored()).closingNote).toBeUndefined();
    expect((await db().log.where('action').equals('account.changed').last())?.detail)
      .toBe('Sjöviks kommun: status Avslutat → Aktivt; avslutat utan dokumentation hos registrator, skäl borttaget');
  });

  it('closes without a reason once the documentation before closing is with the registrar, and keeps none typed before it got there', async () => {
    const stored = await registered();
    await documented('facebook.com/sjovikskommun', 'sent');
    await documented('facebook.com/sjovikskommun', 'queued'); // a later attempt, not yet there, takes nothing away
    expect(await saveRegisterEntry({ ...(await stored()), status: 'closed', closingNote: 'Utkastet är inte skickat än' })).toEqual({ ok: true });
    expect((await stored()).status).toBe('closed');
    expect((await stored()).closingNote).toBeUndefined();
    expect((await db().log.where('action').equals('account.closed').first())?.detail).toBe('Sjöviks kommun: status Aktivt → Avslutat');
  });

  it('counts documentation before closing made before its reason was logged, by its record', async () => {
    const stored = await registered();
    await documented('facebook.com/sjovikskommun', 'sent');
    const entry = (await db().log.where('action').equals('account.documented').first())!;
    await db().evidence.add(evidenceOf({ id: String(entry.data!.evidenceId), kind: 'account', recordJson: JSON.stringify({ reason: 'closing' }) }));
    await db().log.update(entry.id, { data: { evidenceId: entry.data!.evidenceId } }); // as logged before 2026-12
    expect(await saveRegisterEntry({ ...(await stored()), status: 'closed' })).toEqual({ ok: true });
  });

  it('and another policy (Stockholm) closes without either', async () => {
    settings = { ...settings, policy: { ...settings.policy, presetId: 'stockholm' } };
    const stored = await registered();
    expect(await saveRegisterEntry({ ...(await stored()), status: 'closed' })).toEqual({ ok: true });
  });
});

describe('a register entry whose link changes (the page was renamed)', () => {
  it('keeps the old key beside the new, so what was logged under it stays the account\'s; going back drops it again', async () => {
    const added = await addAccountToRegister({ platform: 'facebook', account: sjovik, pageUrl: sjovik.url });
    if (!added.ok) throw new Error(added.reason);
    const stored = async () => (await db().accounts.get(added.account.id))!;
    expect(await saveRegisterEntry({ ...(await stored()), url: 'https://www.facebook.com/sjovik' })).toEqual({ ok: true });
    expect([(await stored()).key, (await stored()).formerKeys]).toEqual(['facebook.com/sjovik', ['facebook.com/sjovikskommun']]);
    expect(await saveRegisterEntry({ ...(await stored()), url: 'https://www.facebook.com/sjovikskommun' })).toEqual({ ok: true });
    expect([(await stored()).key, (await stored()).formerKeys]).toEqual(['facebook.com/sjovikskommun', ['facebook.com/sjovik']]);
  });
});

describe('the consent register', () => {
  it('registers and withdraws with the editor from the settings, and refuses incomplete input', async () => {
    const outcome = await addConsent({ person: 'Karin Ek', contact: 'karin@example.se', material: 'Bild från invigningen', account: null, sentAt: '2026-12-01' });
    if (!outcome.ok) throw new Error(outcome.reason);
    expect(outcome.record.by).toBe('Anna Berg, kommunikatör');
    const withdrawn = await withdrawConsentById(outcome.record.id);
    expect(withdrawn.ok && withdrawn.reminder).toMatch(/^Ta bort materialet: Bild från invigningen/);
    expect(await addConsent({ person: 'Karin Ek' } as never)).toEqual({ ok: false, reason: 'Uppgifterna om samtycket är ofullständiga.' });
    expect((await db().log.toArray()).map((e) => e.action).sort()).toEqual(['consent.registered', 'consent.withdrawn']);
  });
});

describe('checklists and gallring', () => {
  it('saves a checked checklist and refuses one with an unknown item state', async () => {
    const saved = await saveChecklist({ account: 'facebook.com/sjovikskommun', kind: 'base-information', presetId: 'stockholm', items: [{ id: 'contact', state: 'found', evidence: 'kommun@sjovik.se' }] });
    expect(saved.ok && saved.result.by).toBe('Anna Berg, kommunikatör');
    const refused = await saveChecklist({ account: 'facebook.com/sjovikskommun', kind: 'base-information', presetId: 'stockholm', items: [{ id: 'contact', state: 'maybe' as never, evidence: null }] });
    expect(refused.ok).toBe(false);
    expect(await db().checklists.count()).toBe(1);
  });

  it('purges by hand only with the retention period the settings give now', async () => {
    await db().log.add({
      id: 'old', at: '2020-01-01T00:00:00.000Z', by: 'Anna Berg, kommunikatör', action: 'answered', platform: 'facebook', account: null,
      pageUrl: null, commentId: null, categories: [], detail: '',
    });
    settings = { ...settings, policy: { ...settings.policy, retentionDays: 365 } };
    const stale = await purgeByHand(730);
    expect(stale).toEqual({ ok: false, reason: 'Gallringstiden är nu 365 dagar, inte 730. Ladda om sidan och granska vad som gallras. Inget har tagits bort.' });
    expect(await db().log.get('old')).toBeDefined();
    const purged = await purgeByHand(365);
    expect(purged.ok && purged.counts.log).toBe(1);
    expect(await db().log.get('old')).toBeUndefined();
  });
});
