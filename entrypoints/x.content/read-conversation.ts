import type { CommentSnapshot } from '@/rules/snapshot';
import { matchesLabel } from './labels';
import { readText } from './read-text';
import type { TweetRead } from './read-tweet';
import { readStatusLink } from './urls';

/** One row of a conversation below the focused tweet: a reply, or a "show (more) replies" control. */
export type ConversationRow =
  | { kind: 'reply'; tweet: TweetRead }
  | { kind: 'show-replies'; element: Element; targetId: string | null }
  | { kind: 'show-more-replies'; element: Element; targetId: string | null }
  /** A section heading ("Upptäck mer" / "Discover more"): what follows is not part of the conversation. */
  | { kind: 'end'; element: Element }
  /** A tweet X no longer shows ("Det här inlägget har raderats av författaren"): the reply joined under it answers it. */
  | { kind: 'gone'; element: Element };

/** Reads a cell that holds no tweet: a control that says replies are hidden, or where a tweet was? */
export function readControlCell(cell: Element, base: string): ConversationRow | null {
  // An article that is no tweet: X's note where a deleted or unavailable tweet was.
  if (cell.querySelector('article')) return { kind: 'gone', element: cell };
  if (cell.querySelector('h1, h2, h3, [role="heading"]')) return { kind: 'end', element: cell };
  const text = readText(cell).slice(0, 300);
  if (!text) return null;
  const link = cell.querySelector('a[href*="/status/"]');
  const targetId = readStatusLink(link?.getAttribute('href'), base)?.id ?? null;
  if (matchesLabel(text, 'showReplies')) return { kind: 'show-replies', element: cell, targetId };
  if (matchesLabel(text, 'showMoreReplies')) return { kind: 'show-more-replies', element: cell, targetId };
  return null;
}

/** The row above the next reply: a reply, or a tweet no longer shown (no tweet, and an id that names no comment). */
interface Previous {
  tweet: TweetRead | null;
  id: string;
}

interface Mark {
  comments: number;
  hidden: number;
  previous: Previous | null;
  unknownCount: number;
  ended: boolean;
  postHasHiddenReplies: boolean;
}

/**
 * Threads the rows below the focused tweet, row by row as the page shows more. A reply drawn
 * directly under another, joined by X's thread line, answers that one; any other reply answers the
 * focused tweet. A "Visa svar" row says the reply above it (or the one it links) has replies not
 * shown; "Visa fler svar" at the end of the conversation says the same of the post unless it sits
 * inside a thread. A comment keeps its object until a row changes what it says; `keep` may give
 * back an equal object from an earlier read (the memo's), so a thread threaded afresh keeps them too.
 */
export class ConversationThread {
  readonly comments: CommentSnapshot[] = [];
  readonly elements = new Map<string, Element>();
  /** Replies to the post itself are hidden behind a button at the end of the conversation. */
  postHasHiddenReplies = false;
  private at = new Map<string, number>();
  private previous: Previous | null = null;
  private unknownCount = 0;
  private ended = false;
  /** Positions of the comments added or changed by the rows being threaded. */
  private touched = new Set<number>();
  /** Before each row threaded: what the thread was, to go back to when rows are put in before later ones. */
  private marks: Mark[] = [];
  /** The comments whose replies a row said were hidden, as they were before. */
  private hidden: Array<{ index: number; before: CommentSnapshot }> = [];

  constructor(
    readonly postId: string | null,
    private keep: (element: Element, comment: CommentSnapshot) => CommentSnapshot = (_, comment) => comment,
  ) {}

  add(rows: Iterable<ConversationRow>): void {
    this.thread(rows);
    // Only the comments as they stand after all the rows go to `keep`, not the states in between.
    for (const index of this.touched) this.comments[index] = this.keep(this.elements.get(this.comments[index].id)!, this.comments[index]);
    this.touched.clear();
  }

  /** How many rows were threaded. */
  get rows(): number {
    return this.marks.length;
  }

  /** Goes back to what the thread was before row `row` (rows put in there are threaded next). */
  rewind(row: number): void {
    const mark = this.marks[row];
    if (!mark) return;
    this.marks.length = row;
    for (let i = this.hidden.length - 1; i >= mark.hidden; i--) {
      const { index, before } = this.hidden[i];
      this.comments[index] = before;
      this.touched.add(index); // given to `keep` again with the rows threaded next
    }
    this.hidden.length = mark.hidden;
    for (const index of this.touched) if (index >= mark.comments) this.touched.delete(index);
    for (const comment of this.comments.splice(mark.comments)) {
      this.at.delete(comment.id);
      this.elements.delete(comment.id);
    }
    ({ previous: this.previous, unknownCount: this.unknownCount, ended: this.ended, postHasHiddenReplies: this.postHasHiddenReplies } = mark);
  }

  private thread(rows: Iterable<ConversationRow>): void {
    for (const row of rows) {
      this.marks.push({
        comments: this.comments.length, hidden: this.hidden.length, previous: this.previous, unknownCount: this.unknownCount,
        ended: this.ended, postHasHiddenReplies: this.postHasHiddenReplies,
      });
      if (this.ended) continue;
      if (row.kind === 'end') {
        this.ended = true;
        continue;
      }
      if (row.kind === 'reply') {
        this.addReply(row.tweet);
        continue;
      }
      if (row.kind === 'gone') {
        // A reply joined under it answers it, not the reply above it: its parent is on no page, so it starts its own thread.
        this.previous = { tweet: null, id: `x-gone-${++this.unknownCount}` };
        continue;
      }
      const target = row.targetId !== null && this.at.has(row.targetId) ? row.targetId : null;
      const above = this.previous?.tweet ? this.previous : null;
      const owner = row.kind === 'show-replies' ? target ?? above?.id ?? null
        : target ?? (above?.tweet?.lineBelow ? above.id : null);
      if (owner) this.hideRepliesOf(owner);
      // "Visa svar" under a tweet no longer shown: its replies are hidden, not the post's.
      else if (!(row.kind === 'show-replies' && this.previous && !above)) this.postHasHiddenReplies = true;
      // A control ends the visual thread: the next reply starts a new one.
      this.previous = null;
    }
  }

  private addReply(t: TweetRead): void {
    const id = t.id ?? `x-unknown-${++this.unknownCount}`;
    if (this.at.has(id) || id === this.postId) return;
    const joined = this.previous !== null && (!!this.previous.tweet?.lineBelow || t.lineAbove);
    this.at.set(id, this.comments.length);
    this.touched.add(this.comments.length);
    this.comments.push({
      id,
      parentId: joined && this.previous ? this.previous.id : this.postId,
      author: t.author ?? { name: '', handle: null, url: null },
      text: t.text,
      truncated: t.truncated,
      postedAt: t.postedAt,
      postedShown: t.postedShown,
      edited: t.edited,
      hiddenReplies: false,
      permalink: t.permalink,
    });
    this.elements.set(id, t.element);
    this.previous = { tweet: t, id };
  }

  private hideRepliesOf(id: string): void {
    const index = this.at.get(id)!;
    const comment = this.comments[index];
    if (comment.hiddenReplies) return;
    this.hidden.push({ index, before: comment });
    this.comments[index] = { ...comment, hiddenReplies: true };
    this.touched.add(index);
  }
}
