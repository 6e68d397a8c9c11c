// Looking over a page in the side panel is a monitoring round (R2) only for an account in the
// register: a private profile or an unregistered page must not count as watching the organisation's.
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyAccount } from '@/components/AccountForm';
import { DEFAULT_SETTINGS } from '@/utils/settings/defaults';
import type { PageReport } from '@/utils/report';

vi.mock('wxt/browser', () => ({ browser: { runtime: { getURL: (path: string) => `chrome-extension://uppsiktid${path}` } } }));
vi.mock('@/utils/settings/store', () => ({ loadSettings: async () => ({ settings: DEFAULT_SETTINGS, locked: [] }) }));

const { db } = await import('@/utils/db/app-db');
const { recordMonitoringRound, roundFindings } = await import('@/entrypoints/background/monitoring');

const page = (url: string, handle: string | null, platform: PageReport['platform'] = 'facebook') => ({
  platform, url, account: { name: 'Sidan', handle, url }, accountSource: 'page', items: [], recentPostTimes: [],
}) as unknown as PageReport;

beforeEach(async () => {
  await db().delete();
  await db().open();
  await db().accounts.bulkAdd([
    { ...emptyAccount(), id: 'a1', name: 'Kulturskolan', url: 'https://www.facebook.com/kulturskolan', key: 'facebook.com/kulturskolan' },
    { ...emptyAccount(), id: 'a2', name: 'Biblioteket', platform: 'instagram', url: '', handle: 'sjoviksbibliotek', key: 'sjoviksbibliotek' },
  ]);
});

describe('a monitoring round', () => {
  it('is logged for a registered account, under the register\'s key, and not for a page outside the register', async () => {
    await recordMonitoringRound(page('https://www.facebook.com/privatperson', 'privatperson'));
    await recordMonitoringRound(page('https://m.facebook.com/kulturskolan', 'kulturskolan'));
    // Registered by handle only: the page's link key differs, its handle finds the entry.
    await recordMonitoringRound(page('https://www.instagram.com/sjoviksbibliotek/', 'sjoviksbibliotek', 'instagram'));
    // The same handle on another platform is another account.
    await recordMonitoringRound(page('https://x.com/sjoviksbibliotek', 'sjoviksbibliotek', 'x'));
    const rounds = await db().log.where('action').equals('monitoring-round').toArray();
    expect(rounds.map((r) => r.account).sort()).toEqual(['facebook.com/kulturskolan', 'sjoviksbibliotek']);
  });

  it('is not logged for an account closed in the register: it is no longer watched', async () => {
    await db().accounts.add({ ...emptyAccount(), id: 'a3', name: 'Valet 2022', url: 'https://www.facebook.com/valet2022', key: 'facebook.com/valet2022', status: 'closed', closedOn: '2026-11-30' });
    await recordMonitoringRound(page('https://www.facebook.com/valet2022', 'valet2022'));
    expect(await db().log.where('action').equals('monitoring-round').count()).toBe(0);
  });

  it('is logged once when two looks come at the same moment (a new reading of the page and the panel shown again)', async () => {
    const kulturskolan = page('https://www.facebook.com/kulturskolan', 'kulturskolan');
    await Promise.all([recordMonitoringRound(kulturskolan), recordMonitoringRound(kulturskolan), recordMonitoringRound(kulturskolan)]);
    expect(await db().log.where('action').equals('monitoring-round').count()).toBe(1);
  });

  it('counts every comment that waits for a reply as unanswered, also a threat that asks something, so the overdue ones are among them', () => {
    const item = (status: string, group: string, due: string | null) => ({ status, group, due });
    const items = [
      item('unanswered', 'unanswered', 'ok'), item('unanswered', 'unanswered', 'overdue'),
      item('unanswered', 'act-now', 'overdue'), item('answered', 'act-now', null), item('unknown', 'unanswered', 'due-soon'),
    ] as unknown as PageReport['items'];
    expect(roundFindings({ items })).toEqual({ unanswered: 4, overdue: 2, actNow: 2, detail: '4 obesvarade (2 försenade), 2 att åtgärda nu' });
  });
});
