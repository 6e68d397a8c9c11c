// Document order without the browser's `Node` global: the adapters also run under Node (`npm run
// extract`), where `Node.DOCUMENT_POSITION_FOLLOWING` is not defined and reading a page failed.

const PRECEDING = 2;
const FOLLOWING = 4;
const CONTAINED_BY = 16;

/** `later` comes after `earlier` in the document (inside it counts as after). */
export function comesAfter(earlier: Node, later: Node): boolean {
  return (earlier.compareDocumentPosition(later) & FOLLOWING) !== 0;
}

/** `earlier` comes before `later` in the document. */
export function comesBefore(later: Node, earlier: Node): boolean {
  return (later.compareDocumentPosition(earlier) & PRECEDING) !== 0;
}

/** `el` and everything in it come before `other`. */
export function whollyBefore(el: Node, other: Node): boolean {
  const position = el.compareDocumentPosition(other);
  return (position & FOLLOWING) !== 0 && (position & CONTAINED_BY) === 0;
}
