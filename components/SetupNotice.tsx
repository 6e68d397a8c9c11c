import { browser } from 'wxt/browser';
import type { Settings } from '@/utils/settings/schema';
import type { Lang } from '@/utils/ui/strings';

const TEXT = {
  sv: {
    noRegistrar: { email: 'Registratorns e-postadress', http: 'Registratorns mottagande adress (HTTP)' },
    missingRegistrar: (what: string) => `${what} är inte inställd: dokumentation sparas här men når inte registrator förrän den är det.`,
    missingName: 'Ditt namn är inte inställt: loggen och dokumentationen visar ”Okänd redaktör”.',
    open: 'Öppna inställningar',
  },
  en: {
    noRegistrar: { email: "The registrar's e-mail address", http: "The registrar's receiving address (HTTP)" },
    missingRegistrar: (what: string) => `${what} is not set: documentation is saved here but does not reach the registrar until it is.`,
    missingName: 'Your name is not set: the log and the documentation show "Okänd redaktör" (unknown editor).',
    open: 'Open settings',
  },
} as const;

/** What the editor's settings lack for documenting (R7) and signing the log, said before the first click rather than after. */
export function setupGaps(settings: Settings): Array<'registrar' | 'name'> {
  const { transport, email, endpoint } = settings.registrar;
  const gaps: Array<'registrar' | 'name'> = [];
  if ((transport === 'email' && !email) || (transport === 'http' && !endpoint)) gaps.push('registrar');
  if (!settings.editor.firstName.trim() && !settings.editor.lastName.trim()) gaps.push('name');
  return gaps;
}

export function SetupNotice({ settings, lang }: { settings: Settings; lang: Lang }) {
  const gaps = setupGaps(settings);
  if (gaps.length === 0) return null;
  const t = TEXT[lang];
  const { transport } = settings.registrar;
  return (
    // Not an alert: it stands there from the start, read in its place.
    <div className="notice notice-warning setup-notice">
      {gaps.includes('registrar') && transport !== 'download' && <p>{t.missingRegistrar(t.noRegistrar[transport])}</p>}
      {gaps.includes('name') && <p>{t.missingName}</p>}
      <a href={browser.runtime.getURL('/options.html')} target="_blank" rel="noreferrer">{t.open}</a>
    </div>
  );
}
