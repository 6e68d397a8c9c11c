// The side panel says what the settings lack for documenting before the editor clicks: without the
// registrator's address the documentation never reaches the registrator, without a name the log says
// "Okänd redaktör".
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '@/utils/settings/schema';

vi.mock('wxt/browser', () => ({ browser: { runtime: { getURL: (path: string) => `chrome-extension://uppsiktid${path}` } } }));
const { SetupNotice } = await import('@/components/SetupNotice');

const notice = () => document.querySelector('.setup-notice');

afterEach(cleanup);

const settings = (change: (s: Settings) => void): Settings => {
  const s = structuredClone(DEFAULT_SETTINGS);
  change(s);
  return s;
};

describe('SetupNotice', () => {
  it('says that the registrator’s address and the editor’s name are missing, with the way to the settings', () => {
    render(<SetupNotice settings={settings((s) => { s.registrar.transport = 'email'; s.registrar.email = ''; s.editor.firstName = ''; s.editor.lastName = ''; })} lang="sv" />);
    expect(notice()?.textContent).toContain('Registratorns e-postadress är inte inställd: dokumentation sparas här men når inte registrator förrän den är det.');
    expect(notice()?.textContent).toContain('Ditt namn är inte inställt: loggen och dokumentationen visar ”Okänd redaktör”.');
    expect(screen.getByRole('link', { name: 'Öppna inställningar' }).getAttribute('href')).toBe('chrome-extension://uppsiktid/options.html');
  });

  it('asks for the address the chosen delivery needs, in English too, and for nothing when a download is chosen', () => {
    const { unmount } = render(<SetupNotice settings={settings((s) => { s.registrar.transport = 'http'; s.registrar.endpoint = ''; s.editor.firstName = 'Anna'; })} lang="en" />);
    expect(notice()?.textContent).toContain("The registrar's receiving address (HTTP) is not set");
    expect(notice()?.textContent).not.toContain('Your name');
    unmount();
    render(<SetupNotice settings={settings((s) => { s.registrar.transport = 'download'; s.editor.lastName = 'Berg'; })} lang="sv" />);
    expect(notice()).toBeNull();
  });
});
