// The overview page's line about the policy says the organisation's own number of rounds (what the
// reminders use), not the preset's.
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '@/utils/settings/defaults';
import type { Settings } from '@/utils/settings/schema';

let settings: Settings = DEFAULT_SETTINGS;
vi.mock('wxt/browser', () => ({ browser: { runtime: { getURL: (path: string) => `chrome-extension://uppsiktid${path}` } } }));
vi.mock('@/utils/messaging', () => ({ sendMessage: vi.fn(async () => []), onMessage: vi.fn(() => () => {}) }));
vi.mock('@/utils/settings/store', () => ({
  loadSettings: async () => ({ settings, locked: [], policyProblems: [], storedProblems: [] }),
  settingsItem: { watch: () => () => {} },
}));
vi.mock('@/utils/settings/managed-policy', () => ({ watchManagedPolicy: () => () => {} }));

const { App } = await import('@/entrypoints/overview/App');
afterEach(cleanup);

describe('the overview page', () => {
  it('describes the organisation\'s adjusted rounds', async () => {
    settings = { ...DEFAULT_SETTINGS, policy: { presetId: 'stockholm', monitoringRounds: 5 } };
    render(<App />);
    expect((await screen.findByText(/^Policy: Stockholms stad\. Bevakning 5/)).textContent)
      .toBe('Policy: Stockholms stad. Bevakning 5 gånger om dagen i kontorstid; policyn anger ingen fast tid för att dokumentera kontona.');
  });

  it('says "continuously" for a policy that asks for it, with how often Uppsikt reminds', async () => {
    settings = { ...DEFAULT_SETTINGS, language: 'en', policy: { presetId: 'norrkoping' } };
    render(<App />);
    expect((await screen.findByText(/^Policy: Norrköping/)).textContent)
      .toBe('Policy: Norrköpings kommun. Monitoring continuously (reminded 8 times a day in office hours); the policy sets no fixed time for documenting the accounts.');
  });

  it('does not open another account over typed changes: it says so and keeps them', async () => {
    settings = DEFAULT_SETTINGS;
    const user = userEvent.setup();
    render(<App />);
    await user.click(await screen.findByRole('button', { name: 'Lägg till konto' }));
    await user.type(screen.getByLabelText('Namn'), 'Kulturskolan');
    await user.click(screen.getByRole('button', { name: 'Lägg till konto' }));
    expect(screen.getByRole('alert').textContent).toBe('Formuläret nedan har ändringar som inte är sparade. Spara eller stäng det innan du öppnar ett annat konto.');
    expect((screen.getByLabelText('Namn') as HTMLInputElement).value).toBe('Kulturskolan');
    expect(document.activeElement).toBe(screen.getByLabelText('Namn'));
    // Closed without saving, another opens as asked.
    await user.click(screen.getByRole('button', { name: 'Stäng' }));
    await user.click(screen.getByRole('button', { name: 'Lägg till konto' }));
    expect((screen.getByLabelText('Namn') as HTMLInputElement).value).toBe('');
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
