import type { AnalyzeOptions, Finding } from '../types';

// Placeholder until this detector family lands; analyze() composes it.
export function detectIntent(_text: string, _options: AnalyzeOptions): Finding[] {
  return [];
}
