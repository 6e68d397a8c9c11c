// Instagram's link shapes: the stable part of its markup. Pure string work, no DOM.
import type { PageKind } from '@/rules/snapshot';
import { plainPathname } from '@/utils/page/plain-path';

export const origin = 'https://www.instagram.com';

/** First path segments that are Instagram's own pages, never a username. */
const reservedSegments = new Set([
  'p', 'reel', 'reels', 'tv', 'explore', 'accounts', 'stories', 'direct', 'about', 'legal', 'developer',
  'web', 'challenge', 'emails', 'session', 'privacy', 'terms', 'directory', 'locations', 'topics', 'api',
  'static', 'oauth', 'lite', 'download', 'press', 'blog', 'help', 'threads',
]);

const usernamePattern = /^[A-Za-z0-9._]{1,30}$/;

function pathOf(href: string): string | null {
  const plain = plainPathname(href);
  if (plain) return plain;
  try {
    const parsed = new URL(href, origin);
    if (!/(^|\.)instagram\.com$/i.test(parsed.hostname)) return null;
    return parsed.pathname;
  } catch {
    return null;
  }
}

/** The link Instagram's link shim (l.instagram.com/?u=…) wraps; any other link as it is. */
function unshimmed(href: string): string {
  if (!/^https?:\/\/l\.instagram\.com\//i.test(href)) return href;
  try {
    return new URL(href).searchParams.get('u') ?? href;
  } catch {
    return href;
  }
}

/** The username a profile link `/<username>/` points to (also through the link shim), or null for any other link. */
export function usernameFromHref(href: string | null): string | null {
  if (!href) return null;
  const path = pathOf(unshimmed(href));
  if (!path) return null;
  const segments = path.split('/').filter(Boolean);
  if (segments.length !== 1) return null;
  const [name] = segments;
  if (!usernamePattern.test(name) || reservedSegments.has(name.toLowerCase())) return null;
  return name;
}

export function profileUrl(username: string): string {
  return `${origin}/${username}/`;
}

export interface CommentLink {
  shortcode: string;
  /** The comment's own id (for a reply link `/c/<parent>/r/<id>/`, the reply's). */
  id: string;
  /** Present only in reply links `/c/<parent>/r/<id>/`. */
  parentId: string | null;
  permalink: string;
}

/** `/p/<shortcode>/c/<commentId>/` or `/p/<shortcode>/c/<parentId>/r/<replyId>/`. */
export function commentLinkFromHref(href: string | null): CommentLink | null {
  if (!href) return null;
  const path = pathOf(href);
  if (!path) return null;
  const match = /^\/(?:[A-Za-z0-9._]+\/)?(?:p|reel)\/([A-Za-z0-9_-]+)\/c\/(\d+)\/(?:r\/(\d+)\/?)?$/.exec(
    path.endsWith('/') ? path : `${path}/`,
  );
  if (!match) return null;
  const [, shortcode, first, reply] = match;
  return {
    shortcode,
    id: reply ?? first,
    parentId: reply ? first : null,
    permalink: reply ? `${origin}/p/${shortcode}/c/${first}/r/${reply}/` : `${origin}/p/${shortcode}/c/${first}/`,
  };
}

/** The shortcode of a post link `/p/<shortcode>/` (or `/reel/…`, `/<user>/p/…`), else null. */
export function shortcodeFromHref(href: string | null): string | null {
  if (!href) return null;
  const path = pathOf(href);
  if (!path) return null;
  const match = /^\/(?:[A-Za-z0-9._]+\/)?(?:p|reel|tv)\/([A-Za-z0-9_-]+)\/?$/.exec(path);
  return match ? match[1] : null;
}

export function postUrl(shortcode: string): string {
  return `${origin}/p/${shortcode}/`;
}

export function pageKindFromUrl(url: string): PageKind {
  if (shortcodeFromHref(url)) return 'post';
  if (usernameFromHref(url)) return 'profile';
  const path = pathOf(url);
  if (path === '/' || path === '') return 'timeline';
  return 'unknown';
}

/**
 * Which post an address shows ("post:<shortcode>"), or null for any other page: the post itself
 * (/p/, /reel/, /<user>/p/), a comment's link in it (/c/<id>/) or a list opened over it (/liked_by/).
 */
export function threadOf(url: string): string | null {
  const path = pathOf(url);
  const post = path ? /^\/(?:[A-Za-z0-9._]+\/)?(?:p|reel|tv)\/([A-Za-z0-9_-]+)(?:\/|$)/.exec(path) : null;
  return post ? `post:${post[1]}` : null;
}
