/**
 * Selectors with fallbacks: the first selector in the list that matches anything wins. On a thread
 * of thousands of comments every walk of the page costs milliseconds, so when the preferred
 * selector finds nothing the fallbacks are matched together in one more walk and the winner picked
 * from those matches, instead of one walk per fallback that finds nothing.
 * An invalid selector (unsupported in some engine) never throws: it is skipped.
 */

const ELEMENT_NODE = 1; // Node.ELEMENT_NODE, without the browser global (also runs under Node)
const inScope = new Map<string, string>();
let asWritten = false;

/**
 * Searches elements with the selectors as written, not inside :is(). For jsdom (the extract
 * command): it answers an element's `:is(a time)` by matching against the whole document, 20 ms a
 * tweet on a saved page of 1,000, where the form as written takes a fraction of that. Both find the same.
 */
export function searchWithSelectorsAsWritten(): void {
  asWritten = true;
}

/**
 * The selector to search an element's subtree with. Chromium answers an element's querySelectorAll
 * for a selector with a combinator ("a time") in a time that grows with the siblings before the
 * element: ~0.15 ms a call at the end of a list of 5,000 comments, where the same selector inside
 * :is() matches the same elements in microseconds. Selectors without a combinator, and searches of
 * the whole document, are faster as written; a full walk of a large element (a post with thousands of
 * comments) is about twice as slow inside :is(), a price paid once, where reading comments pays the
 * slow form on every call. The selectors are the adapters' own few, so the cache stays small.
 */
export function scoped(root: ParentNode, css: string): string {
  if ((root as Node).nodeType !== ELEMENT_NODE || asWritten) return css;
  let wrapped = inScope.get(css);
  if (wrapped === undefined) {
    // What is left once quoted, bracketed and parenthesised parts are one letter each: spaces, >, + or ~ there are combinators.
    const bare = css.trim().replace(/"[^"]*"|'[^']*'|\[[^\]]*\]|\([^()]*\)/g, 'x').replace(/\s*,\s*/g, ',');
    wrapped = /[\s>+~]/.test(bare) ? `:is(${css})` : css;
    inScope.set(css, wrapped);
  }
  return wrapped;
}

/**
 * A NodeList as an array. Indexed, not spread: spreading goes through the list's iterator, about
 * three times the cost, and readers do this a few times per comment on threads of thousands.
 */
export function listed<T extends Node>(nodes: NodeListOf<T>): T[] {
  const out: T[] = [];
  for (let i = 0; i < nodes.length; i++) out.push(nodes[i]);
  return out;
}

export function tryQueryAll(root: ParentNode, css: string): Element[] {
  try {
    return listed(root.querySelectorAll(scoped(root, css)));
  } catch {
    return [];
  }
}

export function tryMatches(element: Element, css: string): boolean {
  try {
    return element.matches(css);
  } catch {
    return false;
  }
}

/** Every match of the first selector in `cssList` that matches anything under `root`. */
export function allOfFirstMatching(root: ParentNode, cssList: readonly string[]): Element[] {
  const preferred = tryQueryAll(root, cssList[0]);
  return preferred.length || cssList.length === 1 ? preferred : firstMatchingTogether(root, cssList.slice(1));
}

/** The fallbacks in one walk: the matches of any, then those of the first that has some. */
function firstMatchingTogether(root: ParentNode, cssList: readonly string[]): Element[] {
  if (cssList.length === 1) return tryQueryAll(root, cssList[0]);
  let found: Element[];
  try {
    found = listed(root.querySelectorAll(scoped(root, cssList.join(', '))));
  } catch {
    // One selector in the list is invalid here: try them one by one.
    for (const css of cssList) {
      const matches = tryQueryAll(root, css);
      if (matches.length) return matches;
    }
    return [];
  }
  for (const css of cssList) {
    if (!found.length) break;
    const matching = found.filter((element) => tryMatches(element, css));
    if (matching.length) return matching;
  }
  return [];
}

/** The first match of the first selector in `cssList` that matches anything under `root`. */
export function firstOfFirstMatching(root: ParentNode, cssList: readonly string[]): Element | null {
  // The preferred selector usually matches, and querySelector stops at its first match.
  try {
    const first = root.querySelector(scoped(root, cssList[0]));
    if (first) return first;
  } catch {
    // Invalid here: the fallbacks decide.
  }
  return cssList.length > 1 ? firstMatchingTogether(root, cssList.slice(1))[0] ?? null : null;
}
