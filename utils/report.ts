import type { Category, RecommendedAction } from '@/rules/categories';
import type { Finding } from '@/rules/types';
import type { AuthorRef, CommentSnapshot, LayoutMiss, PageKind, Platform, ShownTime } from '@/rules/snapshot';
import type { CommentStatus, DueState } from '@/rules/thread-status';
import type { FollowUp, WorkGroup } from '@/rules/triage';

export type { WorkGroup };

/**
 * The background writes each tab's report to session storage at most this often (the first at once,
 * later ones with the newest at the end of the interval): a long thread's report is megabytes.
 */
export const REPORT_PERSIST_INTERVAL_MS = 5000;

/**
 * One comment that needs the editor, as the content script reports it to the background and the
 * panels: what the work list shows and acts on, no more (documentation reads the comment itself from
 * the page). A long thread's report is copied on the page's main thread and kept by the worker.
 */
export interface WorkItem {
  commentId: string;
  /** Who wrote it, as the work list names them (profile links stay on the page). */
  author: Pick<AuthorRef, 'name' | 'handle'>;
  /** The start of the comment's text (utils/page/scan clips it). */
  text: string;
  status: CommentStatus;
  /** Office hours since it was posted, when unanswered and its time is known. */
  ageOfficeHours: number | null;
  due: DueState | null;
  group: WorkGroup;
  categories: Category[];
  action: RecommendedAction;
  /** What is left after `action` (rules/triage): moving the case, answering the question. */
  followUps: readonly FollowUp[];
  /** The site shows only the start of the text ("See more"): only that part was read and judged. */
  truncated: boolean;
  /** Characters (UTF-16 units) in the text as read (`text` is its start): the work list says how long a text it shortens is. Absent from older content scripts. */
  textLength?: number;
  /** The text reached what Uppsikt reads of one comment (utils/capture-limits): the rest was neither read nor checked. */
  longerThanRead?: boolean;
  /** When it was posted (ISO), when the page shows it: how long flagged content has been up. */
  postedAt: string | null;
  /** What the page showed ("3 d") and how precise that is: the time is printed no more precisely (utils/evidence/posted-text). */
  postedShown?: Pick<ShownTime, 'label' | 'precision'> | null;
}

/**
 * An item as the page itself holds it: with the findings behind it, which the badges and the marked
 * words are made from. They stay on the page: nothing else reads them.
 */
export interface PageWorkItem extends WorkItem {
  author: AuthorRef;
  findings: Finding[];
}

/** What the content script knows about its page; the background keeps the newest per tab. */
export interface PageReport<Item extends WorkItem = WorkItem> {
  platform: Platform;
  pageKind: PageKind;
  url: string;
  scannedAt: string;
  account: AuthorRef | null;
  /** The page's own owner as the adapter read it (what an editor's correction is keyed by). */
  pageOwner: AuthorRef | null;
  accountSource: 'editor' | 'register' | 'page' | 'none';
  commentCount: number;
  /** Comments whose text the site shows only in part ("See more" / "Visa mer"): the rest is not read. */
  truncatedCount: number;
  /**
   * The post has more comments than the page shows (a "Visa fler kommentarer" button, a counter above
   * what is listed): only those shown are read, so the work list may not be all there is.
   */
  hiddenComments: boolean;
  /** The post's author hid some replies (X's "Visa dolda svar"): the editor may need to look at and document them there. */
  repliesHiddenByAuthor?: boolean;
  /**
   * Comments read earlier that the site's virtual list has taken out of the page (X, scrolled far
   * away): in the items, but without a mark on the page until scrolled back to.
   */
  offPageCount: number;
  items: Item[];
  profileText: string | null;
  /** The bio field alone, when the adapter can tell it apart (PageSnapshot.bioText). */
  bioText?: string | null;
  /** The follower count as the page shows it (PageSnapshot.followersShown). */
  followersShown?: string | null;
  /** The managed account's own comments on the page (for the signature check). */
  ownComments: CommentSnapshot[];
  recentPostTimes: string[];
  misses: LayoutMiss[];
  /** The editor's decisions about comments could not be read (PageContext.decisionsUnread): the panel says so. */
  decisionsUnread?: boolean;
}
