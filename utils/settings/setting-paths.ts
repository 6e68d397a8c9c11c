import type { Settings } from './schema';

// Settings addressed by dotted paths ("registrar.endpoint"), as the options form and the
// organisation's policy (managed storage) name them.

export function getAt(settings: Settings, path: string): unknown {
  return path.split('.').reduce<unknown>((v, k) => (v as Record<string, unknown> | undefined)?.[k], settings);
}

/** A copy with the value at `path` set (undefined: removed). */
export function setAt(settings: Settings, path: string, value: unknown): Settings {
  const copy = structuredClone(settings) as Record<string, unknown>;
  const keys = path.split('.');
  let node = copy;
  for (const key of keys.slice(0, -1)) {
    if (typeof node[key] !== 'object' || node[key] === null) node[key] = {};
    node = node[key] as Record<string, unknown>;
  }
  if (value === undefined) delete node[keys.at(-1)!];
  else node[keys.at(-1)!] = value;
  return copy as Settings;
}

/** `form` with the value at each locked path taken from `source`. */
export function withLockedFrom(form: Settings, source: Settings, locked: readonly string[]): Settings {
  return locked.reduce((result, path) => setAt(result, path, getAt(source, path)), form);
}

/**
 * What the editor's own settings become when the form is saved: the form's values, except where
 * the organisation's policy decides. Those keep what the editor had before, so the policy's values
 * are not copied into the editor's own and a value the policy stops setting brings theirs back.
 */
export function ownSettingsToSave(form: Settings, ownBefore: Settings, locked: readonly string[]): Settings {
  return withLockedFrom(form, ownBefore, locked);
}
