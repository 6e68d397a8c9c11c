// "Dokumentera kontot" (R13) is logged under the register's key, as monitoring rounds are: an account
// registered by its handle alone must show as documented in the overview and silence the reminder.
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyAccount } from '@/components/AccountForm';
import { DEFAULT_SETTINGS } from '@/utils/settings/defaults';
import type { PageReport } from '@/utils/report';

let report: PageReport;
vi.mock('wxt/browser', () => ({
  browser: {
    runtime: { getManifest: () => ({ version: '0.0.0' }), getURL: (path: string) => `chrome-extension://uppsiktid${path}` },
    tabs: {
      get: async () => ({ id: 1, windowId: 1, active: true, url: report.url }),
      captureVisibleTab: async () => 'data:image/png;base64,iVBORw0KGgo=',
    },
  },
}));
vi.mock('@/entrypoints/background/outbox', () => ({ processOutbox: vi.fn() }));
vi.mock('@/entrypoints/background/page-reports', () => ({ pageReport: async () => report }));
vi.mock('@/utils/settings/store', () => ({ loadSettings: async () => ({ settings: DEFAULT_SETTINGS, locked: [] }) }));

vi.stubGlobal('navigator', { userAgent: 'Chromium' });

const { db } = await import('@/utils/db/app-db');
const { documentAccount } = await import('@/entrypoints/background/document-account');
const { accountDocumentation } = await import('@/utils/accounts/documentation-state');
const { closingDocumentation } = await import('@/utils/accounts/closing-documentation');

const page = (url: string, handle: string, platform: PageReport['platform']) => ({
  platform, url, account: { name: 'Sidan', handle, url }, accountSource: 'page', items: [], recentPostTimes: [], profileText: null,
}) as unknown as PageReport;

beforeEach(async () => {
  await db().delete();
  await db().open();
  await db().accounts.bulkAdd([
    { ...emptyAccount(), id: 'a1', name: 'Biblioteket', platform: 'instagram', url: '', handle: 'sjoviksbibliotek', key: 'sjoviksbibliotek' },
  ]);
});

describe('documenting an account', () => {
  it('is logged under the register\'s key for an account registered by its handle, and the overview finds it', async () => {
    report = page('https://www.instagram.com/sjoviksbibliotek/', 'sjoviksbibliotek', 'instagram');
    const result = await documentAccount(1, 'half-year');
    expect(result.ok).toBe(true);
    const logged = await db().log.where('action').anyOf(['account.documented', 'delivery.queued']).toArray();
    expect(logged.map((e) => e.account)).toEqual(['sjoviksbibliotek', 'sjoviksbibliotek']);
    expect((await db().evidence.toArray()).map((e) => e.account)).toEqual(['sjoviksbibliotek']);
    expect((await accountDocumentation(db())).get('sjoviksbibliotek')?.done?.data?.evidenceId).toBe(result.ok && result.evidenceId);
  });

  it('records the follower count the page shows apart from the profile text (X), as the registrar reads it', async () => {
    report = { ...page('https://x.com/SjovikKommun', 'SjovikKommun', 'x'), profileText: 'Sjöviks kommuns officiella konto.', followersShown: '1 234 Följare' };
    const result = await documentAccount(1, 'half-year');
    expect(result.ok).toBe(true);
    const [evidence] = await db().evidence.toArray();
    expect(JSON.parse(evidence.recordJson).followers).toBe('1 234 följare');
  });

  it('documentation before closing is found as such, so the register can close the account (R14)', async () => {
    report = page('https://www.instagram.com/sjoviksbibliotek/', 'sjoviksbibliotek', 'instagram');
    expect(await closingDocumentation(db(), ['sjoviksbibliotek'])).toBeNull();
    await documentAccount(1, 'half-year');
    expect(await closingDocumentation(db(), ['sjoviksbibliotek'])).toBeNull(); // a half-year documentation is not one before closing
    const result = await documentAccount(1, 'closing');
    expect(await closingDocumentation(db(), ['sjoviksbibliotek'])).toMatchObject({ state: 'on-its-way', entry: { data: { evidenceId: result.ok && result.evidenceId } } });
  });

  it('keeps the page\'s own key for an account outside the register', async () => {
    report = page('https://x.com/privatperson', 'privatperson', 'x');
    await documentAccount(1, 'half-year');
    expect((await db().log.where('action').equals('account.documented').toArray()).map((e) => e.account)).toEqual(['x.com/privatperson']);
  });
});
