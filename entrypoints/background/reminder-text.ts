// The reminders' words (system notifications), in the language of the settings.

export const REMINDER_TEXT = {
  sv: {
    roundTitle: 'Dags för bevakningsrunda',
    round: (policy: string, rounds: number) => `${policy}: ${rounds} rundor om dagen i kontorstid. Gå igenom kontona och öppna Uppsikts sidopanel på varje.`,
    documentationTitle: 'Dokumentera kontot',
    documentation: (account: string, platform: string) =>
      `${account} (${platform}) har inte dokumenterats det senaste halvåret. Öppna kontots startsida och välj "Dokumentera kontot" i sidopanelen.`,
    reportTitle: 'Rapportera kontoregistret',
    report: 'Det är dags att rapportera kontona (namn, plattform, länk, syfte, ansvarig). Öppna översikten i Uppsikt och exportera registret.',
  },
  en: {
    roundTitle: 'Time for a monitoring round',
    round: (policy: string, rounds: number) => `${policy}: ${rounds} rounds a day in office hours. Go through the accounts and open Uppsikt's side panel on each.`,
    documentationTitle: 'Document the account',
    documentation: (account: string, platform: string) =>
      `${account} (${platform}) has not been documented in the last half-year. Open the account's start page and choose "Document the account" in the side panel.`,
    reportTitle: 'Report the account register',
    report: 'It is time to report the accounts (name, platform, link, purpose, responsible). Open the overview in Uppsikt and export the register.',
  },
} as const;
