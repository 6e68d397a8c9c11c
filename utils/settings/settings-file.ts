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

/** The imported settings, with the importer's own name, title and headers where the file has none. */
export function keepOwnOnImport(imported: Settings, file: unknown, own: Settings): Settings {
  const raw = (file && typeof file === 'object' ? file : {}) as { editor?: unknown; registrar?: { headers?: unknown } };
  return {
    ...imported,
    editor: raw.editor === undefined ? own.editor : imported.editor,
    registrar: { ...imported.registrar, headers: raw.registrar?.headers === undefined ? own.registrar.headers : imported.registrar.headers },
  };
}
