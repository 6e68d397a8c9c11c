import type { AuthorRef, CommentSnapshot, LayoutMiss, PageSnapshot, PostSnapshot } from '@/rules/snapshot';
import type { AdapterResult } from '@/utils/page/adapter';
import { allRead, collected, factOf, recalled, sameAsBefore, type ReadMemo } from '@/utils/page/read-memo';
import { readProfileOwner, readProfileText, readSignedIn } from './read-account';
import { readControlCell, threadConversation, type ConversationRow } from './read-conversation';
import { readTweet, type TweetRead } from './read-tweet';
import { cell, composer, focusedTweet, primaryColumn, profileUserName, cssList, firstKept, queryFirst, tweet, type XSelectorName } from './selectors';
import { readAddress } from './urls';

type Comment = CommentSnapshot & { element: Element };

/** Runs one part of the reading; a part that throws becomes a LayoutMiss and its fallback value. */
function part<T>(misses: LayoutMiss[], name: XSelectorName | string, fallback: T, read: () => T): T {
  try {
    return read();
  } catch (error) {
    misses.push({ part: name, detail: `reading failed: ${error instanceof Error ? error.message : String(error)}`.slice(0, 300) });
    return fallback;
  }
}

function readTweets(articles: Element[], base: string, now: Date, misses: LayoutMiss[], memo?: ReadMemo): TweetRead[] {
  const reads: TweetRead[] = [];
  const missingCounts = new Map<string, number>();
  const readOne = (article: Element) => recalled(memo, article, () => readTweet(article, base, now));
  // New tweets are read first; the list is built once all are read, not in every pass that runs out of time.
  if (!allRead(memo, articles, readOne)) return reads;
  for (const article of articles) {
    const read = part(misses, 'tweet', null, () => readOne(article) ?? null);
    if (!read) continue;
    for (const name of read.missing) missingCounts.set(name, (missingCounts.get(name) ?? 0) + 1);
    reads.push(read);
  }
  // One miss per selector, with how many tweets lacked it.
  for (const [name, count] of missingCounts) misses.push({ part: name, detail: `${count} of ${articles.length} tweet(s) without it` });
  return reads;
}

/** Tweets drawn under the one before them with a thread line are replies to it: comments on a feed. */
function feedReplies(reads: TweetRead[]): Comment[] {
  const replies: Comment[] = [];
  reads.forEach((t, index) => {
    const previous = reads[index - 1];
    if (!previous || !t.id || !previous.id || !(previous.lineBelow || t.lineAbove)) return;
    replies.push({
      id: t.id, parentId: previous.id, author: t.author ?? { name: '', handle: null, url: null }, text: t.text,
      truncated: t.truncated, postedAt: t.postedAt, edited: t.edited, hiddenReplies: false, permalink: t.permalink, element: t.element,
    });
  });
  return replies;
}

function uniqueTimes(reads: TweetRead[]): string[] {
  const seen = new Set<string>();
  const times: string[] = [];
  for (const t of reads) {
    if (!t.postedAt || (t.id && seen.has(t.id))) continue;
    if (t.id) seen.add(t.id);
    times.push(t.postedAt);
  }
  return times;
}

function sameHandle(a: string | null | undefined, b: string | null | undefined): boolean {
  return !!a && !!b && a.toLowerCase() === b.toLowerCase();
}

interface StatusRead {
  post: PostSnapshot | null;
  owner: AuthorRef | null;
  comments: Comment[];
}

function readStatusPage(scope: ParentNode, reads: TweetRead[], statusId: string | null, base: string, misses: LayoutMiss[], memo?: ReadMemo): StatusRead {
  const focusedIndex = (() => {
    const byTabindex = reads.findIndex((t) => factOf(memo, t.element, 'focused', () => t.element.matches(focusedTweet.css)));
    return byTabindex >= 0 ? byTabindex : reads.findIndex((t) => t.id !== null && t.id === statusId);
  })();
  if (focusedIndex < 0) {
    misses.push({ part: 'focusedTweet', detail: 'no focused tweet on a status page' });
    return { post: null, owner: null, comments: [] };
  }
  const focused = reads[focusedIndex];
  const post: PostSnapshot = {
    id: focused.id ?? statusId,
    author: focused.author,
    text: focused.text,
    postedAt: focused.postedAt,
    permalink: focused.permalink,
  };

  // Rows after the focused tweet, in page order; cells before it are the tweets it answers.
  const cells = collected(memo, 'cells', scope, cssList(cell)).elements;
  const focusedCell = focused.element.closest(cell.css);
  const readByElement = new Map(reads.map((t) => [t.element, t]));
  const rows: ConversationRow[] = [];
  if (cells.length > 0 && focusedCell) {
    // What each row holds is remembered until a change lands inside it: thousands of rows on a long thread.
    for (const c of cells.slice(cells.indexOf(focusedCell) + 1)) {
      const article = factOf(memo, c, 'tweet', () => queryFirst(c, tweet));
      const read = article ? readByElement.get(article) : undefined;
      if (read) rows.push({ kind: 'reply', tweet: read });
      else if (!article) {
        const control = factOf(memo, c, 'control', () => readControlCell(c, base));
        if (control) rows.push(control);
      }
    }
  } else {
    misses.push({ part: 'cell', detail: 'conversation rows not found; replies read without "show replies" controls' });
    for (const t of reads.slice(focusedIndex + 1)) rows.push({ kind: 'reply', tweet: t });
  }
  const conversation = threadConversation(rows, post.id);
  if (conversation.postHasHiddenReplies) post.hiddenComments = true;
  return { post, owner: focused.author, comments: conversation.comments };
}

export function readPage(doc: Document, url: string, now: Date, memo?: ReadMemo): AdapterResult {
  const misses: LayoutMiss[] = [];
  const capturedAt = Number.isNaN(now.getTime()) ? new Date(0).toISOString() : now.toISOString();
  const address = part(misses, 'address', { kind: 'unknown' as const, handle: null, statusId: null }, () => readAddress(url));
  const uiLanguage = part(misses, 'uiLanguage', 'en', () => (doc.documentElement?.getAttribute('lang') || 'en').trim().slice(0, 20) || 'en');
  const signedIn = part(misses, 'signedInProfileLink', null, () => readSignedIn(doc, url, memo));
  const composerElement = part(misses, 'composer', null, () => firstKept(doc, composer, 'composer', memo));

  let pageOwner: AuthorRef | null = null;
  let post: PostSnapshot | null = null;
  let comments: Comment[] = [];
  let profileText: string | null = null;
  let recentPostTimes: string[] = [];

  if (address.kind !== 'unknown') {
    const column = part(misses, 'primaryColumn', null, () => firstKept(doc, primaryColumn, 'primaryColumn', memo));
    if (!column) misses.push({ part: 'primaryColumn', detail: 'main column not found; reading the whole page' });
    const scope: ParentNode = column ?? doc;
    const articles = part(misses, 'tweet', [] as Element[], () => collected(memo, 'tweets', scope, cssList(tweet)).elements);
    // The conversation's rows are brought up to date before the tweets are read, so a pass that reads the last tweets ends with them.
    if (address.kind === 'status') part(misses, 'cell', null, () => collected(memo, 'cells', scope, cssList(cell)));
    const reads = readTweets(articles, url, now, misses, memo);

    if (memo?.ranOut) {
      // Out of time: this pass is partial and its result is not used.
    } else if (address.kind === 'status') {
      if (reads.length === 0) misses.push({ part: 'tweet', detail: 'no tweets on a status page' });
      const status = part(misses, 'focusedTweet', { post: null, owner: null, comments: [] } as StatusRead, () =>
        readStatusPage(scope, reads, address.statusId, url, misses, memo));
      post = status.post;
      comments = status.comments;
      // The post's author is whose page this is; the address names the handle even if the article did not.
      pageOwner = status.owner ?? (address.handle ? { name: address.handle, handle: address.handle, url: `https://x.com/${address.handle}` } : null);
    } else if (address.kind === 'profile') {
      if (!firstKept(doc, profileUserName, 'profileUserName', memo)) misses.push({ part: 'profileUserName', detail: 'profile header not found' });
      pageOwner = part(misses, 'profileUserName', null, () => readProfileOwner(doc, address.handle, memo));
      profileText = part(misses, 'profileBio', null, () => readProfileText(doc, memo));
      comments = part(misses, 'tweet', [] as Comment[], () => feedReplies(reads));
      recentPostTimes = uniqueTimes(reads.filter((t) => sameHandle(t.author?.handle, address.handle)));
    } else {
      if (reads.length === 0) misses.push({ part: 'tweet', detail: 'no tweets on the timeline' });
      pageOwner = signedIn;
      comments = part(misses, 'tweet', [] as Comment[], () => feedReplies(reads));
      const replyIds = new Set(comments.map((c) => c.id));
      recentPostTimes = uniqueTimes(reads.filter((t) => !t.id || !replyIds.has(t.id)));
    }
  }

  const elements = new Map<string, Element>();
  const plainComments: CommentSnapshot[] = sameAsBefore(memo, comments.map(({ element, ...comment }) => {
    elements.set(comment.id, element);
    return comment;
  }), elements);

  const snapshot: PageSnapshot = {
    platform: 'x',
    pageKind: address.kind,
    url,
    capturedAt,
    pageOwner,
    signedIn,
    post,
    comments: plainComments,
    profileText,
    recentPostTimes,
    uiLanguage,
    misses,
  };
  return { snapshot, elements, composer: composerElement };
}
