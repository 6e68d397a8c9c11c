import type { AuthorRef, CommentSnapshot, LayoutMiss } from '@/rules/snapshot';
import { parseRelativeTime } from '@/utils/page/relative-time';
import { afterLabel, isHiddenRepliesText, isLabel, labelVariants } from './labels';
import { visibleText } from './read-text';
import { allRead, collected, factOf, kept, recalled, type ReadMemo } from '@/utils/page/read-memo';
import { commentArticle, commentAuthorLink, commentIdLink, commentTimeLink, machineTime, queryAll, textLine } from './selectors';
import { tryQueryAll } from '@/utils/page/query-fallbacks';
import { profileFromHref, readCommentLink } from './urls';

export interface ReadComments {
  comments: CommentSnapshot[];
  elements: Map<string, Element>;
  misses: LayoutMiss[];
}

interface ArticleRead {
  comment: CommentSnapshot;
  misses: LayoutMiss[];
  /** The parent worked out from the nesting, while the comment list's order holds (its epoch). */
  parent?: { epoch: number; id: string | null };
}

/** Each block (an article's parent element) → the positions of the articles it holds; built up as comments are appended. */
interface BlockIndex {
  positions: Map<Element, number[]>;
  /** How many articles are in it so far. */
  length: number;
}

interface Context {
  url: string;
  now: Date;
  /** The post's author: comments with the "Author" badge and no readable link are theirs. */
  postAuthor: AuthorRef | null;
  /** The page's buttons outside the comments (where "Visa fler svar" is). */
  buttons: Element[];
}

const COMMENT = commentArticle.css.join(', ');
const isComment = (el: Element) => el.matches(COMMENT);

/** The elements that belong to this comment itself, not to a comment nested inside it. */
function own(article: Element, found: Element[]): Element[] {
  return found.filter((el) => el.parentElement?.closest(COMMENT) === article || (el === article));
}

function ownAll(article: Element, css: string): Element[] {
  return own(article, tryQueryAll(article, css));
}

/** Every comment and reply in document order. Never throws; a comment that fails is skipped with a miss. */
export function readComments(doc: Document, ctx: Context, memo?: ReadMemo): ReadComments {
  const misses: LayoutMiss[] = [];
  const { elements: articles, epoch } = collected(memo, 'commentArticles', doc, commentArticle.css);
  const comments: CommentSnapshot[] = [];
  const elements = new Map<string, Element>();
  const idOf = new Map<Element, string>();

  const readArticle = (article: Element, index: number) => recalled(memo, article, (): ArticleRead => {
    const found: LayoutMiss[] = [];
    return { comment: readOne(article, index, ctx, found), misses: found };
  });
  // New comments are read first; the lists are built once all are read, not in every pass that runs out of time.
  if (!allRead(memo, articles, readArticle)) return { comments, elements, misses };

  articles.forEach((article, index) => {
    try {
      const read = readArticle(article, index);
      if (!read) return; // out of time: this pass is partial and its result is not used
      if (read.misses.length) misses.push(...read.misses);
      const c = { ...read.comment }; // nesting and duplicates are worked out afresh on every read
      let id = c.id;
      for (let n = 2; elements.has(id); n++) id = `${c.id}#${n}`; // the same comment shown twice
      c.id = id;
      comments.push(c);
      elements.set(id, article);
      idOf.set(article, id);
    } catch (error) {
      misses.push({ part: 'commentArticle', detail: `comment ${index + 1} could not be read: ${String(error)}` });
    }
  });
  if (memo?.ranOut) return { comments, elements, misses };

  try {
    // A comment's parent, worked out from where it sits among the others, holds until comments come
    // or go other than at the end (and until the comment itself changes: its read is forgotten then).
    const remembered = (article: Element, decide: () => string | null): string | null => {
      const read = memo?.known(article) ? readArticle(article, 0) : undefined;
      if (!read) return decide();
      if (read.parent?.epoch !== epoch) read.parent = { epoch, id: decide() };
      return read.parent.id;
    };
    const blocks = kept(memo, 'commentBlocks', epoch, () => ({ positions: new Map<Element, number[]>(), length: 0 }));
    assignParents(articles, comments, idOf, remembered, blocks);
  } catch (error) {
    misses.push({ part: 'commentArticle', detail: `reply nesting not read: ${String(error)}` });
  }
  try {
    // What each button says is remembered until a change lands inside it (thousands of buttons on a long thread).
    const hiddenRepliesButtons = ctx.buttons.filter((b) => factOf(memo, b, 'hiddenReplies', () => isHiddenRepliesText(b.textContent)));
    markHiddenReplies(hiddenRepliesButtons, articles, comments, idOf);
  } catch (error) {
    misses.push({ part: 'button', detail: `hidden replies not read: ${String(error)}` });
  }
  return { comments, elements, misses };
}

function readOne(article: Element, index: number, ctx: Context, misses: LayoutMiss[]): CommentSnapshot {
  const label = article.getAttribute('aria-label') ?? '';
  const idLinks = own(article, queryAll(article, commentIdLink));
  const timeLink = own(article, queryAll(article, commentTimeLink))[0]
    ?? idLinks.find((a) => parseRelativeTime(a.textContent ?? '', ctx.now) !== null)
    ?? null;
  const idSource = timeLink ?? idLinks[0] ?? null;
  const { ids, permalink } = readCommentLink(idSource?.getAttribute('href'), ctx.url);
  if (!ids) misses.push({ part: 'commentIdLink', detail: `comment ${index + 1} has no comment_id link` });

  const textRoots = textContainers(article);
  const author = readAuthor(article, label, ctx, idLinks, textRoots);
  if (!author) misses.push({ part: 'commentAuthorLink', detail: `comment ${index + 1} has no author link` });

  const postedAt = readTime(article, timeLink, label, ctx.now);
  if (!postedAt) misses.push({ part: 'commentTimeLink', detail: `comment ${index + 1} shows no readable time` });

  const text = textRoots.map((el) => visibleText(el, { skip: isComment })).filter(Boolean).join('\n');

  return {
    id: ids?.id ?? `fb-unkeyed-${index + 1}`,
    // Parent from reply_comment_id links; otherwise assignParents works it out from the nesting.
    parentId: ids?.parentId ?? null,
    author: author ?? { name: '', handle: null, url: null },
    text,
    truncated: ownAll(article, '[role="button"]').some((b) => isLabel(b.textContent, 'seeMore')),
    postedAt,
    edited: isEdited(article, textRoots),
    hiddenReplies: false,
    permalink,
  };
}

/** The comment's name link (a profile link with text that is not a time), else the aria-label. */
function readAuthor(article: Element, label: string, ctx: Context, idLinks: Element[], textRoots: Element[]): AuthorRef | null {
  // The marked name link first, then any profile link of this comment (avatar links have no text);
  // the later kinds are only looked for when the earlier ones do not name the author.
  const kinds = [() => own(article, queryAll(article, commentAuthorLink)), () => idLinks, () => ownAll(article, 'a[href]')];
  for (const links of kinds) {
    for (const a of links()) {
      const name = visibleText(a).replace(/\n/g, ' ').trim();
      if (!name || name.length > 200 || parseRelativeTime(name, ctx.now)) continue;
      if (textRoots.some((t) => t.contains(a))) continue; // a link or mention inside the text
      const profile = profileFromHref(a.getAttribute('href'), ctx.url);
      if (profile) return { name, handle: profile.handle, url: profile.url };
    }
  }
  if (ctx.postAuthor && ownAll(article, '[role="button"], span').some((el) => isLabel(el.textContent, 'authorBadge'))) {
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

/** `<time datetime>` first, then the time link's text or label, then the end of the article's label. */
function readTime(article: Element, timeLink: Element | null, label: string, now: Date): string | null {
  const machine = ownAll(article, machineTime.css.join(','))[0];
  if (machine) {
    const dt = machine.getAttribute('datetime');
    const utime = machine.getAttribute('data-utime');
    const date = dt ? new Date(dt) : utime ? new Date(Number(utime) * 1000) : null;
    if (date && !Number.isNaN(date.getTime())) return date.toISOString();
  }
  for (const candidate of [timeLink?.textContent, timeLink?.getAttribute('aria-label'), timeLink?.getAttribute('title')]) {
    const parsed = candidate ? parseRelativeTime(candidate.trim(), now) : null;
    if (parsed) return parsed;
  }
  const words = label.split(/\s+/);
  for (let cut = Math.max(0, words.length - 6); cut < words.length; cut++) {
    const parsed = parseRelativeTime(words.slice(cut).join(' '), now);
    if (parsed) return parsed;
  }
  return null;
}

/** The comment's text lines: outermost `div[dir="auto"]` of this comment, outside links. */
function textContainers(article: Element): Element[] {
  const lines = own(article, queryAll(article, textLine)).filter((el) => !el.closest('a'));
  return lines.filter((el) => !lines.some((other) => other !== el && other.contains(el)));
}

/** Any of the "edited" labels, in any case: most comments were not edited, and their spans need not be read one by one. */
const EDITED_WORD = new RegExp(labelVariants('edited').map((v) => v.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'i');

function isEdited(article: Element, textRoots: Element[]): boolean {
  if (!EDITED_WORD.test(article.textContent ?? '')) return false;
  return ownAll(article, 'span, a, div[role="button"], li').some(
    (el) => isLabel(el.textContent, 'edited') && !textRoots.some((t) => t.contains(el)),
  );
}

/**
 * Who each reply answers. A reply sits inside its parent's block (the parent article's parent
 * element), after the parent: that nesting gives the direct parent. The time link's
 * `comment_id` (with `reply_comment_id`) names the thread's top-level comment; it wins unless the
 * nesting shows a direct parent inside that same thread. Failing both, a "Reply by"/"Svar från"
 * label makes it a reply to the latest top-level comment.
 */
function assignParents(
  articles: Element[], comments: CommentSnapshot[], idOf: Map<Element, string>,
  remembered: (article: Element, decide: () => string | null) => string | null, index: BlockIndex,
): void {
  const byId = new Map(comments.map((c) => [c.id, c]));
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
  // (linear in the thread, not quadratic). Brought up to date only when a comment's place must be found.
  const blocksUpTo = () => {
    for (; index.length < articles.length; index.length++) {
      const article = articles[index.length];
      const block = article.parentElement;
      if (block && idOf.has(article)) (index.positions.get(block) ?? index.positions.set(block, []).get(block)!).push(index.length);
    }
    return index.positions;
  };
  const nearestEnclosing = (article: Element, at: number): Element | null => {
    const blocks = blocksUpTo();
    let best = -1;
    for (let node = article.parentElement; node; node = node.parentElement) {
      const positions = blocks.get(node);
      if (!positions) continue;
      let lo = 0;
      let hi = positions.length - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (positions[mid] < at) lo = mid + 1;
        else hi = mid - 1;
      }
      if (hi >= 0 && positions[hi] > best) best = positions[hi];
    }
    return best >= 0 ? articles[best] : null;
  };
  let lastTopLevel: string | null = null;
  articles.forEach((article, index) => {
    const id = idOf.get(article);
    const comment = id ? byId.get(id) : undefined;
    if (!comment) return;
    const linked = comment.parentId;
    const before = lastTopLevel;
    comment.parentId = remembered(article, () => {
      const enclosing = nearestEnclosing(article, index);
      const nested = enclosing ? idOf.get(enclosing) ?? null : null;
      if (linked) return nested && rootOf(nested) === linked ? nested : linked;
      if (nested) return nested;
      return afterLabel(article.getAttribute('aria-label'), 'replyBy') && before ? before : null;
    });
    if (!comment.parentId) lastTopLevel = comment.id;
  });
}

/**
 * "Visa fler svar" / "View more replies" buttons belong to the comment whose block holds them: the
 * last comment before the button in the innermost block (an article's parent element) around it;
 * failing that, the last comment before it on the page.
 */
function markHiddenReplies(buttons: Element[], articles: Element[], comments: CommentSnapshot[], idOf: Map<Element, string>): void {
  if (buttons.length === 0) return;
  const byId = new Map(comments.map((c) => [c.id, c]));
  const inBlock = new Map<Element, Element[]>();
  for (const article of articles) {
    const block = article.parentElement;
    if (block) (inBlock.get(block) ?? inBlock.set(block, []).get(block)!).push(article);
  }
  const follows = (article: Element, b: Element) => (article.compareDocumentPosition(b) & 4) !== 0; // DOCUMENT_POSITION_FOLLOWING
  for (const b of buttons) {
    let owner: Element | undefined;
    for (let node = b.parentElement; node && !owner; node = node.parentElement) {
      owner = inBlock.get(node)?.findLast((article) => follows(article, b));
    }
    owner ??= lastBefore(articles, b);
    const id = owner ? idOf.get(owner) : undefined;
    const comment = id ? byId.get(id) : undefined;
    if (comment) comment.hiddenReplies = true;
  }
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
