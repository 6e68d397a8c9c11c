import { sameComment, type CommentSnapshot } from '@/rules/snapshot';
import type { OffPagePlace } from '@/utils/page/adapter';

/** X places each cell of its virtual list itself: `position: absolute; transform: translateY(1234px)`. */
const PLACED = /translateY\((-?\d+(?:\.\d+)?)px\)/;

/** Where a cell sits in X's virtual list (px from the list's top), or null when the list is not virtual. */
export function placeInList(cell: Element | null): number | null {
  const style = cell?.getAttribute('style');
  if (!style || !style.includes('absolute')) return null;
  const placed = PLACED.exec(style);
  return placed ? Number(placed[1]) : null;
}

interface Seen {
  comment: CommentSnapshot;
  top: number;
  /** Its cell's comment element while in the page; null once X took it out. */
  element: Element | null;
}

/** Replies kept before the oldest kept away are forgotten (a few MB at most): hours of scrolling. */
const SEEN_LIMIT = 20_000;

/**
 * The replies of a conversation that X's virtual list took out of the page as the editor scrolled
 * on, so the work list and the toolbar count cover the conversation read so far, not only the
 * cells near the viewport. X renders one unbroken stretch of the list: a reply read before that is
 * no longer in the page is scrolled away when it sat above or below the stretch the page shows now,
 * and deleted (the editor removed it, or its author did) when it sat inside it.
 */
export class ScrolledAway {
  private seen = new Map<string, Seen>();
  private postId: string | null = null;
  private list: Element | null = null;

  /**
   * The conversation read so far, in list order: the replies in the page (in page order, with their
   * comment elements) and those scrolled away, with where each of the latter sits in the list.
   * A reply that leaves the page or comes back gets a new object once, so what follows (which
   * compares by identity) looks at it again: its marks go with its element.
   */
  merge(postId: string | null, inPage: CommentSnapshot[], elements: ReadonlyMap<string, Element>, cellOf: (element: Element) => Element | null):
    { comments: CommentSnapshot[]; away: Map<string, OffPagePlace> } {
    if (postId !== this.postId) [this.seen, this.postId] = [new Map(), postId];
    const tops: number[] = [];
    for (const comment of inPage) {
      const cell = cellOf(elements.get(comment.id)!);
      const top = placeInList(cell);
      // Not a virtual list: a reply no longer in the page is gone.
      if (top === null) return { comments: inPage, away: new Map() };
      if (cell!.parentElement) this.list = cell!.parentElement;
      tops.push(top);
    }
    const shownFrom = Math.min(...tops);
    const shownTo = Math.max(...tops);
    const shown = new Set(inPage.map((c) => c.id));
    const above: Seen[] = [];
    const below: Seen[] = [];
    for (const [id, seen] of this.seen) {
      if (shown.has(id)) continue;
      if (inPage.length > 0 && seen.top >= shownFrom && seen.top <= shownTo) {
        this.seen.delete(id);
        continue;
      }
      if (seen.element) [seen.comment, seen.element] = [{ ...seen.comment }, null];
      (inPage.length === 0 || seen.top < shownFrom ? above : below).push(seen);
    }
    const comments = inPage.map((read, k) => {
      const element = elements.get(read.id)!;
      const before = this.seen.get(read.id);
      // The first reply left in the page lost the one above it, which it is joined to: it still answers that one.
      const comment = before && read.parentId === postId && before.comment.parentId !== postId && above.some((s) => s.comment.id === before.comment.parentId)
        ? { ...read, parentId: before.comment.parentId } : read;
      const kept = before && before.element === element && sameComment(before.comment, comment) ? before.comment : comment;
      this.seen.set(read.id, { comment: kept, top: tops[k], element });
      return kept;
    });
    this.forgetOldest();
    const byTop = (a: Seen, b: Seen) => a.top - b.top;
    above.sort(byTop);
    below.sort(byTop);
    const away = new Map<string, OffPagePlace>();
    const list = this.list;
    if (list) for (const seen of [...above, ...below]) away.set(seen.comment.id, { list, top: seen.top });
    return { comments: [...above.map((s) => s.comment), ...comments, ...below.map((s) => s.comment)], away };
  }

  private forgetOldest(): void {
    for (const [id, seen] of this.seen) {
      if (this.seen.size <= SEEN_LIMIT) return;
      if (!seen.element) this.seen.delete(id);
    }
  }
}
