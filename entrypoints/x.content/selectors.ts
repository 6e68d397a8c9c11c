import { allOfFirstMatching, firstOfFirstMatching } from '@/utils/page/query-fallbacks';
import { xLabels } from './labels';
import type { ReadMemo } from '@/utils/page/read-memo';

// Every selector the X adapter uses, named, data-testid first (they survive X's redesigns and do not
// change with the UI language), with fallbacks in order. Each is paired with the saved pages it must
// match and how many elements it matches there (whole document); tests/fixtures/x-selectors.test.ts
// checks every pair, so a markup change shows up as a failing count, not as a silent miss.
//
// Fixture paths: `real/x/…` = the shared real saved pages, `x/…` = tests/fixtures/x/, `demo/x/…` = demo pages.

export interface XSelector {
  /** Preferred selector. */
  css: string;
  /** Tried in order when `css` finds nothing. */
  fallbacks?: string[];
  /** [fixture path, number of elements `css` matches in the whole document]. */
  fixtures: Array<[string, number]>;
}

/**
 * The timeline / conversation list's cells: one tweet, a "show replies" link or a button each. Without
 * the data-testid, X's virtual list still places each cell itself (`transform: translateY(…)`) in the
 * timeline region (`section[role=region] > div[aria-label] > div`), in any UI language.
 */
export const cell: XSelector = {
  css: '[data-testid="cellInnerDiv"]',
  fallbacks: ['section[role="region"] > div[aria-label] > div > div[style*="translateY"]'],
  fixtures: [
    ['real/x/profile-loggedout-en-2025.html', 9],
    ['real/x/home-loggedin-en-2025.html', 21],
    ['real/x/status-loggedout-en-2025.html', 2],
    ['x/conversation-sv.html', 39],
    ['x/conversation-en.html', 13],
    ['demo/x/status.html', 35],
  ],
};

/** A tweet (post or reply). */
export const tweet: XSelector = {
  css: 'article[data-testid="tweet"]',
  fallbacks: ['article[role="article"]'],
  fixtures: [
    ['real/x/profile-loggedout-en-2025.html', 9],
    ['real/x/home-loggedin-en-2025.html', 20],
    ['real/x/status-loggedout-en-2025.html', 1],
    ['x/conversation-sv.html', 35],
    ['x/conversation-en.html', 11],
    ['demo/x/status.html', 30],
    ['demo/x/profile.html', 6],
  ],
};

/** A promoted tweet (an ad): X wraps it in placementTracking, which also wraps videos and follow buttons inside tweets, so only an article inside counts. */
export const promotedTweet: XSelector = {
  css: '[data-testid="placementTracking"] article[data-testid="tweet"]',
  fixtures: [
    ['real/x/home-loggedin-en-2025.html', 0],
    ['real/x/profile-loggedout-en-2025.html', 0],
    ['real/x/tweet-element-quote-video-2025.html', 0],
    ['x/reply-page-sv.html', 1],
  ],
};

/** The tweet a status page is about: X makes it the one focusable article. */
export const focusedTweet: XSelector = {
  css: 'article[data-testid="tweet"][tabindex="-1"]',
  fixtures: [
    ['real/x/status-loggedout-en-2025.html', 1],
    ['real/x/home-loggedin-en-2025.html', 0],
    ['x/conversation-sv.html', 1],
    ['demo/x/status.html', 1],
  ],
};

/** Name, @handle and time of a tweet's author; a quoted tweet inside has its own. */
export const tweetUserName: XSelector = {
  css: '[data-testid="User-Name"]',
  fixtures: [
    ['real/x/profile-loggedout-en-2025.html', 10],
    ['real/x/home-loggedin-en-2025.html', 29],
    ['real/x/status-loggedout-en-2025.html', 2],
    ['x/conversation-sv.html', 36],
  ],
};

/** A tweet's text (a quoted tweet inside has its own). */
export const tweetText: XSelector = {
  css: '[data-testid="tweetText"]',
  fallbacks: ['div[lang][dir="auto"]'],
  fixtures: [
    ['real/x/profile-loggedout-en-2025.html', 10],
    ['real/x/home-loggedin-en-2025.html', 25],
    ['real/x/status-loggedout-en-2025.html', 2],
  ],
};

/** The tweet's own time: a <time datetime> inside the link to its status (a quoted tweet's time has no link). */
export const tweetTime: XSelector = {
  css: 'a[href*="/status/"] time[datetime]',
  fallbacks: ['time[datetime]', 'a[href*="/status/"] time', 'time'],
  fixtures: [
    ['real/x/profile-loggedout-en-2025.html', 9],
    ['real/x/home-loggedin-en-2025.html', 20],
    ['real/x/status-loggedout-en-2025.html', 1],
    ['real/x/tweet-element-quote-2025.html', 1],
  ],
};

/** The avatar column's avatar; an element after it in the same column is the thread line to the next tweet. */
export const tweetAvatar: XSelector = {
  css: '[data-testid="Tweet-User-Avatar"]',
  fixtures: [
    ['real/x/home-loggedin-en-2025.html', 29],
    ['real/x/profile-loggedout-en-2025.html', 10],
  ],
};

/** A quoted tweet inside a tweet (everything inside belongs to the quoted one); small badge links match too but hold no name or text. */
export const quotedTweet: XSelector = {
  css: 'article[data-testid="tweet"] div[role="link"]',
  fixtures: [
    ['real/x/status-loggedout-en-2025.html', 1],
    ['real/x/tweet-element-quote-2025.html', 1],
    ['real/x/tweet-element-sample-2025.html', 1],
  ],
};

/** A link card: X takes the link out of the tweet's text and shows this instead; its link's aria-label starts with the site ("whitehouse.gov Title"). */
export const linkCard: XSelector = {
  css: '[data-testid="card.wrapper"]',
  fixtures: [
    ['real/x/profile-loggedout-en-2025.html', 1],
    ['real/x/tweet-element-sample-2025.html', 1],
    ['real/x/home-loggedin-en-2025.html', 0],
  ],
};

/** An image (or a video's poster) in a tweet; its img's alt is the author's description or X's generic "Image" / "Bild". */
export const tweetPhoto: XSelector = {
  css: '[data-testid="tweetPhoto"]',
  fixtures: [
    ['real/x/home-loggedin-en-2025.html', 14],
    ['real/x/profile-loggedout-en-2025.html', 11],
    ['real/x/tweet-element-sample-2025.html', 0],
  ],
};

/**
 * The way to the replies the post's author hid ("Visa dolda svar", /<handle>/status/<id>/hidden):
 * a link, else anything named so in either language.
 */
export const hiddenRepliesLink: XSelector = {
  css: 'a[href$="/hidden"]',
  fallbacks: [...xLabels.sv.hiddenByAuthor, ...xLabels.en.hiddenByAuthor].map((label) => `[aria-label="${label}" i]`),
  fixtures: [
    ['real/x/status-loggedout-en-2025.html', 0],
    ['real/x/home-loggedin-en-2025.html', 0],
    ['x/conversation-sv.html', 1],
    ['x/conversation-en.html', 1],
    ['x/reply-page-sv.html', 0],
  ],
};

/** "Show more" on a cut text. */
export const showMoreLink: XSelector = {
  css: '[data-testid="tweet-text-show-more-link"]',
  fixtures: [
    ['real/x/home-loggedin-en-2025.html', 7],
    ['real/x/profile-loggedout-en-2025.html', 0],
    ['x/conversation-sv.html', 2],
  ],
};

/** An edited tweet links its edit history. */
export const editHistoryLink: XSelector = {
  css: 'a[href*="/history"]',
  fixtures: [
    ['real/x/home-loggedin-en-2025.html', 0],
    ['x/conversation-sv.html', 2],
    ['x/conversation-en.html', 1],
  ],
};

/** Profile header: display name and @handle. */
export const profileUserName: XSelector = {
  css: '[data-testid="UserName"]',
  fixtures: [
    ['real/x/profile-loggedout-en-2025.html', 1],
    ['real/x/home-loggedin-en-2025.html', 0],
    ['demo/x/profile.html', 1],
  ],
};

/** Profile bio (up to 160 characters, links as text). */
export const profileBio: XSelector = {
  css: '[data-testid="UserDescription"]',
  fixtures: [
    ['real/x/profile-loggedout-en-2025.html', 1],
    ['demo/x/profile.html', 1],
  ],
};

/** The profile's follower count, a link of its own beside "Följer" ("1 234 Följare", "14K Followers"). */
export const profileFollowers: XSelector = {
  css: 'a[href$="/verified_followers"], a[href$="/followers"]',
  fixtures: [
    ['real/x/profile-loggedout-en-2025.html', 1],
    ['real/x/home-loggedin-en-2025.html', 0],
    ['demo/x/profile.html', 1],
  ],
};

/** Profile header items: location, website, category, join date. */
export const profileHeaderItems: XSelector = {
  css: '[data-testid="UserProfileHeader_Items"]',
  fixtures: [
    ['real/x/profile-loggedout-en-2025.html', 1],
    ['demo/x/profile.html', 1],
  ],
};

/** The signed-in account's profile link in the side navigation (href /<handle>). */
export const signedInProfileLink: XSelector = {
  css: 'a[data-testid="AppTabBar_Profile_Link"]',
  fixtures: [
    ['real/x/home-loggedin-en-2025.html', 1],
    ['real/x/profile-loggedout-en-2025.html', 0],
    ['demo/x/status.html', 1],
    ['demo/x/profile.html', 1],
  ],
};

/** The account menu button: the signed-in account's name and @handle. */
export const accountSwitcher: XSelector = {
  css: '[data-testid="SideNav_AccountSwitcher_Button"]',
  fixtures: [
    ['real/x/home-loggedin-en-2025.html', 1],
    ['real/x/status-loggedout-en-2025.html', 0],
    ['demo/x/status.html', 1],
  ],
};

/** The reply / post box. */
export const composer: XSelector = {
  css: '[data-testid="tweetTextarea_0"]',
  fallbacks: ['[role="textbox"][contenteditable="true"]'],
  fixtures: [
    ['real/x/home-loggedin-en-2025.html', 1],
    ['real/x/status-loggedout-en-2025.html', 0],
    ['demo/x/status.html', 1],
  ],
};

/** The main column (everything else on the page is navigation and sidebars). */
export const primaryColumn: XSelector = {
  css: '[data-testid="primaryColumn"]',
  fixtures: [
    ['real/x/profile-loggedout-en-2025.html', 1],
    ['real/x/home-loggedin-en-2025.html', 1],
    ['real/x/status-loggedout-en-2025.html', 1],
    ['demo/x/status.html', 1],
  ],
};

/** X's layer for what it shows over the page (dialogs, menus, messages), after the app in the page. */
export const layers: XSelector = {
  css: '#layers',
  fixtures: [
    ['real/x/home-loggedin-en-2025.html', 1],
    ['real/x/status-loggedout-en-2025.html', 1],
    ['x/reply-box-sv.html', 1],
  ],
};

/** A box for a reply or a new post that X shows in a dialog over the page (x.com/compose/post): how a reply to a reply is written. */
export const dialogComposer: XSelector = {
  css: '[role="dialog"] [data-testid="tweetTextarea_0"]',
  fixtures: [
    ['real/x/home-loggedin-en-2025.html', 0],
    ['x/conversation-sv.html', 0],
    ['x/reply-box-sv.html', 1],
  ],
};

export const xSelectors = {
  cell, tweet, promotedTweet, focusedTweet, tweetUserName, tweetText, tweetTime, tweetAvatar, quotedTweet, linkCard, tweetPhoto, showMoreLink, hiddenRepliesLink,
  editHistoryLink, profileUserName, profileBio, profileFollowers, profileHeaderItems, signedInProfileLink,
  accountSwitcher, composer, layers, dialogComposer, primaryColumn,
} as const;

export type XSelectorName = keyof typeof xSelectors;

/** First selector of the pair that finds something under root; never throws on a bad selector. */
export function queryFirst(root: ParentNode, selector: XSelector): Element | null {
  return firstOfFirstMatching(root, [selector.css, ...(selector.fallbacks ?? [])]);
}

/** All matches of the first selector of the pair that finds anything under root. */
export function queryAll(root: ParentNode, selector: XSelector): Element[] {
  return allOfFirstMatching(root, cssList(selector));
}

/**
 * `queryFirst` across scans: with a memo, the matches are kept from scan to scan and only what the
 * page added is searched (a page-wide search for something absent walks the whole page).
 */
export function firstKept(root: ParentNode, selector: XSelector, key: string, memo?: ReadMemo): Element | null {
  return memo ? memo.first(key, root, cssList(selector)) : queryFirst(root, selector);
}

/** The selector and its fallbacks, preferred first. */
export function cssList(selector: XSelector): string[] {
  return [selector.css, ...(selector.fallbacks ?? [])];
}

/** The cell (of the conversation or timeline) an element is in, found by the preferred selector or a fallback. */
export function cellOf(element: Element): Element | null {
  return element.closest(ANY_CELL);
}
const ANY_CELL = cssList(cell).join(', ');
