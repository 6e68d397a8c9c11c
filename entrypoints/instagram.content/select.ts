// Runs a selector's fallbacks in order and says which one matched.
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
    let found: Element[];
    try {
      found = Array.from(root.querySelectorAll(css)).filter((el) => (spec.keep ? spec.keep(el) : true) && accept(el));
    } catch {
      continue;
    }
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
