// The settings schema's own messages, written by hand in Swedish (utils/ui/settings-strings.ts has
// them in English). Kept apart, without imports: the strings name them without loading the
// validation library, and a problem with one of these needs no other wording (see schema.problemOf).

export const SCHEMA_MESSAGES = {
  clock: 'Ange tid som TT:MM, till exempel 08:00',
  /** Office hours that end before (or when) they start count no time at all: nothing would ever be overdue. */
  officeHoursReversed: 'Kontorstiden ska börja före den slutar, till exempel från 08:00 till 17:00',
  email: 'Ogiltig e-postadress',
  https: 'Ange en adress som börjar med https://',
  registrarUrl: 'Registratorns adress ska börja med https:// (http:// bara till den egna datorn, localhost)',
  registrarCredentials: 'Ange inte användarnamn eller lösenord i adressen (webbläsaren skickar inte dem); ange nyckeln som en rubrik nedan, till exempel Authorization',
  headerName: 'Ogiltigt rubriknamn',
  headerReserved: 'Den rubriken sätter Uppsikt själv (Content-Type, Content-Length, Host, Idempotency-Key); ta bort den',
  headerValue: 'Rubrikens värde har ett tecken som inte kan skickas, till exempel ett tankstreck (–) eller en emoji',
  officeDays: 'Ange varje kontorsdag en gång, 1 (måndag) till 7 (söndag)',
  hoursAboveZero: 'Ange ett antal timmar större än 0',
  hoursMax: 'Högst 720 timmar (30 dygn)',
  wholeNumber: 'Ange ett heltal',
  roundsMin: 'Minst 1 runda om dagen',
  roundsMax: 'Högst 24 rundor om dagen',
  daysMin: 'Minst 1 dag',
  daysMax: 'Högst 36 500 dagar (100 år)',
  notSettings: 'De sparade inställningarna är inte ett objekt; alla standardvärden gäller',
} as const;

export const OFFICE_HOURS_REVERSED = SCHEMA_MESSAGES.officeHoursReversed;

const OWN = new Set<string>(Object.values(SCHEMA_MESSAGES));

/** Whether `message` is one of the schema's own (and not one of zod's). */
export const isSchemaMessage = (message: string): boolean => OWN.has(message);
