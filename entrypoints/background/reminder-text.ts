// The reminders' words (system notifications), in the language of the settings. One notification
// per kind sums the accounts up; the first few are named, the overview shows them all.

/** How many accounts a notification names before "and 9 more". */
const NAMED = 3;

const named = (names: string[], more: (n: number) => string) =>
  names.length > NAMED ? `${names.slice(0, NAMED).join(', ')} ${more(names.length - NAMED)}` : names.join(', ');

export const REMINDER_TEXT = {
  sv: {
    roundTitle: 'Dags för bevakningsrunda',
    round: (names: string[], total: number, since: string, policy: string, rounds: number) =>
      `${names.length} av ${total} ${total === 1 ? 'konto' : 'konton'} har inte bevakats sedan ${since}: ${named(names, (n) => `och ${n} till`)}. `
      + `${policy}: ${rounds} ${rounds === 1 ? 'runda' : 'rundor'} om dagen i kontorstid. Öppna Uppsikts sidopanel på varje konto.`,
    documentationTitle: 'Dokumentera kontona',
    /** `undelivered`: of them, those documented whose delivery failed or is blocked (sending it again is enough). */
    documentation: (names: string[], undelivered = 0) =>
      `${names.length} ${names.length === 1 ? 'konto behöver' : 'konton behöver'} halvårsdokumenteras: ${named(names, (n) => `och ${n} till`)}. `
      + 'Öppna kontots startsida och välj "Dokumentera kontot" i sidopanelen.'
      + (undelivered ? ` ${undelivered} av dem är ${undelivered === 1 ? 'dokumenterat men inte levererat' : 'dokumenterade men inte levererade'} till registrator: `
        + `skicka ${undelivered === 1 ? 'det' : 'dem'} igen under "Ej levererat till registrator" på loggsidan.` : ''),
    reportTitle: 'Rapportera kontoregistret',
    report: 'Det är dags att rapportera kontona, nystartade, befintliga och avslutade (namn, plattform, länk, syfte, ansvarig). '
      + 'Öppna kontoregistret i Uppsikt, skicka rapporten och välj "Markera som rapporterad".',
  },
  en: {
    roundTitle: 'Time for a monitoring round',
    round: (names: string[], total: number, since: string, policy: string, rounds: number) =>
      `${names.length} of ${total} ${total === 1 ? 'account' : 'accounts'} ${names.length === 1 ? 'has' : 'have'} not been monitored since ${since}: ${named(names, (n) => `and ${n} more`)}. `
      + `${policy}: ${rounds} ${rounds === 1 ? 'round' : 'rounds'} a day in office hours. Open Uppsikt's side panel on each account.`,
    documentationTitle: 'Document the accounts',
    documentation: (names: string[], undelivered = 0) =>
      `${names.length} ${names.length === 1 ? 'account needs its' : 'accounts need their'} half-year documentation: ${named(names, (n) => `and ${n} more`)}. `
      + 'Open the account\'s start page and choose "Document the account" in the side panel.'
      + (undelivered ? ` ${undelivered} of them ${undelivered === 1 ? 'is' : 'are'} documented but not delivered to the registrar: send ${undelivered === 1 ? 'it' : 'them'} again under "Not delivered to the registrar" on the log page.` : ''),
    reportTitle: 'Report the account register',
    report: 'It is time to report the accounts, new, existing and closed (name, platform, link, purpose, responsible). '
      + 'Open the account register in Uppsikt, send the report and choose "Mark as reported".',
  },
} as const;
