import { describe, expect, it } from 'vitest';
import { categoryLabel, explain } from '@/rules/explain';
import type { Finding } from '@/rules/types';

const finding = (overrides: Partial<Finding>): Finding => ({
  category: 'needs-reply',
  start: 0,
  end: 5,
  confidence: 0.9,
  rule: 'intent.question',
  evidence: 'När?',
  ...overrides,
});

describe('explain', () => {
  it('labels categories in Swedish and English', () => {
    expect(categoryLabel('sensitive.health', 'sv')).toBe('Känsliga personuppgifter: hälsa');
    expect(categoryLabel('sensitive.health', 'en')).toBe('Sensitive personal data: health');
    expect(categoryLabel('prohibited.hate', 'sv')).toBe('Hets mot folkgrupp');
    expect(categoryLabel('needs-reply', 'sv')).toBe('Fråga att besvara');
  });

  it('names the rule that fired and the clause of the chosen policy', () => {
    const text = explain(finding({ category: 'personal.id', rule: 'id.personnummer', evidence: '850314-2385' }), 'perstorp', 'sv');
    expect(text.ruleLabel).toMatch(/Personnummer/);
    expect(text.clause).toMatch(/Perstorps kommun/);
    expect(text.clause).toMatch(/48 timmar/);
    expect(text.action).toBe('document-remove');
    expect(text.actionLabel).toBe('Dokumentera, skicka till registrator, ta sedan bort');
  });

  it('suggests a police report for threats, child abuse material and incitement', () => {
    for (const category of ['prohibited.threat', 'prohibited.csam', 'prohibited.incitement'] as const) {
      const text = explain(finding({ category, rule: `lex.${category}`, entry: 'sv.example' }), 'stockholm', 'en');
      expect(text.action).toBe('police-report');
      expect(text.actionLabel).toMatch(/police report/);
      expect(text.ruleLabel).toBe('Word list entry: sv.example');
    }
    expect(explain(finding({ category: 'prohibited.threat' }), 'stockholm', 'sv').severity).toBe('critical');
  });

  it('a question is answered; Perstorp’s clause gives the 24 hours', () => {
    const text = explain(finding({}), 'perstorp', 'sv');
    expect(text.action).toBe('answer');
    expect(text.clause).toMatch(/24 timmar/);
    expect(text.title).toBe('Fråga att besvara – Svara');
  });

  it('a category the policy does not mention is for review, and bad input does not throw', () => {
    expect(explain(finding({ category: 'prohibited.attack' }), 'stockholm', 'sv').action).toBe('review');
    expect(explain(finding({ category: 'nonsense' as never }), 'unknown', 'en').categoryLabel).toBe('Question to answer');
  });
});
