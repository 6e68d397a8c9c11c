// The reminders an editor gets as system notifications (R2/R19 monitoring rounds, R13 half-year
// documentation, R15 register report): per registered account, one summary per kind, only in office
// hours on working days, once, and in the language of the settings.
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyAccount } from '@/components/AccountForm';
import { DEFAULT_SETTINGS } from '@/utils/settings/defaults';
import type { Settings } from '@/utils/settings/schema';
import type { AccountRecord, LogEntry } from '@/utils/db/records';

let settings: Settings;
let stored: Record<string, unknown>;
const shown: Array<{ id: string; title: string; message: string }> = [];

vi.mock('wxt/browser', () => ({
  browser: {
    runtime: { getURL: (path: string) => `chrome-extension://uppsiktid${path}` },
    notifications: { create: async (id: string, o: { title: string; message: string }) => { shown.push({ id, title: o.title, message: o.message }); return id; } },
    storage: { local: { get: async (key: string) => ({ [key]: stored[key] }), set: async (items: Record<string, unknown>) => { Object.assign(stored, items); } } },
  },
}));
vi.mock('@/utils/settings/store', () => ({ loadSettings: async () => ({ settings, locked: [] }) }));

const { db } = await import('@/utils/db/app-db');
const { checkReminders } = await import('@/entrypoints/background/reminders');

// Tuesday 24 November 2026, 13:00 in Stockholm; the same evening at 22:30; Saturday the 28th.
const TUESDAY_1300 = new Date('2026-11-24T12:00:00Z');
const TUESDAY_2230 = new Date('2026-11-24T21:30:00Z');
const SATURDAY_1300 = new Date('2026-11-28T12:00:00Z');

const account = (id: string, name: string, key: string, overrides: Partial<AccountRecord> = {}): AccountRecord => (
  { ...emptyAccount(), id, name, key, url: `https://www.${key}`, ...overrides });
const entry = (action: LogEntry['action'], key: string, at: string): LogEntry => (
  { id: crypto.randomUUID(), at, by: 'Anna', action, platform: 'facebook', account: key, pageUrl: null, commentId: null, categories: [], detail: '' });

beforeEach(async () => {
  settings = structuredClone(DEFAULT_SETTINGS);
  stored = {};
  shown.length = 0;
  await db().delete();
  await db().open();
});

describe('the monitoring round reminder', () => {
  beforeEach(async () => {
    await db().accounts.bulkAdd([
      account('a1', 'Kulturskolan', 'facebook.com/kulturskolan'),
      account('a2', 'Sjöviks bibliotek', 'instagram.com/sjoviksbibliotek', { platform: 'instagram' }),
      account('a3', 'Sjöviks kommun', 'facebook.com/sjovikskommun'),
      account('a4', 'Fritidsgården', 'facebook.com/fritid', { status: 'closed' }),
    ]);
  });

  it('counts the active accounts not watched since the round, in one notification, once per round', async () => {
    // A round on one page (12:40) is not a round on the others.
    await db().log.add(entry('monitoring-round', 'facebook.com/sjovikskommun', '2026-11-24T11:40:00.000Z'));
    await checkReminders(TUESDAY_1300);
    expect(shown).toEqual([{ id: 'uppsikt-round', title: 'Dags för bevakningsrunda',
      message: '2 av 3 konton har inte bevakats sedan 11:00: Kulturskolan (Facebook), Sjöviks bibliotek (Instagram). '
        + 'Stockholms stad: 3 rundor om dagen i kontorstid. Öppna Uppsikts sidopanel på varje konto.' }]);
    await checkReminders(new Date(TUESDAY_1300.getTime() + 15 * 60_000));
    expect(shown).toHaveLength(1);
  });

  it('counts a paused account too (its comments still come, and the duty to watch over them stays), never a closed one', async () => {
    await db().accounts.add(account('a5', 'Sommarlovet', 'facebook.com/sommarlovet', { status: 'paused' }));
    await db().log.bulkAdd(['kulturskolan', 'sjovikskommun'].map((k) => entry('monitoring-round', `facebook.com/${k}`, '2026-11-24T11:40:00.000Z')));
    await db().log.add(entry('monitoring-round', 'instagram.com/sjoviksbibliotek', '2026-11-24T11:45:00.000Z'));
    await checkReminders(TUESDAY_1300);
    expect(shown.map((n) => n.message)).toEqual([expect.stringMatching(/^1 av 4 konton har inte bevakats sedan 11:00: Sommarlovet \(Facebook\)\. /)]);
  });

  it('does not come when every active account was watched, on a Saturday, nor in the evening', async () => {
    await db().log.bulkAdd(['kulturskolan', 'sjovikskommun'].map((k) => entry('monitoring-round', `facebook.com/${k}`, '2026-11-24T11:40:00.000Z')));
    await db().log.add(entry('monitoring-round', 'instagram.com/sjoviksbibliotek', '2026-11-24T11:45:00.000Z'));
    await checkReminders(TUESDAY_1300);
    await checkReminders(SATURDAY_1300);
    await checkReminders(TUESDAY_2230);
    expect(shown).toEqual([]);
  });

  it('is in English when the settings say so', async () => {
    settings.language = 'en';
    await checkReminders(TUESDAY_1300);
    expect(shown.map((n) => n.title)).toEqual(['Time for a monitoring round']);
    expect(shown[0].message).toBe('3 of 3 accounts have not been monitored since 11:00: Kulturskolan (Facebook), Sjöviks bibliotek (Instagram), Sjöviks kommun (Facebook). '
      + 'Stockholms stad: 3 rounds a day in office hours. Open Uppsikt\'s side panel on each account.');
  });
});

describe('the half-year documentation reminder', () => {
  it('sums up the active accounts not documented in the last half-year in one notification, in office hours, once a week', async () => {
    settings.policy = { presetId: 'perstorp' };
    await db().accounts.bulkAdd([
      ...Array.from({ length: 5 }, (_, i) => account(`f${i}`, `Förskola ${i + 1}`, `facebook.com/forskola${i + 1}`)),
      account('b', 'Sjöviks bibliotek', 'instagram.com/sjoviksbibliotek', { platform: 'instagram' }),
      account('c', 'Sjöviks fritidsgård', 'facebook.com/sjoviksfritid', { status: 'closed' }),
      account('d', 'Kommunen', 'facebook.com/kommunen'),
    ]);
    await db().log.add(entry('account.documented', 'facebook.com/kommunen', '2026-10-01T10:00:00.000Z'));
    await checkReminders(SATURDAY_1300);
    expect(shown).toEqual([]);
    const monday0900 = new Date('2026-11-30T08:00:00Z');
    await checkReminders(monday0900);
    expect(shown).toEqual([{ id: 'uppsikt-documentation', title: 'Dokumentera kontona',
      message: '6 konton behöver halvårsdokumenteras: Förskola 1 (Facebook), Förskola 2 (Facebook), Förskola 3 (Facebook) och 3 till. '
        + 'Öppna kontots startsida och välj "Dokumentera kontot" i sidopanelen.' }]);
    await checkReminders(new Date(monday0900.getTime() + 86_400_000));
    expect(shown).toHaveLength(1);
    await checkReminders(new Date(monday0900.getTime() + 7 * 86_400_000 + 60_000));
    expect(shown).toHaveLength(2);
  });
});

describe('documentation that did not reach the registrar', () => {
  it('does not count when its delivery failed or is blocked; a saved draft or one on its way does', async () => {
    settings.policy = { presetId: 'perstorp' };
    const states = { Biblioteket: 'failed', Fritidsgården: 'blocked', Kommunen: 'saved', Kulturskolan: 'queued' } as const;
    for (const [name, state] of Object.entries(states)) {
      const key = `facebook.com/${name.toLowerCase()}`;
      const evidenceId = crypto.randomUUID();
      await db().accounts.add(account(name, name, key));
      await db().log.add({ ...entry('account.documented', key, '2026-10-01T10:00:00.000Z'), data: { evidenceId } });
      await db().outbox.add({
        id: crypto.randomUUID(), at: '2026-10-01T10:00:00.000Z', by: 'Anna', evidenceId, transport: 'email', state, attempts: 1,
        nextAttemptAt: 0, lastError: null, receipt: null, commentKey: null, idempotencyKey: evidenceId,
      });
    }
    await checkReminders(new Date('2026-11-30T08:00:00Z'));
    expect(shown).toEqual([{ id: 'uppsikt-documentation', title: 'Dokumentera kontona',
      message: '2 konton behöver halvårsdokumenteras: Biblioteket (Facebook), Fritidsgården (Facebook). '
        + 'Öppna kontots startsida och välj "Dokumentera kontot" i sidopanelen. '
        + '2 av dem är dokumenterade men inte levererade till registrator: skicka dem igen under "Ej levererat till registrator" på loggsidan.' }]);
  });
});

describe('the register report reminder', () => {
  it('comes in the policy\'s reporting months on a working day in office hours, until the register is reported', async () => {
    settings.language = 'en';
    await checkReminders(new Date('2026-09-12T10:00:00Z')); // a Saturday
    await checkReminders(new Date('2026-09-13T22:15:00Z')); // Monday 14 September, 00:15
    expect(shown).toEqual([]);
    await checkReminders(new Date('2026-09-14T07:15:00Z')); // Monday 09:15, before the first round
    expect(shown.map((n) => n.title)).toEqual(['Report the account register']);
    await checkReminders(new Date('2026-09-15T07:15:00Z'));
    expect(shown).toHaveLength(1);
  });

  it('says that the register counts as reported only when marked so', async () => {
    await checkReminders(new Date('2026-02-16T08:15:00Z'));
    expect(shown.map((n) => n.message)).toEqual(['Det är dags att rapportera kontona, nystartade, befintliga och avslutade (namn, plattform, länk, syfte, ansvarig). '
      + 'Öppna kontoregistret i Uppsikt, skicka rapporten och välj "Markera som rapporterad".']);
    await db().log.add({ ...entry('register.reported', 'x', '2026-02-16T09:00:00.000Z'), account: null });
    stored = {};
    await checkReminders(new Date('2026-02-17T08:15:00Z'));
    expect(shown).toHaveLength(1);
  });
});
