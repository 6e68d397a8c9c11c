// The organisation's policy over the editor's own settings: what it sets is locked, and a value an IT
// department got wrong is not used in silence at a default, but left to the editor and said.
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '@/utils/settings/defaults';
import { withPolicy } from '@/utils/settings/policy-overlay';
import { parseSettings, type Settings } from '@/utils/settings/schema';
import { ownSettingsToSave } from '@/utils/settings/setting-paths';

const own: Settings = {
  ...structuredClone(DEFAULT_SETTINGS),
  organisation: { ...DEFAULT_SETTINGS.organisation, name: 'Egen kommun', website: 'https://www.egen.se' },
  policy: { ...DEFAULT_SETTINGS.policy, responseHours: 8 },
};

describe('the policy over the editor\'s settings', () => {
  it('is the editor\'s own settings when there is no policy', () => {
    expect(withPolicy(own, null)).toEqual({ settings: own, locked: [], policyProblems: [] });
  });

  it('sets and locks what it names, and leaves the rest the editor\'s', () => {
    const { settings, locked, policyProblems } = withPolicy(own, { organisation: { name: 'Sjöviks kommun' }, policy: { presetId: 'perstorp' } });
    expect(settings.organisation.name).toBe('Sjöviks kommun');
    expect(settings.organisation.website).toBe('https://www.egen.se');
    expect(settings.policy.presetId).toBe('perstorp');
    expect(settings.policy.responseHours).toBe(8);
    expect(locked.sort()).toEqual(['organisation.name', 'policy.presetId']);
    expect(policyProblems).toEqual([]);
  });

  it('does not use a value that does not validate: the field stays the editor\'s, unlocked, and the problem is said', () => {
    const { settings, locked, policyProblems } = withPolicy(own, {
      organisation: { name: 'Sjöviks kommun', website: 'ftp://sjovik.se' },
      policy: { responseHours: -3, presetId: 'okänd' },
    });
    expect(settings.organisation).toMatchObject({ name: 'Sjöviks kommun', website: 'https://www.egen.se' });
    expect(settings.policy.responseHours).toBe(8);
    expect(settings.policy.presetId).toBe(own.policy.presetId);
    expect(locked).toEqual(['organisation.name']);
    expect(policyProblems.map((p) => p.path).sort()).toEqual(['organisation.website', 'policy.presetId', 'policy.responseHours']);
    expect(policyProblems.find((p) => p.path === 'organisation.website')?.message).toBe('Ange en adress som börjar med https://');
  });

  it('does not lock a field the policy sets to null (Firefox passes it on): the editor\'s value stays, unlocked, and the problem is said', () => {
    const { settings, locked, policyProblems } = withPolicy(own, { policy: { responseHours: null, presetId: 'perstorp' } });
    expect(settings.policy.responseHours).toBe(8);
    expect(locked).toEqual(['policy.presetId']);
    expect(policyProblems.map((p) => p.path)).toEqual(['policy.responseHours']);
  });

  it('refuses a whole section of the wrong kind, and keeps the editor\'s section', () => {
    const { settings, locked, policyProblems } = withPolicy(own, { organisation: 'Sjöviks kommun', language: 'en' });
    expect(settings.organisation).toEqual(own.organisation);
    expect(settings.language).toBe('en');
    expect(locked).toEqual(['language']);
    expect(policyProblems.map((p) => p.path)).toEqual(['organisation']);
  });

  it('sets and locks a record whole (the actions per category, named with dots; the headers), as the options page shows it', () => {
    const mine: Settings = {
      ...own,
      policy: { ...own.policy, categoryActions: { 'personal.contact': 'document-remove' } },
      registrar: { ...own.registrar, headers: { 'X-Own': 'egen' } },
    };
    const { settings, locked, policyProblems } = withPolicy(mine, {
      policy: { categoryActions: { 'prohibited.hate': 'review' } },
      registrar: { headers: { 'X-Api-Key': 'nyckel' } },
    });
    expect(policyProblems).toEqual([]);
    expect(locked.sort()).toEqual(['policy.categoryActions', 'registrar.headers']);
    expect(settings.policy.categoryActions).toEqual({ 'prohibited.hate': 'review' });
    expect(settings.registrar.headers).toEqual({ 'X-Api-Key': 'nyckel' });
    // Saving the form keeps the editor's own records, whole and valid.
    const saved = ownSettingsToSave(settings, mine, locked);
    expect(parseSettings(saved).problems).toEqual([]);
    expect([saved.policy.categoryActions, saved.registrar.headers]).toEqual([mine.policy.categoryActions, mine.registrar.headers]);
  });
});
