// What is already done to a comment, for its badge on the page: documented, removed and the police
// decision, the latest of each kind, with who and when, per comment on the platform.
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { LogEntry } from '@/utils/db/records';

vi.mock('wxt/browser', () => ({ browser: { runtime: { getURL: (path: string) => `chrome-extension://uppsiktid${path}` } } }));

const { db } = await import('@/utils/db/app-db');
const { stepsOn } = await import('@/entrypoints/background/comment-steps');

const entry = (over: Partial<LogEntry>): LogEntry => ({
  id: crypto.randomUUID(), at: '2026-12-07T05:02:00.000Z', by: 'Anna Berg', action: 'documented', platform: 'facebook',
  account: 'facebook.com/sjovikskommun', pageUrl: 'https://www.facebook.com/sjovikskommun/posts/1', commentId: 'c1', categories: [], detail: '', ...over,
});

beforeEach(async () => {
  await db().delete();
  await db().open();
});

describe('steps done to comments', () => {
  it('gives per comment the latest of each kind, oldest first, and nothing of other platforms, comments or actions', async () => {
    await db().log.bulkAdd([
      entry({}),
      entry({ action: 'police-report.considered', at: '2026-12-07T05:03:00.000Z' }),
      entry({ action: 'police-report.made', at: '2026-12-07T05:04:00.000Z', by: 'Johan Ek' }),
      entry({ action: 'removed', at: '2026-12-07T05:05:00.000Z' }),
      entry({ action: 'answered', commentId: 'c2' }),
      entry({ platform: 'x', commentId: 'c1' }),
      entry({ commentId: 'c3', at: '2026-12-06T09:00:00.000Z' }),
    ]);
    expect(await stepsOn('facebook', 'sv')).toEqual({
      c1: ['Dokumenterad 2026-12-07 06:02 · Anna Berg', 'Polisanmäld 2026-12-07 06:04 · Johan Ek', 'Borttagen 2026-12-07 06:05 · Anna Berg'],
      c3: ['Dokumenterad 2026-12-06 10:00 · Anna Berg'],
    });
    expect((await stepsOn('facebook', 'en')).c3).toEqual(['Documented 2026-12-06 10:00 · Anna Berg']);
  });
});
