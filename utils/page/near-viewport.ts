// Which of a thread's thousands of comments are on or near the screen, found from their boxes. The
// comments stand on the page top to bottom in page order, so a binary search over them finds the
// first near the viewport in a dozen measurements, and a walk from there the rest. An
// IntersectionObserver over every comment did the same in the browser's own frame, at ~7 µs per
// comment each frame while scrolling: ~30 ms a frame on a 5,000-comment thread, on top of the site's.

import { comesAfter } from './document-order';

/** How many items in a row past the viewport (or before it) end the walk: a little disorder on the page is tolerated. */
const PAST_IN_A_ROW = 4;

type Where = 'above' | 'near' | 'below' | 'none';

/**
 * Where an item for `element` goes in a list kept in page order: after every item whose element
 * comes before it. Most often after the last one (reading down the thread); each comparison may walk
 * a long list of siblings, so the rest is a binary search.
 */
export function placeInPageOrder(list: ReadonlyArray<{ element: Element }>, element: Element): number {
  const follows = (other: { element: Element }) => comesAfter(other.element, element);
  if (!list.length || follows(list[list.length - 1])) return list.length;
  let lo = 0;
  let hi = list.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (follows(list[mid])) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Items kept in page order, each with the element whose box says where it is. */
export class PageOrder<T extends { element: Element }> {
  private items: T[] = [];
  private gone = new Set<T>();
  /** Each item's place in the list, made when first asked after a change. */
  private ranks: Map<T, number> | null = null;

  get size(): number {
    return this.items.length - this.gone.size;
  }

  /** Puts the item among the others by its element's place in the page (most often after the last). */
  add(item: T): void {
    this.compact();
    const at = placeInPageOrder(this.items, item.element);
    this.items.splice(at, 0, item);
    // Put last (a thread growing at its end), it changes no other item's rank: the ranks go on.
    if (at === this.items.length - 1) this.ranks?.set(item, at);
    else this.ranks = null;
  }

  /**
   * Where the item stands in page order (-1: not in the list). Comparing ranks is far cheaper than
   * comparing elements' places in the document, which walks long runs of siblings on a long thread.
   */
  rank(item: T): number {
    this.compact();
    this.ranks ??= new Map(this.items.map((x, i) => [x, i]));
    return this.ranks.get(item) ?? -1;
  }

  /** Takes the item out (the list is compacted once, at the next add or search: a navigation removes thousands). */
  delete(item: T): void {
    this.gone.add(item);
    this.ranks = null;
  }

  clear(): void {
    this.items = [];
    this.gone.clear();
    this.ranks = null;
  }

  /**
   * The items whose boxes come within `margin` px of the viewport (vertically), in page order. An
   * item without a box (not shown, or no longer in the page) is never near.
   */
  near(margin: number, viewportHeight: number): T[] {
    this.compact();
    const list = this.items;
    const seen = new Map<number, Where>();
    const where = (i: number): Where => {
      let at = seen.get(i);
      if (at === undefined) {
        const r = list[i].element.getBoundingClientRect();
        at = r.width === 0 && r.height === 0 ? 'none' : r.bottom < -margin ? 'above' : r.top > viewportHeight + margin ? 'below' : 'near';
        seen.set(i, at);
      }
      return at;
    };
    // The first item not above the viewport; items without a box are passed over.
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      let k = mid;
      while (k < hi && where(k) === 'none') k++;
      if (k < hi && where(k) === 'above') lo = k + 1;
      else hi = mid;
    }
    const found: T[] = [];
    // A tall item a little before (its top far above, its bottom on screen) or a little disorder.
    let past = 0;
    for (let i = lo - 1; i >= 0 && past < PAST_IN_A_ROW; i--) {
      const at = where(i);
      if (at === 'near') {
        found.push(list[i]);
        past = 0;
      } else if (at !== 'none') past++;
    }
    found.reverse();
    past = 0;
    for (let i = lo; i < list.length && past < PAST_IN_A_ROW; i++) {
      const at = where(i);
      if (at === 'near') {
        found.push(list[i]);
        past = 0;
      } else if (at !== 'none') past++;
    }
    return found;
  }

  private compact(): void {
    if (this.gone.size === 0) return;
    this.items = this.items.filter((item) => !this.gone.has(item));
    this.gone.clear();
  }
}
