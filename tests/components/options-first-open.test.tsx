// The settings page opened for the first time after installing, while the browser's policy service
// has not started yet (Chromium answers the organisation's policy 3–8 s after it starts): the form
// shows the editor's own settings at once, and lays the policy over them when the browser answers,
// keeping what the editor has typed meanwhile.
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '@/utils/settings/defaults';

type Listener = (changes: Record<string, unknown>, area: string) => void;

const fake = vi.hoisted(() => {
  const local = new Map<string, unknown>();
  const listeners = new Set<(changes: Record<string, unknown>, area: string) => void>();
  let answer: (value: Record<string, unknown>) => void = () => undefined;
  // The browser's policy service: silent until the test answers for it.
  const policy = new Promise<Record<string, unknown>>((resolve) => { answer = resolve; });
  return { local, listeners, policy, answer: (value: Record<string, unknown>) => answer(value) };
});

vi.mock('wxt/browser', () => ({
  browser: {
    storage: {
      local: {
        async get(key: string) {
          return fake.local.has(key) ? { [key]: structuredClone(fake.local.get(key)) } : {};
        },
        async set(items: Record<string, unknown>) {
          for (const [k, v] of Object.entries(items)) fake.local.set(k, structuredClone(v));
          for (const listener of fake.listeners) listener(Object.fromEntries(Object.keys(items).map((k) => [k, { newValue: items[k] }])), 'local');
        },
      },
      managed: { get: () => fake.policy },
      onChanged: {
        addListener: (l: Listener) => fake.listeners.add(l),
        removeListener: (l: Listener) => fake.listeners.delete(l),
      },
    },
  },
}));
vi.mock('@/utils/messaging', () => ({ sendMessage: vi.fn(async () => undefined) }));
vi.mock('@/utils/settings/store', async () => {
  const own = { ...DEFAULT_SETTINGS, editor: { firstName: 'Anna', lastName: '', title: 'kommunikatör' } };
  const { readManagedPolicy } = await import('@/utils/settings/managed-policy');
  const { withPolicy } = await import('@/utils/settings/policy-overlay');
  return {
    settingsItem: { getValue: async () => own, setValue: vi.fn(async () => undefined), watch: () => () => undefined },
    // As utils/settings/store reads them: other pages wait for the policy, the settings page asks for a short wait.
    loadSettings: async (options: { policyWaitMs?: number } = {}) => ({ ...withPolicy(own, (await readManagedPolicy(options.policyWaitMs)).settings), storedProblems: [] }),
  };
});

const { App } = await import('@/entrypoints/options/App');

afterEach(cleanup);

describe('the settings page before the browser has answered the organisation\'s policy', () => {
  it('shows the editor\'s own settings within a second, and the policy\'s values once it answers, keeping the edits', async () => {
    render(<App />);
    // Waiting for the policy took up to ten seconds on the first start ("Läser inställningarna …" meanwhile).
    const firstName = await screen.findByLabelText('Förnamn', undefined, { timeout: 1_000 }) as HTMLInputElement;
    expect(firstName.value).toBe('Anna');
    fireEvent.change(screen.getByLabelText('Efternamn'), { target: { value: 'Berg' } });
    fireEvent.change(screen.getByLabelText(/^Namn \(t\.ex\./), { target: { value: 'Mitt namn på kommunen' } });

    fake.answer({ settings: { organisation: { name: 'Sjöviks kommun (policy)' } } });

    const name = screen.getByLabelText(/^Namn \(t\.ex\./) as HTMLInputElement;
    await vi.waitFor(() => expect(name.value).toBe('Sjöviks kommun (policy)'));
    expect(name.disabled).toBe(true);
    expect((screen.getByLabelText('Efternamn') as HTMLInputElement).value).toBe('Berg');
    expect(screen.getByRole('status').textContent).toBe('Ändringarna är inte sparade än.');
  });
});
