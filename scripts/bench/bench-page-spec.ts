// What every platform's bench page provides to the runner.
import type { Platform } from '@/rules/snapshot';

export interface BenchPage {
  platform: Platform;
  /** The real address the page is served at (the content script only runs there). */
  url: string;
  html: string;
  /** Comment elements on the page (top-level comments and replies). */
  commentCount: number;
  /** Comments the rules should flag according to the corpus labels (for the report only). */
  flaggedInCorpus: number;
  /**
   * Markup of more comments in the page's own structure, appended "while scrolling", one batch of
   * `count` comments at a time: inside the element `into`, before the child cell that holds
   * `before` (a "show more" button) if given.
   */
  appended: { batches: string[]; count: number; into: string; before?: string };
  /**
   * The floor's walk: the adapter's main comment selector; `closest` climbs from each match to
   * the comment element (Instagram finds comments by their <time>). `least` names each comment's
   * author link and time in the adapter's own selectors, for the least reading (see page-probe).
   */
  walk: { selector: string; closest?: string; least: { author: string; time: string } };
}

export interface BenchPageOptions {
  count: number;
  appendCount: number;
  /** Batches of `appendCount` comments appended one after the other (a reader scrolls on). */
  appendRounds: number;
  now: Date;
}

/** The planned comments of each appended batch: numbered on from the page's, each batch its own seed. */
export function appendedBatches<T>(options: BenchPageOptions, plan: (count: number, firstIndex: number, seed: number) => T): T[] {
  return Array.from({ length: options.appendRounds }, (_, round) =>
    plan(options.appendCount, options.count + 1 + round * options.appendCount, 7001 + round));
}
