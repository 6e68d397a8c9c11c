import { fillPlaceholders } from '@/rules/consent-wording';
import { DEFAULT_SETTINGS } from './defaults';

// The organisation's own consent text is filled in with its settings ({organisation}, {namnd}, …,
// rules/consent-wording.ts). A placeholder written wrong ({okand}) or not closed ({namnd) would be
// published as written: said when the text is written. What counts as known is what the filling
// itself fills, so the two cannot disagree.

export interface PlaceholderProblems {
  /** "{okand}": braces around a name that is not a placeholder. */
  unknown: string[];
  /** "{namnd": an opening brace with no closing one on the same line before the next brace. */
  unclosed: string[];
}

const isKnown = (placeholder: string) => fillPlaceholders(placeholder, DEFAULT_SETTINGS.organisation) !== placeholder;

export function placeholderProblems(text: string): PlaceholderProblems {
  const unknown = new Set<string>();
  const unclosed = new Set<string>();
  for (const match of text.matchAll(/\{([^{}\n]*)(\})?/gu)) {
    if (!match[2]) {
      // What follows the brace, up to the end of its word, names the placeholder meant.
      unclosed.add(`{${/^\s*\S{0,30}/u.exec(match[1])?.[0].trim() ?? ''}`);
    } else if (!isKnown(match[0])) {
      unknown.add(match[0]);
    }
  }
  return { unknown: [...unknown], unclosed: [...unclosed] };
}
