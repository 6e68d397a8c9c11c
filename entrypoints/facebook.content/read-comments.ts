import type { AuthorRef, CommentSnapshot, LayoutMiss, ShownTime } from '@/rules/snapshot';
import { mostPreciseLabel, parseRelativeTime, postedFromLabel, shownTime } from '@/utils/page/relative-time';
import { afterLabel, isHiddenRepliesText, isLabel, mentionsLabel } from './labels';
import { visibleText } from './read-text';
import { allRead, collected, grownList, recalled, type Collection, type ReadMemo } from '@/utils/page/read-memo';
import { commentArticle, commentAuthorLink, commentIdLink, commentTimeLink, machineTime, queryAll, textLine } from './selectors';
import { tryMatches, tryQueryAll } from '@/utils/page/query-fallbacks';
import { profileFromHref, readCommentLink } from './urls';
import { localCommentId } from '@/utils/page/local-comment-id';

export interface ReadComments {
  comments: CommentSnapshot[];
  elements: Map<string, Element>;
  misses: LayoutMiss[];
}

interface ArticleRead {
  comment: CommentSnapshot;
  misses: LayoutMiss[];
}

/**
 * The comment list built so far, grown scan by scan while comments are only appended: a comment
 * read before keeps its object (what follows it on the page, the judgement and the marks, then only
 * look at what is new). Built afresh when the list changed otherwise or a comment was read again.
 */
interface BuiltList {
  /** How many articles are in it. */
  count: number;
  /** The memo's count of forgotten reads when it was built: a comment read again means a fresh build. */
  readsForgotten: number;
  comments: CommentSnapshot[];
  elements: Map<string, Element>;
  misses: LayoutMiss[];
  /** A comment that could not be read: built afresh next time, when it may be readable. */
  failed: boolean;
  idOf: Map<Element, string>;
  byId: Map<string, CommentSnapshot>;
  lastTopLevel: string | null;
  /** Each block (an article's parent element) → the positions of the articles it holds. */
  blocks: Map<Element, number[]>;
  /** The "Visa fler svar" buttons the hidden replies were worked out from, and the comments they belong to. */
  hiddenRepliesButtons: Element[] | null;
  hiddenOwners: Set<string>;
  /** Comments whose own article holds a "Visa fler svar" (replies nested inside the comment): hidden replies whatever the buttons outside say. */
  hiddenInside: Set<string>;
}

const freshList = (readsForgotten: number): BuiltList => ({
  count: 0, readsForgotten, comments: [], elements: new Map(), misses: [], failed: false, idOf: new Map(), byId: new Map(),
  lastTopLevel: null, blocks: new Map(), hiddenRepliesButtons: null, hiddenOwners: new Set(), hiddenInside: new Set(),
});

interface Context {
  url: string;
  now: Date;
  /** The post's author: comments with the "Author" badge and no readable link are theirs. */
  postAuthor: AuthorRef | null;
  /** The page's buttons outside the comments (where "Visa fler svar" is). */
  buttons: Collection;
}

const COMMENT = commentArticle.css.join(', ');
const MACHINE_TIME = machineTime.css.join(', ');
const HIDDEN_REPLIES = 'hiddenReplies';
/** Comments added to the list (and put under their parents) between looks at the clock. */
const BUILD_BATCH = 256;
const isHiddenRepliesButton = (button: Element) => isHiddenRepliesText(button.textContent);
/** A pass that ran out of time: its result is not used. */
const OUT_OF_TIME = (): ReadComments => ({ comments: [], elements: new Map(), misses: [] });

/** Of what a search in a comment finds, what belongs to the comment itself, not to a comment nested inside it. */
type Own = (found: Element[]) => Element[];

/** Most comments hold no other (replies sit beside them): one search tells, and then nothing found needs its ancestors looked at. */
function ownParts(article: Element, holdsReplies: boolean): Own {
  if (!holdsReplies) return (found) => found;
  return (found) => found.filter((el) => el.parentElement?.closest(COMMENT) === article || el === article);
}

/** Of the comment's own id links, those the first of `css` that matches any picks (the author's, the time's). */
function linksMatching(idLinks: Element[], css: readonly string[]): Element[] {
  for (const selector of css) {
    const found = idLinks.filter((a) => tryMatches(a, selector));
    if (found.length) return found;
  }
  return [];
}

/**
 * Every comment and reply in document order. Never throws; a comment that fails is skipped with a miss.
 * With a memo the lists are kept and grown by the next read: a result holds until the next one.
 */
export function readComments(doc: Document, ctx: Context, memo?: ReadMemo): ReadComments {
  const { elements: articles, epoch } = collected(memo, 'commentArticles', doc, commentArticle.css);
  // Facebook shows no machine-readable times today: no comment is searched for one when the page has none.
  const timed = collected(memo, 'machineTimes', doc, machineTime.css).elements.length > 0;
  const readCtx = { ...ctx, timed };
  const readArticle = (article: Element, index: number) => recalled(memo, article, (): ArticleRead => {
    const found: LayoutMiss[] = [];
    return { comment: readOne(article, index, readCtx, found), misses: found };
  });
  // New comments are read first; the lists are built once all are read, not in every pass that runs out of time.
  if (!allRead(memo, articles, readArticle)) return OUT_OF_TIME();

  const list = grownList(memo, 'commentList', { elements: articles, epoch }, freshList);
  const from = list.count;
  let nestingFailure: string | null = null;
  // A long list is built in parts, each within the pass's time: the next pass goes on where this one stopped.
  let to = from;
  while (to < articles.length) {
    if (memo && to > from && memo.timeUp()) break;
    const end = Math.min(articles.length, to + BUILD_BATCH);
    const reads = new Map<Element, CommentSnapshot>();
    for (let index = to; index < end; index++) {
      const article = articles[index];
      try {
        const read = readArticle(article, index);
        if (!read) {
          list.failed = true; // out of time (all were read above, so not expected): this pass is not used, the next builds afresh
          return OUT_OF_TIME();
        }
        if (read.misses.length) list.misses.push(...read.misses);
        let id = read.comment.id;
        for (let n = 2; list.elements.has(id); n++) id = `${read.comment.id}#${n}`; // the same comment shown twice
        list.elements.set(id, article);
        list.idOf.set(article, id);
        reads.set(article, read.comment);
      } catch (error) {
        list.failed = true;
        list.misses.push({ part: 'commentArticle', detail: `comment ${index + 1} could not be read: ${String(error)}` });
      }
    }
    if (nestingFailure === null) {
      try {
        addWithParents(articles, to, end, list, (article) => reads.get(article)!);
      } catch (error) {
        list.failed = true;
        nestingFailure = `reply nesting not read: ${String(error)}`;
      }
    }
    to = end;
  }
  list.count = to;
  const misses = [...list.misses];
  if (nestingFailure) misses.push({ part: 'commentArticle', detail: nestingFailure });
  if (to < articles.length) return OUT_OF_TIME(); // the pass is not used
  try {
    // What each button says is remembered until a change lands inside it (thousands of buttons on a long thread),
    // and only new buttons are asked, within the pass's time.
    const hiddenRepliesButtons = memo ? memo.accepted(HIDDEN_REPLIES, ctx.buttons, isHiddenRepliesButton, true) : ctx.buttons.elements.filter(isHiddenRepliesButton);
    if (!hiddenRepliesButtons) return OUT_OF_TIME();
    if (list.hiddenRepliesButtons !== hiddenRepliesButtons || from < articles.length) {
      markHiddenReplies(hiddenRepliesButtons, articles, list);
      list.hiddenRepliesButtons = hiddenRepliesButtons;
    }
  } catch (error) {
    list.hiddenRepliesButtons = null;
    misses.push({ part: 'button', detail: `hidden replies not read: ${String(error)}` });
  }
  // A copy of the list (pointers only): a result holds after the next read; the element map grows with the list.
  return { comments: list.comments.slice(), elements: list.elements, misses };
}

/** The post's address without query or fragment: the scope of a comment's local id. */
function postKey(url: string): string {
  try {
    const { hostname, pathname } = new URL(url);
    return hostname.replace(/^(?:www|m|web)\./, '') + pathname;
  } catch {
    return url;
  }
}

function readOne(article: Element, index: number, ctx: Context & { timed: boolean }, misses: LayoutMiss[]): CommentSnapshot {
  const label = article.getAttribute('aria-label') ?? '';
  const holdsReplies = article.querySelector(COMMENT) !== null;
  const own = ownParts(article, holdsReplies);
  const idLinks = own(queryAll(article, commentIdLink));
  // The time and name links are id links too: picked from those instead of searching the comment again.
  // Else the last that reads as a time: the time is under the text, the name (which may read as one, "Just nu") above it.
  const timeLink = linksMatching(idLinks, commentTimeLink.css)[0]
    ?? idLinks.findLast((a) => parseRelativeTime(a.textContent ?? '', ctx.now) !== null)
    ?? null;
  const idSource = timeLink ?? idLinks[0] ?? null;
  const { ids, permalink } = readCommentLink(idSource?.getAttribute('href'), ctx.url);
  if (!ids) misses.push({ part: 'commentIdLink', detail: `comment ${index + 1} has no comment_id link` });

  const textRoots = textContainers(article, own);
  const author = readAuthor(article, own, label, ctx, idLinks, timeLink, textRoots);
  if (!author) misses.push({ part: 'commentAuthorLink', detail: `comment ${index + 1} has no author link` });
  // A name alone cannot be told from the page's (never by display name): the thread's status is unknown then, and that is said.
  else if (!author.url && !author.handle) misses.push({ part: 'commentAuthorLink', detail: `comment ${index + 1} has a name but no profile link` });

  const { postedAt, postedShown } = readTime(ctx.timed ? own(tryQueryAll(article, MACHINE_TIME)) : [], timeLink, label, ctx.now);
  if (!postedAt) misses.push({ part: 'commentTimeLink', detail: `comment ${index + 1} shows no readable time` });

  const text = textRoots.map((el) => visibleText(el, { skip: COMMENT })).filter(Boolean).join('\n');
  // Buttons and spans are only looked through when the comment mentions "See more" or "edited" at all.
  const whole = article.textContent;

  return {
    // No comment_id link: a key from the post's address, the writer and the words (a position would move and repeat on every post).
    id: ids?.id ?? localCommentId('fb-local', [postKey(ctx.url), author?.handle ?? author?.name ?? '', text.slice(0, 500)]),
    // Parent from reply_comment_id links; otherwise assignParents works it out from the nesting.
    parentId: ids?.parentId ?? null,
    author: author ?? { name: '', handle: null, url: null },
    text,
    truncated: mentionsLabel(whole, 'seeMore') && own(tryQueryAll(article, '[role="button"]')).some((b) => isLabel(b.textContent, 'seeMore')),
    postedAt,
    postedShown,
    edited: mentionsLabel(whole, 'edited') && isEdited(article, own, textRoots),
    // Replies nested inside the comment come with their "Visa fler svar" inside it too (the page's buttons are looked for outside comments).
    hiddenReplies: holdsReplies && own(tryQueryAll(article, '[role="button"]')).some(isHiddenRepliesButton),
    permalink,
  };
}

/**
 * The comment's name link, else the aria-label. The marked name link is the name whatever it says (a
 * page may be called "Just nu"); of other profile links, one whose text is a time is the time link
 * (it goes to the post, under the page's own address).
 */
function readAuthor(article: Element, own: Own, label: string, ctx: Context, idLinks: Element[], timeLink: Element | null, textRoots: Element[]): AuthorRef | null {
  // The marked name link first, then any profile link of this comment (avatar links have no text);
  // the later kinds are only looked for when the earlier ones do not name the author.
  const kinds = [() => linksMatching(idLinks, commentAuthorLink.css), () => idLinks, () => own(tryQueryAll(article, 'a[href]'))];
  for (const [kind, links] of kinds.entries()) {
    for (const a of links()) {
      const name = visibleText(a).replace(/\n/g, ' ').trim();
      if (!name || name.length > 200 || a === timeLink || (kind > 0 && parseRelativeTime(name, ctx.now))) continue;
      if (textRoots.some((t) => t.contains(a))) continue; // a link or mention inside the text
      const profile = profileFromHref(a.getAttribute('href'), ctx.url);
      if (profile) return { name, handle: profile.handle, url: profile.url };
    }
  }
  // The badge, not the same word written in the comment's text (which would make any comment the page's own).
  const badged = (el: Element) => isLabel(el.textContent, 'authorBadge') && !textRoots.some((t) => t.contains(el) || el.contains(t));
  if (ctx.postAuthor && own(tryQueryAll(article, '[role="button"], span')).some(badged)) {
    return ctx.postAuthor;
  }
  const fromLabel = nameFromLabel(label, ctx.now);
  return fromLabel ? { name: fromLabel, handle: null, url: null } : null;
}

/** "Comment by Lisa Berg a week ago" → "Lisa Berg"; "Svar från Lisa Berg på …" → "Lisa Berg". */
function nameFromLabel(label: string, now: Date): string | null {
  const rest = afterLabel(label, 'commentBy') ?? afterLabel(label, 'replyBy');
  if (!rest) return null;
  const words = rest.split(/\s+/);
  for (let cut = Math.max(1, words.length - 6); cut < words.length; cut++) {
    if (parseRelativeTime(words.slice(cut).join(' '), now)) {
      const name = words.slice(0, cut).join(' ');
      return name.split(/ (?:to|på|till) /)[0].trim() || null;
    }
  }
  return rest.split(/ (?:to|på|till) /)[0].trim() || null;
}

const NO_TIME = { postedAt: null, postedShown: null };

/**
 * A `<time datetime>` (of `machineTimes`) first, then the time link's text or label, then the end of
 * the article's label; with the label as shown and how precise it is ("3 d" is a day, not a minute).
 */
function readTime(machineTimes: Element[], timeLink: Element | null, label: string, now: Date): { postedAt: string | null; postedShown: ShownTime | null } {
  const machine = machineTimes[0];
  if (machine) {
    const dt = machine.getAttribute('datetime');
    const utime = machine.getAttribute('data-utime');
    const date = dt ? new Date(dt) : utime ? new Date(Number(utime) * 1000) : null;
    if (date && !Number.isNaN(date.getTime())) {
      return { postedAt: date.toISOString(), postedShown: shownTime(timeLink?.textContent || machine.textContent || '', 'exact', now) };
    }
  }
  // The link shows an age ("3 tim", "2 v") while its label or tooltip may give the date and clock.
  const best = timeLink && mostPreciseLabel([timeLink.textContent, timeLink.getAttribute('aria-label'), timeLink.getAttribute('title')], now);
  if (best) return best;
  const words = label.split(/\s+/);
  for (let cut = Math.max(0, words.length - 6); cut < words.length; cut++) {
    const read = postedFromLabel(words.slice(cut).join(' '), now);
    if (read) return read;
  }
  return NO_TIME;
}

/** The comment's text lines: outermost `div[dir="auto"]` of this comment, outside links. */
function textContainers(article: Element, own: Own): Element[] {
  const lines = own(queryAll(article, textLine)).filter((el) => !el.closest('a'));
  return lines.filter((el) => !lines.some((other) => other !== el && other.contains(el)));
}

function isEdited(article: Element, own: Own, textRoots: Element[]): boolean {
  return own(tryQueryAll(article, 'span, a, div[role="button"], li')).some(
    // Not the comment's own text saying "Redigerad", nor the span that wraps that text.
    (el) => isLabel(el.textContent, 'edited') && !textRoots.some((t) => t.contains(el) || el.contains(t)),
  );
}

/**
 * Who each reply answers, for the articles from `from` to `to`, added to the list. A reply sits inside
 * its parent's block (the parent article's parent element), after the parent and deeper than it (an
 * article beside it in the same element is a peer): that nesting gives the direct parent. The time
 * link's `comment_id` (with `reply_comment_id`) names the thread's top-level comment; it wins unless
 * the nesting shows a direct parent inside that same thread.
 * Failing both, a "Reply by"/"Svar från" label makes it a reply to the latest top-level comment.
 */
function addWithParents(articles: Element[], from: number, to: number, list: BuiltList, readOf: (article: Element) => CommentSnapshot): void {
  const { byId, idOf, blocks } = list;
  const rootOf = (id: string): string => {
    let cur = id;
    for (let depth = 0; depth < 50; depth++) {
      const parent = byId.get(cur)?.parentId;
      if (!parent || !byId.has(parent)) return cur;
      cur = parent;
    }
    return cur;
  };
  // The positions of the articles each block holds, so the nearest earlier article whose block
  // contains this one is found by walking up its ancestors instead of back through every article
  // (linear in the thread, not quadratic).
  // Articles side by side in the same parent are peers: the search starts above the article's own parent.
  const nearestEnclosing = (article: Element, at: number): Element | null => {
    const position = lastInBlocks(article.parentElement?.parentElement ?? null, blocks, (p) => p < at);
    return position >= 0 ? articles[position] : null;
  };
  for (let index = from; index < to; index++) {
    const article = articles[index];
    const id = idOf.get(article);
    if (id === undefined) continue;
    const read = readOf(article);
    const linked = read.parentId;
    const enclosing = nearestEnclosing(article, index);
    const nested = enclosing ? idOf.get(enclosing) ?? null : null;
    const parentId = linked ? (nested && rootOf(nested) === linked ? nested : linked)
      : nested ?? (afterLabel(article.getAttribute('aria-label'), 'replyBy') && list.lastTopLevel ? list.lastTopLevel : null);
    // The read is kept for as long as the comment is unchanged: the list has copies with its own id and parent.
    const comment: CommentSnapshot = { ...read, id, parentId };
    list.comments.push(comment);
    byId.set(id, comment);
    const block = article.parentElement;
    if (block) (blocks.get(block) ?? blocks.set(block, []).get(block)!).push(index);
    if (!parentId) list.lastTopLevel = id;
    if (read.hiddenReplies) list.hiddenInside.add(id);
  }
}

/** The last position in the innermost of `node`'s blocks (and their ancestors) that `accept` takes; -1 when none. */
function lastInBlocks(node: Element | null, blocks: Map<Element, number[]>, accept: (position: number) => boolean): number {
  let best = -1;
  for (; node; node = node.parentElement) {
    const positions = blocks.get(node);
    if (!positions) continue;
    let lo = 0;
    let hi = positions.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (accept(positions[mid])) lo = mid + 1;
      else hi = mid - 1;
    }
    if (hi >= 0 && positions[hi] > best) best = positions[hi];
  }
  return best;
}

/**
 * "Visa fler svar" / "View more replies" buttons belong to the comment whose block holds them: the
 * last comment before the button in the innermost block (an article's parent element) around it;
 * failing that, the last comment before it on the page. A comment whose flag changes gets a new
 * object, so an unchanged comment keeps its own.
 */
function markHiddenReplies(buttons: Element[], articles: Element[], list: BuiltList): void {
  const owners = new Set<string>();
  const follows = (article: Element, b: Element) => (article.compareDocumentPosition(b) & 4) !== 0; // DOCUMENT_POSITION_FOLLOWING
  for (const b of buttons) {
    // Innermost first: the first block around the button that holds an article before it.
    let position = -1;
    for (let node = b.parentElement; node && position < 0; node = node.parentElement) {
      const positions = list.blocks.get(node);
      if (positions) position = positions.findLast((p) => follows(articles[p], b)) ?? -1;
    }
    const owner = position >= 0 ? articles[position] : lastBefore(articles, b);
    const id = owner ? list.idOf.get(owner) : undefined;
    if (id !== undefined) owners.add(id);
  }
  const changed = [...owners].filter((id) => !list.hiddenOwners.has(id)).concat([...list.hiddenOwners].filter((id) => !owners.has(id)));
  if (changed.length === 0) return;
  const at = new Map(list.comments.map((c, index) => [c.id, index]));
  for (const id of changed) {
    const index = at.get(id);
    if (index === undefined) continue;
    const comment = { ...list.comments[index], hiddenReplies: owners.has(id) || list.hiddenInside.has(id) };
    list.comments[index] = comment;
    list.byId.set(id, comment);
  }
  list.hiddenOwners = owners;
}
/** The last of `articles` (in document order) before `node`, by binary search. */
function lastBefore(articles: Element[], node: Element): Element | undefined {
  let lo = 0;
  let hi = articles.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (articles[mid].compareDocumentPosition(node) & 4) lo = mid + 1;
    else hi = mid - 1;
  }
  return hi >= 0 ? articles[hi] : undefined;
}
