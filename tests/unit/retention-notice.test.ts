// The daily gallring runs unseen: when it removed anything, a notice says what went and what was
// kept, and why, in the editor's language; clicking it opens the log.
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '@/utils/settings/defaults';
import type { Settings } from '@/utils/settings/schema';
import { evidence, logEntry, outboxItem } from './log-records';

const notices = vi.hoisted(() => [] as Array<{ id: string; title: string; message: string }>);
vi.mock('wxt/browser', () => ({
  browser: {
    runtime: { getURL: (path: string) => path },
    notifications: { create: async (id: string, options: { title: string; message: string }) => void notices.push({ id, ...options }) },
  },
}));
let settings: Settings;
vi.mock('@/utils/settings/store', () => ({ loadSettings: async () => ({ settings, locked: [] }) }));

const { db } = await import('@/utils/db/app-db');
const { runRetention, RETENTION_NOTICE } = await import('@/entrypoints/background/retention');

const LONG_AGO = '2019-03-10T09:00:00.000Z';

beforeEach(async () => {
  settings = DEFAULT_SETTINGS;
  notices.length = 0;
  await db().delete();
  await db().open();
});

describe('the daily gallring', () => {
  it('says what it removed and what it kept, and why', async () => {
    const draft = evidence({ at: LONG_AGO });
    await db().evidence.add(draft);
    await db().outbox.add(outboxItem(draft.id, { at: LONG_AGO, state: 'saved', transport: 'email' }));
    await db().log.bulkAdd([logEntry({ at: LONG_AGO }), logEntry({ at: LONG_AGO, action: 'delivery.saved', data: { evidenceId: draft.id } })]);
    await runRetention();
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({ id: RETENTION_NOTICE, title: 'Uppsikt har gallrat' });
    expect(notices[0].message).toMatch(/^Gallring: 1 loggpost, 0 dokumentationsposter, 0 skickade utskick och 0 beslut om kommentarer äldre än \d+ dagar \(före \d{4}-\d\d-\d\d\) togs bort\. /);
    expect(notices[0].message).toMatch(/1 äldre dokumentationspost behölls eftersom den ännu inte har nått registrator: 1 sparad som e-postutkast eller ZIP men inte markerad som skickad\. 1 loggpost om den behölls också\.$/);
    expect(await db().evidence.count()).toBe(1);
    // The next day nothing is due: no purge, no notice.
    await runRetention();
    expect(notices).toHaveLength(1);
  });

  it('in English in the English interface', async () => {
    settings = { ...DEFAULT_SETTINGS, language: 'en' };
    await db().log.add(logEntry({ at: LONG_AGO }));
    await runRetention();
    expect(notices[0]).toMatchObject({ title: 'Uppsikt ran gallring' });
    expect(notices[0].message).toMatch(/^Gallring: 1 log entry, 0 documentation records, 0 sent deliveries and 0 decisions on comments older than [\d,]+ days \(before .+\) were removed\.$/);
  });
});
