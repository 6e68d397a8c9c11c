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
  | { kind: 'end'; element: Element };

/** Reads a cell that holds no tweet: is it a control that says replies are hidden? */
export function readControlCell(cell: Element, base: string): ConversationRow | null {
  if (cell.querySelector('h1, h2, h3, [role="heading"]')) return { kind: 'end', element: cell };
  const text = readText(cell).slice(0, 300);
  if (!text) return null;
  const link = cell.querySelector('a[href*="/status/"]');
  const targetId = readStatusLink(link?.getAttribute('href'), base)?.id ?? null;
  if (matchesLabel(text, 'showReplies')) return { kind: 'show-replies', element: cell, targetId };
  if (matchesLabel(text, 'showMoreReplies')) return { kind: 'show-more-replies', element: cell, targetId };
  return null;
}

export interface Conversation {
  comments: Array<CommentSnapshot & { element: Element }>;
  /** Replies to the post itself are hidden behind a button at the end of the conversation. */
  postHasHiddenReplies: boolean;
}

/**
 * Threads the rows below the focused tweet. A reply drawn directly under another, joined by X's
 * thread line, answers that one; any other reply answers the focused tweet. A "Visa svar" row says
 * the reply above it (or the one it links) has replies not shown; "Visa fler svar" at the end of
 * the conversation says the same of the post unless it sits inside a thread.
 */
export function threadConversation(rows: ConversationRow[], postId: string | null): Conversation {
  const comments: Conversation['comments'] = [];
  const byId = new Map<string, Conversation['comments'][number]>();
  let postHasHiddenReplies = false;
  let previous: { tweet: TweetRead; comment: Conversation['comments'][number] } | null = null;
  let unknownCount = 0;

  for (const row of rows) {
    if (row.kind === 'end') break;
    if (row.kind === 'reply') {
      const t = row.tweet;
      const id = t.id ?? `x-unknown-${++unknownCount}`;
      if (byId.has(id) || id === postId) continue;
      const joined: boolean = previous !== null && (previous.tweet.lineBelow || t.lineAbove);
      const comment: Conversation['comments'][number] = {
        id,
        parentId: joined && previous ? previous.comment.id : postId,
        author: t.author ?? { name: '', handle: null, url: null },
        text: t.text,
        truncated: t.truncated,
        postedAt: t.postedAt,
        edited: t.edited,
        hiddenReplies: false,
        permalink: t.permalink,
        element: t.element,
      };
      comments.push(comment);
      byId.set(id, comment);
      previous = { tweet: t, comment };
      continue;
    }
    const target = (row.targetId && byId.get(row.targetId)) || null;
    if (row.kind === 'show-replies') {
      const owner = target ?? previous?.comment ?? null;
      if (owner) owner.hiddenReplies = true;
      else postHasHiddenReplies = true;
    } else {
      const inThread = target ?? (previous?.tweet.lineBelow ? previous.comment : null);
      if (inThread) inThread.hiddenReplies = true;
      else postHasHiddenReplies = true;
    }
    // A control ends the visual thread: the next reply starts a new one.
    previous = null;
  }
  return { comments, postHasHiddenReplies };
}
