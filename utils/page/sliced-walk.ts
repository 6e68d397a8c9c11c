import { scoped, tryMatches, tryQueryAll } from './query-fallbacks';
import { whollyBefore } from './document-order';

// The first walk of a long thread for a selector is one querySelectorAll over thousands of
// comments: 20 ms and more in one task, which cannot be split. A thread's comments are the children
// of one list, though, and the list is found from the selector's first match: the walk then goes
// over the list's children a few at a time, each searched on its own, and can stop between them
// when the pass's time is up and go on in the next. What it finds is exactly, and in the same order,
// what one querySelectorAll of the root finds.

/** An element with this many children is the list the walk goes over child by child. */
const LONG_LIST = 32;
/** Children searched between looks at the clock. */
const CHILDREN_PER_LOOK = 64;

export class SlicedWalk {
  private readonly found: Element[] = [];
  /** The elements from the root's child down to the list (the list last). */
  private readonly path: Element[];
  /** The list's next child to search; null once the list is done. */
  private next: Element | null;
  private started = false;

  /**
   * A walk of `root` for `css` split at the long list holding its first match, or null when there
   * is none (nothing matches, or the matches are in no long list): one querySelectorAll is the way.
   */
  static over(root: ParentNode, css: string, knownList: Element | null = null): SlicedWalk | null {
    const first = tryQueryFirst(root, css);
    if (!first) return null;
    // The long list nearest the first match; failing that (it comes before the thread, in a header,
    // or after it, like a composer), a long list another walk found, when it is under the root.
    const list = longListAbove(first, root) ?? (knownList && knownList.childElementCount >= LONG_LIST ? knownList : null);
    if (!list) return null;
    const path: Element[] = [];
    for (let el: Element | null = list; el && (el as ParentNode) !== root; el = el.parentElement) path.push(el);
    path.reverse();
    // The root's own children are its first level: when it is the document, its element (html) too.
    if (path.length === 0 || path[0].parentNode !== root) return null; // not under the root
    return new SlicedWalk(root, css, path, list, first);
  }

  /** The list walked child by child (a later walk of the same root may use it). */
  get longList(): Element {
    return this.list;
  }

  private constructor(
    private readonly root: ParentNode,
    private readonly css: string,
    path: Element[],
    private readonly list: Element,
    /** The first match: nothing before it in the document matches, so the walk starts there. */
    private readonly first: Element,
  ) {
    this.path = path;
    this.next = firstChildToSearch(list, first);
  }

  /**
   * Walks on until `deadline` (a performance.now() time), at least one part; true when done, and
   * `elements` is then every match in document order; false when time ran out first. 'stale' when
   * the page took away the list or the child to go on from meanwhile: start a new walk.
   */
  advance(deadline: number): boolean | 'stale' {
    if (!this.started) {
      this.started = true;
      // Down to the list: what comes before each element on the way, then the element itself.
      for (let level = 0; level < this.path.length; level++) {
        const parent: ParentNode = level === 0 ? this.root : this.path[level - 1];
        for (let el = parent.firstElementChild; el && el !== this.path[level]; el = el.nextElementSibling) {
          if (!whollyBefore(el, this.first)) this.whole(el);
        }
        if (tryMatches(this.path[level], this.css)) this.found.push(this.path[level]);
      }
    } else if (this.next && (this.next.parentElement !== this.list || !this.list.isConnected)) return 'stale';
    for (let searched = 0; this.next; this.next = this.next.nextElementSibling) {
      if (searched > 0 && searched % CHILDREN_PER_LOOK === 0 && performance.now() > deadline) return false;
      this.whole(this.next);
      searched++;
    }
    // Up from the list: what comes after each element on the way.
    for (let level = this.path.length - 1; level >= 0; level--) {
      for (let el = this.path[level].nextElementSibling; el; el = el.nextElementSibling) this.whole(el);
    }
    return true;
  }

  get elements(): Element[] {
    return this.found;
  }

  /** An element and everything in it. */
  private whole(el: Element): void {
    if (tryMatches(el, this.css)) this.found.push(el);
    const inside = tryQueryAll(el, this.css);
    for (let i = 0; i < inside.length; i++) this.found.push(inside[i]);
  }
}

/**
 * Where the walk of `list` begins: at the child holding the first match, or nowhere when the first
 * match comes after the list (a composer or a "load more" button below the thread: searching
 * thousands of comments for it would find nothing).
 */
function firstChildToSearch(list: Element, first: Element): Element | null {
  if (first !== list && list.contains(first)) {
    let branch = first;
    while (branch.parentElement !== list) branch = branch.parentElement!;
    return branch;
  }
  return whollyBefore(list, first) ? null : list.firstElementChild;
}


/** The nearest ancestor of `el` below `root` with a long list of children. */
function longListAbove(el: Element, root: ParentNode): Element | null {
  for (let up = el.parentElement; up && (up as ParentNode) !== root; up = up.parentElement) {
    if (up.childElementCount >= LONG_LIST) return up;
  }
  return null;
}

function tryQueryFirst(root: ParentNode, css: string): Element | null {
  try {
    return root.querySelector(scoped(root, css));
  } catch {
    return null;
  }
}
