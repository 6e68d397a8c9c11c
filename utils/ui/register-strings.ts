// Text of the account register and monitoring overview, Swedish first.

const sv = {
  title: 'Uppsikt – konton och bevakning',
  /** The organisation's rounds (its own number, or the preset's); a continuous policy says so, and how often Uppsikt reminds. */
  policyLine: (policy: string, rounds: number, continuous: boolean, documentationMonths: number | null) =>
    `Policy: ${policy}. Bevakning ${continuous ? `löpande (påminnelse ${rounds} gånger om dagen i kontorstid)` : `${rounds} ${rounds === 1 ? 'gång' : 'gånger'} om dagen i kontorstid`}; `
    + (documentationMonths ? `dokumentation av varje konto minst var ${documentationMonths}:e månad.` : 'policyn anger ingen fast tid för att dokumentera kontona.'),
  addAccount: 'Lägg till konto', savedAccount: (name: string) => `${name || 'Kontot'} är sparat i kontoregistret.`,
  reading: 'Läser registret …',
  empty: 'Registret är tomt. Lägg till ett konto med knappen ovan, eller öppna kontots sida och välj "Lägg till i kontoregistret" under fliken Konto i Uppsikts checklistor.',
  accounts: (n: number) => `${n} ${n === 1 ? 'konto' : 'konton'}`,
  /** Finding one account among hundreds: search, what to show, and in which order. */
  find: {
    search: 'Sök konto', searchHint: 'Namn, @användarnamn, länk, ansvarig, redaktör eller ersättare.',
    show: 'Visa', shows: { all: 'Alla konton', action: 'Att åtgärda', active: 'Aktiva', paused: 'Vilande', closed: 'Avslutade' },
    platform: 'Plattform', allPlatforms: 'Alla plattformar',
    sort: 'Ordning', sorts: { name: 'Namn (A–Ö)', lastRound: 'Längst sedan bevakning först', documented: 'Längst sedan dokumentation först' },
    withCount: (label: string, n: number) => `${label} (${n})`,
    showing: (shown: number, total: number) => `Visar ${shown} av ${total} konton`,
    noMatch: 'Inga konton passar sökningen och urvalet.',
    showAll: 'Visa alla konton',
  },
  columns: {
    account: 'Konto', lastRound: 'Senaste bevakning', overdueThen: 'Försenade då', baseChecked: 'Basinformation',
    documented: 'Dokumenterat (halvår)', toFix: 'Att åtgärda i registret', edit: 'Ändra',
  },
  /** The last base-information check (R9): what was missing, not only when. */
  baseCheck: (missing: number, total: number, when: string) => (total === 0
    ? `inga punkter kontrollerades (kontrollerad ${when})`
    : missing === 0 ? `${total} av ${total} finns (kontrollerad ${when})` : `${missing} av ${total} saknas (kontrollerad ${when})`),
  baseNotChecked: 'inte kontrollerad',
  /** A check made under another policy, whose items were not these: it must be made again. */
  baseOtherPolicy: (when: string, policy: string) => `kontrollerad ${when} mot ${policy}; kontrollera igen mot nuvarande policy`,
  documentationDue: ' – dags att dokumentera',
  /** A later documentation whose delivery failed or is blocked (R13): it does not count until it reaches the registrar. */
  documentedNotDelivered: (when: string) => `; ${when} dokumenterat, men inte levererat till registrator`,
  /** The account has not been watched since the day's latest round began (R2). */
  roundMissed: (from: string, time: string) => ` – inte bevakat sedan ${from} (rundan ${time})`,
  /** A paused or closed account's status, with the day it was closed (R14). */
  status: (status: string, closedOn: string | undefined) => (closedOn ? `${status} ${closedOn}` : status),
  edit: 'Ändra',
  editing: (name: string) => `Ändra ${name}`,
  newAccount: 'Nytt konto',
  managed: 'fälten med lås styrs av organisationens policy',
  fields: {
    name: 'Namn', platform: 'Plattform', url: 'Länk till kontot', purpose: 'Syfte', goals: 'Mätbara mål', targetGroups: 'Målgrupper',
    responsible: 'Ansvarig', editors: 'Redaktörer (kommaseparerade)', substitute: 'Ersättare', started: 'Startade', startedHint: 'ÅÅÅÅ-MM-DD', status: 'Status',
  },
  statuses: { active: 'Aktivt', paused: 'Vilande', closed: 'Avslutat' },
  closingSteps: 'Innan kontot avslutas: dokumentera det med ”Dokumentera inför avslut” i sidopanelen på kontots startsida och se att dokumentationen nått registrator, berätta för följarna att kontot stängs och varför, och hänvisa till organisationens andra kanaler. Avslutet loggas med dagens datum.',
  /** Where the account's documentation before closing is (R14), as the form shows it when "Avslutat" is chosen. */
  closingDocumentation: {
    none: 'Loggen har ingen dokumentation inför avslut av kontot.',
    delivered: (when: string) => `✓ Dokumenterat inför avslut ${when} och levererat till registrator.`,
    'on-its-way': (when: string) => `Dokumenterat inför avslut ${when}, men ännu inte hos registrator: leveransen är köad eller skickas, eller är ett utkast eller en ZIP-fil att skicka och sedan markera som skickad under ”Ej levererat till registrator” i loggen.`,
    undelivered: (when: string) => `Dokumenterat inför avslut ${when}, men leveransen till registrator misslyckades. Skicka den igen under ”Ej levererat till registrator” i loggen.`,
  },
  /** The policy asks for the content with the registrar before closing; closing without it needs a written reason. */
  closingRequired: (policy: string, clause: string) => `${policy}: ”${clause}” Spara kontot som avslutat när registrator har tagit emot dokumentationen, eller skriv varför det inte går.`,
  closingNote: 'Varför kontot avslutas utan dokumentation hos registrator',
  closingNoteHint: 'Till exempel: kontot har redan tagits bort av plattformen. Skälet loggas; högst 2 000 tecken.',
  closingNoteMissing: 'Skriv varför kontot avslutas utan dokumentation hos registrator, eller dokumentera det först.',
  closedWithoutDocumentation: (reason: string) => `Avslutat utan dokumentation hos registrator: ”${reason}”`,
  save: 'Spara',
  close: 'Stäng',
  unsavedOnEscape: 'Ändringarna är inte sparade. Tryck Escape igen för att stänga utan att spara, eller välj Spara.',
  unsavedOnOpen: 'Formuläret nedan har ändringar som inte är sparade. Spara eller stäng det innan du öppnar ett annat konto.',
  report: 'Rapport av kontoregistret',
  exportCsv: 'Exportera CSV (Excel)',
  print: 'Skriv ut',
  reportHeader: ['Namn', 'Plattform', 'Länk', 'Beskrivning och syfte', 'Ansvarig', 'Redaktörer', 'Startat', 'Avslutat', 'Status', 'Ny / Avslutad sedan förra rapporten'],
  sinceLastReport: ({ started, closed }: { started: boolean; closed: boolean }) => [started && 'Ny', closed && 'Avslutad'].filter(Boolean).join(', '),
  /** The report's heading on paper: who reports, and on which day. */
  reportOf: (organisation: string, date: string) => `Kontoregister – ${organisation || 'organisationens namn saknas i inställningarna'} – ${date}`,
  previousReport: (date: string | null) => (date
    ? `Förra rapporten markerades ${date}. Konton som startat eller avslutats sedan dess är markerade; konton som avslutades före den är inte med.`
    : 'Ingen tidigare rapport är markerad i Uppsikt, så inget är markerat som nytt eller avslutat sedan förra rapporten.'),
  markReported: 'Markera som rapporterad',
  markHint: 'Markera när rapporten är skickad till kommunikationsenheten: påminnelsen i rapportmånaderna kommer tills dess. Att skriva ut eller exportera räknas inte som rapporterat.',
  marked: (date: string) => `Registret är markerat som rapporterat ${date}.`,
  markFailed: (reason: string) => `Det gick inte att markera registret som rapporterat: ${reason}`,
  problems: {
    linkPlatform: (link: string, platform: string) => `Länken går till ${link}, inte till ${platform}. Välj rätt plattform eller ange kontots länk på ${platform}.`,
    linkNotPlatform: (platform: string) => `Länken går inte till ${platform}. Ange kontots adress på ${platform} (https://…).`,
    notAccount: (platform: string, example: string) => `Länken går till ett inlägg eller en av sidorna på ${platform}, inte till ett konto. Ange kontots adress, till exempel ${example}.`,
    started: (value: string) => `"${value}" är inget giltigt datum. Skriv när kontot startade som ÅÅÅÅ-MM-DD, till exempel 2024-02-29.`,
  },
  warnings: {
    editors: (policy: string, required: number, has: number) => `${policy} kräver minst ${required} ${required === 1 ? 'redaktör' : 'redaktörer'} per konto; registret har ${has}.`,
    substitute: 'Ersättare för den ansvarige saknas.',
    responsible: 'Ansvarig person saknas.',
    purpose: 'Syfte saknas.',
    started: 'Startdatum saknas: rapporten av kontoregistret kan inte säga om kontot är nystartat.',
  },
};

export type RegisterStrings = typeof sv;

const en: RegisterStrings = {
  title: 'Uppsikt – accounts and monitoring',
  policyLine: (policy, rounds, continuous, documentationMonths) =>
    `Policy: ${policy}. Monitoring ${continuous ? `continuously (reminded ${rounds} times a day in office hours)` : `${rounds} ${rounds === 1 ? 'time' : 'times'} a day in office hours`}; `
    + (documentationMonths ? `every account documented at least every ${documentationMonths} months.` : 'the policy sets no fixed time for documenting the accounts.'),
  addAccount: 'Add account', savedAccount: (name: string) => `${name || 'The account'} is saved in the register.`,
  reading: 'Reading the register …',
  empty: 'The register is empty. Add an account with the button above, or open the account\'s page and choose "Add to the account register" on the Account tab of Uppsikt\'s checklists.',
  accounts: (n) => `${n} ${n === 1 ? 'account' : 'accounts'}`,
  find: {
    search: 'Search accounts', searchHint: 'Name, @handle, link, responsible, editor or substitute.',
    show: 'Show', shows: { all: 'All accounts', action: 'Needing action', active: 'Active', paused: 'Paused', closed: 'Closed' },
    platform: 'Platform', allPlatforms: 'All platforms',
    sort: 'Order', sorts: { name: 'Name (A–Z)', lastRound: 'Longest since monitoring first', documented: 'Longest since documentation first' },
    withCount: (label, n) => `${label} (${n})`,
    showing: (shown, total) => `Showing ${shown} of ${total} accounts`,
    noMatch: 'No accounts match the search and selection.',
    showAll: 'Show all accounts',
  },
  columns: {
    account: 'Account', lastRound: 'Last monitoring round', overdueThen: 'Overdue at the last round', baseChecked: 'Base information',
    documented: 'Documented (half-year)', toFix: 'To fix in the register', edit: 'Edit',
  },
  baseCheck: (missing, total, when) => (total === 0
    ? `no items were checked (checked ${when})`
    : missing === 0 ? `${total} of ${total} present (checked ${when})` : `${missing} of ${total} missing (checked ${when})`),
  baseNotChecked: 'not checked',
  baseOtherPolicy: (when, policy) => `checked ${when} against ${policy}; check again against the current policy`,
  documentationDue: ' – time to document',
  documentedNotDelivered: (when) => `; ${when} documented, but not delivered to the registrar`,
  roundMissed: (from, time) => ` – not monitored since ${from} (the ${time} round)`,
  status: (status, closedOn) => (closedOn ? `${status} ${closedOn}` : status),
  edit: 'Edit',
  editing: (name) => `Edit ${name}`,
  newAccount: 'New account',
  managed: 'the fields with a lock are managed by the organisation\'s policy',
  fields: {
    name: 'Name', platform: 'Platform', url: 'Link to the account', purpose: 'Purpose', goals: 'Measurable goals', targetGroups: 'Target groups',
    responsible: 'Responsible', editors: 'Editors (comma-separated)', substitute: 'Substitute', started: 'Started', startedHint: 'YYYY-MM-DD', status: 'Status',
  },
  statuses: { active: 'Active', paused: 'Paused', closed: 'Closed' },
  closingSteps: 'Before the account is closed: document it with “Document before closing” in the side panel on the account’s start page and make sure the documentation has reached the registrar, tell the followers that the account closes and why, and point them to the organisation’s other channels. The closing is logged with today’s date.',
  closingDocumentation: {
    none: 'The log has no documentation of the account before closing.',
    delivered: (when) => `✓ Documented before closing ${when} and delivered to the registrar.`,
    'on-its-way': (when) => `Documented before closing ${when}, but not with the registrar yet: the delivery is queued or being sent, or a draft or ZIP file to send and then mark as sent under “Not delivered to the registrar” in the log.`,
    undelivered: (when) => `Documented before closing ${when}, but the delivery to the registrar failed. Send it again under “Not delivered to the registrar” in the log.`,
  },
  closingRequired: (policy, clause) => `${policy}: “${clause}” Save the account as closed once the registrar has received the documentation, or write why that cannot be done.`,
  closingNote: 'Why the account is closed without documentation with the registrar',
  closingNoteHint: 'For example: the platform has already removed the account. The reason is logged; at most 2,000 characters.',
  closingNoteMissing: 'Write why the account is closed without documentation with the registrar, or document it first.',
  closedWithoutDocumentation: (reason: string) => `Closed without documentation with the registrar: “${reason}”`,
  save: 'Save',
  close: 'Close',
  unsavedOnEscape: 'The changes are not saved. Press Escape again to close without saving, or choose Save.',
  unsavedOnOpen: 'The form below has unsaved changes. Save or close it before opening another account.',
  report: 'Report of the account register',
  exportCsv: 'Export CSV (Excel)',
  print: 'Print',
  reportHeader: ['Name', 'Platform', 'Link', 'Description and purpose', 'Responsible', 'Editors', 'Started', 'Closed', 'Status', 'New / closed since the last report'],
  sinceLastReport: ({ started, closed }) => [started && 'New', closed && 'Closed'].filter(Boolean).join(', '),
  reportOf: (organisation, date) => `Account register – ${organisation || 'the organisation\'s name is missing in the settings'} – ${date}`,
  previousReport: (date) => (date
    ? `The last report was marked ${date}. Accounts started or closed since then are marked; accounts closed before it are left out.`
    : 'No earlier report is marked in Uppsikt, so nothing is marked as new or closed since the last report.'),
  markReported: 'Mark as reported',
  markHint: 'Mark it once the report has been sent to the communications unit: the reminder in the reporting months comes until then. Printing or exporting does not count as reported.',
  marked: (date) => `The register is marked as reported ${date}.`,
  markFailed: (reason) => `The register could not be marked as reported: ${reason}`,
  problems: {
    linkPlatform: (link, platform) => `The link goes to ${link}, not to ${platform}. Choose the right platform or give the account's link on ${platform}.`,
    linkNotPlatform: (platform) => `The link does not go to ${platform}. Give the account's address on ${platform} (https://…).`,
    notAccount: (platform, example) => `The link goes to a post or one of the pages on ${platform}, not to an account. Give the account's address, for example ${example}.`,
    started: (value) => `"${value}" is not a valid date. Write when the account started as YYYY-MM-DD, for example 2024-02-29.`,
  },
  warnings: {
    editors: (policy, required, has) => `${policy} requires at least ${required} ${required === 1 ? 'editor' : 'editors'} per account; the register has ${has}.`,
    substitute: 'The substitute for the responsible person is missing.',
    responsible: 'The responsible person is missing.',
    purpose: 'The purpose is missing.',
    started: 'The start date is missing: the register report cannot tell whether the account is new.',
  },
};

export const REGISTER_STRINGS = { sv, en };
