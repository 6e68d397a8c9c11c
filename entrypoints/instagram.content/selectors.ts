// Every selector the Instagram adapter uses, each with its fallbacks in order and, refined-github
// style, the fixtures it must match and how many elements the first matching fallback finds there
// (paths relative to the repository root; `tests/fixtures/instagram-selectors.test.ts` checks them).
// Instagram's `_a…`/`x…` classes churn, so none is used: only structure, <time datetime>, link
// shapes (`/<user>/`, `/p/<code>/c/<id>/`), aria-labels and roles.

import { labelText } from './read-text';
import { anyLanguage, isLoadMoreCommentsLabel, labels, viewRepliesPattern } from './labels';
import { commentLinkFromHref, shortcodeFromHref, usernameFromHref } from './urls';

export interface SelectorSpec {
  /** Fallbacks, in the order tried; the first that matches anything (that `keep` keeps) wins. */
  css: readonly string[];
  /** What CSS cannot say (link shapes, label text): matches it rejects do not count. */
  keep?: (el: Element) => boolean;
  /** [fixture path, count the first matching fallback finds (and keeps) in the whole document]. */
  fixtures: ReadonlyArray<readonly [string, number]>;
}

const isProfileLink = (el: Element): boolean => usernameFromHref(el.getAttribute('href')) !== null;
const profileLabels = new Set(anyLanguage('profileLink').map((l) => l.toLowerCase()));
/** "sjovikskommuns profilbild" / "sjovikskommun's profile picture". */
export const avatarAltPattern = /^(.+?)(?:s|'s|’s) (?:profilbild|profile picture)$/iu;

const svPost = 'tests/fixtures/instagram/post-sv.html';
const enPost = 'tests/fixtures/instagram/post-dialog-en.html';
const hostile = 'tests/fixtures/instagram/post-hostile-en.html';
const divPost = 'tests/fixtures/instagram/post-divs-sv.html';
const svProfile = 'tests/fixtures/instagram/profile-sv.html';
const enProfile = 'tests/fixtures/instagram/profile-loggedout-en.html';
const demoPost = 'demo/instagram/post.html';
const demoProfile = 'demo/instagram/profile.html';

/**
 * The post being viewed: the dialog over a feed or profile first, then the post page's own article.
 * A dialog without an article still comes before the feed's articles under it; one without a time
 * (cookies, "log in") holds no post.
 */
export const postRoot: SelectorSpec = {
  css: ['div[role="dialog"] article', 'div[role="dialog"]', 'main article', 'article', 'main'],
  keep: (el) => el.getAttribute('role') !== 'dialog' || el.getElementsByTagName('time')[0] !== undefined,
  fixtures: [[svPost, 1], [enPost, 1], [hostile, 1], [divPost, 1], [demoPost, 1]],
};

/** Links in the post's header; the adapter keeps the first that is a profile link `/<user>/`. */
export const postAuthorLink: SelectorSpec = {
  css: ['header a[href]', 'h2 a[href]', 'a[href]'],
  keep: isProfileLink,
  fixtures: [[svPost, 2], [enPost, 2], [hostile, 2], [divPost, 2], [demoPost, 2]],
};

/** The caption's text: an h1 in recent markup. */
export const caption: SelectorSpec = {
  css: ['h1[dir="auto"]', 'h1'],
  fixtures: [[svPost, 1], [enPost, 1], [hostile, 1], [divPost, 1], [demoPost, 1]],
};

/**
 * A comment's time: inside its permalink `/p/<code>/c/<id>/` first; failing that any <time> (the
 * adapter then leaves out the caption's and the post's own and makes up an id).
 */
export const commentTime: SelectorSpec = {
  css: ['a[href*="/c/"] time', 'li time', 'time'],
  fixtures: [[svPost, 11], [enPost, 9], [hostile, 6], [divPost, 33], [demoPost, 33]],
};

/** A comment's own element: its list item. The adapter climbs from the time when there is none. */
export const commentItem: SelectorSpec = {
  css: ['li'],
  fixtures: [[svPost, 19], [enPost, 15], [hostile, 7], [divPost, 0], [demoPost, 43]],
};

/** The commenter: the username heading's link first, then any profile link in the comment. */
export const commentAuthorLink: SelectorSpec = {
  css: ['h3 a[href]', 'h2 a[href]', 'a[href]'],
  keep: isProfileLink,
  fixtures: [[svPost, 11], [enPost, 9], [hostile, 6], [divPost, 33], [demoPost, 33]],
};

/** The comment's text: the first dir=auto span outside the username heading. */
export const commentText: SelectorSpec = {
  css: ['span[dir="auto"]', 'div[dir="auto"]'],
  fixtures: [[svPost, 11], [enPost, 9], [hostile, 6], [divPost, 33], [demoPost, 33]],
};

/** Longer than any "Visa alla 1 234 svar" / "View all 1,234 replies" with the markup's spacing around it. */
const LONGEST_REPLIES_LABEL = 2000;
const NAMES_REPLIES = /svar|repl/i;
/** How every such label starts (see viewRepliesPattern): a wrapped comment starts with its writer's name. */
const STARTS_LIKE_REPLIES = /^[\s—–-]*(?:visa|view|se|see)\s/i;
/** Every "load more comments" label names them (see labels.ts). */
const NAMES_COMMENTS = /kommentar|comment/i;

/** Buttons; the adapter keeps those reading "Visa svar (3)" / "View replies (3)" (see labels.ts). */
export const repliesButton: SelectorSpec = {
  css: ['[role="button"]', 'button'],
  keep: (el) => {
    // Instagram wraps whole comments in role="button" too: only a text that names replies, and is not
    // a long comment's, is squeezed and matched.
    const raw = el.textContent ?? '';
    if (raw.length > LONGEST_REPLIES_LABEL || !STARTS_LIKE_REPLIES.test(raw) || !NAMES_REPLIES.test(raw)) return false;
    const match = viewRepliesPattern.exec(labelText(el));
    return match !== null && (match[1] === undefined || Number(match[1].replace(/\D/g, '')) > 0);
  },
  fixtures: [[svPost, 2], [enPost, 2], [hostile, 0], [divPost, 2], [demoPost, 2]],
};

/** The comment box. */
export const composer: SelectorSpec = {
  css: [
    ...[...labels.sv.addComment, ...labels.en.addComment].map((label) => `textarea[aria-label="${label}"]`),
    'form textarea',
    '[role="textbox"][contenteditable="true"]',
  ],
  fixtures: [[svPost, 1], [enPost, 1], [hostile, 1], [divPost, 1], [demoPost, 1]],
};

/**
 * The navigation sidebar, where the signed-in account's link reads "Profil"/"Profile" (see
 * read-signed-in.ts). The landmark, not its links: a search for "links inside a landmark" climbs
 * from every link of every comment added while scrolling; one for the landmark does not.
 */
export const navLandmark: SelectorSpec = {
  css: ['[role="navigation"]', 'nav'],
  fixtures: [[svPost, 1], [enPost, 1], [hostile, 0], [divPost, 1], [svProfile, 1], [enProfile, 0], [demoPost, 1], [demoProfile, 1]],
};

/** The signed-in account's link: to `/<username>/`, reading "Profil"/"Profile" or showing its profile picture. */
export const isSignedInLink = (a: Element): boolean =>
  isProfileLink(a) &&
  (profileLabels.has(labelText(a).toLowerCase()) || avatarAltPattern.test(a.querySelector('img[alt]')?.getAttribute('alt') ?? ''));

/** The profile page's header: username, counts, name, bio and link. */
export const profileHeader: SelectorSpec = {
  css: ['main header', 'header'],
  fixtures: [[svProfile, 1], [enProfile, 1], [demoProfile, 1]],
};

/** The username in the profile header. */
export const profileUsername: SelectorSpec = {
  css: ['h2', 'h1'],
  keep: (el) => /^[A-Za-z0-9._]{1,30}$/.test(labelText(el)),
  fixtures: [[svProfile, 1], [enProfile, 1], [demoProfile, 1]],
};

/**
 * The bio alone, apart from the name, category and link around it: Instagram shows it in the header's
 * h1 (the username is its h2). A suggested bio then keeps what it says and adds within the 150 characters.
 */
export const profileBio: SelectorSpec = {
  css: ['header section h1', 'header h1'],
  keep: (el) => !/^[A-Za-z0-9._]{1,30}$/.test(labelText(el)),
  fixtures: [[svProfile, 1], [enProfile, 1], [demoProfile, 1]],
};

/** The counts row ("1 234 inlägg", "5 678 följare"): left out of the profile text. */
export const profileCounts: SelectorSpec = {
  css: ['header ul'],
  fixtures: [[svProfile, 1], [enProfile, 1], [demoProfile, 1]],
};

/** Post links in the profile grid (and "more posts" under a post); their image alt carries the date. */
export const gridPostLink: SelectorSpec = {
  css: ['main a[href*="/p/"]', 'a[href*="/p/"]'],
  keep: (a) => shortcodeFromHref(a.getAttribute('href')) !== null && !commentLinkFromHref(a.getAttribute('href')),
  fixtures: [[svProfile, 4], [enProfile, 2], [demoProfile, 6]],
};

/**
 * The post's "Läs in fler kommentarer" / "Load more comments" button, an icon known by its label (the
 * svg's title, or its aria-label): the post has comments the page does not show yet. The same
 * fallbacks as `repliesButton`, so the adapter reuses that walk of the page instead of another.
 */
export const loadMoreComments: SelectorSpec = {
  css: repliesButton.css,
  keep: (el) => {
    const raw = el.textContent ?? '';
    if (raw.length > 100) return false; // a comment wrapped in role="button"
    // A shown text is the label, and every such label names comments: the many short buttons that do
    // not ("Svara", "Gilla", a short comment) are not squeezed.
    if (/\S/.test(raw)) return NAMES_COMMENTS.test(raw) && isLoadMoreCommentsLabel(labelText(el));
    const label = el.getAttribute('aria-label') || el.querySelector('svg[aria-label]')?.getAttribute('aria-label') || '';
    return isLoadMoreCommentsLabel(label);
  },
  fixtures: [[svPost, 1], [enPost, 0], [divPost, 1], [demoPost, 1]],
};

export const selectors = {
  postRoot,
  postAuthorLink,
  caption,
  commentTime,
  commentItem,
  commentAuthorLink,
  commentText,
  repliesButton,
  loadMoreComments,
  composer,
  navLandmark,
  profileHeader,
  profileUsername,
  profileBio,
  profileCounts,
  gridPostLink,
} as const;

export type SelectorName = keyof typeof selectors;
