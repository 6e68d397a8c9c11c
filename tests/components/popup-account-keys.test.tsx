// The popup on a page of a registered account: what it saves and what it shows is under the
// register's key and the keys the account had before, as the overview and the reminders read them.
// A check saved under the page's own key was never seen by the overview ("aldrig kontrollerad").
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyAccount } from '@/components/AccountForm';
import { App } from '@/entrypoints/popup/App';
import { db } from '@/utils/db/app-db';
import type { AccountRecord, ChecklistResult, LogEntry } from '@/utils/db/records';
import { DEFAULT_SETTINGS } from '@/utils/settings/defaults';
import type { PageReport } from '@/utils/report';
import { saveChecklistResult, type ChecklistToSave } from '@/utils/checklists/results';

const page = vi.hoisted(() => ({ report: null as unknown }));
vi.mock('@/utils/ui/hooks', () => ({
  useSettings: () => ({ settings: { ...DEFAULT_SETTINGS, policy: { ...DEFAULT_SETTINGS.policy, presetId: 'stockholm' } }, locked: [], policyProblems: [], storedProblems: [], loaded: true }),
  useActiveTab: () => ({ id: 7, url: 'https://www.instagram.com/sjoviksbibliotek/' }),
  usePageReport: () => ({ report: page.report, refused: null, loading: false }),
  useDocumentLanguage: () => undefined,
  useStoredLanguage: () => 'sv',
}));
// The background's writes, done here on the extension's database the way the background does them.
vi.mock('@/utils/ui/background-writes', () => ({
  saveChecklist: vi.fn((input: ChecklistToSave) => saveChecklistResult(db(), input, 'Anna Berg, kommunikatör')),
  registerConsent: vi.fn(), withdrawConsent: vi.fn(), addAccountToRegister: vi.fn(),
}));
vi.mock('@/utils/messaging', () => ({ sendMessage: vi.fn(async () => ({ ok: true })) }));

const report = {
  platform: 'instagram', url: 'https://www.instagram.com/sjoviksbibliotek/', accountSource: 'page', items: [], recentPostTimes: [],
  account: { name: 'Sjöviks bibliotek', handle: 'sjoviksbibliotek', url: 'https://www.instagram.com/sjoviksbibliotek/' },
  profileText: 'Sjöviks bibliotek. Kontot drivs av Sjöviks kommun.', bioText: null, ownComments: [],
} as unknown as PageReport;
const registered = (overrides: Partial<AccountRecord>): AccountRecord => ({
  ...emptyAccount(), id: crypto.randomUUID(), by: 'Anna Berg', at: '2026-11-01T09:00:00.000Z', name: 'Sjöviks bibliotek', platform: 'instagram', ...overrides,
});

beforeEach(() => { page.report = report; });
afterEach(async () => {
  cleanup();
  await Promise.all([db().accounts.clear(), db().checklists.clear(), db().log.clear()]);
});

describe('popup: the account as the register knows it', () => {
  it('saves the base-information check under the key of an account registered by its handle only', async () => {
    await db().accounts.add(registered({ url: '', handle: 'sjoviksbibliotek', key: 'sjoviksbibliotek' }));
    render(<App />);
    await userEvent.click(await screen.findByRole('button', { name: 'Spara kontrollen' }));
    await screen.findByText(/^Kontrollen är sparad/);
    expect((await db().checklists.toArray()).map((c) => c.account)).toEqual(['sjoviksbibliotek']);
  });

  it('shows the last check and round of an account whose link changed, logged under its old key', async () => {
    await db().accounts.add(registered({
      url: 'https://www.instagram.com/sjoviksbibliotek/', key: 'instagram.com/sjoviksbibliotek', formerKeys: ['instagram.com/biblioteketsjovik'],
    }));
    const before: ChecklistResult = {
      id: crypto.randomUUID(), by: 'Anna Berg', at: '2026-11-20T09:00:00.000Z', account: 'instagram.com/biblioteketsjovik', kind: 'base-information',
      presetId: 'stockholm', items: [{ id: 'who', state: 'found', evidence: null }],
    };
    await db().checklists.add(before);
    const round: LogEntry = {
      id: crypto.randomUUID(), at: '2026-12-04T08:30:00.000Z', by: 'Anna Berg', action: 'monitoring-round', platform: 'instagram',
      account: 'instagram.com/biblioteketsjovik', pageUrl: null, commentId: null, categories: [], detail: '',
    };
    await db().log.add(round);
    render(<App />);
    expect((await screen.findByText(/^Senast kontrollerad/)).textContent).toContain('2026-11-20');
    await userEvent.click(screen.getByRole('tab', { name: 'Konto' }));
    expect(await screen.findByText('2026-12-04 09:30')).toBeTruthy();
  });
});
