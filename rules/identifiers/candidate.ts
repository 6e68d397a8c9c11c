import type { Category } from '../categories';

/** A possible finding before overlapping candidates are resolved. */
export interface Candidate {
  category: Category;
  rule: string;
  start: number;
  end: number;
  confidence: number;
  /** Higher wins when candidates overlap (an IBAN beats the personnummer-shaped digits inside it). */
  priority: number;
  /** Spans this candidate may overlap without conflict (a Nordea personkonto holds a personnummer). */
  contains?: Array<{ start: number; end: number }>;
}

export function clampConfidence(value: number): number {
  return Math.max(0, Math.min(0.99, Math.round(value * 100) / 100));
}
