import type { PageSnapshot, Platform } from '@/rules/snapshot';
import type { ReadMemo } from './read-memo';

/** What a platform adapter returns: plain data plus the elements to mark, keyed by comment id. */
export interface AdapterResult {
  snapshot: PageSnapshot;
  /**
   * Comment id → the comment's element (the one that gets the data-uppsikt-* marks). With a memo an
   * adapter may keep this map and add to it in its next read (comments appended): read it before then.
   */
  elements: Map<string, Element>;
  /** The reply composer (a contenteditable or textarea), when the page shows one. */
  composer: Element | null;
  /**
   * Every reply box the page shows, `composer` among them (a reply to a comment is written in a box
   * of its own): the signature button goes with the one the editor writes in.
   */
  replyBoxes?: Element[];
  /**
   * Comments read earlier that the site's virtual list took out of the page (X, scrolled far
   * away): in the snapshot, without an element, and where to scroll to bring each back.
   */
  offPage?: Map<string, OffPagePlace>;
}

/** Where a comment taken out of a virtual list sits: `top` px below the top of the list element. */
export interface OffPagePlace {
  list: Element;
  /** Where it sat when last in the page: the site may have moved it since (more loaded above). */
  top: number;
  /** Above or below what the page draws now; null when the page draws none of the list's comments. */
  side: 'above' | 'below' | null;
}

/**
 * A platform adapter: reads the DOM, decides nothing, never throws, never writes to the page.
 * `now` is the capture time that relative labels ("3 tim", "2d") resolve against. With a memo it
 * reads only comments it has not read before, within the memo's time budget, and a comment that
 * did not change keeps its snapshot object from one read to the next (what follows compares by identity).
 */
export type Adapter = (doc: Document, url: string, now: Date, memo?: ReadMemo) => AdapterResult;

/**
 * What an adapter returns when its pass has spent its time (memo.ranOut) before the end: the
 * content script discards it and reads on in the next pass, so the page gets a task in between.
 */
export function unfinishedRead(platform: Platform, url: string): AdapterResult {
  return {
    snapshot: {
      platform, pageKind: 'unknown', url, capturedAt: new Date(0).toISOString(), pageOwner: null, signedIn: null, post: null,
      comments: [], profileText: null, recentPostTimes: [], uiLanguage: 'en', misses: [],
    },
    elements: new Map(),
    composer: null,
  };
}
