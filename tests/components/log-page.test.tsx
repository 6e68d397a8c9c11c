// The log page does nothing with the default settings while the organisation's are read: a backup
// made in that moment named "Okänd redaktör" as who made it, and the log entry of its import too.
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '@/utils/settings/defaults';
import type { Settings } from '@/utils/settings/schema';

let release: (settings: Settings) => void = () => {};
vi.mock('wxt/browser', () => ({ browser: { runtime: { getURL: (path: string) => `chrome-extension://uppsiktid${path}` } } }));
vi.mock('@/utils/messaging', () => ({ sendMessage: vi.fn(async () => []), onMessage: vi.fn(() => () => {}) }));
vi.mock('@/utils/settings/store', () => ({
  loadSettings: () => new Promise((resolve) => { release = (settings) => resolve({ settings, locked: [], policyProblems: [], storedProblems: [] }); }),
  settingsItem: { watch: () => () => {} },
}));
vi.mock('@/utils/settings/managed-policy', () => ({ watchManagedPolicy: () => () => {} }));

const { App } = await import('@/entrypoints/log/App');
afterEach(cleanup);

describe('the log page', () => {
  it('offers no backup or gallring until the settings (who the editor is, the retention) are read', async () => {
    render(<App />);
    expect(await screen.findByRole('status')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('Laddar …');
    expect(screen.queryByRole('button', { name: /Säkerhetskopiera/ })).toBeNull();
    release({ ...DEFAULT_SETTINGS, editor: { firstName: 'Anna', lastName: 'Berg', title: 'kommunikatör' } });
    expect(await screen.findByRole('button', { name: /Säkerhetskopiera/ })).toBeTruthy();
  });
});
