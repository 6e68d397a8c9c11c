// A database that fails: a page's live query re-throws a read's error while rendering, and a database
// that will not open keeps its live queries waiting. Each page says what failed and offers a reload,
// rather than going blank or showing "loading" for ever.
import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '@/utils/settings/defaults';

vi.mock('wxt/browser', () => ({ browser: { runtime: { getURL: (path: string) => `chrome-extension://uppsiktid${path}` } } }));
vi.mock('@/utils/messaging', () => ({ sendMessage: vi.fn(async () => null), onMessage: vi.fn(() => () => {}) }));
vi.mock('@/utils/settings/store', () => ({
  loadSettings: async () => ({ settings: DEFAULT_SETTINGS, locked: [], policyProblems: [], storedProblems: [] }),
  settingsItem: { watch: () => () => {} },
}));
vi.mock('@/utils/settings/managed-policy', () => ({ watchManagedPolicy: () => () => {} }));

afterEach(() => {
  document.body.innerHTML = '';
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  vi.resetModules();
});

/** Opens the page as its HTML does, and waits for what it says. */
async function openPage(page: string): Promise<HTMLElement> {
  vi.spyOn(console, 'error').mockImplementation(() => {}); // React reports the error it caught
  document.body.innerHTML = '<div id="root"></div>';
  await act(() => import(`@/entrypoints/${page}/main.tsx`));
  const alert = await screen.findByRole('alert', {}, { timeout: 10_000 });
  // The settings (the message's language) are loaded after the first paint: done before the test ends.
  await act(() => Promise.all([import('@/utils/settings/store'), import('@/utils/settings/managed-policy')]));
  return alert;
}

describe('a page whose database fails', () => {
  it('shows the storage failure when a live query throws, and reloads on request', async () => {
    const { db } = await import('@/utils/db/app-db');
    vi.spyOn(db().accounts, 'toArray').mockRejectedValue(new DOMException('Quota exceeded', 'QuotaExceededError'));
    const alert = await openPage('overview');
    expect(alert.textContent).toBe('Uppsikt kunde inte visa sidan. Lagringsutrymmet är fullt. Frigör diskutrymme eller exportera och gallra loggen; inget har skrivits över.');
    const reload = vi.fn();
    vi.stubGlobal('location', { ...location, reload });
    await userEvent.click(screen.getByRole('button', { name: 'Ladda om' }));
    expect(reload).toHaveBeenCalledOnce();
  });

  it('says a fault of its own is one, not that the database failed', async () => {
    const { db } = await import('@/utils/db/app-db');
    vi.spyOn(db().accounts, 'toArray').mockRejectedValue(new TypeError('Failed to construct \'URL\': Invalid URL'));
    const alert = await openPage('overview');
    expect(alert.textContent).toBe('Uppsikt kunde inte visa sidan. Ett oväntat fel i Uppsikt (TypeError: Failed to construct \'URL\': Invalid URL). '
      + 'Ladda om sidan; kvarstår det, ge felet till IT-supporten.');
  });

  it.each([['log'], ['overview']])('%s.html says so when the database will not open', async (page) => {
    vi.spyOn(indexedDB, 'open').mockImplementation(() => {
      throw new DOMException('Internal error opening backing store for indexedDB.open.', 'UnknownError');
    });
    const alert = await openPage(page);
    expect(alert.textContent).toBe('Uppsikt kunde inte visa sidan. Kunde inte spara i den lokala databasen (UnknownError). '
      + 'Webbläsaren kunde inte skriva till disken; oftast är den full. Frigör diskutrymme och försök igen.');
    expect(screen.getByRole('button', { name: 'Ladda om' })).toBeTruthy();
  });
});
