import type { PageKind } from '@/rules/snapshot';
import { plainPathname } from '@/utils/page/plain-path';

// X's address shapes: /<handle>, /<handle>/status/<id>, /home. The first path segment is a handle
// unless it is one of X's own routes.
const reservedRoutes = new Set([
  'home', 'explore', 'notifications', 'messages', 'i', 'search', 'settings', 'compose', 'login', 'logout',
  'signup', 'tos', 'privacy', 'jobs', 'hashtag', 'intent', 'share', 'account', 'lists', 'bookmarks',
]);

const handlePattern = /^[A-Za-z0-9_]{1,15}$/;
const statusPathPattern = /^\/([A-Za-z0-9_]{1,15})\/status(?:es)?\/(\d{1,25})(?:\/|$)/;
/** A tweet by id alone (links from notifications, e-mail and other apps): the address names no author. */
const bareStatusPathPattern = /^\/i\/(?:web\/)?status\/(\d{1,25})(?:\/|$)/;

export interface XAddress {
  kind: PageKind;
  /** Handle in the address (the profile's or the status's author), without @. */
  handle: string | null;
  statusId: string | null;
}

/** A link's path: without parsing for plain site-relative links, else through URL. */
function pathOf(href: string, base: string): string | null {
  return plainPathname(href) ?? toUrl(href, base)?.pathname ?? null;
}

function toUrl(href: string, base?: string): URL | null {
  try {
    return new URL(href, base ?? 'https://x.com/');
  } catch {
    return null;
  }
}

export function isXHost(hostname: string): boolean {
  return /(^|\.)(x|twitter)\.com$/i.test(hostname);
}

/** What kind of page an address is, and whose. */
export function readAddress(url: string): XAddress {
  const u = toUrl(url);
  if (!u) return { kind: 'unknown', handle: null, statusId: null };
  const bare = bareStatusPathPattern.exec(u.pathname);
  if (bare) return { kind: 'status', handle: null, statusId: bare[1] };
  const status = statusPathPattern.exec(u.pathname);
  if (status) return { kind: 'status', handle: status[1], statusId: status[2] };
  const segments = u.pathname.split('/').filter(Boolean);
  if (segments.length === 0 || segments[0] === 'home') return { kind: segments.length === 0 ? 'unknown' : 'timeline', handle: null, statusId: null };
  const first = segments[0];
  if (reservedRoutes.has(first.toLowerCase()) || !handlePattern.test(first)) return { kind: 'unknown', handle: null, statusId: null };
  // /<handle>, /<handle>/with_replies, /<handle>/media … are all the profile.
  return { kind: 'profile', handle: first, statusId: null };
}

/** The status id and author handle of a link to a tweet (/<handle>/status/<id>[/photo/1 …]). */
export function readStatusLink(href: string | null | undefined, base: string): { handle: string; id: string; bare: boolean } | null {
  if (!href) return null;
  const path = pathOf(href, base);
  if (path === null) return null;
  const m = statusPathPattern.exec(path);
  if (!m) return null;
  // "bare" = the link to the tweet itself, not to its photo, analytics or history.
  const bare = /^\/[^/]+\/status(?:es)?\/\d+\/?$/.test(path);
  return { handle: m[1], id: m[2], bare };
}

/** The handle a profile link (/<handle>) points at, or null for other links. */
export function readProfileLink(href: string | null | undefined, base: string): string | null {
  if (!href) return null;
  const path = pathOf(href, base);
  if (path === null) return null;
  const segments = path.split('/').filter(Boolean);
  if (segments.length !== 1) return null;
  const first = segments[0];
  return handlePattern.test(first) && !reservedRoutes.has(first.toLowerCase()) ? first : null;
}

/** Absolute https://x.com/… address of a path or link. */
export function absoluteUrl(href: string | null | undefined, base: string): string | null {
  if (!href) return null;
  const u = toUrl(href, base);
  return u ? u.href : null;
}

export function profileUrl(handle: string): string {
  return `https://x.com/${handle}`;
}

/** A status, and the photo or video X opens over it (/photo/1): the same conversation stays on the page. */
const conversationPathPattern = /^\/(?:i\/web|[A-Za-z0-9_]{1,15})\/status(?:es)?\/(\d{1,25})(?:\/(?:photo|video)\/\d{1,3})?\/?$/;

/**
 * What X shows over the page it was opened from, which stays under it: its box for a new post or a
 * reply, and its photo and video viewer (opened from a timeline, a profile or a quoted tweet as well
 * as from the status itself).
 */
const overPagePathPatterns = [
  /^\/compose\/(?:post|tweet)\/?$/,
  /^\/(?:i\/web|[A-Za-z0-9_]{1,15})\/status(?:es)?\/\d{1,25}\/(?:photo|video)\/\d{1,3}\/?$/,
];

/** Whether X shows the address as a dialog over the page it was opened from (see overPagePathPatterns). */
export function opensOver(url: string): boolean {
  const path = toUrl(url)?.pathname;
  return !!path && overPagePathPatterns.some((pattern) => pattern.test(path));
}

/** Which conversation an address shows ("status:<id>"), or null for any other page: two addresses with the same show the same replies. */
export function threadOf(url: string): string | null {
  const path = toUrl(url)?.pathname;
  const status = path ? conversationPathPattern.exec(path) : null;
  return status ? `status:${status[1]}` : null;
}
