import { z } from 'zod';
import { CATEGORIES } from '@/rules/categories';
import { DEFAULT_SETTINGS } from './defaults';

// The organisation's settings. Validated on every read and write: a malformed value gets a clear
// message and falls back to the default for that field only, so nothing else is lost.

const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Ange tid som TT:MM, till exempel 08:00');
const optionalEmail = z.union([z.literal(''), z.email('Ogiltig e-postadress')]);
const optionalUrl = z.union([z.literal(''), z.url({ protocol: /^https?$/, error: 'Ange en adress som börjar med https://' })]);

// The browser lets Uppsikt ask for access to https:// addresses and to this computer (wxt.config.ts):
// an http:// intake elsewhere could never be reached, so it is refused here, when it is written.
const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1']);
const registrarUrl = optionalUrl.refine(
  (url) => !url || new URL(url).protocol === 'https:' || LOCAL_HOSTS.has(new URL(url).hostname),
  'Registratorns adress ska börja med https:// (http:// bara till den egna datorn, localhost)',
);
// A header value is sent as bytes: a pasted dash (–) or an emoji makes the browser refuse every delivery.
export const HEADER_VALUE = /^[\t\x20-\x7E\xA0-\xFF]*$/;
const HEADER_VALUE_MESSAGE = 'Rubrikens värde har ett tecken som inte kan skickas, till exempel ett tankstreck (–) eller en emoji';

export const organisationSchema = z.object({
  name: z.string().max(200),
  department: z.string().max(200),
  website: optionalUrl,
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
  headers: z.record(z.string().regex(/^[A-Za-z0-9-]+$/, 'Ogiltigt rubriknamn'), z.string().max(2000).regex(HEADER_VALUE, HEADER_VALUE_MESSAGE)),
  attachPdf: z.boolean(),
});

export const policySchema = z.object({
  presetId: z.enum(['stockholm', 'perstorp', 'norrkoping', 'helsingborg']),
  /** Adjustments to the preset; absent means the preset's value. */
  responseHours: z.number().positive('Ange ett antal timmar större än 0').max(24 * 30, 'Högst 720 timmar (30 dygn)').optional(),
  officeDays: z.array(z.number().int().min(1).max(7)).min(1).optional(),
  officeStart: clock.optional(),
  officeEnd: clock.optional(),
  monitoringRounds: z.number().int('Ange ett heltal').min(1, 'Minst 1 runda om dagen').max(24, 'Högst 24 rundor om dagen').optional(),
  retentionDays: z.number().int('Ange ett heltal').min(1, 'Minst 1 dag').max(36500, 'Högst 36 500 dagar (100 år)').optional(),
  /** What to do per category where the organisation departs from the preset (remove or only review, say). */
  categoryActions: z.partialRecord(z.enum(CATEGORIES), z.enum(['answer', 'case-handling', 'document-remove', 'police-report', 'review'])).optional(),
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
  message: string;
}

/**
 * Reads settings from untrusted JSON (storage, an import file, managed policy). A field that does
 * not validate keeps its default and is reported; every valid field is kept.
 */
export function parseSettings(input: unknown): { settings: Settings; problems: SettingsProblem[] } {
  const source = (input && typeof input === 'object' ? input : {}) as Record<string, unknown>;
  const problems: SettingsProblem[] = [];
  const settings = structuredClone(DEFAULT_SETTINGS) as Record<string, unknown>;
  for (const [key, schema] of Object.entries(settingsSchema.shape) as Array<[string, z.ZodType]>) {
    if (source[key] === undefined) continue;
    const fallback = settings[key];
    const isSection = fallback !== null && typeof fallback === 'object';
    const given = source[key];
    let candidate: unknown = isSection && given && typeof given === 'object' && !Array.isArray(given)
      ? { ...(fallback as object), ...(given as object) }
      : given;
    let result = schema.safeParse(candidate);
    if (!result.success && isSection && candidate && typeof candidate === 'object') {
      // Put back the default of each field that failed, keep the rest, and try once more.
      const repaired = { ...(candidate as Record<string, unknown>) };
      for (const issue of result.error.issues) {
        problems.push({ path: [key, ...issue.path].join('.'), message: issue.message });
        const field = String(issue.path[0] ?? '');
        if (field in (fallback as object)) repaired[field] = (fallback as Record<string, unknown>)[field];
        else delete repaired[field];
      }
      candidate = repaired;
      result = schema.safeParse(candidate);
    } else if (!result.success) {
      for (const issue of result.error.issues) problems.push({ path: [key, ...issue.path].join('.'), message: issue.message });
    }
    if (result.success) settings[key] = result.data;
  }
  return { settings: settings as Settings, problems };
}
