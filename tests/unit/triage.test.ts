import { describe, expect, it } from 'vitest';
import { compareUnanswered, triage, unansweredOrder } from '@/rules/triage';
import { getPreset } from '@/rules/presets';
import type { Finding } from '@/rules/types';
import type { Category } from '@/rules/categories';

const finding = (category: Category, confidence = 0.9): Finding => ({ category, start: 0, end: 1, confidence, rule: 'test', evidence: 'x' });

describe('where a comment goes in the work list', () => {
  it('puts prohibited and sensitive content under "Åtgärda nu", threats with a police-report suggestion', () => {
    expect(triage([finding('prohibited.threat'), finding('needs-reply')], 'unanswered')).toEqual({
      group: 'act-now', action: 'police-report', followUps: ['answer'], categories: ['needs-reply', 'prohibited.threat'],
    });
    expect(triage([finding('sensitive.health')], 'answered')?.group).toBe('act-now');
  });

  it('sends an individual case to case handling even when answered', () => {
    expect(triage([finding('personal.case'), finding('needs-reply')], 'answered')).toMatchObject({ group: 'case', action: 'case-handling' });
  });

  it('lists unanswered comments, and drops answered questions', () => {
    expect(triage([finding('needs-reply')], 'unanswered')).toMatchObject({ group: 'unanswered', action: 'answer' });
    expect(triage([], 'unknown')).toMatchObject({ group: 'unanswered' });
    expect(triage([finding('needs-reply')], 'answered')).toBeNull();
    expect(triage([finding('prohibited.attack')], 'own')?.group).toBe('act-now'); // own content is still checked
  });

  it('says what is left after removing: a question still wants its answer, a case its move (one that includes where to turn)', () => {
    const inStockholm = (c: Category) => getPreset('stockholm').categories[c].action;
    expect(triage([finding('personal.id'), finding('needs-reply'), finding('personal.case')], 'unanswered', inStockholm))
      .toMatchObject({ group: 'act-now', action: 'document-remove', followUps: ['case-handling'] });
    expect(triage([finding('sensitive.health'), finding('needs-reply')], 'unanswered')).toMatchObject({ action: 'document-remove', followUps: ['answer'] });
    // Answered already, or nothing asked: nothing follows.
    expect(triage([finding('sensitive.health'), finding('needs-reply')], 'answered')?.followUps).toEqual([]);
    expect(triage([finding('sensitive.health')], 'unanswered')?.followUps).toEqual([]);
    expect(triage([finding('personal.case'), finding('needs-reply')], 'unanswered')?.followUps).toEqual([]);
  });

  it('has spam and a personal attack the policy only reviews looked at, not answered, unless they ask something', () => {
    const inStockholm = (c: Category) => getPreset('stockholm').categories[c].action;
    expect(triage([finding('prohibited.commercial')], 'unanswered', inStockholm)).toMatchObject({ group: 'unanswered', action: 'review' });
    expect(triage([finding('prohibited.attack')], 'unanswered', inStockholm)).toMatchObject({ group: 'unanswered', action: 'review' });
    expect(triage([finding('prohibited.commercial'), finding('needs-reply')], 'unanswered', inStockholm)).toMatchObject({ action: 'answer' });
    expect(triage([], 'unanswered', inStockholm)).toMatchObject({ action: 'answer' });
  });

  it('ignores findings below the flag threshold', () => {
    expect(triage([finding('prohibited.hate', 0.3)], 'answered')).toBeNull();
  });

  it('follows the preset: obscenity is removed in Perstorp but only reviewed in Stockholm', () => {
    const inPreset = (id: string) => (c: Category) => getPreset(id).categories[c].action;
    expect(triage([finding('prohibited.obscene')], 'answered', inPreset('perstorp'))?.group).toBe('act-now');
    expect(triage([finding('prohibited.obscene')], 'answered', inPreset('stockholm'))?.group).toBe('review');
  });

  it('ranks questions first, then overdue, then oldest', () => {
    const items = [
      { id: 'old', categories: [] as Category[], due: 'overdue' as const, ageOfficeHours: 40 },
      { id: 'question', categories: ['needs-reply'] as Category[], due: 'ok' as const, ageOfficeHours: 2 },
      { id: 'new', categories: [] as Category[], due: 'ok' as const, ageOfficeHours: 1 },
    ];
    expect(items.sort(compareUnanswered).map((i) => i.id)).toEqual(['question', 'old', 'new']);
  });

  it('gives the same order as one number per item (how a long work list is sorted)', () => {
    const dues = [null, 'ok', 'soon', 'overdue'] as const;
    const ages = [null, 0, 0.1, 3, 3.1, 23.9, 24, 240, 5000];
    const items = dues.flatMap((due) => ages.flatMap((ageOfficeHours) => [[], ['needs-reply'], ['personal.case']].map((categories) => (
      { categories: categories as Category[], due, ageOfficeHours })))).reverse();
    for (const a of items) {
      for (const b of items) expect(Math.sign(unansweredOrder(b) - unansweredOrder(a))).toBe(Math.sign(compareUnanswered(a, b)));
    }
  });
});
