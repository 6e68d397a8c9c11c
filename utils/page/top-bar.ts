// The site's own bar over the top of the viewport (Facebook's blue bar, the header X keeps over its
// column): a comment scrolled under it is hidden there, so what the overlay draws for it is cut at
// the bar's bottom edge instead of covering the bar.

export interface TopBar {
  element: Element;
  left: number;
  right: number;
  bottom: number;
}

/**
 * The fixed or sticky element shown at the top edge of the viewport at `x`, when it is a bar (less
 * than half the viewport high: a dialog or a side column is not); null when there is none.
 */
export function topBarAt(x: number): TopBar | null {
  const top = document.elementFromPoint?.(x, 1) ?? null;
  for (let node = top; node && node !== document.body && node !== document.documentElement; node = node.parentElement) {
    const { position } = getComputedStyle(node);
    if (position !== 'fixed' && position !== 'sticky') continue;
    const box = node.getBoundingClientRect();
    return box.top <= 1 && box.bottom < innerHeight / 2 ? { element: node, left: box.left, right: box.right, bottom: box.bottom } : null;
  }
  return null;
}

/** Whether the bar hides the top of this comment: it spans the comment's column and is not the comment's own container. */
export function barOver(bar: TopBar | null, element: Element, box: { left: number; right: number }): bar is TopBar {
  return !!bar && bar.left < box.right && bar.right > box.left && !bar.element.contains(element);
}
