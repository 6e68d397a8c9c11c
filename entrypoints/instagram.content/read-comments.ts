// Comments and replies under a post, read from structure rather than Instagram's churning classes:
// each comment is found by its <time>, identified by its permalink, nested by how Instagram groups a
// comment with its replies in one container.
import type { AuthorRef, CommentSnapshot, LayoutMiss } from '@/rules/snapshot';
import { anyLanguage } from './labels';
import { authorFromLink } from './read-post';
import { labelText, visibleText } from './read-text';
import { readTimeElement } from './read-time';
import { allRead, factOf, once, recalled, type ReadMemo } from '@/utils/page/read-memo';
import { tryQueryAll } from '@/utils/page/query-fallbacks';
import { selectFirst, selectKept } from './select';
import { commentAuthorLink, commentItem, commentText, commentTime, repliesButton } from './selectors';
import type { Strategies } from './strategies';
import { commentLinkFromHref, shortcodeFromHref, usernameFromHref } from './urls';

export interface CommentsRead {
  comments: CommentSnapshot[];
  elements: Map<string, Element>;
  misses: LayoutMiss[];
}

interface Found {
  time: Element;
  element: Element;
  linkParentId: string | null;
  snapshot: CommentSnapshot;
}

const editedLabels = new Set(anyLanguage('edited').map((l) => l.toLowerCase()));
const moreLabels = new Set(anyLanguage('more').map((l) => l.toLowerCase()));
const replyLabels = new Set(anyLanguage('reply').map((l) => l.toLowerCase()));

/** A comment's element: its list item when that holds only this comment, else the widest such ancestor. */
function elementOf(time: Element, root: Element, strategies: Strategies, memo?: ReadMemo): Element {
  const item = time.closest(commentItem.css[0]);
  // Whether the item holds one time is remembered on the item, so a reply added inside it is seen;
  // [1] stops at a second time instead of counting every time in a long list.
  const singleTime = (el: Element) => factOf(memo, el, 'singleTime', () => el.getElementsByTagName('time')[1] === undefined);
  if (item && item !== root && root.contains(item) && singleTime(item)) {
    strategies.commentElement ??= 'list-item';
    return item;
  }
  strategies.commentElement = 'widest-single-time-ancestor';
  let current: Element = time;
  while (current.parentElement && current.parentElement !== root) {
    const parent: Element = current.parentElement;
    if (parent.getElementsByTagName('time')[1] !== undefined || parent.querySelector('textarea, form')) break;
    current = parent;
  }
  return current;
}

function readAuthor(element: Element, strategies: Strategies): AuthorRef | null {
  const found = selectFirst(element, commentAuthorLink);
  if (found.matched) strategies.commentAuthor ??= found.matched;
  const named = found.elements.find((a) => labelText(a) !== '');
  const link = named ?? found.elements[0];
  return link ? authorFromLink(link) : null;
}

function isInsideHeadingOrProfileLink(el: Element, element: Element): boolean {
  for (let node: Element | null = el; node && node !== element; node = node.parentElement) {
    const tag = node.tagName.toUpperCase();
    if (tag === 'H1' || tag === 'H2' || tag === 'H3') return true;
    if (tag === 'A' && usernameFromHref(node.getAttribute('href')) && labelText(node) === labelText(el)) return true;
  }
  return false;
}

function readText(element: Element, author: AuthorRef | null, strategies: Strategies): { text: string; textElement: Element | null } {
  const found = selectFirst(element, commentText, (el) => !isInsideHeadingOrProfileLink(el, element));
  // Nested dir=auto spans: keep the outermost, it holds the whole text.
  const outer = found.elements.filter((el) => !found.elements.some((other) => other !== el && other.contains(el)));
  const textElement = outer.find((el) => visibleText(el) !== '' && visibleText(el) !== author?.handle) ?? null;
  if (textElement) {
    strategies.commentText ??= found.matched;
    return { text: visibleText(textElement), textElement };
  }
  // Last resort: everything in the comment but its username heading and meta row labels.
  strategies.commentText = 'element-text';
  const text = visibleText(element, (el) => {
    const tag = el.tagName.toUpperCase();
    return tag === 'H2' || tag === 'H3' || (tag === 'A' && usernameFromHref(el.getAttribute('href')) !== null);
  });
  const lines = text.split('\n').filter((line) => {
    const lower = line.trim().toLowerCase();
    return lower !== '' && !editedLabels.has(lower) && !replyLabels.has(lower) && !/^\d[\d\s]*\s+\p{L}+-?\p{L}*$/u.test(lower);
  });
  return { text: lines.join('\n'), textElement: null };
}

/** Labels are a word or two: a longer text is not read through (a comment has hundreds of spans). */
const LONGEST_LABEL = Math.max(...[...editedLabels, ...moreLabels].map((l) => l.length)) + 8;

function hasLabel(element: Element, css: string, wanted: Set<string>, except: Element | null): boolean {
  return tryQueryAll(element, css).some((el) => {
    const raw = el.textContent ?? '';
    if (raw.length > LONGEST_LABEL * 4) return false; // far too long to be a label, whatever its spacing
    return !(except && except.contains(el)) && wanted.has(labelText(el).replace(/^[•·…\s]+/, '').toLowerCase());
  });
}

interface Located {
  time: Element;
  element: Element;
}

interface LocatedAll {
  located: Located[];
  unreadable: LayoutMiss[];
}

/** The last scan's comment elements per memo, with the times they were found for. */
const lastLocated = new WeakMap<ReadMemo, { root: Element; times: Element[]; all: LocatedAll; listItems: boolean; forgotten: number }>();

/**
 * Each time's comment element. Kept from scan to scan: when the times only grew at the end and every
 * kept element is a list item that still holds one time (a change inside one makes the memo forget
 * that, which its count of forgotten facts shows), only the new times are located, not all of a long
 * thread's again.
 */
function locateAll(times: Element[], root: Element, strategies: Strategies, memo?: ReadMemo): LocatedAll {
  const before = memo && lastLocated.get(memo);
  const keeps = before !== undefined && before.root === root && before.listItems && before.forgotten === memo!.forgottenCount('singleTime')
    && before.times.length <= times.length && before.all.unreadable.length === 0 && before.times.every((time, i) => times[i] === time);
  const located = keeps ? [...before.all.located] : [];
  const unreadable: LayoutMiss[] = [];
  let listItems = true; // so far (a kept list was all list items)
  if (keeps && located.length) strategies.commentElement ??= 'list-item';
  for (let i = located.length; i < times.length; i++) {
    try {
      const element = elementOf(times[i], root, strategies, memo);
      located.push({ time: times[i], element });
      if (memo) listItems &&= memo.knows(element, 'singleTime'); // known of the element itself only when it is the list item
    } catch (error) {
      unreadable.push({ part: 'commentItem', detail: `a comment could not be read: ${String(error).slice(0, 120)}` });
    }
  }
  const all = { located, unreadable };
  if (memo) lastLocated.set(memo, { root, times, all, listItems, forgotten: memo.forgottenCount('singleTime') });
  return all;
}

function syntheticId(author: AuthorRef | null, postedAt: string | null, text: string): string {
  // No permalink on the page: a key from what is shown, stable across rescans of the same page.
  let hash = 0;
  const source = `${author?.handle ?? ''}|${postedAt ?? ''}|${text.slice(0, 200)}`;
  for (let i = 0; i < source.length; i++) hash = (Math.imul(hash, 31) + source.charCodeAt(i)) | 0;
  return `ig-local-${(hash >>> 0).toString(36)}`;
}

function readOne(time: Element, element: Element, now: Date, strategies: Strategies): Found {
  const link = commentLinkFromHref(time.closest('a')?.getAttribute('href') ?? null);
  const author = readAuthor(element, strategies);
  const { text, textElement } = readText(element, author, strategies);
  const postedAt = readTimeElement(time, now)?.iso ?? null;
  const snapshot: CommentSnapshot = {
    id: link?.id ?? syntheticId(author, postedAt, text),
    parentId: null,
    author: author ?? { name: '', handle: null, url: null },
    text,
    truncated: hasLabel(element, '[role="button"], button', moreLabels, null),
    postedAt,
    edited: hasLabel(element, 'span, div', editedLabels, textElement),
    hiddenReplies: false,
    permalink: link?.permalink ?? null,
  };
  return { time, element, linkParentId: link?.parentId ?? null, snapshot };
}

/**
 * The list that holds the caption and every comment. The comments are in page order, and what holds
 * the first and the last holds every one between them: three elements say it, not thousands.
 */
function commentList(captionItem: Element | null, found: Found[]): Element | null {
  const ends = found.length ? [found[0].element, found[found.length - 1].element] : [];
  return lowestCommonAncestor([...(captionItem ? [captionItem] : []), ...ends]);
}

function lowestCommonAncestor(elements: Element[]): Element | null {
  if (elements.length === 0) return null;
  let candidate: Element | null = elements[0].parentElement;
  while (candidate && !elements.every((el) => candidate!.contains(el))) candidate = candidate.parentElement;
  return candidate;
}

/** The child of `list` that holds `el`: a top-level comment's group with its replies. */
function branchOf(el: Element, list: Element): Element | null {
  let current: Element | null = el;
  while (current && current.parentElement !== list) current = current.parentElement;
  return current;
}

/**
 * Replies: a `/c/<parent>/r/<id>/` link says so outright; otherwise a comment that shares its group
 * (the list entry that holds a comment with its replies) with an earlier comment replies to the
 * group's first comment. Instagram nests one level only.
 */
function assignParents(found: Found[], captionItem: Element | null, strategies: Strategies): Map<Element, Found> {
  const firstInBranch = new Map<Element, Found>();
  const list = commentList(captionItem, found);
  const ids = new Set(found.map((f) => f.snapshot.id));
  for (const item of found) {
    if (item.linkParentId && item.linkParentId !== item.snapshot.id) {
      item.snapshot.parentId = item.linkParentId;
      strategies.replyNesting = 'reply-link';
      if (!ids.has(item.linkParentId)) continue;
    }
    const branch = list && found.length > 1 ? branchOf(item.element, list) : null;
    if (!branch) continue;
    const first = firstInBranch.get(branch);
    if (!first) {
      firstInBranch.set(branch, item);
      continue;
    }
    if (!item.snapshot.parentId) {
      item.snapshot.parentId = first.snapshot.id;
      strategies.replyNesting ??= 'shared-group';
    }
  }
  return firstInBranch;
}

/** "Visa svar (3)" / "View replies (3)": the replies of the group's first comment are not all shown. */
function markHiddenReplies(buttons: Element[], found: Found[], firstInBranch: Map<Element, Found>, captionItem: Element | null): void {
  const list = commentList(captionItem, found);
  const topLevel = found.filter((f) => f.snapshot.parentId === null);
  for (const button of buttons) {
    const branch = list ? branchOf(button, list) : null;
    let owner = branch ? firstInBranch.get(branch) : undefined;
    if (!owner) {
      // Not inside a group: the last top-level comment before the button.
      owner = topLevel.filter((f) => f.element.contains(button) || f.element.compareDocumentPosition(button) & 4).at(-1);
    }
    if (owner && owner.snapshot.parentId === null) owner.snapshot.hiddenReplies = true;
  }
}

/** Every comment and reply under the post in `root`, in page order. */
export function readComments(root: Element, captionItem: Element | null, now: Date, strategies: Strategies, memo?: ReadMemo): CommentsRead {
  const misses: LayoutMiss[] = [];
  // Where the comments are (their times, then each one's element): the times are kept from scan to
  // scan, each one's element found once per scan.
  const selected = selectKept(root, commentTime, 'commentTime', memo, {
    sliced: true,
    accept: (time) => {
      if (captionItem?.contains(time)) return false;
      const href = time.closest('a')?.getAttribute('href') ?? null;
      return !(shortcodeFromHref(href) && !commentLinkFromHref(href));
    },
  });
  if (memo?.ranOut) return { comments: [], elements: new Map(), misses };
  const times = once(memo, 'commentElements', () => ({ matched: selected.matched, ...locateAll(selected.elements, root, strategies, memo) }));
  misses.push(...times.unreadable);
  if (memo?.ranOut) return { comments: [], elements: new Map(), misses };
  strategies.commentTime = times.matched;
  const found: Found[] = [];
  const seen = new Set<string>();
  let withoutAuthor = 0;
  // What every button says (thousands on a long thread) is read within the pass's time, then
  // remembered; before the comments, so a pass that reads the last comments ends with them.
  const buttons = selectKept(root, repliesButton, 'repliesButton', memo, { sliced: true }).elements;
  if (memo?.ranOut) return { comments: [], elements: new Map(), misses };
  const readLocated = ({ time, element }: { time: Element; element: Element }) => recalled(memo, element, () => readOne(time, element, now, strategies));
  // New comments are read first; the list is built once all are read, not in every pass that runs out of time.
  if (!allRead(memo, times.located, readLocated, (l) => l.element)) return { comments: [], elements: new Map(), misses };
  for (const located of times.located) {
    try {
      const read = readLocated(located);
      if (!read) continue; // out of time: this pass is partial and its result is not used
      const item = { ...read, snapshot: { ...read.snapshot } }; // nesting is worked out afresh on every read
      // Every Instagram comment names its writer; a time without one is not a comment we recognise.
      if (!item.snapshot.author.handle) {
        withoutAuthor++;
        continue;
      }
      if (seen.has(item.snapshot.id)) continue;
      seen.add(item.snapshot.id);
      found.push(item);
    } catch (error) {
      misses.push({ part: 'commentItem', detail: `a comment could not be read: ${String(error).slice(0, 120)}` });
    }
  }
  const firstInBranch = assignParents(found, captionItem, strategies);
  markHiddenReplies(buttons, found, firstInBranch, captionItem);

  if (withoutAuthor > 0) {
    misses.push({ part: 'commentAuthorLink', detail: `${withoutAuthor} time(s) without a commenter's profile link were left out` });
  }
  const withoutId = found.filter((f) => f.snapshot.permalink === null).length;
  if (withoutId > 0) misses.push({ part: 'commentTime', detail: `${withoutId} comment(s) without a permalink; ids made up from author, time and text` });

  const elements = new Map<string, Element>();
  for (const f of found) elements.set(f.snapshot.id, f.element);
  return { comments: found.map((f) => f.snapshot), elements, misses };
}
