import { allOfFirstMatching, firstOfFirstMatching } from '@/utils/page/query-fallbacks';

/**
 * Every selector the Facebook adapter uses, semantic hooks first (role, aria-*, data-pagelet,
 * data-ad-*, comment_id in link hrefs), fallbacks in order. Facebook's class names are atomic and
 * churn, so none are used. Each selector lists the fixture files it must match and how many
 * elements it matches there (whole document); `tests/fixtures/facebook-selectors.test.ts` checks
 * every pair. Fixture paths: `real/…` = the shared real saved pages, `facebook/…` =
 * tests/fixtures/facebook, `demo/…` = demo/facebook.
 */
export interface SelectorSpec {
  /** CSS selectors, tried in order; the first that matches anything wins. */
  css: readonly string[];
  /** [fixture file, number of matches of the first css selector in that whole document]. */
  fixtures: ReadonlyArray<readonly [string, number]>;
}

const spec = (css: string[], fixtures: Array<[string, number]>): SelectorSpec => ({ css, fixtures });

/** A comment or reply: an article with an aria-label ("Comment by …", "Kommentar från …"). */
export const commentArticle = spec(['[role="article"][aria-label]'], [
  ['real/facebook/post-with-comments-en-2025.html', 10],
  ['facebook/post-sv.html', 14],
  ['facebook/post-en.html', 8],
  ['facebook/thread-en.html', 21],
  ['facebook/hostile-sv.html', 6],
  ['demo/post.html', 32],
]);

/** A post: an article without an aria-label; feeds also number them with aria-posinset. */
export const postArticle = spec(['[role="article"]:not([aria-label])', '[aria-posinset]'], [
  ['real/facebook/post-with-comments-en-2025.html', 1],
  ['facebook/post-sv.html', 1],
  ['facebook/post-en.html', 1],
  ['facebook/page-sv.html', 3],
  ['demo/post.html', 1],
  ['demo/page.html', 3],
]);

/** The post author's name link. */
export const postAuthorLink = spec(
  ['[data-ad-rendering-role="profile_name"] a[href]', 'h2 a[href]', 'h3 a[href]', 'strong a[href]'],
  [
    ['real/facebook/post-with-comments-en-2025.html', 1],
    ['facebook/post-sv.html', 1],
    ['facebook/post-en.html', 1],
    ['facebook/page-sv.html', 3],
    ['demo/post.html', 1],
  ],
);

/** The post's text. */
export const postMessage = spec(
  ['[data-ad-preview="message"]', '[data-ad-rendering-role="story_message"]', '[data-ad-comet-preview="message"]'],
  [
    ['real/facebook/post-with-comments-en-2025.html', 1],
    ['facebook/post-sv.html', 1],
    ['facebook/page-sv.html', 3],
    ['demo/post.html', 1],
  ],
);

/** Links to a post itself (its time link): permalink shapes, never a comment's link. */
export const postPermalink = spec(
  [
    'a[href*="/posts/"]:not([href*="comment_id="])',
    'a[href*="/permalink.php"]:not([href*="comment_id="])',
    'a[href*="story_fbid="]:not([href*="comment_id="])',
    'a[href*="/videos/"]:not([href*="comment_id="])',
    'a[href*="/photo"]:not([href*="comment_id="])',
  ],
  [
    ['real/facebook/post-with-comments-en-2025.html', 1],
    ['facebook/post-sv.html', 1],
    ['facebook/page-sv.html', 3],
  ],
);

/** Links that carry a comment's id: the comment's avatar, name and time links. */
export const commentIdLink = spec(['a[href*="comment_id="]'], [
  // avatar, name and time link of each comment
  ['real/facebook/post-with-comments-en-2025.html', 30],
  ['facebook/post-sv.html', 42],
  ['demo/post.html', 96],
]);

/** A comment's name link: the visible (not aria-hidden) profile link carrying the comment_id. */
export const commentAuthorLink = spec(['a[aria-hidden="false"][href*="comment_id="]'], [
  ['real/facebook/post-with-comments-en-2025.html', 10],
  ['facebook/post-sv.html', 14],
  ['demo/post.html', 32],
]);

/** A comment's time link: in the action row under the text, a comment_id link. */
export const commentTimeLink = spec(['ul a[href*="comment_id="]', 'li a[href*="comment_id="]'], [
  ['real/facebook/post-with-comments-en-2025.html', 10],
  ['facebook/post-sv.html', 14],
  ['facebook/post-en.html', 8],
  ['facebook/thread-en.html', 21],
  ['demo/post.html', 32],
]);

/** Lines of text in comments and posts. */
export const textLine = spec(['div[dir="auto"]'], [
  // the post's wrapper and 2 lines, one line in each of 14 comments
  ['facebook/post-sv.html', 17],
  ['facebook/post-en.html', 10],
]);

/** Buttons: "Visa mer", "Visa fler svar", … are told apart by labels.ts. */
export const button = spec(['[role="button"]'], [
  // 14 × (Gilla, Svara) + 4 badges + Visa mer + 2 hidden-reply buttons + count + 3 post actions + sort + Din profil
  ['facebook/post-sv.html', 41],
]);

/** Old and future markup: a machine-readable time. */
export const machineTime = spec(['time[datetime]', 'abbr[data-utime]'], [
  // Facebook shows no machine-readable times today; kept for older and future markup.
  ['real/facebook/post-with-comments-en-2025.html', 0],
]);

/** The intro tiles on a page or profile (who runs it, contact, website). */
export const profileIntro = spec(['[data-pagelet="ProfileTilesFeed_0"]', '[data-pagelet^="ProfileTilesFeed"]'], [
  ['real/facebook/post-with-comments-en-2025.html', 0],
  ['facebook/page-sv.html', 1],
  ['demo/page.html', 1],
]);

/**
 * Text blocks in the intro tiles; the bio is the first before the rows with icons (category, address,
 * phone, website), apart from the heading ("Presentation", "Intro"). Facebook's intro bio holds 101 characters.
 */
export const profileIntroText = spec(['[data-pagelet^="ProfileTilesFeed"] [dir="auto"]'], [
  ['real/facebook/post-with-comments-en-2025.html', 0],
  ['facebook/page-sv.html', 1],
  ['demo/page.html', 1],
]);

/** The about page's sections. */
export const aboutSection = spec(['[data-pagelet^="ProfileAppSection"]'], [
  ['demo/about.html', 1],
]);

/** The page's or profile's name heading. */
export const profileName = spec(['[role="main"] h1', 'h1'], [
  ['facebook/page-sv.html', 1],
  ['demo/page.html', 1],
  ['demo/about.html', 1],
]);

/** The signed-in account's button in the top bar (aria-label from labels.yourProfile). */
export const signedInButton = spec(['[aria-label="Din profil"]', '[aria-label="Ditt konto"]', '[aria-label="Your profile"]', '[aria-label="Account"]'], [
  ['real/facebook/post-with-comments-en-2025.html', 0],
  ['facebook/post-sv.html', 1],
  ['facebook/post-en.html', 0],
  ['demo/post.html', 1],
  ['demo/about.html', 1],
]);

/** The comment box. */
export const composer = spec(['[role="textbox"][contenteditable="true"]', 'div[contenteditable="true"]', 'textarea'], [
  ['real/facebook/post-with-comments-en-2025.html', 0],
  ['facebook/post-sv.html', 1],
  ['facebook/post-en.html', 0],
  ['facebook/thread-en.html', 1],
  ['demo/post.html', 1],
]);

/** The page's canonical address (post id, owner). */
export const canonicalLink = spec(['link[rel="canonical"]'], [
  ['real/facebook/post-with-comments-en-2025.html', 1],
  ['facebook/post-sv.html', 1],
]);

export const selectors = {
  commentArticle, postArticle, postAuthorLink, postMessage, postPermalink, commentIdLink, commentAuthorLink, commentTimeLink,
  textLine, button, machineTime, profileIntro, profileIntroText, aboutSection, profileName, signedInButton, composer, canonicalLink,
} as const;

export type SelectorName = keyof typeof selectors;

/** All matches of the first css selector that matches anything. Never throws. */
export function queryAll(root: ParentNode, sel: SelectorSpec): Element[] {
  return allOfFirstMatching(root, sel.css);
}

/** The first match of the first css selector that matches anything. Never throws. */
export function queryFirst(root: ParentNode, sel: SelectorSpec): Element | null {
  return firstOfFirstMatching(root, sel.css);
}

/**
 * `css` restricted to elements outside every comment, as one selector, so the browser skips the
 * thread itself instead of the script filtering thousands of matches one by one.
 */
export function outsideComments(css: readonly string[]): string {
  const within = commentArticle.css.map((c) => `${c} *`).join(', ');
  return css.map((c) => `${c}:not(${within})`).join(', ');
}
