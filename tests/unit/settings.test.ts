import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, editorLabel, parseSettings } from '@/utils/settings/schema';
import { effectivePolicy } from '@/utils/policy';

describe('settings from untrusted JSON', () => {
  it('keeps every valid field and reports, in Swedish, each field that is wrong', () => {
    const { settings, problems } = parseSettings({
      organisation: { name: 'Sjöviks kommun', email: 'inte-en-adress', website: 'https://www.sjovik.se' },
      editor: { firstName: 'Anna', lastName: 'Berg', title: 'kommunikatör' },
      policy: { presetId: 'perstorp', officeStart: '8 på morgonen' },
    });
    expect(settings.editor).toEqual({ firstName: 'Anna', lastName: 'Berg', title: 'kommunikatör' });
    // Only the bad e-mail falls back to its default; the rest of the section is kept.
    expect(settings.organisation).toEqual({ ...DEFAULT_SETTINGS.organisation, name: 'Sjöviks kommun', website: 'https://www.sjovik.se' });
    expect(problems).toContainEqual({ path: 'organisation.email', message: 'Ogiltig e-postadress' });
    expect(problems).toContainEqual({ path: 'policy.officeStart', message: 'Ange tid som TT:MM, till exempel 08:00' });
    expect(settings.policy).toEqual({ presetId: 'perstorp' });
  });

  it('keeps the valid category adjustments when one names a category it does not know (from a newer version) or an action', () => {
    const { settings, problems } = parseSettings({
      policy: { presetId: 'perstorp', categoryActions: { 'prohibited.threat': 'review', 'future.category': 'review', 'prohibited.commercial': 'delete-everything' } },
    });
    expect(settings.policy.categoryActions).toEqual({ 'prohibited.threat': 'review' });
    expect(problems.map((p) => p.path).sort()).toEqual(['policy.categoryActions', 'policy.categoryActions.prohibited.commercial']);
  });

  it('takes each office day once: a list with a day twice, or a million days, keeps the preset\'s and says why', () => {
    for (const officeDays of [[1, 1, 2], Array.from({ length: 1_000_000 }, () => 1)]) {
      const { settings, problems } = parseSettings({ policy: { presetId: 'perstorp', officeDays } });
      expect(settings.policy.officeDays).toBeUndefined();
      expect(problems).toEqual([{ path: 'policy.officeDays', message: 'Ange varje kontorsdag en gång, 1 (måndag) till 7 (söndag)' }]);
    }
    expect(parseSettings({ policy: { presetId: 'perstorp', officeDays: [1, 2, 3, 4] } }).settings.policy.officeDays).toEqual([1, 2, 3, 4]);
  });

  it('survives garbage without throwing', () => {
    for (const input of [null, 42, 'x', [], { organisation: 'x' }, { language: 'de' }]) {
      expect(parseSettings(input).settings.language).toBe('sv');
    }
  });

  it('lets the organisation adjust the preset', () => {
    const { settings } = parseSettings({ policy: { presetId: 'perstorp', responseHours: 8, officeEnd: '16:30' } });
    expect(effectivePolicy(settings)).toMatchObject({ presetId: 'perstorp', responseHours: 8, office: { start: '08:00', end: '16:30' } });
  });

  it('signs the log with name and title', () => {
    const { settings } = parseSettings({ editor: { firstName: 'Anna', lastName: 'Berg', title: 'kommunikatör' } });
    expect(editorLabel(settings)).toBe('Anna Berg, kommunikatör');
    expect(editorLabel(DEFAULT_SETTINGS)).toBe('Okänd redaktör');
  });
});
