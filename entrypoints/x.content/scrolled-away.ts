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
  /** Where its cell sat when last in the page (to scroll back to; X may have moved it since). */
  top: number;
  /** Its comment element while in the page; null once X took it out. */
  element: Element | null;
}

/** What the page shows of the conversation now. */
export interface InPage {
  /** The post's cell is in the page: nothing of the conversation is above what the page shows. */
  postInPage: boolean;
  /** The replies in the page, in page order. */
  comments: CommentSnapshot[];
  elements: ReadonlyMap<string, Element>;
  cellOf: (element: Element) => Element | null;
}

/** Replies kept before the oldest kept away are forgotten (a few MB at most): hours of scrolling. */
const SEEN_LIMIT = 20_000;

/**
 * The replies of a conversation that X's virtual list took out of the page as the editor scrolled
 * on, so the work list and the toolbar count cover the conversation read so far, not only the
 * cells near the viewport. X draws one unbroken stretch of its list: a reply read before that is
 * no longer in the page lies above or below that stretch (scrolled away), unless it lay between
 * replies still drawn, or above them with the post drawn too: then it was deleted (by the editor,
 * or its author). Order, not position, decides: X moves every cell when one is put in above.
 */
export class ScrolledAway {
  private seen = new Map<string, Seen>();
  /** The ids of the conversation read so far, in list order. */
  private order: string[] = [];
  private postId: string | null = null;
  private list: Element | null = null;

  /**
   * The conversation read so far, in list order: the replies in the page and those scrolled away,
   * with where each of the latter sat in the list. A reply that leaves the page or comes back gets
   * a new object once, so what follows (which compares by identity) looks at it again: its marks
   * go with its element.
   */
  merge(postId: string | null, page: InPage): { comments: CommentSnapshot[]; away: Map<string, OffPagePlace> } {
    if (postId !== this.postId) [this.seen, this.order, this.postId] = [new Map(), [], postId];
    const tops: number[] = [];
    for (const comment of page.comments) {
      const cell = page.cellOf(page.elements.get(comment.id)!);
      const top = placeInList(cell);
      // Not a virtual list: a reply no longer in the page is gone.
      if (top === null) return { comments: page.comments, away: new Map() };
      if (cell!.parentElement) this.list = cell!.parentElement;
      tops.push(top);
    }
    const shown = new Map(page.comments.map((comment, k) => [comment.id, k]));
    // No reply drawn (the page shows another part of the list): all read are away, on no known side.
    const { before, after } = shown.size ? this.outside(shown, tops, page.postInPage) : { before: this.order, after: [] };
    const inPage = page.comments.map((read, k) => this.inPage(read, page.elements.get(read.id)!, tops[k], before));
    const awayFrom = (ids: string[]) => ids.map((id) => this.away(id));
    const comments = [...awayFrom(before), ...inPage, ...awayFrom(after)];
    const away = new Map<string, OffPagePlace>();
    const list = this.list;
    const place = (side: OffPagePlace['side']) => (id: string) => away.set(id, { list: list!, top: this.seen.get(id)!.top, side });
    if (list) {
      before.forEach(place(shown.size ? 'above' : null));
      after.forEach(place('below'));
    }
    this.order = comments.map((c) => c.id);
    this.forgetOldest();
    return { comments, away };
  }

  /**
   * The replies read before and not in the page now, above and below the stretch it shows; those
   * that were inside the stretch are forgotten.
   */
  private outside(shown: ReadonlyMap<string, number>, tops: readonly number[], postInPage: boolean): { before: string[]; after: string[] } {
    let first = -1;
    let last = -1;
    this.order.forEach((id, at) => {
      if (!shown.has(id)) return;
      if (first < 0) first = at;
      last = at;
    });
    // None of the page's replies read before (a jump far down or up): where they go, by position.
    if (first < 0) {
      const top = Math.min(...tops);
      first = last = this.order.findIndex((id) => this.seen.get(id)!.top > top);
      if (first < 0) first = last = this.order.length;
      else last = first - 1; // nothing lies between
    }
    const before: string[] = [];
    const after: string[] = [];
    this.order.forEach((id, at) => {
      if (shown.has(id)) return;
      const deleted = (at > first && at < last) || (postInPage && at < first);
      if (deleted) this.seen.delete(id);
      else (at < first ? before : after).push(id);
    });
    return { before, after };
  }

  private inPage(read: CommentSnapshot, element: Element, top: number, above: readonly string[]): CommentSnapshot {
    const before = this.seen.get(read.id);
    // The first reply left in the page lost the one above it, which it is joined to: it still answers that one.
    const parent = before?.comment.parentId;
    const comment = before && parent && parent !== read.parentId && read.parentId === this.postId && above.includes(parent)
      ? { ...read, parentId: parent } : read;
    const kept = before && before.element === element && sameComment(before.comment, comment) ? before.comment : comment;
    this.seen.set(read.id, { comment: kept, top, element });
    return kept;
  }

  private away(id: string): CommentSnapshot {
    const seen = this.seen.get(id)!;
    if (seen.element) [seen.comment, seen.element] = [{ ...seen.comment }, null];
    return seen.comment;
  }

  private forgetOldest(): void {
    if (this.seen.size <= SEEN_LIMIT) return;
    for (const [id, seen] of this.seen) {
      if (this.seen.size <= SEEN_LIMIT) break;
      if (!seen.element) this.seen.delete(id);
    }
    this.order = this.order.filter((id) => this.seen.has(id));
  }
}
