// The overview and the reminders read each account's latest round and documentation with one look-up
// per account in an index of the log, however long the log is.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { AppDB } from '@/utils/db/app-db';
import type { LogEntry } from '@/utils/db/records';
import { latestEntries } from '@/utils/accounts/latest-entries';

const database = new AppDB(`latest-${crypto.randomUUID()}`);
afterEach(async () => { await database.log.clear(); });

const logged = (action: LogEntry['action'], account: string | null, at: string): LogEntry => ({
  id: crypto.randomUUID(), at, by: 'Anna Berg', action, platform: 'facebook', account, pageUrl: null, commentId: null, categories: [], detail: '',
});

describe('latestEntries', () => {
  it('gives each account\'s latest entry of each action, ignoring other actions and entries without an account', async () => {
    await database.log.bulkAdd([
      logged('monitoring-round', 'facebook.com/a', '2026-11-24T09:00:00.000Z'),
      logged('monitoring-round', 'facebook.com/a', '2026-11-24T11:00:00.000Z'),
      logged('monitoring-round', 'facebook.com/a', '2026-11-23T15:00:00.000Z'),
      logged('answered', 'facebook.com/a', '2026-11-24T12:00:00.000Z'),
      logged('account.documented', 'facebook.com/b', '2026-06-01T10:00:00.000Z'),
      logged('monitoring-round', null, '2026-11-24T12:00:00.000Z'),
      ...Array.from({ length: 2000 }, (_, i) => logged('answered', `facebook.com/c${i % 50}`, new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString())),
    ]);
    const latest = await latestEntries(database, ['monitoring-round', 'account.documented'], ['facebook.com/a', 'facebook.com/b', 'facebook.com/c1', 'facebook.com/none']);
    const at = (action: LogEntry['action']) => Object.fromEntries([...latest.get(action)!].map(([key, entry]) => [key, entry.at]));
    expect(at('monitoring-round')).toEqual({ 'facebook.com/a': '2026-11-24T11:00:00.000Z' });
    expect(at('account.documented')).toEqual({ 'facebook.com/b': '2026-06-01T10:00:00.000Z' });
  });
});
