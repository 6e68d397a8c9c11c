import { DEFAULT_SETTINGS } from './defaults';
import { settingsSchema, type Settings } from './schema';

// "Exportera inställningar" shares the organisation's settings with other editors. What is one
// editor's own (name and title) or secret (the registrator's headers, e.g. an API key, which IT
// hands out) stays out of the file, and importing a file keeps the importer's own of both.

export type SettingsFile = Omit<Settings, 'editor' | 'registrar'> & { registrar: Omit<Settings['registrar'], 'headers'> };

export function settingsForFile(settings: Settings): SettingsFile {
  const { editor: _editor, registrar, ...shared } = settings;
  const { headers: _headers, ...registrarShared } = registrar;
  return { ...shared, registrar: registrarShared };
}

/** The origin of a registrar's address, or the address itself when it is none. */
function originOf(endpoint: string): string {
  try {
    return new URL(endpoint).origin;
  } catch {
    return endpoint;
  }
}

/**
 * The imported settings, with the importer's own name and title always (a file is shared between
 * editors; a hand-written one with a name must not sign her replies as someone else), her headers
 * where the file has none, and her registrar where the file names none (a file without it must not empty her address).
 * Her headers (an API key) go with her registrar only: a file naming another address gets none of
 * them, or every delivery would carry her key there. `headersDropped` says they were left behind.
 */
export function keepOwnOnImport(imported: Settings, file: unknown, own: Settings): { settings: Settings; headersDropped: boolean } {
  const raw = (file && typeof file === 'object' ? file : {}) as { registrar?: { headers?: unknown; endpoint?: unknown } };
  const editor = own.editor;
  if (raw.registrar === undefined) return { settings: { ...imported, editor, registrar: own.registrar }, headersDropped: false };
  // An address the file leaves out, or one it has that was not valid (and was set to none), keeps hers; one it leaves blank is blank.
  const given = typeof raw.registrar.endpoint === 'string' ? raw.registrar.endpoint.trim() : null;
  const named = given === '' ? '' : given !== null && imported.registrar.endpoint !== '' ? imported.registrar.endpoint : own.registrar.endpoint;
  const elsewhere = named.trim() !== '' && originOf(named) !== originOf(own.registrar.endpoint);
  const ownHeaders = raw.registrar.headers === undefined;
  const headers = ownHeaders ? (elsewhere ? {} : own.registrar.headers) : imported.registrar.headers;
  return {
    settings: { ...imported, editor, registrar: { ...imported.registrar, endpoint: named, headers } },
    headersDropped: ownHeaders && elsewhere && Object.keys(own.registrar.headers).length > 0,
  };
}

const SETTINGS_FIELDS = new Set(Object.keys(DEFAULT_SETTINGS));
/** Each section's field names, from the schema: its optional fields too, which the defaults leave out. */
const SECTION_FIELDS: ReadonlyMap<string, ReadonlySet<string>> = new Map(Object.entries(settingsSchema.shape).flatMap(([name, schema]) => {
  const shape = (schema as { shape?: object }).shape;
  return shape ? [[name, new Set(Object.keys(shape))] as const] : [];
}));

const isRecord = (value: unknown): value is Record<string, unknown> => Boolean(value) && typeof value === 'object' && !Array.isArray(value);

/**
 * A file's top-level fields that are settings, and those that are not: a policy file for the browser
 * ({ settings, accounts }), a misspelt name, a newer version's field; inside a section too, named by its
 * path ("policy.retentionDay"), so a typo is said rather than lost. A file with no known top-level field
 * reads as nothing, and must not be imported as "everything left as it was in a blank file".
 */
export function fileFields(file: unknown): { known: string[]; unknown: string[] } {
  if (!isRecord(file)) return { known: [], unknown: [] };
  const keys = Object.keys(file);
  const known = keys.filter((key) => SETTINGS_FIELDS.has(key));
  const unknown = keys.filter((key) => !SETTINGS_FIELDS.has(key));
  for (const key of known) {
    const fields = SECTION_FIELDS.get(key);
    const section = file[key];
    if (fields && isRecord(section)) for (const name of Object.keys(section)) if (!fields.has(name)) unknown.push(`${key}.${name}`);
  }
  return { known, unknown };
}

/** Top-level names of a policy file for the browser ({ settings, accounts }, or Chrome's whole "3rdparty" file). */
export function looksLikePolicyFile(unknown: readonly string[]): boolean {
  return unknown.some((name) => ['settings', '3rdparty', 'extensions'].includes(name.toLowerCase()));
}
