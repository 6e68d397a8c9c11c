import type { PageSnapshot } from '@/rules/snapshot';
import type { ReadMemo } from './read-memo';

/** What a platform adapter returns: plain data plus the elements to mark, keyed by comment id. */
export interface AdapterResult {
  snapshot: PageSnapshot;
  /** Comment id → the comment's element (the one that gets the data-uppsikt-* marks). */
  elements: Map<string, Element>;
  /** The reply composer (a contenteditable or textarea), when the page shows one. */
  composer: Element | null;
}

/**
 * A platform adapter: reads the DOM, decides nothing, never throws, never writes to the page.
 * `now` is the capture time that relative labels ("3 tim", "2d") resolve against. With a memo it
 * reads only comments it has not read before, within the memo's time budget.
 */
export type Adapter = (doc: Document, url: string, now: Date, memo?: ReadMemo) => AdapterResult;
