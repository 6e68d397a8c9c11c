import type { AuthorRef, PageKind } from '@/rules/snapshot';
import { linkParts, type LinkParts } from './link-parts';

/** First path segments that are Facebook features, not profiles or pages. */
const NOT_PROFILES = new Set([
  'l.php', 'photo', 'photo.php', 'photos', 'watch', 'groups', 'events', 'hashtag', 'share', 'story.php',
  'permalink.php', 'login', 'login.php', 'reel', 'reels', 'stories', 'marketplace', 'gaming', 'help',
  'privacy', 'policies', 'settings', 'notifications', 'messages', 'friends', 'bookmarks', 'search',
  'home.php', 'recover', 'pages', 'ads', 'business', 'legal', 'ufi', 'sharer', 'sharer.php', 'dialog', 'me',
]);

const FACEBOOK_HOST = /(^|\.)facebook\.com$/i;

/**
 * A profile or page link reduced to the profile itself (tracking and comment parameters dropped):
 * `https://www.facebook.com/name?comment_id=…&__cft__…` → `https://www.facebook.com/name`.
 * Null for links that are not to a profile.
 */
export function profileFromHref(href: string | null | undefined, base: string, unwrapped = false): { url: string; handle: string | null } | null {
  const u = linkParts(href, base);
  if (!u || !FACEBOOK_HOST.test(u.hostname)) return null;
  // Facebook's link shim (l.facebook.com/l.php?u=…) is a profile only when what it wraps is one (once: no shim in a shim).
  if (u.hostname.startsWith('l.')) return unwrapped ? null : profileFromHref(u.param('u'), base, true);
  const segments = u.pathname.split('/').filter(Boolean);
  const origin = 'https://www.facebook.com';
  if (segments[0] === 'profile.php') {
    const id = u.param('id');
    return id && /^\d+$/.test(id) ? { url: `${origin}/profile.php?id=${id}`, handle: null } : null;
  }
  if (segments[0] === 'p') {
    // /p/<Name>-<id>/ is how Facebook addresses a profile.php?id=<id> page to visitors: the same profile.
    const id = /(?:^|-)(\d{5,})$/.exec(segments[1] ?? '')?.[1];
    return id ? { url: `${origin}/profile.php?id=${id}`, handle: null } : null;
  }
  if (segments[0] === 'people' && segments.length >= 3) {
    return { url: `${origin}/people/${segments[1]}/${segments[2]}`, handle: null };
  }
  const first = segments[0];
  if (!first || NOT_PROFILES.has(first.toLowerCase()) || !/^[\p{L}\p{N}.\-_]+$/u.test(first)) return null;
  return { url: `${origin}/${first}`, handle: first };
}

export function authorFromLink(name: string, href: string | null | undefined, base: string): AuthorRef {
  const profile = profileFromHref(href, base);
  return { name, handle: profile?.handle ?? null, url: profile?.url ?? null };
}

/**
 * Facebook comment ids come as numbers (`comment_id=1772521800368774`) or base64 of
 * `comment:<postId>_<commentId>`. Returns the comment's own number, or the raw value if unknown.
 */
export function decodeCommentId(raw: string | null | undefined): { commentId: string; postId: string | null } | null {
  const value = raw?.trim();
  if (!value || value.length > 200) return null;
  if (/^\d+$/.test(value)) return { commentId: value, postId: null };
  try {
    const decoded = atob(value.replace(/-/g, '+').replace(/_/g, '/'));
    const m = /^comment:(\d+)_(?:\d+_)?(\d+)$/.exec(decoded);
    if (m) return { commentId: m[2], postId: m[1] };
  } catch {
    // Not base64: keep the raw value as the key.
  }
  return /^[\w=%-]+$/.test(value) ? { commentId: value, postId: null } : null;
}

/** A comment link's ids: `reply_comment_id` is the reply itself and `comment_id` its parent. */
export function commentIdsFromHref(href: string | null | undefined, base: string): { id: string; parentId: string | null; postId: string | null } | null {
  const u = linkParts(href, base);
  return u ? commentIdsOf(u) : null;
}

function commentIdsOf(u: LinkParts): { id: string; parentId: string | null; postId: string | null } | null {
  const top = decodeCommentId(u.param('comment_id'));
  const reply = decodeCommentId(u.param('reply_comment_id'));
  if (reply) return { id: reply.commentId, parentId: top?.commentId ?? null, postId: reply.postId ?? top?.postId ?? null };
  return top ? { id: top.commentId, parentId: null, postId: top.postId } : null;
}

/** A link without Facebook's tracking parameters (`__cft__`, `__tn__`), absolute. */
export function cleanLink(href: string | null | undefined, base: string): string | null {
  return linkParts(href, base)?.withoutTracking() ?? null;
}

/** A comment's link read once (parsing is the costly part of reading a comment): its ids and its clean permalink. */
export function readCommentLink(href: string | null | undefined, base: string): { ids: ReturnType<typeof commentIdsOf>; permalink: string | null } {
  const u = linkParts(href, base);
  if (!u) return { ids: null, permalink: null };
  return { ids: commentIdsOf(u), permalink: u.withoutTracking() };
}

/** The post id in a permalink: `/posts/<id>`, `story_fbid=<id>`, `/permalink/<id>`, `/videos/<id>`, a trailing number. */
export function postIdFromHref(href: string | null | undefined, base: string): string | null {
  const u = linkParts(href, base);
  if (!u) return null;
  const fromQuery = u.param('story_fbid') ?? u.param('fbid') ?? u.param('v');
  if (fromQuery && /^(?:\d+|pfbid\w+)$/.test(fromQuery)) return fromQuery;
  const m = /\/(?:posts|permalink|videos|reel)\/(?:[^/]+\/)*?(\d{6,}|pfbid\w+)\/?$/.exec(u.pathname)
    ?? /\/(?:posts|permalink|videos|reel)\/(\d{6,}|pfbid\w+)/.exec(u.pathname)
    ?? /\/(\d{8,})\/?$/.exec(u.pathname);
  return m ? m[1] : null;
}

/** What kind of page the address is. */
export function pageKindFromUrl(url: string): PageKind {
  let u: URL;
  try {
    u = new URL(url); // the page's own address is absolute; anything else is not a Facebook page
  } catch {
    return 'unknown';
  }
  if (!FACEBOOK_HOST.test(u.hostname)) return 'unknown';
  const path = u.pathname;
  if (/\/(?:posts|permalink|videos|photos|reel)\/|^\/(?:permalink|story|photo)\.php|^\/photo\/?$|^\/watch\/?$/.test(path) || u.searchParams.has('story_fbid')) return 'post';
  if (path === '/' || path === '/home.php' || path === '') return 'timeline';
  if (path === '/profile.php') return 'profile';
  const segments = path.split('/').filter(Boolean);
  if (segments.length >= 1 && !NOT_PROFILES.has(segments[0].toLowerCase())) return 'profile';
  return 'unknown';
}

/**
 * Which post an address shows ("post:<id>"), or null for any other page: the same post whether or
 * not the address names a comment in it (?comment_id=, which Facebook adds when one is opened).
 */
export function threadOf(url: string): string | null {
  if (pageKindFromUrl(url) !== 'post') return null;
  const id = postIdFromHref(url, url);
  return id ? `post:${id}` : null;
}
