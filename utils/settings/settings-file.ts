import type { Settings } from './schema';

// "Exportera inställningar" shares the organisation's settings with other editors. What is one
// editor's own (name and title) or secret (the registrator's headers, e.g. an API key, which IT
// hands out) stays out of the file, and importing a file keeps the importer's own of both.

export type SettingsFile = Omit<Settings, 'editor' | 'registrar'> & { registrar: Omit<Settings['registrar'], 'headers'> };

export function settingsForFile(settings: Settings): SettingsFile {
  const { editor: _editor, registrar, ...shared } = settings;
  const { headers: _headers, ...registrarShared } = registrar;
  return { ...shared, registrar: registrarShared };
}

/** The origin of a registrar's address, or the address itself when it is none yet. */
function originOf(endpoint: string): string {
  try {
    return new URL(endpoint).origin;
  } catch {
    return endpoint;
  }
}

/**
 * The imported settings, with the importer's own name, title and headers where the file has none.
 * Her headers (an API key) go with her registrar only: a file naming another address gets none of
 * them, or every delivery would carry her key there. `headersDropped` says they were left behind.
 */
export function keepOwnOnImport(imported: Settings, file: unknown, own: Settings): { settings: Settings; headersDropped: boolean } {
  const raw = (file && typeof file === 'object' ? file : {}) as { editor?: unknown; registrar?: { headers?: unknown } };
  const sameRegistrar = originOf(imported.registrar.endpoint) === originOf(own.registrar.endpoint);
  const ownHeadersKept = raw.registrar?.headers === undefined && sameRegistrar;
  const headers = raw.registrar?.headers !== undefined ? imported.registrar.headers : ownHeadersKept ? own.registrar.headers : {};
  return {
    settings: { ...imported, editor: raw.editor === undefined ? own.editor : imported.editor, registrar: { ...imported.registrar, headers } },
    headersDropped: raw.registrar?.headers === undefined && !sameRegistrar && Object.keys(own.registrar.headers).length > 0,
  };
}
