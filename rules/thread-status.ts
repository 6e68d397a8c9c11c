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

function parseProfileKey(url: string): string | null {
  const plain = PLAIN_PROFILE_LINK.exec(url);
  if (plain && plain[2] !== 'profile.php') {
    const host = plain[1].toLowerCase().replace(/^(www|web|m|mobile)\./, '').replace(/^twitter\.com$/, 'x.com');
    return `${host}/${plain[2].toLowerCase()}`;
  }
  try {
    const u = new URL(url, 'https://invalid.example');
    const host = u.hostname.replace(/^(www|web|m|mobile)\./, '').replace(/^twitter\.com$/, 'x.com');
    if (u.pathname === '/profile.php') {
      const id = u.searchParams.get('id');
      return id ? `${host}/profile.php?id=${id}` : null;
    }
    const first = u.pathname.split('/').filter(Boolean)[0];
    return first ? `${host}/${first.toLowerCase()}` : null;
  } catch {
    return null;
  }
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
 * the account), `unknown` (not answered as far as the page shows, but replies are hidden), or
 * `unanswered`. A thread is a top-level comment and all replies under it.
 */
export function threadStatuses(comments: CommentSnapshot[], account: AuthorRef | null): Map<string, CommentStatus> {
  // Positions instead of ids, and typed arrays instead of maps: a long thread has thousands of comments.
  const position = new Map<string, number>();
  comments.forEach((c, index) => position.set(c.id, index));
  const roots = new Int32Array(comments.length);
  comments.forEach((c, index) => {
    const parent = c.parentId === null ? undefined : position.get(c.parentId);
    if (parent === undefined) roots[index] = index;
    else if (parent < index) roots[index] = roots[parent]; // the usual case: a reply comes after its parent
    else {
      let cur = index;
      for (let depth = 0; depth < 50; depth++) {
        const up: number | undefined = comments[cur].parentId === null ? undefined : position.get(comments[cur].parentId!);
        if (up === undefined) break;
        cur = up;
      }
      roots[index] = cur;
    }
  });
  const isOwn = accountMatcher(account);
  const own = comments.map((c) => isOwn(c.author));
  // Position of the last reply by the account in each thread (by its root), and whether the thread hides replies.
  const lastOwn = new Int32Array(comments.length).fill(-1);
  const hidden = new Uint8Array(comments.length);
  comments.forEach((c, index) => {
    if (own[index]) lastOwn[roots[index]] = index;
    if (c.hiddenReplies) hidden[roots[index]] = 1;
  });
  const statuses = new Map<string, CommentStatus>();
  comments.forEach((c, index) => {
    const root = roots[index];
    if (own[index]) statuses.set(c.id, 'own');
    else if (lastOwn[root] > index) statuses.set(c.id, 'answered');
    else if (hidden[root]) statuses.set(c.id, 'unknown');
    else statuses.set(c.id, 'unanswered');
  });
  return statuses;
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
