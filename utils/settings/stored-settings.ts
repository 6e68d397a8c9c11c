import { SCHEMA_MESSAGES } from './messages';
import { parseSettings, type Settings, type SettingsProblem } from './schema';

/**
 * The editor's stored settings as used, and what of them could not be used: a field of the wrong type
 * (written by another version, by hand, or damaged) takes its default until the editor saves, and the
 * settings page and side panel say which, rather than show the default as if it were hers.
 */
export function readStoredSettings(stored: unknown): { settings: Settings; storedProblems: SettingsProblem[] } {
  const { settings, problems } = parseSettings(stored);
  const storedProblems = stored !== null && stored !== undefined && (typeof stored !== 'object' || Array.isArray(stored))
    ? [{ path: 'settings', message: SCHEMA_MESSAGES.notSettings }]
    : problems;
  return { settings, storedProblems };
}
