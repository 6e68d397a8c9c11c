// The options page with values the organisation's policy sets: every such control is disabled (a
// change would be undone on save) and says it is locked, as a text field does.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '@/utils/settings/defaults';
import { policyAccounts } from '@/utils/settings/policy-accounts';
import { readStoredSettings } from '@/utils/settings/stored-settings';

const policy = vi.hoisted(() => ({ locked: [] as string[], settings: null as unknown, problems: [] as unknown[], stored: [] as unknown[] }));

vi.mock('wxt/browser', () => ({ browser: {} }));
vi.mock('@/utils/messaging', () => ({ sendMessage: vi.fn(async () => undefined) }));
vi.mock('@/utils/settings/store', () => ({ settingsItem: { getValue: vi.fn(), setValue: vi.fn() } }));
const { settingsItem } = await import('@/utils/settings/store');
vi.mock('@/entrypoints/options/use-options-settings', () => ({
  useOptionsSettings: () => ({ settings: policy.settings ?? DEFAULT_SETTINGS, locked: policy.locked, policyProblems: policy.problems, storedProblems: policy.stored, loaded: true }),
}));

const { App } = await import('@/entrypoints/options/App');

afterEach(() => {
  cleanup();
  policy.settings = null;
  policy.problems = [];
  policy.stored = [];
});

/** Whether the control is disabled and its description says the organisation locked it. */
function shownLocked(control: HTMLElement): boolean {
  const description = (control.getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
  return (control as HTMLInputElement | HTMLSelectElement).disabled && description.includes('låst av organisationen');
}

describe('the options page under the organisation\'s policy', () => {
  it('shows every control the policy sets as locked and disabled, and leaves the others the editor\'s', () => {
    policy.locked = ['language', 'highlight.facebook', 'policy.presetId', 'registrar.transport', 'registrar.attachPdf', 'policy.categoryActions', 'organisation.name'];
    render(<App />);
    const locked = [
      screen.getByRole('combobox', { name: /^Språk/ }),
      screen.getByRole('checkbox', { name: /^Markera kommentarer på Facebook/ }),
      screen.getByRole('combobox', { name: /^Utgå från policy/ }),
      screen.getByRole('combobox', { name: /^Hur dokumentation skickas/ }),
      screen.getByRole('checkbox', { name: /^Bifoga PDF/ }),
      screen.getByRole('combobox', { name: 'Hets mot folkgrupp' }),
      screen.getByRole('textbox', { name: /^Namn \(t\.ex\./ }),
    ];
    expect(locked.filter((control) => !shownLocked(control)).map((control) => control.id)).toEqual([]);
    // The lock is said with the label too, where it is seen.
    const facebookLabel = screen.getByRole('checkbox', { name: /^Markera kommentarer på Facebook/ }).closest('label')!;
    const languageLabel = document.querySelector('label[for="language"]')!;
    expect(facebookLabel.textContent).toBe('Markera kommentarer på Facebook låst av organisationen');
    expect(languageLabel.textContent).toBe('Språk låst av organisationen');
    // With a drawn padlock, not an emoji a font must have, and not read aloud (the words say it).
    for (const label of [facebookLabel, languageLabel]) expect(label.querySelector('.lock svg')?.getAttribute('aria-hidden')).toBe('true');

    const own = [
      screen.getByRole('checkbox', { name: 'Markera kommentarer på Instagram' }),
      screen.getByRole('textbox', { name: 'Förnamn' }),
    ];
    expect(own.map((control) => [(control as HTMLInputElement).disabled, control.getAttribute('aria-describedby')])).toEqual([[false, null], [false, null]]);
  });

  it('keeps the policy\'s values when a settings file is imported, and takes the rest from the file', async () => {
    policy.locked = ['organisation.name'];
    policy.settings = { ...DEFAULT_SETTINGS, organisation: { ...DEFAULT_SETTINGS.organisation, name: 'Sjöviks kommun' } };
    render(<App />);
    const file = new File([JSON.stringify({
      ...DEFAULT_SETTINGS,
      organisation: { ...DEFAULT_SETTINGS.organisation, name: 'Annan kommun', website: 'https://www.annan.se' },
    })], 'uppsikt-installningar.json', { type: 'application/json' });
    fireEvent.change(document.querySelector('input[type="file"]')!, { target: { files: [file] } });
    await screen.findByText('Importerat. Kontrollera och spara.');
    expect((screen.getByRole('textbox', { name: /^Namn \(t\.ex\./ }) as HTMLInputElement).value).toBe('Sjöviks kommun');
    expect((screen.getByRole('textbox', { name: /^Webbplats/ }) as HTMLInputElement).value).toBe('https://www.annan.se');
  });

  it('gives back the editor\'s own value where the policy stops deciding while the form has unsaved edits, and saves hers', async () => {
    const user = userEvent.setup();
    policy.locked = ['organisation.name'];
    policy.settings = { ...DEFAULT_SETTINGS, organisation: { ...DEFAULT_SETTINGS.organisation, name: 'Policyns kommun' } };
    const { rerender } = render(<App />);
    await user.type(screen.getByRole('textbox', { name: 'Förnamn' }), 'Anna');
    // IT removes the name from the policy: the settings read now are the editor's own.
    policy.locked = [];
    policy.settings = { ...DEFAULT_SETTINGS, organisation: { ...DEFAULT_SETTINGS.organisation, name: 'Egen kommun' } };
    rerender(<App />);
    const name = screen.getByRole('textbox', { name: /^Namn \(t\.ex\./ }) as HTMLInputElement;
    expect([name.value, name.disabled]).toEqual(['Egen kommun', false]);
    expect((screen.getByRole('textbox', { name: 'Förnamn' }) as HTMLInputElement).value).toBe('Anna');
    await user.click(screen.getByRole('button', { name: 'Spara' }));
    await waitFor(() => expect(settingsItem.setValue).toHaveBeenCalled());
    const saved = vi.mocked(settingsItem.setValue).mock.calls.at(-1)![0] as typeof DEFAULT_SETTINGS;
    expect([saved.organisation.name, saved.editor.firstName]).toEqual(['Egen kommun', 'Anna']);
  });

  it('names a policy account it could not use by its name, as the IT department wrote it', () => {
    const { problems } = policyAccounts([
      { name: 'Sundsvall 1', platform: 'facebook', url: 'https://www.facebook.com/sundsvall1' },
      { name: 'Dublett av Sundsvall 1', platform: 'facebook', url: 'https://m.facebook.com/sundsvall1?ref=bookmarks' },
    ]);
    policy.problems = problems;
    render(<App />);
    expect(screen.getByRole('alert').querySelector('li')?.textContent)
      .toBe('accounts.1: Samma konto som ett tidigare i listan (samma adress eller användarnamn); bara det första används (Konto 2 i policyns kontoregister: Dublett av Sundsvall 1)');
  });

  it('says which of the editor\'s saved settings could not be used and that their defaults are shown, by the fields\' labels', () => {
    policy.stored = readStoredSettings({ registrar: { endpoint: 12345 }, language: 'de' }).storedProblems;
    render(<App />);
    const alert = screen.getByRole('alert');
    expect(alert.querySelector('p')?.textContent).toBe('Några sparade inställningar kunde inte användas. Standardvärdet gäller för dem tills du sparar; det som står i fälten nu är det som gäller:');
    expect([...alert.querySelectorAll('li')].map((li) => li.textContent?.split(':')[0])).toEqual(['Mottagande adress', 'Språk']);
  });
});
