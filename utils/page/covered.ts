// Whether the site shows something of its own over a comment: a dialog opened over the thread (X's
// reply box, a photo viewer), a menu, a chat window. What the overlay draws for that comment would
// otherwise lie on top of it, and its badge would catch the clicks meant for the dialog.

/**
 * Whether the topmost of the site's elements at (x, y) is neither part of `element` nor one holding
 * it. `own` is the overlay's host, looked through. Without hit testing (jsdom) nothing is covered.
 */
export function coveredAt(element: Element, x: number, y: number, own: Element): boolean {
  if (typeof document.elementsFromPoint !== 'function') return false;
  const top = document.elementsFromPoint(x, y).find((el) => el !== own);
  return !!top && !element.contains(top) && !top.contains(element);
}
