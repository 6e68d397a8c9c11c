import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '@/utils/settings/defaults';
import { savedSettingsText, settingsChanges } from '@/utils/settings/changes-text';

// A save is logged with what it changed among the settings that decide what the log and the
// registrator get: a shorter gallring period is on record with its old and new value.

describe('the log entry of a settings save', () => {
  it('says the old and new value of each recorded setting that changed', () => {
    const before = DEFAULT_SETTINGS;
    const after = {
      ...before,
      policy: { ...before.policy, retentionDays: 365, retentionDecision: 'KS 2024/512, 3.4' },
      registrar: { ...before.registrar, transport: 'http' as const, endpoint: 'https://diarium.sjovik.se/intag', sendDecisions: false },
    };
    expect(settingsChanges(before, after)).toEqual([
      'gallringsfrist 730 → 365 dagar', 'gallringsbeslut – → KS 2024/512, 3.4',
      `leverans till registrator ${before.registrar.transport} → http`, `registratorns adress ${before.registrar.endpoint || '–'} → https://diarium.sjovik.se/intag`,
      'komplettering till registrator på → av',
    ]);
    expect(savedSettingsText(before, after)).toMatch(/^Inställningarna sparades: gallringsfrist 730 → 365 dagar; /);
  });

  it('says only that they were saved when nothing recorded changed (a display setting, a header)', () => {
    const after = { ...DEFAULT_SETTINGS, highlight: { ...DEFAULT_SETTINGS.highlight, x: !DEFAULT_SETTINGS.highlight.x } };
    expect(savedSettingsText(DEFAULT_SETTINGS, after)).toBe('Inställningarna sparades');
  });
});
