import type { AuthorRef, CommentSnapshot } from './snapshot';
import { officeHoursBetween, type OfficeHours } from './office-hours';

export type CommentStatus = 'own' | 'answered' | 'unanswered' | 'unknown';
export type DueState = 'ok' | 'soon' | 'overdue';

const keyCache = new Map<string, string | null>();
const KEY_CACHE_LIMIT = 20_000;

/** A profile URL reduced to what identifies the profile: host family + first path segment(s), lowercased. */
export function profileKey(url: string | null | undefined): string | null {
  if (!url) return null;
  // Every rescan asks again for the same few thousand authors; parsing a URL is the costly part.
  let key = keyCache.get(url);
  if (key === undefined) {
    if (keyCache.size >= KEY_CACHE_LIMIT) keyCache.clear();
    key = parseProfileKey(url);
    keyCache.set(url, key);
  }
  return key;
}

/** An absolute https profile link of plain characters: read without the URL parser (a long thread has thousands). */
const PLAIN_PROFILE_LINK = /^https:\/\/((?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,})\/([A-Za-z0-9_-][A-Za-z0-9._-]*)(?:[/?#]|$)/;

/**
 * Facebook's addresses whose first segment is no account: a page without a username (/p/<Name>-<id>/,
 * /people/<Name>/<id>/, /pages/<Name>/<id>/) and a group member (/groups/<group>/user/<id>/) are the
 * profile with that id; a group (/groups/<name>/) is the group.
 */
const FACEBOOK_ID_LINK = /^https?:\/\/(?:[a-z-]+\.)?facebook\.com\/(?:p\/(?:[^/?#]*-)?|(?:people|pages)\/[^/?#]*\/|groups\/[^/?#]+\/user\/)(\d{5,})\/?(?:[/?#]|$)/i;
const FACEBOOK_GROUP_LINK = /^https?:\/\/(?:[a-z-]+\.)?facebook\.com\/groups\/([^/?#]+)(?:[/?#]|$)/i;

/** The host without its mobile, web or language prefix ("m.", "sv-se."), X under one name. */
function hostFamily(host: string): string {
  return host.toLowerCase().replace(/^(?:www|web|m|mobile|[a-z]{2}-[a-z]{2})\./, '').replace(/^twitter\.com$/, 'x.com');
}

/** First path segments that are the site's own pages (a post, a reel, search, home), not an account. */
const NOT_ACCOUNTS: Record<string, ReadonlySet<string>> = {
  'facebook.com': new Set(['groups', 'people', 'pages', 'p', 'watch', 'events', 'photo', 'photo.php', 'permalink.php', 'story.php', 'hashtag', 'marketplace', 'search', 'share', 'sharer.php', 'reel', 'home.php', 'login', 'gaming']),
  'instagram.com': new Set(['p', 'reel', 'reels', 'tv', 'explore', 'stories', 'accounts', 'direct']),
  'x.com': new Set(['home', 'i', 'search', 'explore', 'notifications', 'messages', 'settings', 'hashtag', 'compose', 'intent']),
};

function accountKey(host: string, first: string): string | null {
  const family = hostFamily(host);
  const segment = first.toLowerCase();
  return NOT_ACCOUNTS[family]?.has(segment) ? null : `${family}/${segment}`;
}

function parseProfileKey(url: string): string | null {
  const id = FACEBOOK_ID_LINK.exec(url);
  if (id) return `facebook.com/profile.php?id=${id[1]}`;
  const group = FACEBOOK_GROUP_LINK.exec(url);
  if (group) return `facebook.com/groups/${group[1].toLowerCase()}`;
  const plain = PLAIN_PROFILE_LINK.exec(url);
  if (plain && plain[2] !== 'profile.php') return accountKey(plain[1], plain[2]);
  try {
    const u = new URL(url, 'https://invalid.example');
    if (u.pathname === '/profile.php') {
      const profile = u.searchParams.get('id');
      return profile ? `${hostFamily(u.hostname)}/profile.php?id=${profile}` : null;
    }
    const first = u.pathname.split('/').filter(Boolean)[0];
    return first ? accountKey(u.hostname, first) : null;
  } catch {
    return null;
  }
}

/** A writer known by a link or a handle can be compared with the account; a name alone cannot. */
function canBeTold(author: AuthorRef): boolean {
  return Boolean(author.handle?.trim() || profileKey(author.url));
}

function handleKey(handle: string | null | undefined): string | null {
  const h = handle?.trim().replace(/^@/, '').toLowerCase();
  return h ? h : null;
}

/** Is this author the managed account? By handle or profile URL, never by display name alone. */
export function isSameAccount(author: AuthorRef, account: AuthorRef | null): boolean {
  if (!account) return false;
  const ah = handleKey(author.handle);
  if (ah && ah === handleKey(account.handle)) return true;
  const au = profileKey(author.url);
  return au !== null && au === profileKey(account.url);
}

const matchers = new WeakMap<AuthorRef, (author: AuthorRef) => boolean>();

/**
 * `isSameAccount` for one account, prepared once: the content script asks it of every comment on
 * every rescan, and a comment's author object is kept while the comment is unchanged.
 */
export function accountMatcher(account: AuthorRef | null): (author: AuthorRef) => boolean {
  if (!account) return () => false;
  let matcher = matchers.get(account);
  if (!matcher) {
    const handle = handleKey(account.handle);
    const url = profileKey(account.url);
    const known = new WeakMap<AuthorRef, boolean>();
    matcher = (author) => {
      let same = known.get(author);
      if (same === undefined) {
        same = (handle !== null && handleKey(author.handle) === handle) || (url !== null && profileKey(author.url) === url);
        known.set(author, same);
      }
      return same;
    };
    matchers.set(account, matcher);
  }
  return matcher;
}

/**
 * Status of every comment: `own` (by the account), `answered` (a later reply in its thread is by
 * the account), `unknown` (not answered as far as the page shows, but replies are hidden, or its
 * writer or a later reply's could not be told from the account: a name without a link), or
 * `unanswered`. A thread is a top-level comment and all replies under it.
 */
export function threadStatuses(comments: CommentSnapshot[], account: AuthorRef | null): Map<string, CommentStatus> {
  const threads = new ThreadIndex(account);
  threads.add(comments); // never null: nothing was added before
  return new Map(comments.map((c, index) => [c.id, threads.status(index)]));
}

/** Typed arrays of at least `size`, grown by doubling (the old values kept). */
function grown<T extends Int32Array | Uint8Array>(array: T, size: number, make: (n: number) => T): T {
  if (array.length >= size) return array;
  const next = make(Math.max(size, array.length * 2, 64));
  next.set(array);
  return next;
}

/**
 * The threads of a page's comments, by position, grown as comments are appended: each comment's
 * thread (its root), whether it is the account's, the account's last reply and hidden replies per
 * thread. Appending tells which earlier comments' status may have changed (their thread got a reply
 * by the account or hidden replies), so a rescan of a long thread only looks again at those.
 */
export class ThreadIndex {
  private position = new Map<string, number>();
  private comments: CommentSnapshot[] = [];
  private roots = new Int32Array(0);
  private own = new Uint8Array(0);
  private lastOwn = new Int32Array(0);
  private hidden = new Uint8Array(0);
  /** Per thread, the last reply whose writer has no link or handle (a name alone): it may be the account's. */
  private lastUntold = new Int32Array(0);
  private isOwn: (author: AuthorRef) => boolean;
  /** Parents named by a comment but not (yet) on the page: one appearing later changes that comment's thread. */
  private missingParents = new Set<string>();

  constructor(readonly account: AuthorRef | null) {
    this.isOwn = accountMatcher(account);
  }

  /**
   * Appends comments (in page order, after those added before); returns the positions of earlier
   * comments whose status may have changed, in page order, or null when an added comment is the
   * parent an earlier one named (threads then have to be worked out afresh). Without `tellChanged`
   * (a page built in parts) no earlier comment is looked at, and the list is empty.
   */
  add(added: readonly CommentSnapshot[], tellChanged = true): number[] | null {
    const from = this.comments.length;
    if (from > 0 && this.missingParents.size > 0 && added.some((c) => this.missingParents.has(c.id))) return null;
    const size = from + added.length;
    this.roots = grown(this.roots, size, (n) => new Int32Array(n));
    this.own = grown(this.own, size, (n) => new Uint8Array(n));
    this.hidden = grown(this.hidden, size, (n) => new Uint8Array(n));
    this.lastOwn = grown(this.lastOwn, size, (n) => new Int32Array(n).fill(-1)); // -1: no reply by the account
    this.lastUntold = grown(this.lastUntold, size, (n) => new Int32Array(n).fill(-1));
    // Positions instead of ids, and typed arrays instead of maps: a long thread has thousands of comments.
    added.forEach((c, k) => {
      this.comments.push(c);
      if (!this.position.has(c.id)) this.position.set(c.id, from + k);
    });
    const touched = new Set<number>();
    for (let index = from; index < size; index++) {
      const c = this.comments[index];
      const root = this.rootOf(index);
      this.roots[index] = root;
      const own = this.isOwn(c.author);
      this.own[index] = own ? 1 : 0;
      if (own) {
        this.lastOwn[root] = index;
        touched.add(root);
        for (const id of c.alsoAnswers ?? []) {
          const answered = this.position.get(id);
          if (answered === undefined || answered >= index) continue;
          const other = this.roots[answered];
          this.lastOwn[other] = Math.max(this.lastOwn[other], index);
          touched.add(other);
        }
      }
      if (!own && !canBeTold(c.author)) {
        this.lastUntold[root] = index;
        touched.add(root);
      }
      if (c.hiddenReplies && !this.hidden[root]) {
        this.hidden[root] = 1;
        touched.add(root);
      }
    }
    const changed: number[] = [];
    if (touched.size === 0 || from === 0 || !tellChanged) return changed;
    for (let index = 0; index < from; index++) if (touched.has(this.roots[index])) changed.push(index);
    return changed;
  }

  private rootOf(index: number): number {
    const parentOf = (at: number) => {
      const parentId = this.comments[at].parentId;
      return parentId === null ? undefined : this.position.get(parentId);
    };
    const parent = parentOf(index);
    if (parent === undefined) {
      const parentId = this.comments[index].parentId;
      if (parentId !== null) this.missingParents.add(parentId);
      return index;
    }
    if (parent < index) return this.roots[parent]; // the usual case: a reply comes after its parent
    let cur = index;
    for (let depth = 0; depth < 50; depth++) {
      const up = parentOf(cur);
      if (up === undefined) break;
      cur = up;
    }
    const parentId = this.comments[cur].parentId;
    if (parentId !== null && !this.position.has(parentId)) this.missingParents.add(parentId);
    return cur;
  }

  /** The comments added so far, in page order. */
  get added(): readonly CommentSnapshot[] {
    return this.comments;
  }

  /** The position of the comment with this id (the first, if shown twice); -1 when none. */
  indexOf(id: string): number {
    return this.position.get(id) ?? -1;
  }

  status(index: number): CommentStatus {
    const root = this.roots[index];
    if (this.own[index]) return 'own';
    if (this.lastOwn[root] > index) return 'answered';
    if (this.hidden[root] || this.lastUntold[root] >= index) return 'unknown';
    return 'unanswered';
  }
}

export interface ResponseRule {
  /** The policy's response time in office hours (e.g. 24). */
  responseHours: number;
  office: OfficeHours;
  holidays: ReadonlySet<string>;
}

/** Office hours since posting, and whether that is within the response time. */
export function responseAge(postedAt: string | null, now: Date, rule: ResponseRule): { hours: number; due: DueState } | null {
  if (!postedAt) return null;
  const posted = new Date(postedAt);
  if (Number.isNaN(posted.getTime())) return null;
  const hours = officeHoursBetween(posted, now, rule.office, rule.holidays);
  return { hours, due: dueState(hours, rule.responseHours) };
}

/** Overdue past the response time, due soon in its last quarter. */
export function dueState(hours: number, responseHours: number): DueState {
  return hours > responseHours ? 'overdue' : hours >= responseHours * 0.75 ? 'soon' : 'ok';
}

/**
 * How many more office seconds a wait of `hours` can grow before what is shown of it changes: its
 * age in tenths of an hour (rounded from whole seconds, as the judgement shows it) or its due state.
 * Slightly less than exact, so a wait added up in parts never passes a boundary unnoticed.
 */
export function waitHeadroomSeconds(hours: number, responseHours: number): number {
  const exact = hours * 3600;
  const seconds = Math.round(exact);
  // The shown age is round(seconds / 360) tenths: it moves on when seconds reach the next half step.
  const nextAge = 360 * Math.round(seconds / 360) + 180 - 0.5;
  const due = dueState(seconds / 3600, responseHours);
  const nextDue = due === 'ok' ? Math.ceil(responseHours * 2700) - 0.5 : due === 'soon' ? Math.floor(responseHours * 3600) + 0.5 : Number.POSITIVE_INFINITY;
  return Math.min(nextAge, nextDue) - exact - 1;
}
