// Saving the options form keeps the organisation's policy values out of the editor's own settings.
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '@/utils/settings/defaults';
import { getAt, ownSettingsToSave, setAt } from '@/utils/settings/setting-paths';

const own = setAt(setAt(DEFAULT_SETTINGS, 'registrar.email', 'min.registrator@sjovik.se'), 'editor.firstName', 'Anna');

describe('settings by path', () => {
  it('reads, sets and removes a value without changing the original', () => {
    const next = setAt(own, 'policy.retentionDays', 365);
    expect(getAt(next, 'policy.retentionDays')).toBe(365);
    expect(getAt(own, 'policy.retentionDays')).toBeUndefined();
    expect(getAt(setAt(next, 'policy.retentionDays', undefined), 'policy.retentionDays')).toBeUndefined();
  });
});

describe('the editor\'s own settings when the form is saved', () => {
  it('takes the form\'s values, but keeps the editor\'s own where the policy decides', () => {
    // The form shows the policy's registrar and retention laid over the editor's own; the editor changed the title.
    const form = setAt(setAt(setAt(own, 'registrar.email', 'registrator@sjovik.se'), 'policy.retentionDays', 3650), 'editor.title', 'kommunikatör');
    const saved = ownSettingsToSave(form, own, ['registrar.email', 'policy.retentionDays']);
    expect(getAt(saved, 'editor.title')).toBe('kommunikatör');
    expect(getAt(saved, 'registrar.email')).toBe('min.registrator@sjovik.se');
    expect(getAt(saved, 'policy.retentionDays')).toBeUndefined();
    expect(ownSettingsToSave(form, own, [])).toEqual(form);
  });
});
