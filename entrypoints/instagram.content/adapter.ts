// Instagram page → snapshot. Read-only, never throws: each part is read on its own, and a part that
// fails or finds nothing where the page should have something becomes a LayoutMiss.
import type { LayoutMiss, PageSnapshot } from '@/rules/snapshot';
import type { AdapterResult } from '@/utils/page/adapter';
import { once, type ReadMemo } from '@/utils/page/read-memo';
import { anyLanguage } from './labels';
import { readComments } from './read-comments';
import { findPostRoot, readPost } from './read-post';
import { readProfile, readRecentPostTimes } from './read-profile';
import { readSignedIn } from './read-signed-in';
import { labelText } from './read-text';
import { selectKept } from './select';
import { composer as composerSpec, loadMoreComments } from './selectors';
import type { Strategies } from './strategies';
import { pageKindFromUrl } from './urls';

export interface InstagramAdapterResult extends AdapterResult {
  /** Which fallback each part was read with (debug only; not part of the snapshot). */
  strategies: Strategies;
}

const replyLabels = new Set(anyLanguage('reply').map((l) => l.toLowerCase()));

function uiLanguageOf(doc: Document): string {
  const lang = (doc.documentElement?.getAttribute('lang') ?? '').trim().toLowerCase();
  return /^[a-z]{2,3}/.exec(lang)?.[0] ?? 'en';
}

/** Signs that comments are on show even though none was read: then the layout was not recognised. */
function showsAThread(root: Element | ShadowRoot): boolean {
  const replyButton = Array.from(root.querySelectorAll('button, [role="button"]')).some((b) =>
    replyLabels.has(labelText(b).toLowerCase()),
  );
  return replyButton || root.querySelectorAll('time').length > 1;
}

/** Elements of a post looked through for a shadow root: bounded, as a page whose comments went unread may be any size. */
const MOST_SHADOW_HOSTS_LOOKED_AT = 20_000;

/** Comments drawn inside an open shadow root show on the screen, out of the selectors' reach. */
function showsAThreadInShadow(root: Element): boolean {
  let looked = 0;
  for (const el of root.querySelectorAll('*')) {
    if (++looked > MOST_SHADOW_HOSTS_LOOKED_AT) return false;
    if (el.shadowRoot && showsAThread(el.shadowRoot)) return true;
  }
  return false;
}

export function readPage(doc: Document, url: string, now: Date, memo?: ReadMemo): InstagramAdapterResult {
  const strategies: Strategies = {};
  const misses: LayoutMiss[] = [];
  const attempt = <T>(part: string, read: () => T, fallback: T): T => {
    try {
      return read();
    } catch (error) {
      misses.push({ part, detail: `reading failed: ${String(error).slice(0, 160)}` });
      return fallback;
    }
  };

  const snapshot: PageSnapshot = {
    platform: 'instagram',
    pageKind: attempt('url', () => pageKindFromUrl(url), 'unknown'),
    url,
    capturedAt: Number.isFinite(now.getTime()) ? now.toISOString() : new Date(0).toISOString(),
    pageOwner: null,
    signedIn: null,
    post: null,
    comments: [],
    profileText: null,
    recentPostTimes: [],
    uiLanguage: attempt('uiLanguage', () => uiLanguageOf(doc), 'en'),
    misses,
  };
  let elements = new Map<string, Element>();
  let composer: Element | null = null;
  let replyBoxes: Element[] = [];

  snapshot.signedIn = attempt('navLandmark', () => once(memo, 'signedIn', () => readSignedIn(doc, strategies, memo)), null);

  if (snapshot.pageKind === 'post') {
    const root = attempt('postRoot', () => once(memo, 'postRoot', () => findPostRoot(doc, strategies, memo)), null);
    if (!root) {
      misses.push({ part: 'postRoot', detail: 'no dialog, article or main element holds the post' });
    } else {
      const read = attempt('caption', () => once(memo, 'post', () => readPost(root, url, now, strategies, memo)), null);
      if (read) {
        snapshot.post = { ...read.post }; // a copy: the read of the post is kept for the whole scan
        snapshot.pageOwner = read.post.author;
        if (read.post.postedAt) snapshot.recentPostTimes = [read.post.postedAt];
        if (!read.post.author) misses.push({ part: 'postAuthorLink', detail: "no profile link in the post's header" });
        if (!read.captionItem && !read.post.postedAt) {
          misses.push({ part: 'caption', detail: 'neither a caption nor the post time was found' });
        }
        const thread = attempt('commentTime', () => readComments(root, read.captionItem, now, strategies, memo, read.post.author), null);
        if (thread) {
          elements = thread.elements;
          snapshot.comments = thread.comments;
          misses.push(...thread.misses);
          if (thread.comments.length === 0 && !memo?.ranOut && attempt('commentTime', () => showsAThread(root), false)) {
            // Comments are found by their times: with none read, every comment was missed, and the notice names both.
            misses.push({ part: 'commentItem', detail: 'the page shows comments but none was recognised' });
            misses.push({ part: 'commentTime', detail: 'no comment time was found, and comments are found by their times' });
          } else if (thread.comments.length === 0 && !memo?.ranOut && attempt('commentItem', () => showsAThreadInShadow(root), false)) {
            misses.push({ part: 'commentItem', detail: 'the comments are drawn inside a shadow root, which Uppsikt does not read' });
          }
        }
        const loadMore = () => selectKept(root, loadMoreComments, 'loadMoreComments', memo, { walksOf: 'repliesButton', sliced: true }).elements;
        if (attempt('loadMoreComments', () => loadMore().length > 0, false)) {
          snapshot.post.hiddenComments = true;
        }
      }
      replyBoxes = attempt('composer', () => once(memo, 'composer', () => selectKept(doc, composerSpec, 'composer', memo).elements), [] as Element[]);
      composer = replyBoxes[0] ?? null;
    }
  } else if (snapshot.pageKind === 'profile') {
    const profile = attempt('profileHeader', () => readProfile(doc, url, strategies), null);
    if (profile) {
      snapshot.pageOwner = profile.owner;
      snapshot.profileText = profile.profileText;
      snapshot.bioText = profile.bioText;
      snapshot.followersShown = profile.followersShown;
      if (!profile.header) misses.push({ part: 'profileHeader', detail: 'no header with the profile was found' });
    }
    snapshot.recentPostTimes = attempt('gridPostLink', () => readRecentPostTimes(doc, now), []);
  }

  return { snapshot, elements, composer, replyBoxes, strategies };
}
