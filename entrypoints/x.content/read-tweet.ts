import type { AuthorRef, ShownTime } from '@/rules/snapshot';
import { mostPreciseLabel, postedFromLabel, shownTime } from '@/utils/page/relative-time';
import { listed } from '@/utils/page/query-fallbacks';
import { containsLabel, matchesLabel, xLabels } from './labels';
import { withAttachments } from './read-attachments';
import { handleShownIn, readText } from './read-text';
import { labelWords } from '@/utils/page/label-words';
import { editHistoryLink, linkCard, promotedTweet, queryAll, showMoreLink, tweetAvatar, tweetText, tweetTime, tweetUserName } from './selectors';
import { absoluteUrl, profileUrl, readProfileLink, readStatusLink } from './urls';

/** One tweet article as plain data, plus the layout signals the adapter threads replies with. */
export interface TweetRead {
  element: Element;
  /** Status id from the tweet's own link; null when the article links none. */
  id: string | null;
  author: AuthorRef | null;
  text: string;
  truncated: boolean;
  postedAt: string | null;
  /** What postedAt was read from, and how precise it is. */
  postedShown: ShownTime | null;
  edited: boolean;
  permalink: string | null;
  /** A thread line runs from this tweet's avatar down to the next tweet. */
  lineBelow: boolean;
  /** A thread line comes into this tweet from the tweet above. */
  lineAbove: boolean;
  /** An ad X put in the list: nobody's comment, and without a time of its own. */
  promoted: boolean;
  /** Selectors that found nothing in this tweet although every tweet has them. */
  missing: Array<'tweetUserName' | 'tweetTime'>;
}

/** What can hold a quoted tweet: a tweet quoted inside another is a `div[role="link"]` or an article. */
const QUOTE_HOLDERS = ['div[role="link"]', 'article'];

/** Is el part of the article's own tweet, not of a tweet quoted inside it? */
function isOwnPart(el: Element, article: Element): boolean {
  for (let cur = el.parentElement; cur && cur !== article; cur = cur.parentElement) {
    if (cur.tagName === 'DIV' && cur.getAttribute('role') === 'link') return false;
    if (cur.tagName === 'ARTICLE') return false;
  }
  return true;
}

/**
 * The article's own parts of what its searches find. Most tweets quote nothing: one search tells,
 * and then nothing found needs its ancestors walked.
 */
function ownParts(article: Element): (found: Element[]) => Element[] {
  // One search per selector: Chromium matches a list of selectors against each element more slowly than each on its own.
  if (!QUOTE_HOLDERS.some((css) => article.querySelector(css))) return (found) => found;
  return (found) => found.filter((el) => isOwnPart(el, article));
}

type Own = ReturnType<typeof ownParts>;

/**
 * Without User-Name (X's markup changed), the author's name is the text of the tweet's own link to
 * the author's profile that shows no @handle and is not the avatar's; the handle alone otherwise.
 */
function nameFromProfileLinks(article: Element, own: Own, base: string, handle: string, avatar: Element | undefined): string | null {
  for (const a of own(listed(article.querySelectorAll('a[href]')))) {
    if (avatar?.contains(a) || a.getAttribute('aria-hidden') === 'true' || a.querySelector('img')) continue;
    if (readProfileLink(a.getAttribute('href'), base)?.toLowerCase() !== handle.toLowerCase()) continue;
    const text = readText(a);
    if (text && !text.startsWith('@')) return text;
  }
  return null;
}

function readAuthor(article: Element, own: Own, userName: Element | undefined, avatar: Element | undefined, base: string, fallbackHandle: string | null): AuthorRef | null {
  if (!userName) {
    if (!fallbackHandle) return null;
    return { name: nameFromProfileLinks(article, own, base, fallbackHandle, avatar) ?? fallbackHandle, handle: fallbackHandle, url: profileUrl(fallbackHandle) };
  }
  let profileLink: Element | null = null;
  let linkHandle: string | null = null;
  for (const a of userName.querySelectorAll('a[href]')) {
    linkHandle = readProfileLink(a.getAttribute('href'), base);
    if (linkHandle) {
      profileLink = a;
      break;
    }
  }
  const handle = linkHandle ?? handleShownIn(userName) ?? fallbackHandle;
  const name = (profileLink ? readText(profileLink) : '') || readText(userName.querySelector('span')) || handle || '';
  return { name, handle, url: handle ? profileUrl(handle) : absoluteUrl(profileLink?.getAttribute('href'), base) };
}

type StatusLink = ReturnType<typeof readStatusLink>;

interface TimeRead {
  postedAt: string | null;
  postedShown: ShownTime | null;
  status: StatusLink;
  linked: boolean;
}

/** The tweet's time (exact from `datetime`, else the label as shown), and the status its link points at; `linked` when the time sits in a link. */
function readTime(article: Element, own: Own, base: string, now: Date): TimeRead {
  const times = own(queryAll(article, tweetTime)).map((time) => {
    const href = time.closest('a')?.getAttribute('href') ?? null;
    return { time, href, status: readStatusLink(href, base) };
  });
  // The tweet's own time sits in the link to the tweet itself; prefer that one.
  const linked = times.find((t) => t.status?.bare) ?? times[0];
  if (!linked) return timeFromOwnLink(article, own, base, now);
  const datetime = linked.time.getAttribute('datetime');
  const parsed = datetime ? new Date(datetime) : null;
  const label = linked.time.textContent ?? '';
  const posted = parsed && !Number.isNaN(parsed.getTime())
    ? { postedAt: parsed.toISOString(), postedShown: shownTime(label, 'exact', now) }
    : postedFromLabel(label, now) ?? { postedAt: null, postedShown: null };
  return { ...posted, status: linked.status, linked: linked.href !== null };
}

/**
 * Without a <time> (the site's markup changed), the tweet's own link still says when: its text ("5 tim")
 * or its label ("09:00 · 20 nov. 2026"). `linked` stays false, so the page still says the times' part was
 * not recognised.
 */
function timeFromOwnLink(article: Element, own: Own, base: string, now: Date): TimeRead {
  const link = own(Array.from(article.querySelectorAll('a[href*="/status/"]'))).find((a) => readStatusLink(a.getAttribute('href'), base)?.bare);
  const posted = link ? mostPreciseLabel([link.textContent, link.getAttribute('aria-label'), link.getAttribute('title')].map(dateFirst), now) : null;
  return { postedAt: posted?.postedAt ?? null, postedShown: posted?.postedShown ?? null, status: null, linked: false };
}

/** X writes a full time clock first ("10:00 · 10 mars 2026", "9:00 AM · Nov 20, 2026"); the time labels read it date first. */
function dateFirst(label: string | null): string | null {
  const parts = label && /^\s*(\d{1,2}[:.]\d{2})(\s?[AP]M)?\s*·\s*(.+?)\s*$/i.exec(label);
  if (!parts) return label;
  return parts[2] ? `${parts[3]} at ${parts[1]}${parts[2]}` : `${parts[3]} kl. ${parts[1]}`;
}

/** Any "edited" note, in either language and any case: most tweets were not edited, and their spans need not be read one by one. */
const EDITED_NOTE = labelWords([...xLabels.sv.edited, ...xLabels.en.edited]);

/** Where a name or title may start with "Edited" / "Redigerad" without the tweet being edited. */
const NOT_AN_EDIT_NOTE = `[data-testid="tweetText"], ${tweetUserName.css}, ${linkCard.css}, [data-testid="socialContext"]`;

function readEdited(article: Element, own: Own): boolean {
  if (own(queryAll(article, editHistoryLink)).length > 0) return true;
  if (!EDITED_NOTE.test(article.textContent ?? '')) return false;
  // Without the history link, a short "Senast redigerad" / "Last edited" note outside the text.
  const notes = listed(article.querySelectorAll('a, span')).slice(0, 400);
  return notes.some((el) => {
    const text = el.textContent ?? '';
    return text.length < 80 && matchesLabel(text, 'edited') && !el.closest(NOT_AN_EDIT_NOTE) && isOwnPart(el, article);
  });
}

function readTruncated(article: Element, own: Own, textElement: Element | undefined): boolean {
  if (own(queryAll(article, showMoreLink)).length > 0) return true;
  // Fallback: a "Visa mer" / "Show more" link or button right after the text.
  const next = textElement?.nextElementSibling;
  return !!next && (next.matches('a, button, [role="button"], [role="link"]') || !!next.querySelector('a, button')) && containsLabel(next.textContent, 'showMore') && (next.textContent ?? '').length < 40;
}

/** A thread line comes in from above: drawn in the article's top row, in a column before the spacer. */
function hasLineAbove(article: Element, avatar: Element | undefined): boolean {
  if (!avatar) return false;
  // The avatar's ancestors below the article, outermost first: walked once, where asking each
  // level whether it contains the avatar walked them again per level (thousands of tweets).
  const path: Element[] = [];
  for (let node = avatar.parentElement; node && node !== article; node = node.parentElement) path.push(node);
  path.reverse();
  // Descend to the first element whose first child no longer holds the avatar: that child is the top row.
  let holder: Element = article;
  let depth = 0;
  for (; depth < 8 && holder.firstElementChild !== null && holder.firstElementChild === (path[depth] ?? avatar); depth++) holder = holder.firstElementChild;
  const top = holder.firstElementChild;
  if (!top || top === (path[depth] ?? avatar)) return false;
  const row = top.firstElementChild;
  const lineColumn = row?.firstElementChild;
  // Connected: the row has a line column (an empty element, no icon, no text) and a spacer after it.
  return !!row && row.children.length >= 2 && !!lineColumn && lineColumn.children.length > 0
    && !lineColumn.querySelector('svg, img') && (lineColumn.textContent ?? '').trim() === '';
}

/**
 * The tweet's own status when no link holds its time: a link to it by its author (its photo,
 * history or "Show more"), else any other of its links. Not a link in its text (to another tweet)
 * nor X's own /i/status/… (a video's "From …" credit), which name other tweets.
 */
function statusWithoutTime(article: Element, own: Own, base: string, textElement: Element | undefined, userName: Element | undefined): StatusLink {
  const links = own(listed(article.querySelectorAll('a[href*="/status/"]'))).filter((a) => !textElement?.contains(a));
  const parsed = links.map((a) => readStatusLink(a.getAttribute('href'), base)).filter((s): s is NonNullable<StatusLink> => s !== null && s.handle.toLowerCase() !== 'i');
  const author = userName ? handleShownIn(userName)?.toLowerCase() : undefined;
  const byAuthor = author ? parsed.filter((s) => s.handle.toLowerCase() === author) : [];
  const candidates = byAuthor.length ? byAuthor : parsed;
  return candidates.find((s) => s.bare) ?? candidates[0] ?? null;
}

export function readTweet(article: Element, base: string, now: Date): TweetRead {
  const own = ownParts(article);
  const time = readTime(article, own, base, now);
  let { status } = time;
  const textElement = own(queryAll(article, tweetText))[0];
  const avatar = own(queryAll(article, tweetAvatar))[0];
  const userName = own(queryAll(article, tweetUserName))[0];
  if (!status) status = statusWithoutTime(article, own, base, textElement, userName);
  const missing: TweetRead['missing'] = [];
  if (!userName) missing.push('tweetUserName');
  if (!time.linked) missing.push('tweetTime');
  return {
    element: article,
    id: status?.id ?? null,
    author: readAuthor(article, own, userName, avatar, base, status?.handle ?? null),
    text: withAttachments(readText(textElement), article, own),
    truncated: readTruncated(article, own, textElement),
    postedAt: time.postedAt,
    postedShown: time.postedShown,
    edited: readEdited(article, own),
    permalink: status ? `https://x.com/${status.handle}/status/${status.id}` : null,
    lineBelow: !!avatar && avatar.nextElementSibling !== null,
    lineAbove: hasLineAbove(article, avatar),
    promoted: article.matches(promotedTweet.css),
    missing,
  };
}
