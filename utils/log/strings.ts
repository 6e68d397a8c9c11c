// Text of the log page, Swedish first. "Gallring" stays Swedish in English too: it is the name the
// policies use. The English text says registrar for registrator. Counts are grouped as each language
// writes them ("1 234" in Swedish, "1,234" in English).

import { keptText, type KeptCounts } from './retention-text';

const svNumber = (n: number) => n.toLocaleString('sv-SE');
const enNumber = (n: number) => n.toLocaleString('en-GB');
/** "1 loggpost", "2 loggposter": the count and the word in its number. */
const counted = (format: (n: number) => string) => (n: number, one: string, many: string) => `${format(n)} ${n === 1 ? one : many}`;
const svCount = counted(svNumber);
const enCount = counted(enNumber);
/** "12 loggposter, 1 dokumentationspost": the kinds there are any of. */
const countsOf = (count: ReturnType<typeof counted>, parts: Array<[number, string, string]>) =>
  parts.filter(([n]) => n > 0).map(([n, one, many]) => count(n, one, many)).join(', ');

const sv = {
  title: 'Logg',
  intro: 'Allt som gjorts med kommentarer och fynd, i tidsordning. Loggen ändras aldrig i efterhand; rättelser blir nya poster.',
  filters: 'Filter',
  search: 'Sök',
  searchHint: 'Söker i detalj, konto (adress eller namn i kontoregistret), åtgärd, sidadress och redaktör',
  account: 'Konto',
  category: 'Kategori',
  action: 'Åtgärd',
  from: 'Från och med',
  to: 'Till och med',
  all: 'Alla',
  clear: 'Rensa filter',
  columns: { time: 'Tid', editor: 'Redaktör', action: 'Åtgärd', account: 'Konto', categories: 'Kategorier', where: 'Sida och kommentar', detail: 'Detalj' },
  comment: 'kommentar',
  withdraw: 'Ångra',
  withdrawHelp: 'Ta tillbaka beslutet: kommentaren bedöms som förut på sidan. Ångrandet loggas.',
  withdrawn: 'Beslutet är ångrat och loggat. Öppna sidor bedömer kommentaren som förut.',
  loading: 'Läser loggen …',
  empty: 'Inga loggposter matchar filtret.',
  showing: (first: number, last: number, total: number | null) =>
    total === null ? `Visar ${svNumber(first)}–${svNumber(last)}` : `Visar ${svNumber(first)}–${svNumber(last)} av ${svNumber(total)}`,
  more: 'fler finns',
  previous: 'Föregående',
  next: 'Nästa',
  pages: 'Sidor i loggen',
  tools: 'Export, säkerhetskopia och gallring',
  exportCsv: 'Exportera CSV (Excel)',
  exportJson: 'Exportera JSON',
  exportHint: 'Exporten följer filtret ovan.',
  backup: 'Säkerhetskopiera allt',
  importBackup: 'Importera säkerhetskopia',
  importing: 'Importerar …',
  imported: (added: string, present: number) => `Importerat: ${added}.${present ? ` ${svCount(present, 'post fanns redan och lämnades orörd', 'poster fanns redan och lämnades orörda')}.` : ''}`,
  importProblems: 'Hoppades över:',
  heldBack: (n: number) => (n === 1
    ? 'Ett utskick till registrator var inte levererat i filen och skickas inte av sig självt: det står under ”Ej levererat till registrator”, där det skickas med Försök igen.'
    : `${svNumber(n)} utskick till registrator var inte levererade i filen och skickas inte av sig själva: de står under ”Ej levererat till registrator”, där de skickas med Försök igen.`),
  exported: (n: number, file: string) => `${svCount(n, 'post exporterad', 'poster exporterade')} till ${file}.`,
  backedUp: (file: string) => `Säkerhetskopian är sparad i Hämtade filer som ${file}: loggen, dokumentationen med skärmbilderna, utkorgen, kontoregistret, samtyckena, checklistorna och besluten om kommentarer. Inställningarna ingår inte; exportera dem på inställningssidan.`,
  purge: 'Gallra nu',
  purgeHint: (days: number) => `Gallringsfrist enligt inställningarna: ${svCount(days, 'dag', 'dagar')}.`,
  purgeConfirm: 'Bekräfta gallring',
  purgeQuestion: (days: number, cutoff: string) => `Ta bort allt som är äldre än ${svCount(days, 'dag', 'dagar')} (före ${cutoff})?`,
  purgeCounts: (log: number, evidence: number, outbox: number, decisions: number) =>
    `${svCount(log, 'loggpost', 'loggposter')}, ${svCount(evidence, 'dokumentationspost', 'dokumentationsposter')}, `
    + `${svCount(outbox, 'skickat utskick', 'skickade utskick')} och ${svNumber(decisions)} beslut om kommentarer tas bort.`,
  purgeDecisions: 'Besluten (falsklarm, besvarad på annat sätt, flyttad till ärendehantering) gallras med loggposterna som registrerade dem; en sådan kommentar som fortfarande finns på sidan kan flaggas igen.',
  purgeKept: (kept: KeptCounts) => keptText(kept, 'sv', false),
  purgeAlways: 'Dokumentation som inte har nått registrator (i kö, misslyckad eller sparad som fil men inte markerad som skickad) tas aldrig bort, inte heller dess utskick och loggposter. Gallringen loggas.',
  purgeYes: 'Ja, gallra',
  upcoming: (days: number, log: number, evidence: number, outbox: number, decisions: number) =>
    `Inom ${svCount(days, 'dag', 'dagar')} gallras automatiskt ${countsOf(svCount, [
      [log, 'loggpost', 'loggposter'], [evidence, 'dokumentationspost', 'dokumentationsposter'], [outbox, 'skickat utskick', 'skickade utskick'], [decisions, 'beslut om kommentarer', 'beslut om kommentarer'],
    ])}. Exportera eller säkerhetskopiera det som behövs före dess.`,
  cancel: 'Avbryt',
  failed: (reason: string) => `Det gick inte: ${reason}`,
};

const en: typeof sv = {
  title: 'Log',
  intro: 'Everything done with comments and findings, in time order. The log is never changed afterwards; corrections are new entries.',
  filters: 'Filters',
  search: 'Search',
  searchHint: 'Searches detail, account (address or name in the account register), action, page address and editor',
  account: 'Account',
  category: 'Category',
  action: 'Action',
  from: 'From',
  to: 'To',
  all: 'All',
  clear: 'Clear filters',
  columns: { time: 'Time', editor: 'Editor', action: 'Action', account: 'Account', categories: 'Categories', where: 'Page and comment', detail: 'Detail' },
  comment: 'comment',
  withdraw: 'Undo',
  withdrawHelp: 'Take the decision back: the comment is judged as before on the page. The undo is logged.',
  withdrawn: 'The decision is withdrawn and logged. Open pages judge the comment as before.',
  loading: 'Reading the log …',
  empty: 'No log entries match the filter.',
  showing: (first, last, total) => (total === null ? `Showing ${enNumber(first)}–${enNumber(last)}` : `Showing ${enNumber(first)}–${enNumber(last)} of ${enNumber(total)}`),
  more: 'more available',
  previous: 'Previous',
  next: 'Next',
  pages: 'Log pages',
  tools: 'Export, backup and gallring',
  exportCsv: 'Export CSV (Excel)',
  exportJson: 'Export JSON',
  exportHint: 'The export follows the filter above.',
  backup: 'Back up everything',
  importBackup: 'Import backup',
  importing: 'Importing …',
  imported: (added, present) => `Imported: ${added}.${present ? ` ${enCount(present, 'record was already there and was left as it was', 'records were already there and were left as they were')}.` : ''}`,
  importProblems: 'Skipped:',
  heldBack: (n) => (n === 1
    ? 'One delivery to the registrar had not been delivered in the file and is not sent by itself: it is under “Not delivered to the registrar”, where Try again sends it.'
    : `${enNumber(n)} deliveries to the registrar had not been delivered in the file and are not sent by themselves: they are under “Not delivered to the registrar”, where Try again sends them.`),
  exported: (n, file) => `${enCount(n, 'entry', 'entries')} exported to ${file}.`,
  backedUp: (file) => `The backup is saved in Downloads as ${file}: the log, the documentation with its screenshots, the outbox, the account register, the consents, the checklists and the decisions about comments. The settings are not in it; export them on the settings page.`,
  purge: 'Run gallring now',
  purgeHint: (days) => `Retention period (gallringsfrist) from the settings: ${enCount(days, 'day', 'days')}.`,
  purgeConfirm: 'Confirm gallring',
  purgeQuestion: (days, cutoff) => `Remove everything older than ${enCount(days, 'day', 'days')} (before ${cutoff})?`,
  purgeCounts: (log, evidence, outbox, decisions) => `${enCount(log, 'log entry', 'log entries')}, ${enCount(evidence, 'documentation record', 'documentation records')}, `
    + `${enCount(outbox, 'sent delivery', 'sent deliveries')} and ${enCount(decisions, 'decision', 'decisions')} on comments will be removed.`,
  purgeDecisions: 'The decisions (false alarm, answered another way, moved to case handling) go with the log entries that recorded them; such a comment still on the page may be flagged again.',
  purgeKept: (kept) => keptText(kept, 'en', false),
  purgeAlways: 'Documentation that has not reached the registrar (queued, failed, or saved as a file but not marked as sent) is never removed, nor are its deliveries and log entries. The gallring is logged.',
  purgeYes: 'Yes, run gallring',
  upcoming: (days, log, evidence, outbox, decisions) =>
    `Within ${enCount(days, 'day', 'days')}, automatic gallring removes ${countsOf(enCount, [
      [log, 'log entry', 'log entries'], [evidence, 'documentation record', 'documentation records'], [outbox, 'sent delivery', 'sent deliveries'], [decisions, 'decision on comments', 'decisions on comments'],
    ])}. Export or back up what is needed before then.`,
  cancel: 'Cancel',
  failed: (reason) => `That did not work: ${reason}`,
};

export const LOG_STRINGS = { sv, en };
export type LogStrings = typeof sv;
