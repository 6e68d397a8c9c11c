// The finding categories of ../shared/spec/categories.md. Ids are stable: exports, tests and the corpus use them.
export const CATEGORIES = [
  'needs-reply',
  'sensitive.ethnicity',
  'sensitive.politics',
  'sensitive.religion',
  'sensitive.union',
  'sensitive.health',
  'sensitive.sexuality',
  'sensitive.biometric',
  'personal.id',
  'personal.contact',
  'personal.financial',
  'personal.case',
  'confidential',
  'prohibited.hate',
  'prohibited.threat',
  'prohibited.incitement',
  'prohibited.csam',
  'prohibited.sexual',
  'prohibited.attack',
  'prohibited.obscene',
  'prohibited.commercial',
  'prohibited.copyright',
] as const;

export type Category = (typeof CATEGORIES)[number];

export function isCategory(value: unknown): value is Category {
  return typeof value === 'string' && (CATEGORIES as readonly string[]).includes(value);
}

/** A comment is flagged for a category when a finding of it reaches this confidence. */
export const FLAG_THRESHOLD = 0.5;

export type Severity = 'info' | 'low' | 'medium' | 'high' | 'critical';

/** What the editor should do; the preset decides which applies to which category. */
export type RecommendedAction =
  | 'answer'
  | 'case-handling'
  | 'document-remove'
  | 'police-report'
  | 'review';
