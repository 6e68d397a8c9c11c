// The reminders an editor gets as system notifications (R2 monitoring rounds, R13 half-year
// documentation, R15 register report): when, once, and in the language of the settings.
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyAccount } from '@/components/AccountForm';
import { DEFAULT_SETTINGS } from '@/utils/settings/defaults';
import type { Settings } from '@/utils/settings/schema';

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

// Tuesday 24 November 2026, 13:00 in Stockholm; Saturday the 28th.
const TUESDAY_1300 = new Date('2026-11-24T12:00:00Z');
const SATURDAY_1300 = new Date('2026-11-28T12:00:00Z');

beforeEach(async () => {
  settings = structuredClone(DEFAULT_SETTINGS);
  stored = {};
  shown.length = 0;
  await db().delete();
  await db().open();
});

describe('the monitoring round reminder', () => {
  it('comes on a working day once a round time has passed without a round, once per round', async () => {
    await checkReminders(TUESDAY_1300);
    expect(shown).toEqual([{ id: 'uppsikt-round', title: 'Dags för bevakningsrunda',
      message: 'Stockholms stad: 3 rundor om dagen i kontorstid. Gå igenom kontona och öppna Uppsikts sidopanel på varje.' }]);
    await checkReminders(new Date(TUESDAY_1300.getTime() + 15 * 60_000));
    expect(shown).toHaveLength(1);
  });

  it('does not come on a Saturday, nor when the round was made', async () => {
    await checkReminders(SATURDAY_1300);
    await db().log.add({ id: 'r1', at: '2026-11-24T11:50:00.000Z', by: 'Anna', action: 'monitoring-round', platform: 'facebook',
      account: 'facebook.com/sjovikskommun', pageUrl: null, commentId: null, categories: [], detail: '' });
    await checkReminders(TUESDAY_1300);
    expect(shown).toEqual([]);
  });

  it('is in English when the settings say so', async () => {
    settings.language = 'en';
    await checkReminders(TUESDAY_1300);
    expect(shown.map((n) => n.title)).toEqual(['Time for a monitoring round']);
    expect(shown[0].message).toBe('Stockholms stad: 3 rounds a day in office hours. Go through the accounts and open Uppsikt\'s side panel on each.');
  });
});

describe('the half-year documentation reminder', () => {
  it('names each active account not documented in the last half-year, once a week', async () => {
    settings.policy = { presetId: 'perstorp' };
    await db().accounts.bulkAdd([
      { ...emptyAccount(), id: 'a1', name: 'Sjöviks bibliotek', platform: 'instagram', key: 'instagram.com/sjoviksbibliotek' },
      { ...emptyAccount(), id: 'a2', name: 'Sjöviks fritidsgård', platform: 'facebook', key: 'facebook.com/sjoviksfritid', status: 'closed' },
    ]);
    await checkReminders(SATURDAY_1300);
    expect(shown).toEqual([{ id: 'uppsikt-doc-a1', title: 'Dokumentera kontot',
      message: 'Sjöviks bibliotek (instagram) har inte dokumenterats det senaste halvåret. Öppna kontots startsida och välj "Dokumentera kontot" i sidopanelen.' }]);
    await checkReminders(new Date(SATURDAY_1300.getTime() + 86_400_000));
    expect(shown).toHaveLength(1);
  });
});

describe('the register report reminder', () => {
  it('comes in the policy\'s reporting months until the register is reported', async () => {
    settings.language = 'en';
    const september = new Date('2026-09-12T10:00:00Z'); // a Saturday: no round reminder
    await checkReminders(september);
    expect(shown.map((n) => n.title)).toEqual(['Report the account register']);
    await checkReminders(new Date('2026-11-28T10:00:00Z'));
    expect(shown).toHaveLength(1);
  });
});
