// Runs a selector's fallbacks in order and says which one matched.
import type { ReadMemo } from '@/utils/page/read-memo';
import { tryQueryAll } from '@/utils/page/query-fallbacks';
import type { SelectorSpec } from './selectors';

export interface Selected {
  elements: Element[];
  /** The fallback that matched, or null when none did. */
  matched: string | null;
}

/**
 * All matches (kept by the spec's own filter and by `accept`) of the first fallback that matches
 * anything under `root`; invalid CSS counts as no match.
 */
export function selectFirst(root: ParentNode, spec: SelectorSpec, accept: (el: Element) => boolean = () => true): Selected {
  for (const css of spec.css) {
    const found = tryQueryAll(root, css).filter((el) => (spec.keep ? spec.keep(el) : true) && accept(el));
    if (found.length > 0) return { elements: found, matched: css };
  }
  return { elements: [], matched: null };
}

interface KeptOptions {
  accept?: (el: Element) => boolean;
  /**
   * Judging new elements spends the pass's time: once it is up, the pass ends (memo.ranOut) with
   * nothing selected, and the next pass goes on from there. Only for parts the caller checks
   * memo.ranOut after (not inside `once`, which would keep the empty answer for the scan).
   */
  sliced?: boolean;
  /** The key of another selection with the same fallbacks: its walks of the page are reused, not repeated. */
  walksOf?: string;
}

/**
 * `selectFirst` across scans: each fallback's matches are kept from scan to scan (only what the page
 * added is searched) and what `keep` and `accept` say of an element is remembered (as the fact `key`)
 * until a change lands in it. Without a memo, plain `selectFirst`.
 */
export function selectKept(root: ParentNode, spec: SelectorSpec, key: string, memo: ReadMemo | undefined, options: KeptOptions = {}): Selected {
  const accept = options.accept ?? (() => true);
  if (!memo) return selectFirst(root, spec, accept);
  for (const [index, css] of spec.css.entries()) {
    const candidates = memo.collection(`${options.walksOf ?? key}:${index}`, root, [css]);
    const found = memo.accepted(`${key}:${index}`, candidates, (el) => (spec.keep ? spec.keep(el) : true) && accept(el), options.sliced);
    if (!found) return { elements: [], matched: null }; // out of time
    if (found.length > 0) return { elements: found, matched: css };
  }
  return { elements: [], matched: null };
}

/** The nearest ancestor-or-self matching the first fallback that matches one. */
export function closestFirst(el: Element, spec: SelectorSpec, within?: Element | null): Selected {
  for (const css of spec.css) {
    let found: Element | null;
    try {
      found = el.closest(css);
    } catch {
      continue; // a selector this browser cannot parse: try the next fallback
    }
    if (found && (!within || within.contains(found))) return { elements: [found], matched: css };
  }
  return { elements: [], matched: null };
}
