import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '@/rules/categories';
import { PRESETS, getPreset } from '@/rules/presets';

describe('policy presets', () => {
  it('ships the four policies, each with a decision for every category', () => {
    expect(PRESETS.map((p) => p.id)).toEqual(['stockholm', 'perstorp', 'norrkoping', 'helsingborg']);
    for (const preset of PRESETS) {
      for (const category of CATEGORIES) {
        expect(preset.categories[category].clause.length).toBeGreaterThan(20);
      }
    }
  });

  it('Perstorp: answer within 24 office hours, remove offensive personal data within 48 h, 10 base items, full-name signature', () => {
    const perstorp = getPreset('perstorp');
    expect(perstorp.responseTimeHours).toBe(24);
    expect(perstorp.officeHours.days).toEqual([1, 2, 3, 4, 5]);
    expect(perstorp.removalDeadlineHours).toBe(48);
    expect(perstorp.baseInformation).toHaveLength(10);
    expect(perstorp.signature.format).toBe('full-name-title');
    expect(perstorp.documentationIntervalMonths).toBe(6);
    expect(perstorp.categories['prohibited.obscene']).toMatchObject({ forbidden: true, action: 'document-remove' });
  });

  it('Stockholm: 5 base items, monitoring three times a day, register reports in February and September, a couple of posts a week', () => {
    const stockholm = getPreset('stockholm');
    expect(stockholm.baseInformation).toHaveLength(5);
    expect(stockholm.monitoring.roundsPerDay).toBe(3);
    expect(stockholm.registerReportMonths).toEqual([2, 9]);
    expect(stockholm.publishingPostsPerWeek).toBe(2);
    // Stockholm's policy does not list personal attacks: the editor reviews them.
    expect(stockholm.categories['prohibited.attack']).toMatchObject({ forbidden: false, action: 'review' });
    expect(stockholm.categories['prohibited.incitement'].action).toBe('police-report');
  });

  it('Norrköping: 4 base items, continuous moderation, no message left unanswered', () => {
    const norrkoping = getPreset('norrkoping');
    expect(norrkoping.baseInformation).toHaveLength(4);
    expect(norrkoping.monitoring.continuous).toBe(true);
    expect(norrkoping.categories['needs-reply'].clause).toMatch(/obesvarat/);
    expect(norrkoping.categories['prohibited.obscene'].forbidden).toBe(true);
  });

  it('Helsingborg: two editors per account, daily monitoring, first name and title recommended', () => {
    const helsingborg = getPreset('helsingborg');
    expect(helsingborg.minEditorsPerAccount).toBe(2);
    expect(helsingborg.monitoring.roundsPerDay).toBe(1);
    expect(helsingborg.signature).toMatchObject({ format: 'first-name-title', required: false });
    expect(helsingborg.baseInformation.map((i) => i.id)).toEqual(['sender', 'contact']);
    expect(helsingborg.categories['personal.case'].action).toBe('review');
  });

  it('base information items carry Swedish and English labels and hints', () => {
    for (const preset of PRESETS) {
      for (const item of preset.baseInformation) {
        expect(item.sv && item.en && item.hints.length > 0).toBeTruthy();
      }
    }
  });

  it('falls back to Stockholm for an unknown id', () => {
    expect(getPreset('okänd').id).toBe('stockholm');
    expect(getPreset(undefined).id).toBe('stockholm');
  });
});
