// Stored settings another version, a hand or damage wrote wrong: each wrong field takes its default, and
// which fields they were is said (the settings page showed the default as if the editor had chosen it,
// and saving wrote over her stored value unseen).
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '@/utils/settings/defaults';
import { readStoredSettings } from '@/utils/settings/stored-settings';

describe('the editor\'s stored settings', () => {
  it('names each field of the wrong type, uses its default, and keeps the fields that are right', () => {
    const { settings, storedProblems } = readStoredSettings({
      language: 'de',
      editor: { firstName: 'Anna', lastName: 'Berg', title: 'kommunikatör' },
      registrar: { endpoint: 12345, transport: 'http' },
    });
    expect(storedProblems.map((p) => p.path).sort()).toEqual(['language', 'registrar.endpoint']);
    expect(settings.language).toBe(DEFAULT_SETTINGS.language);
    expect(settings.registrar.endpoint).toBe(DEFAULT_SETTINGS.registrar.endpoint);
    expect(settings.registrar.transport).toBe('http');
    expect(settings.editor.firstName).toBe('Anna');
  });

  it('says so when what is stored is no settings at all, and uses every default', () => {
    for (const stored of ['garbage', 42, ['a']]) {
      const { settings, storedProblems } = readStoredSettings(stored);
      expect(storedProblems).toEqual([{ path: 'settings', message: 'De sparade inställningarna är inte ett objekt; alla standardvärden gäller' }]);
      expect(settings).toEqual(DEFAULT_SETTINGS);
    }
  });

  it('has nothing to say of settings that are right, or of none stored yet', () => {
    expect(readStoredSettings(DEFAULT_SETTINGS).storedProblems).toEqual([]);
    expect(readStoredSettings(undefined).storedProblems).toEqual([]);
    expect(readStoredSettings(null).storedProblems).toEqual([]);
  });
});
