import type { AuthorRef, CommentSnapshot, LayoutMiss, PageSnapshot, PostSnapshot } from '@/rules/snapshot';
import type { AdapterResult, OffPagePlace } from '@/utils/page/adapter';
import { allRead, collected, factOf, grownList, kept, recalled, sameAsBefore, type Collection, type ReadMemo } from '@/utils/page/read-memo';
import { readBio, readFollowers, readProfileOwner, readProfileText, readSignedIn } from './read-account';
import { conversationOwner } from './conversation-owner';
import { ConversationThread, readControlCell, type ConversationRow } from './read-conversation';
import { readTweet, type TweetRead } from './read-tweet';
import { ScrolledAway } from './scrolled-away';
import { cell, cellOf, composer, dialogComposer, focusedTweet, layers, hiddenRepliesLink, primaryColumn, profileUserName, cssList, firstKept, queryFirst, tweet, type XSelectorName } from './selectors';
import { profileUrl, readAddress, readStatusLink } from './urls';
import { comesAfter, comesBefore } from '@/utils/page/document-order';

type Comment = CommentSnapshot & { element: Element };

/** Tweets or rows added between looks at the clock. */
const BATCH = 256;

const NO_TWEETS: Collection = { elements: [], appendedFrom: 0, epoch: -1 };

/** Runs one part of the reading; a part that throws becomes a LayoutMiss and its fallback value. */
function part<T>(misses: LayoutMiss[], name: XSelectorName | string, fallback: T, read: () => T): T {
  try {
    return read();
  } catch (error) {
    misses.push({ part: name, detail: `reading failed: ${error instanceof Error ? error.message : String(error)}`.slice(0, 300) });
    return fallback;
  }
}

/**
 * The tweets read so far, in page order, grown as tweets are appended: built afresh when the list
 * changed otherwise, a tweet was read again (the memo's count of forgotten reads) or a read failed.
 */
interface TweetList {
  count: number;
  readsForgotten: number;
  failed: boolean;
  reads: TweetRead[];
  byElement: Map<Element, TweetRead>;
  /** Per selector, how many tweets lacked it. */
  missingCounts: Map<string, number>;
}

const freshTweets = (readsForgotten: number): TweetList => ({
  count: 0, readsForgotten, failed: false, reads: [], byElement: new Map(), missingCounts: new Map(),
});

function readTweets(tweets: Collection, base: string, now: Date, misses: LayoutMiss[], memo?: ReadMemo): TweetList {
  const { elements: articles } = tweets;
  const readOne = (article: Element) => recalled(memo, article, () => readTweet(article, base, now));
  // New tweets are read first; the list is built once all are read, not in every pass that runs out of time.
  if (!allRead(memo, articles, readOne)) return freshTweets(0);
  const list = grownList(memo, 'tweetList', tweets, freshTweets);
  let index = list.count;
  for (; index < articles.length; index++) {
    // A long list is built in parts, each within the pass's time (the pass then ends): the next goes on from there.
    if (memo && index > list.count && (index - list.count) % BATCH === 0 && memo.timeUp()) break;
    const article = articles[index];
    const read = part(misses, 'tweet', null, () => readOne(article) ?? null);
    if (!read) {
      list.failed = true; // reported above; read again with the whole list next time
      continue;
    }
    if (read.promoted) continue; // an ad: neither a post nor a comment
    for (const name of read.missing) list.missingCounts.set(name, (list.missingCounts.get(name) ?? 0) + 1);
    list.reads.push(read);
    list.byElement.set(read.element, read);
  }
  list.count = index;
  // One miss per selector, with how many of the tweets read (not the ads) lacked it.
  for (const [name, count] of list.missingCounts) misses.push({ part: name, detail: `${count} of ${list.reads.length} tweet(s) without it` });
  return list;
}

/**
 * Where X no longer shows a tweet (deleted by its author) right above this one: the cell before
 * its own holds an article that is no tweet ("Det här inlägget har raderats av författaren").
 */
function goneAbove(t: TweetRead, previous: TweetRead | undefined): boolean {
  const before = cellOf(t.element)?.previousElementSibling;
  if (!before || (previous && before.contains(previous.element))) return false;
  return !before.querySelector(tweet.css) && before.querySelector('article') !== null; // an ad is a tweet, though not read as one
}

/**
 * Tweets drawn under the one before them with a thread line are replies to it: comments on a feed.
 * One drawn under a tweet X no longer shows answers that one (which is on no page), not the tweet
 * above the gap.
 */
function feedReplies(reads: TweetRead[]): Comment[] {
  const replies: Comment[] = [];
  reads.forEach((t, index) => {
    const previous = reads[index - 1];
    if (!t.id) return;
    const joined = t.lineAbove || !!previous?.lineBelow;
    if (!joined) return;
    const parentId = goneAbove(t, previous) ? `x-gone-${t.id}` : previous?.id;
    if (!parentId) return;
    replies.push({
      id: t.id, parentId, author: t.author ?? { name: '', handle: null, url: null }, text: t.text,
      truncated: t.truncated, postedAt: t.postedAt, postedShown: t.postedShown, edited: t.edited, hiddenReplies: false, permalink: t.permalink, element: t.element,
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
  /** The post's own tweet is in the page (X's virtual list has not taken it out). */
  postInPage: boolean;
  owner: AuthorRef | null;
  comments: CommentSnapshot[];
  elements: Map<string, Element>;
}

/** The conversation threaded so far, and what it was threaded from: the next read goes on while that holds. */
interface ThreadedSoFar {
  thread: ConversationThread;
  /** Null when the post has left the page (X's virtual list): every cell is then a reply. */
  focusedCell: Element | null;
  /** The conversation's cells it was threaded from; the rows it holds come from the cells from `start` on. */
  cells: Collection;
  start: number;
  /** Per cell from `start`: how many rows were threaded before it. */
  rowsBefore: number[];
  tweets: TweetList;
  /** The memo's counts of forgotten row facts when it was threaded. */
  rowFacts: number;
}

const ROW_FACTS = ['tweet', 'control'];

/**
 * Where the conversation goes on from (a cell index), or null when it is threaded afresh: cells
 * appended after the last, or put in before the last ones (X's "show more replies" row stays last).
 */
function goesOnFrom(sofar: ThreadedSoFar, cells: Collection): number | null {
  const before = sofar.cells;
  const done = sofar.start + sofar.rowsBefore.length; // the cells looked at so far
  if (cells.epoch === before.epoch && cells.elements.length >= done) return done;
  if (cells.inserted?.from !== before) return null;
  const first = cells.elements.indexOf(cells.inserted.fresh[0]);
  return first >= sofar.start ? Math.min(first, done) : null;
}

/** The replies read on this page that X's virtual list took out of it (kept in the memo, forgotten with the page). */
const SCROLLED_AWAY = 'x:scrolled-away';

/** The post as last read on this page, kept in the memo (which forgets it with the page). */
const POST_READ = 'x:post';
interface PostRead {
  post: PostSnapshot;
  owner: AuthorRef | null;
}

/**
 * The post when X's virtual list has taken it out of the page (far down a long conversation, X keeps
 * only the cells near the viewport): as read before on this page, else what the address says. Null
 * when the page shows no conversation of tweets read either: then the post was not recognised.
 */
function postScrolledAway(cells: Collection, replies: number, address: StatusAddress, base: string, memo?: ReadMemo): PostRead | null {
  if (cells.elements.length === 0 || replies === 0 || !address.statusId) return null;
  const before = memo?.remembered<PostRead>(POST_READ);
  if (before && before.post.id === address.statusId) return { post: { ...before.post }, owner: before.owner };
  const author = addressedAccount(address);
  const permalink = address.handle ? `https://x.com/${address.handle}/status/${address.statusId}` : base;
  return { post: { id: address.statusId, author, text: '', postedAt: null, permalink }, owner: author };
}

/**
 * Whether the post's author hid replies to it: X then offers "Visa dolda svar" (a link to
 * /<handle>/status/<id>/hidden) on the post itself. Those replies are in no conversation Uppsikt
 * reads: the editor is told. Only the post's cell is searched: on a thread of thousands, looking
 * through the page for a link that is usually absent took a task of ~40 ms at load (two walks: the
 * link, then its fallbacks), and every batch of replies appended was searched for it too.
 */
function repliesHiddenByAuthor(postCell: Element, postId: string | null, base: string, memo?: ReadMemo): boolean {
  const found = firstKept(postCell, hiddenRepliesLink, 'hiddenRepliesLink', memo);
  if (!found) return false;
  const href = found.getAttribute('href');
  return !href || (readStatusLink(href, base)?.id ?? null) === postId;
}

interface StatusAddress {
  statusId: string | null;
  handle: string | null;
}

/** The account the address names (x.com/<handle>/…), known by its handle alone. */
function addressedAccount(address: { handle: string | null }): AuthorRef | null {
  return address.handle ? { name: address.handle, handle: address.handle, url: profileUrl(address.handle) } : null;
}

function readStatusPage(scope: ParentNode, tweets: TweetList, address: StatusAddress, signedIn: AuthorRef | null, base: string, misses: LayoutMiss[], memo?: ReadMemo): StatusRead {
  const { reads } = tweets;
  const focusedIndex = (() => {
    const byTabindex = reads.findIndex((t) => factOf(memo, t.element, 'focused', () => t.element.matches(focusedTweet.css)));
    return byTabindex >= 0 ? byTabindex : reads.findIndex((t) => t.id !== null && t.id === address.statusId);
  })();
  // Rows after the focused tweet, in page order; cells before it are the tweets it answers.
  const found = collected(memo, 'cells', scope, cssList(cell));
  const cells = found.elements;
  let post: PostSnapshot;
  let owner: AuthorRef | null;
  let focusedCell: Element | null = null;
  if (focusedIndex >= 0) {
    const focused = reads[focusedIndex];
    post = { id: focused.id ?? address.statusId, author: focused.author, text: focused.text, postedAt: focused.postedAt, permalink: focused.permalink };
    const before = memo?.remembered<PostRead>(POST_READ);
    // Far down a long conversation X takes the tweets above the focused one out of the page: the owner read with them holds.
    owner = focusedIndex === 0 && before?.post.id === post.id ? before.owner
      : conversationOwner(reads.slice(0, focusedIndex + 1).map((t) => t.author), signedIn);
    focusedCell = cellOf(focused.element);
    // Kept with the post: X takes the post (and its link to them) out of the page far down the conversation.
    if (part(misses, 'hiddenRepliesLink', false, () => repliesHiddenByAuthor(focusedCell ?? focused.element, post.id, base, memo))) post.repliesHiddenByAuthor = true;
    memo?.remember<PostRead>(POST_READ, { post: { ...post }, owner });
  } else {
    const away = postScrolledAway(found, reads.length, address, base, memo);
    if (!away) {
      misses.push({ part: 'focusedTweet', detail: 'no focused tweet on a status page' });
      return { post: null, postInPage: false, owner: null, comments: [], elements: new Map() };
    }
    ({ post, owner } = away);
  }

  let thread: ConversationThread;
  if (cells.length > 0 && (focusedCell || focusedIndex < 0)) {
    // Gone on from the last read while cells were only added at (or just before) the end and no row or tweet changed.
    const rowFacts = ROW_FACTS.reduce((sum, key) => sum + (memo?.forgottenCount(key) ?? 0), 0);
    const box = kept(memo, 'conversation', 0, () => ({ sofar: null as ThreadedSoFar | null }));
    let sofar = box.sofar;
    const holds = sofar && sofar.focusedCell === focusedCell && sofar.thread.postId === post.id && sofar.tweets === tweets && sofar.rowFacts === rowFacts;
    let from = sofar && holds ? goesOnFrom(sofar, found) : null;
    if (!sofar || from === null) {
      const start = focusedCell ? cells.indexOf(focusedCell) + 1 : 0;
      sofar = { thread: new ConversationThread(post.id, keepFor(memo)), focusedCell, cells: found, start, rowsBefore: [], tweets, rowFacts };
      from = start;
    }
    box.sofar = sofar;
    const { thread: going, rowsBefore, start } = sofar;
    if (from - start < rowsBefore.length) {
      going.rewind(rowsBefore[from - start]);
      rowsBefore.length = from - start;
    }
    // What each row holds is remembered until a change lands inside it: thousands of rows on a long thread.
    const rows: ConversationRow[] = [];
    for (let index = from; index < cells.length; index++) {
      // A long conversation is threaded in parts, each within the pass's time; the next pass goes on from there.
      if (memo && index > from && (index - from) % BATCH === 0 && memo.timeUp()) break;
      rowsBefore.push(going.rows + rows.length);
      const c = cells[index];
      const article = factOf(memo, c, 'tweet', () => queryFirst(c, tweet));
      const read = article ? tweets.byElement.get(article) : undefined;
      if (read) rows.push({ kind: 'reply', tweet: read });
      else if (!article || !article.matches(tweet.css)) { // not an ad nor a tweet whose read failed
        const control = factOf(memo, c, 'control', () => readControlCell(c, base));
        if (control) rows.push(control);
      }
    }
    going.add(rows);
    sofar.cells = found;
    thread = going;
  } else {
    misses.push({ part: 'cell', detail: 'conversation rows not found; replies read without "show replies" controls' });
    thread = new ConversationThread(post.id, keepFor(memo));
    thread.add(beforeSectionHeading(scope, reads.slice(focusedIndex + 1), reads[focusedIndex]?.element ?? null).map((t) => ({ kind: 'reply' as const, tweet: t })));
  }
  if (thread.postHasHiddenReplies) post.hiddenComments = true;
  // A copy of the list (pointers only); the element map grows with the thread.
  return { post, postInPage: focusedIndex >= 0, owner, comments: thread.comments.slice(), elements: thread.elements };
}

/**
 * Without the rows, a section heading after the post ("Upptäck mer", "Discover more") still ends the
 * conversation: the tweets under it come from elsewhere and are no replies. Headings inside tweets, and
 * the column's own title above the post, are not such an end.
 */
function beforeSectionHeading(scope: ParentNode, replies: TweetRead[], focused: Element | null): TweetRead[] {
  const after = focused ?? replies[0]?.element;
  if (!after) return replies;
  const end = [...scope.querySelectorAll('h1, h2, h3, [role="heading"]')]
    .find((heading) => !heading.closest('article') && comesAfter(after, heading));
  if (!end) return replies;
  return replies.filter((t) => comesBefore(end, t.element));
}

/** The memo's object for a comment that says what it said before (see ReadMemo.sameAsBefore). */
function keepFor(memo: ReadMemo | undefined): ((element: Element, comment: CommentSnapshot) => CommentSnapshot) | undefined {
  return memo && ((element, comment) => memo.sameAsBefore(element, comment));
}

/** Comments found on a feed, without their elements, which go in a map by comment id. */
function withElements(memo: ReadMemo | undefined, found: Comment[]): { comments: CommentSnapshot[]; elements: Map<string, Element> } {
  const elements = new Map<string, Element>();
  const comments = sameAsBefore(memo, found.map(({ element, ...comment }) => {
    elements.set(comment.id, element);
    return comment;
  }), elements);
  return { comments, elements };
}

/**
 * The boxes the editor writes a reply in, the one offered first: X's reply box over the page while it
 * is open (a reply to a reply is written there, not in the box under the post), and the first on the
 * page. The box in the dialog is looked for in X's layer alone: comments appended to the thread are
 * not searched for it.
 */
function readReplyBoxes(doc: Document, memo?: ReadMemo): Element[] {
  const layer = firstKept(doc, layers, 'layers', memo);
  const boxes = [layer && firstKept(layer, dialogComposer, 'dialogComposer', memo), firstKept(doc, composer, 'composer', memo)];
  return [...new Set(boxes.filter((box): box is Element => !!box))];
}

export function readPage(doc: Document, url: string, now: Date, memo?: ReadMemo): AdapterResult {
  const misses: LayoutMiss[] = [];
  const capturedAt = Number.isNaN(now.getTime()) ? new Date(0).toISOString() : now.toISOString();
  const address = part(misses, 'address', { kind: 'unknown' as const, handle: null, statusId: null }, () => readAddress(url));
  const uiLanguage = part(misses, 'uiLanguage', 'en', () => (doc.documentElement?.getAttribute('lang') || 'en').trim().slice(0, 20) || 'en');
  const signedIn = part(misses, 'signedInProfileLink', null, () => readSignedIn(doc, url, memo));
  const replyBoxes = part(misses, 'composer', [] as Element[], () => readReplyBoxes(doc, memo));
  const composerElement = replyBoxes[0] ?? null;

  let pageOwner: AuthorRef | null = null;
  let post: PostSnapshot | null = null;
  let comments: CommentSnapshot[] = [];
  let elements = new Map<string, Element>();
  let offPage: Map<string, OffPagePlace> | undefined;
  let profileText: string | null = null;
  let bioText: string | null = null;
  let followersShown: string | null = null;
  let recentPostTimes: string[] = [];

  if (address.kind !== 'unknown') {
    const column = part(misses, 'primaryColumn', null, () => firstKept(doc, primaryColumn, 'primaryColumn', memo));
    if (!column) misses.push({ part: 'primaryColumn', detail: 'main column not found; reading the whole page' });
    const scope: ParentNode = column ?? doc;
    const found = part(misses, 'tweet', NO_TWEETS, () => collected(memo, 'tweets', scope, cssList(tweet)));
    // The conversation's rows are brought up to date before the tweets are read, so a pass that reads the last tweets ends with them.
    if (address.kind === 'status') part(misses, 'cell', null, () => collected(memo, 'cells', scope, cssList(cell)));
    const tweets = readTweets(found, url, now, misses, memo);
    const { reads } = tweets;

    if (memo?.ranOut) {
      // Out of time: this pass is partial and its result is not used.
    } else if (address.kind === 'status') {
      if (reads.length === 0) misses.push({ part: 'tweet', detail: 'no tweets on a status page' });
      const status = part(misses, 'focusedTweet', { post: null, postInPage: false, owner: null, comments: [], elements: new Map() } as StatusRead, () =>
        readStatusPage(scope, tweets, address, signedIn, url, misses, memo));
      post = status.post;
      ({ comments, elements } = status);
      if (memo && post) {
        const away = memo.remembered<ScrolledAway>(SCROLLED_AWAY) ?? new ScrolledAway();
        memo.remember(SCROLLED_AWAY, away);
        const page = { postInPage: status.postInPage, comments, elements, cellOf };
        ({ comments, away: offPage } = part<{ comments: CommentSnapshot[]; away?: Map<string, OffPagePlace> }>(misses, 'cell', { comments }, () => away.merge(post!.id, page)));
      }
      // The post's author is whose page this is; the address names the handle even if the article did not.
      pageOwner = status.owner ?? addressedAccount(address);
    } else if (address.kind === 'profile') {
      if (!firstKept(doc, profileUserName, 'profileUserName', memo)) misses.push({ part: 'profileUserName', detail: 'profile header not found' });
      pageOwner = part(misses, 'profileUserName', null, () => readProfileOwner(doc, address.handle, memo));
      profileText = part(misses, 'profileBio', null, () => readProfileText(doc, memo));
      bioText = part(misses, 'profileBio', null, () => readBio(doc, memo));
      followersShown = part(misses, 'profileFollowers', null, () => readFollowers(doc, memo));
      ({ comments, elements } = withElements(memo, part(misses, 'tweet', [] as Comment[], () => feedReplies(reads))));
      recentPostTimes = uniqueTimes(reads.filter((t) => sameHandle(t.author?.handle, address.handle)));
    } else {
      if (reads.length === 0) misses.push({ part: 'tweet', detail: 'no tweets on the timeline' });
      pageOwner = signedIn;
      ({ comments, elements } = withElements(memo, part(misses, 'tweet', [] as Comment[], () => feedReplies(reads))));
      const replyIds = new Set(comments.map((c) => c.id));
      recentPostTimes = uniqueTimes(reads.filter((t) => !t.id || !replyIds.has(t.id)));
    }
  }


  const snapshot: PageSnapshot = {
    platform: 'x',
    pageKind: address.kind,
    url,
    capturedAt,
    pageOwner,
    signedIn,
    post,
    comments,
    profileText,
    bioText,
    followersShown,
    recentPostTimes,
    uiLanguage,
    misses,
  };
  return { snapshot, elements, composer: composerElement, replyBoxes, ...(offPage?.size ? { offPage } : {}) };
}
