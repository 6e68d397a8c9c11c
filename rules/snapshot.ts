// Plain data the platform adapters produce from a page. No DOM here: rules read these.
export type Platform = 'facebook' | 'instagram' | 'x';

export type PageKind = 'post' | 'profile' | 'timeline' | 'status' | 'unknown';

export interface AuthorRef {
  name: string;
  /** Without the leading @ (X, Instagram) or the page's vanity name (Facebook), when known. */
  handle: string | null;
  /** Absolute profile URL, when the page links it. */
  url: string | null;
}

/**
 * How precisely a shown time places the moment: `exact` from a machine-readable attribute
 * (datetime, data-utime); `clock` a date and clock time as shown ("12 nov kl. 14:05"); `date` a
 * calendar day as shown ("12 nov", "igår"); the rest an age in that unit ("45 min", "3 d", "1 v").
 */
export type TimePrecision = 'exact' | 'clock' | 'date' | 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year';

/** A time as the page showed it: "3 d" says a day, not a minute, and only counted from when it was shown. */
export interface ShownTime {
  /** The label as shown ("3 d", "12 nov", "Igår kl. 14:05"); beside an exact time, its visible text (may be empty). */
  label: string;
  precision: TimePrecision;
  /** When the page showed it: what an age such as "3 d" counts back from. */
  shownAt: string;
}

export interface CommentSnapshot {
  /** Stable key: the platform's own comment/status id where the page exposes one. */
  id: string;
  /** Id of the comment this replies to; null for top-level comments. */
  parentId: string | null;
  author: AuthorRef;
  /** The text as shown (emoji kept, links as their text). */
  text: string;
  /** The site cut the text ("Visa mer" / "See more"). */
  truncated: boolean;
  /** ISO 8601, resolved against capturedAt for relative labels; null when the page shows no time. */
  postedAt: string | null;
  /** What postedAt was read from; absent where an adapter does not say. */
  postedShown?: ShownTime | null;
  /** The site marks it edited. */
  edited: boolean;
  /** More replies to it are hidden behind "Visa fler svar" / "View more replies". */
  hiddenReplies: boolean;
  /** Link to the comment itself, when the page has one. */
  permalink: string | null;
  /**
   * Earlier comments in other threads this one answers too, besides its parent: the account's
   * Instagram answer "@anna @pelle …" answers Pelle's comment as well as Anna's.
   */
  alsoAnswers?: string[];
}

export interface PostSnapshot {
  id: string | null;
  author: AuthorRef | null;
  text: string;
  postedAt: string | null;
  permalink: string | null;
  /** More comments/replies to the post itself are hidden ("Visa fler svar" at the end of an X conversation). */
  hiddenComments?: boolean;
  /** The post's author hid some replies (X's "Visa dolda svar"): they are on a page of their own, not read here. */
  repliesHiddenByAuthor?: boolean;
}

/** A part of the page the adapter expected and did not find. */
export interface LayoutMiss {
  /** Selector name from the platform's selectors.ts. */
  part: string;
  detail: string;
}

export interface PageSnapshot {
  platform: Platform;
  pageKind: PageKind;
  url: string;
  capturedAt: string;
  /** The page or profile being viewed, or the post's author (who "us" is, failing settings). */
  pageOwner: AuthorRef | null;
  /** The signed-in account, when the page shows it. */
  signedIn: AuthorRef | null;
  post: PostSnapshot | null;
  comments: CommentSnapshot[];
  /** Profile / bio / intro / about text where base information lives. */
  profileText: string | null;
  /**
   * The platform's bio field alone, when the adapter can tell it apart from the rest of the profile
   * (X): a suggested bio is then the bio as it is with what is missing added, within the bio's limit.
   */
  bioText?: string | null;
  /** The follower count as the page shows it apart from the profile text ("1 234 Följare", X), for the account's documentation. */
  followersShown?: string | null;
  /** Posts the page shows with their times (for publishing frequency). */
  recentPostTimes: string[];
  /** UI language of the site (html[lang]), e.g. "sv", "en". */
  uiLanguage: string;
  misses: LayoutMiss[];
}

/** Whether two reads of a comment say the same (the same object, or equal in every field). */
export function sameComment(a: CommentSnapshot, b: CommentSnapshot): boolean {
  return a === b || (a.id === b.id && a.parentId === b.parentId && a.text === b.text && a.truncated === b.truncated
    && a.postedAt === b.postedAt && a.postedShown?.label === b.postedShown?.label && a.edited === b.edited && a.hiddenReplies === b.hiddenReplies && a.permalink === b.permalink
    && a.author.name === b.author.name && a.author.handle === b.author.handle && a.author.url === b.author.url
    && (a.alsoAnswers ?? []).join() === (b.alsoAnswers ?? []).join());
}
