import { z } from 'zod';
import { CATEGORIES } from '@/rules/categories';
import { getPreset } from '@/rules/presets';
import { DEFAULT_SETTINGS } from './defaults';
import { absoluteLink } from '@/utils/accounts/link';
import { isSchemaMessage, OFFICE_HOURS_REVERSED, SCHEMA_MESSAGES as M } from './messages';

export { OFFICE_HOURS_REVERSED };

// The organisation's settings. Validated on every read and write: a malformed value gets a clear
// message and falls back to the default for that field only, so nothing else is lost.

const CLOCK = /^([01]\d|2[0-3]):[0-5]\d$/;
const clock = z.string().regex(CLOCK, M.clock);
const optionalEmail = z.union([z.literal(''), z.email(M.email)]);
const optionalUrl = z.union([z.literal(''), z.url({ protocol: /^https?$/, error: M.https })]);
// The website is published in the account's base information: an http:// address is refused, as the message says;
// one written without a scheme ("www.sjovik.se") is taken as https://, as the account register takes a link.
const websiteUrl = z.preprocess(
  (value) => (typeof value === 'string' ? absoluteLink(value) : value),
  z.union([z.literal(''), z.url({ protocol: /^https$/, error: M.https })]),
);

// The browser lets Uppsikt ask for access to https:// addresses and to this computer (wxt.config.ts):
// an http:// intake elsewhere could never be reached, so it is refused here, when it is written.
const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1']);
// The check runs even when the address is no URL at all (a half-typed "https:/"): that one has its message already.
const reachable = (url: string) => {
  const parsed = URL.canParse(url) ? new URL(url) : null;
  return !parsed || parsed.protocol === 'https:' || LOCAL_HOSTS.has(parsed.hostname);
};
// A fetch to "https://user:pass@…" is refused by the browser, and the password would show in every failure.
const withoutCredentials = (url: string) => !URL.canParse(url) || (!new URL(url).username && !new URL(url).password);
const registrarUrl = optionalUrl.refine((url) => !url || reachable(url), M.registrarUrl).refine(withoutCredentials, M.registrarCredentials);
/** Headers the delivery sets itself: a second Content-Type breaks the multipart body, a second Idempotency-Key the retries. */
export const RESERVED_HEADERS: ReadonlySet<string> = new Set(['content-type', 'content-length', 'host', 'idempotency-key']);
const headerName = z.string().regex(/^[A-Za-z0-9-]+$/, M.headerName).refine((name) => !RESERVED_HEADERS.has(name.toLowerCase()), M.headerReserved);
// A header value is sent as bytes: a pasted dash (–) or an emoji makes the browser refuse every delivery.
export const HEADER_VALUE = /^[\t\x20-\x7E\xA0-\xFF]*$/;
export const HEADER_VALUE_MAX = 2000;

export const organisationSchema = z.object({
  name: z.string().max(200),
  department: z.string().max(200),
  website: websiteUrl,
  switchboard: z.string().max(40),
  email: optionalEmail,
  visitingAddress: z.string().max(300),
  postalAddress: z.string().max(300),
  dataProtectionOfficer: z.string().max(300),
});

export const editorSchema = z.object({
  firstName: z.string().max(100),
  lastName: z.string().max(100),
  title: z.string().max(100),
});

export const registrarSchema = z.object({
  transport: z.enum(['email', 'http', 'download']),
  email: optionalEmail,
  endpoint: registrarUrl,
  /** Extra HTTP headers, e.g. an API key for the intake. */
  headers: z.record(headerName, z.string().max(HEADER_VALUE_MAX).regex(HEADER_VALUE, M.headerValue)),
  attachPdf: z.boolean(),
  /** A removal or police decision about a documented comment goes to the registrator as a supplement to its documentation. */
  sendDecisions: z.boolean(),
});

export const policySchema = z.object({
  presetId: z.enum(['stockholm', 'perstorp', 'norrkoping', 'helsingborg']),
  /** Adjustments to the preset; absent means the preset's value. */
  responseHours: z.number().positive(M.hoursAboveZero).max(24 * 30, M.hoursMax).optional(),
  officeDays: z.array(z.number().int().min(1).max(7)).min(1).max(7, M.officeDays).refine((days) => new Set(days).size === days.length, M.officeDays).optional(),
  officeStart: clock.optional(),
  officeEnd: clock.optional(),
  monitoringRounds: z.number().int(M.wholeNumber).min(1, M.roundsMin).max(24, M.roundsMax).optional(),
  retentionDays: z.number().int(M.wholeNumber).min(1, M.daysMin).max(36500, M.daysMax).optional(),
  /** The decision the gallring follows (arkivlagen): "Dokumenthanteringsplan KS 2024/512, 3.4"; named in every gallring's log entry. */
  retentionDecision: z.string().trim().max(200).optional(),
  /** What to do per category where the organisation departs from the preset (remove or only review, say). */
  categoryActions: z.partialRecord(z.enum(CATEGORIES), z.enum(['answer', 'case-handling', 'document-remove', 'police-report', 'review'])).optional(),
}).superRefine((policy, ctx) => {
  // Compared with the preset's hours where only one end is set. Said on the field that was set (the
  // end when both are), so that putting back what was set, one field at a time, ends with valid hours.
  const preset = getPreset(policy.presetId).officeHours;
  const start = policy.officeStart ?? preset.start;
  const end = policy.officeEnd ?? preset.end;
  if (!CLOCK.test(start) || !CLOCK.test(end) || start < end) return;
  ctx.addIssue({ code: 'custom', path: [policy.officeEnd !== undefined ? 'officeEnd' : 'officeStart'], message: M.officeHoursReversed });
});

export const settingsSchema = z.object({
  organisation: organisationSchema,
  editor: editorSchema,
  policy: policySchema,
  registrar: registrarSchema,
  language: z.enum(['sv', 'en']),
  /** The organisation's own official texts; empty means Uppsikt's wording for the preset. */
  texts: z.object({ consent: z.string().max(20_000) }),
  /** Badges on the page, per site. */
  highlight: z.object({ facebook: z.boolean(), instagram: z.boolean(), x: z.boolean() }),
});

export type Settings = z.infer<typeof settingsSchema>;

export { DEFAULT_SETTINGS, editorLabel } from './defaults';


export interface SettingsProblem {
  path: string;
  /** The schema's own message (Swedish), or zod's: for logs and tests. Shown to people through `issue`. */
  message: string;
  /** What was wrong, as data, so the page can say it in its language with the field's label (utils/ui/validation-language). */
  issue?: IssueFacts;
  /** Which entry of a list it is, as its writer knows it (a policy account's name or address): "account 307" alone means counting. */
  about?: string;
}

/** The parts of a zod issue a message is made from: plain data, kept with a problem until it is shown. */
export interface IssueFacts {
  code: string;
  origin?: string;
  expected?: string;
  format?: string;
  maximum?: number;
  minimum?: number;
  inclusive?: boolean;
  values?: unknown[];
  keys?: string[];
}

type ZodIssue = z.core.$ZodIssue;

export function issueFacts(issue: ZodIssue): IssueFacts {
  const raw = issue as unknown as Record<string, unknown>;
  const facts: IssueFacts = { code: issue.code };
  for (const key of ['origin', 'expected', 'format'] as const) if (typeof raw[key] === 'string') facts[key] = raw[key];
  for (const key of ['maximum', 'minimum'] as const) if (typeof raw[key] === 'number' || typeof raw[key] === 'bigint') facts[key] = Number(raw[key]);
  if (typeof raw.inclusive === 'boolean') facts.inclusive = raw.inclusive;
  if (Array.isArray(raw.values)) facts.values = raw.values;
  if (Array.isArray(raw.keys)) facts.keys = raw.keys.map(String);
  return facts;
}

/** The issue's own message: for a record's key, the key's (the schema's "Ogiltigt rubriknamn"), not zod's "Invalid key in record". */
function messageOf(issue: ZodIssue): string {
  if (issue.code === 'invalid_key' && issue.issues[0]) return issue.issues[0].message;
  return issue.message;
}

/** A problem for people: the schema's own message says it all; zod's needs the issue's facts to be said plainly. */
export function problemOf(issue: ZodIssue, prefix: PropertyKey[] = []): SettingsProblem {
  const path = [...prefix, ...issue.path].map(String).join('.');
  const message = messageOf(issue);
  return isSchemaMessage(message) ? { path, message } : { path, message, issue: issueFacts(issue) };
}

const isNamedValues = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);
const withoutNames = (values: Record<string, unknown>, names: string[]) => Object.fromEntries(Object.entries(values).filter(([name]) => !names.includes(name)));

/**
 * Reads settings from untrusted JSON (storage, an import file, managed policy). A field that does
 * not validate, or is not there, keeps its value in `base` (the defaults, or what the editor has when she
 * imports a file) and is reported; every valid field is kept.
 */
export function parseSettings(input: unknown, base: Settings = DEFAULT_SETTINGS): { settings: Settings; problems: SettingsProblem[] } {
  const source = (input && typeof input === 'object' ? input : {}) as Record<string, unknown>;
  const problems: SettingsProblem[] = [];
  const settings = structuredClone(base) as Record<string, unknown>;
  for (const [key, schema] of Object.entries(settingsSchema.shape) as Array<[string, z.ZodType]>) {
    if (source[key] === undefined) continue;
    const fallback = settings[key];
    const isSection = fallback !== null && typeof fallback === 'object';
    const given = source[key];
    const candidate: unknown = isSection && given && typeof given === 'object' && !Array.isArray(given)
      ? { ...(fallback as object), ...(given as object) }
      : given;
    let result = schema.safeParse(candidate);
    if (!result.success && isSection && candidate && typeof candidate === 'object') {
      // Put back the default of each field that failed, keep the rest, and try again: a check across
      // fields (office hours from 17:00 to 08:00) may fail again on the other field once one is put back.
      const repaired = { ...(candidate as Record<string, unknown>) };
      for (let round = 0; round < 4 && !result.success; round++) {
        for (const issue of result.error.issues) {
          problems.push(problemOf(issue, [key]));
          const field = String(issue.path[0] ?? '');
          // In a list of named values (what to do per category, the registrar's headers) only the names that
          // are wrong go: one category from a newer version must not take every adjustment with it.
          const named = repaired[field];
          const wrongNames = issue.code === 'unrecognized_keys' ? issue.keys : issue.path.length > 1 ? [String(issue.path[1])] : [];
          if (isNamedValues(named) && wrongNames.length && round === 0) repaired[field] = withoutNames(named, wrongNames);
          else if (field in (fallback as object)) repaired[field] = (fallback as Record<string, unknown>)[field];
          else delete repaired[field];
        }
        result = schema.safeParse(repaired);
      }
    } else if (!result.success) {
      for (const issue of result.error.issues) problems.push(problemOf(issue, [key]));
    }
    if (result.success) settings[key] = result.data;
  }
  return { settings: settings as Settings, problems };
}
