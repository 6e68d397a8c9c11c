import type { PageWorkItem } from '@/utils/report';
import type { CommentVerdict } from './scan';

// Which words to paint inside which comments (utils/page/evidence-highlight paints them).

const evidenceWords = new WeakMap<PageWorkItem, string[]>();

/** The words behind a flagged comment's findings (not the question finder: it quotes whole sentences). */
export function wordsOf(item: PageWorkItem): string[] {
  let words = evidenceWords.get(item); // an unchanged comment keeps its item: worked out once
  if (!words) evidenceWords.set(item, (words = item.findings.filter((f) => f.category !== 'needs-reply').map((f) => f.evidence)));
  return words;
}

/**
 * Each badged comment's evidence words, or (with `only`) those comments' words and null where none
 * are left. Only comments whose badge is drawn have words: the others are painted when they come into view.
 */
export function evidenceSpans(
  badges: ReadonlyMap<string, { element: Element }>, verdicts: Map<string, CommentVerdict>, only: readonly string[] | null,
  elementOf: (id: string) => Element | undefined, isDrawn: (element: Element) => boolean,
): Map<Element, string[] | null> {
  const spans = new Map<Element, string[] | null>();
  for (const id of only ?? badges.keys()) {
    const element = badges.get(id)?.element ?? elementOf(id);
    if (!element) continue;
    const item = isDrawn(element) ? verdicts.get(id)?.item : undefined;
    const words = item ? wordsOf(item) : [];
    if (words.length) spans.set(element, words);
    else if (only) spans.set(element, null);
  }
  return spans;
}

/** Only the comments with words to paint. */
export const withWords = (spans: Map<Element, string[] | null>) => new Map([...spans].filter((entry): entry is [Element, string[]] => entry[1] !== null));
