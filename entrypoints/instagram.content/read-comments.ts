// Comments and replies under a post, read from structure rather than Instagram's churning classes:
// each comment is found by its <time>, identified by its permalink, nested by how Instagram groups a
// comment with its replies in one container.
import type { AuthorRef, CommentSnapshot, LayoutMiss } from '@/rules/snapshot';
import { anyLanguage, isCommentMark } from './labels';
import { leadingMentions } from './mentions';
import { authorFromLink } from './read-post';
import { labelText, visibleText } from './read-text';
import { readTimeElement } from './read-time';
import { allRead, factOf, kept, recalled, type ReadMemo } from '@/utils/page/read-memo';
import { tryQueryAll } from '@/utils/page/query-fallbacks';
import { labelWords } from '@/utils/page/label-words';
import { selectFirst, selectKept } from './select';
import { commentAuthorLink, commentItem, commentText, commentTime, repliesButton } from './selectors';
import type { Strategies } from './strategies';
import { commentLinkFromHref, shortcodeFromHref, usernameFromHref } from './urls';
import { localCommentId } from '@/utils/page/local-comment-id';
import { comesAfter } from '@/utils/page/document-order';

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

/** Comments added to the list between looks at the clock. */
const BUILD_BATCH = 256;

const editedLabels = new Set(anyLanguage('edited').map((l) => l.toLowerCase()));
const moreLabels = new Set(anyLanguage('more').map((l) => l.toLowerCase()));

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

/**
 * Whether a span that says what a site mark says ("Redigerad", "Svara", "Fäst") stands where the
 * comment's text does: after the username heading, before the time, in no button or link. Someone
 * may comment just "Redigerad"; the site's marks sit above the name, in the row with the time, or in buttons.
 */
function standsAsText(el: Element, element: Element, time: Element): boolean {
  if (el.closest('button, [role="button"], a')) return false;
  const heading = element.querySelector('h2, h3');
  const follows = comesAfter;
  return !!heading && follows(heading, el) && !heading.contains(el) && follows(el, time) && !el.contains(time);
}

function readText(element: Element, author: AuthorRef | null, strategies: Strategies, time: Element): { text: string; textElement: Element | null } {
  const found = selectFirst(element, commentText, (el) => !isInsideHeadingOrProfileLink(el, element));
  // Nested dir=auto spans: keep the outermost, it holds the whole text.
  const outer = found.elements.filter((el) => !found.elements.some((other) => other !== el && other.contains(el)));
  for (const el of outer) {
    const text = visibleText(el);
    // A pinned comment's "Fäst" may come first, and a comment without text (a GIF) has only such labels.
    if (text === '' || text === author?.handle || (isCommentMark(text) && !standsAsText(el, element, time))) continue;
    strategies.commentText ??= found.matched;
    return { text, textElement: el };
  }
  // Last resort: everything in the comment but its username heading and meta row labels.
  strategies.commentText = 'element-text';
  const text = visibleText(element, (el) => {
    const tag = el.tagName.toUpperCase();
    return tag === 'H2' || tag === 'H3' || (tag === 'A' && usernameFromHref(el.getAttribute('href')) !== null);
  });
  const lines = text.split('\n').filter((line) => {
    const lower = line.trim().toLowerCase();
    return lower !== '' && !isCommentMark(lower) && !META_COUNT.test(lower);
  });
  return { text: lines.join('\n'), textElement: null };
}

/**
 * A line of the meta row read as text: an age ("3 tim", "2 d", "1 v") or a count of replies; a
 * comment's own "3 barn" or "100 procent" is text.
 */
const META_COUNT = /^\d[\d\s]*\s*(?:s|sek|m|min|t|tim|h|d|v|w|y|å|svar|repl(?:y|ies))$/u;

/** Labels are a word or two: a longer text is not read through (a comment has hundreds of spans). */
const LONGEST_LABEL = Math.max(...[...editedLabels, ...moreLabels].map((l) => l.length)) + 8;

/** The labels' words anywhere in a comment: its spans are only looked through when they are there. */
const mentionsEdited = labelWords([...editedLabels].map((l) => l.replace(/^[•·…\s]+/, '')));
const mentionsMore = labelWords([...moreLabels].map((l) => l.replace(/^[•·…\s]+/, '')));

function hasLabel(element: Element, css: string, wanted: Set<string>, except: Element | null, mentioned: RegExp, whole: string): boolean {
  if (!mentioned.test(whole)) return false;
  return tryQueryAll(element, css).some((el) => {
    const raw = el.textContent ?? '';
    if (raw.length > LONGEST_LABEL * 4) return false; // far too long to be a label, whatever its spacing
    return !(except && (except.contains(el) || el.contains(except))) && wanted.has(labelText(el).replace(/^[•·…\s]+/, '').toLowerCase());
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

/** The last scan's comment elements, with the times they were found for (kept in the memo, which forgets them with the page). */
interface LastLocated {
  root: Element;
  times: Element[];
  all: LocatedAll;
  listItems: boolean;
  forgotten: number;
}
const LOCATED = 'instagram:located';

/**
 * Each time's comment element. Kept from scan to scan: when the times only grew at the end and every
 * kept element is a list item that still holds one time (a change inside one makes the memo forget
 * that, which its count of forgotten facts shows), only the new times are located, not all of a long
 * thread's again. A long list is located in parts within the pass's time: null when it ran out, and
 * the next pass goes on from there.
 */
function locateAll(times: Element[], root: Element, strategies: Strategies, memo?: ReadMemo): LocatedAll | null {
  const before = memo?.remembered<LastLocated>(LOCATED);
  const keeps = before !== undefined && before.root === root && before.listItems && before.forgotten === memo!.forgottenCount('singleTime')
    && before.times.length <= times.length && before.all.unreadable.length === 0 && before.times.every((time, i) => times[i] === time);
  const located = keeps ? [...before.all.located] : [];
  const unreadable: LayoutMiss[] = [];
  let listItems = true; // so far (a kept list was all list items)
  if (keeps && located.length) strategies.commentElement ??= 'list-item';
  const first = located.length;
  for (let i = first; i < times.length; i++) {
    // Out of time: what is located so far is kept as if the times ended here, and the next pass goes on from it.
    // Only a list of list items so far can be gone on from (see `keeps`); any other is located in one go.
    if (memo && listItems && unreadable.length === 0 && i > first && (i - first) % BUILD_BATCH === 0 && memo.timeUp()) {
      memo.remember<LastLocated>(LOCATED, { root, times: times.slice(0, i), all: { located, unreadable }, listItems, forgotten: memo.forgottenCount('singleTime') });
      return null;
    }
    try {
      const element = elementOf(times[i], root, strategies, memo);
      located.push({ time: times[i], element });
      if (memo) listItems &&= memo.knows(element, 'singleTime'); // known of the element itself only when it is the list item
    } catch (error) {
      unreadable.push({ part: 'commentItem', detail: `a comment could not be read: ${String(error).slice(0, 120)}` });
    }
  }
  const all = { located, unreadable };
  if (memo) memo.remember<LastLocated>(LOCATED, { root, times, all, listItems, forgotten: memo.forgottenCount('singleTime') });
  return all;
}

function syntheticId(author: AuthorRef | null, postedAt: string | null, text: string): string {
  // No permalink on the page: the exact time the page gives sets the comment apart from the same words elsewhere.
  return localCommentId('ig-local', [author?.handle ?? '', postedAt ?? '', text.slice(0, 200)]);
}

function readOne(time: Element, element: Element, now: Date, strategies: Strategies): Found {
  const link = commentLinkFromHref(time.closest('a')?.getAttribute('href') ?? null);
  const author = readAuthor(element, strategies);
  const { text, textElement } = readText(element, author, strategies, time);
  const read = readTimeElement(time, now);
  const postedAt = read?.iso ?? null;
  const whole = element.textContent ?? '';
  const snapshot: CommentSnapshot = {
    id: link?.id ?? syntheticId(author, postedAt, text),
    parentId: null,
    author: author ?? { name: '', handle: null, url: null },
    text,
    truncated: hasLabel(element, '[role="button"], button', moreLabels, null, mentionsMore, whole),
    postedAt,
    postedShown: read?.shown ?? null,
    edited: hasLabel(element, 'span, div', editedLabels, textElement, mentionsEdited, whole),
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
 * The comments found so far, in page order, grown scan by scan while comments are only added after
 * them: built afresh when an earlier one changed or moved, was read again (the memo's count of
 * forgotten reads), or when what the nesting rests on changed (the list around them, a parent named
 * by a link showing up later).
 */
interface FoundSoFar {
  /** The comment elements looked at, in page order (found or left out). */
  located: Element[];
  readsForgotten: number;
  captionItem: Element | null;
  failed: boolean;
  found: Found[];
  seen: Set<string>;
  /** Each comment's element by id, grown with `found` (the map is shared with the next read). */
  elements: Map<string, Element>;
  withoutAuthor: number;
  withoutId: number;
  /** The element holding every comment group, as it was worked out from the first and last comment. */
  list: Element | null;
  firstInBranch: Map<Element, Found>;
  /** Parents a reply link named that were not among the comments (yet). */
  missingParents: Set<string>;
  replyNesting: Strategies['replyNesting'];
  /** The buttons the hidden replies were last worked out from. */
  buttons: Element[] | null;
  /** The comments flagged with hidden replies; every other one in `found` is without the flag. */
  hiddenOwners: Set<Found>;
  /** The page owner's handle, lowercased: its top-level comments starting "@handle" answer that commenter. */
  ownerHandle: string | null;
  /** Each commenter's (by handle, lowercased) last comment so far. */
  lastByHandle: Map<string, Found>;
  /** The page owner's top-level comments nested under the comment their leading "@handle" answers. */
  mentionAnswers: Set<Found>;
}

const nothingFound = (readsForgotten: number, captionItem: Element | null, ownerHandle: string | null): FoundSoFar => ({
  located: [], readsForgotten, captionItem, failed: false, found: [], seen: new Set(), elements: new Map(), withoutAuthor: 0, withoutId: 0, list: null,
  firstInBranch: new Map(), missingParents: new Set(), replyNesting: null, buttons: null, hiddenOwners: new Set(),
  ownerHandle, lastByHandle: new Map(), mentionAnswers: new Set(),
});

/** Whether the comments found so far are still where they were, first among `located`. */
function stillFirst(sofar: FoundSoFar, located: Located[], readsForgotten: number, captionItem: Element | null, ownerHandle: string | null): boolean {
  if (sofar.failed || sofar.readsForgotten !== readsForgotten || sofar.captionItem !== captionItem || sofar.ownerHandle !== ownerHandle) return false;
  if (located.length < sofar.located.length) return false;
  for (let i = 0; i < sofar.located.length; i++) if (located[i].element !== sofar.located[i]) return false;
  return true;
}

/** Parents for the comments from `from` on, in page order: as the page nests them, then by a leading "@handle". */
function assignParents(sofar: FoundSoFar, from: number): void {
  for (const item of sofar.found.slice(from)) {
    nestAsShown(sofar, item);
    answerByMention(sofar, item);
    const handle = item.snapshot.author.handle?.toLowerCase();
    if (handle) sofar.lastByHandle.set(handle, item);
  }
}

/**
 * A reply as the page shows it: a `/c/<parent>/r/<id>/` link says so outright; otherwise a comment
 * that shares its group (the list entry that holds a comment with its replies) with an earlier
 * comment replies to the group's first comment. Instagram nests one level only.
 */
function nestAsShown(sofar: FoundSoFar, item: Found): void {
  const { found, firstInBranch, seen: ids } = sofar;
  if (item.linkParentId && item.linkParentId !== item.snapshot.id) {
    item.snapshot.parentId = item.linkParentId;
    sofar.replyNesting = 'reply-link';
    if (!ids.has(item.linkParentId)) {
      sofar.missingParents.add(item.linkParentId);
      return;
    }
  }
  const branch = sofar.list && found.length > 1 ? branchOf(item.element, sofar.list) : null;
  if (!branch) return;
  const first = firstInBranch.get(branch);
  if (!first) {
    firstInBranch.set(branch, item);
    return;
  }
  if (!item.snapshot.parentId) {
    item.snapshot.parentId = first.snapshot.id;
    sofar.replyNesting ??= 'shared-group';
  }
}

/**
 * A top-level comment by the page owner that starts "@karin.lund" answers karin.lund's nearest
 * earlier comment, as pressing Svara under it would have (the site writes the same "@handle"): it
 * goes in that comment's thread. Only the nearest: an older question of hers the answer may not
 * cover keeps its badge, for the editor to look at, rather than pass as answered unread. By the
 * handle of the profile link only (the author's handle), never by a display name. "@anna @pelle
 * Hej båda!" answers both: Anna's comment is its parent, Pelle's one it also answers.
 */
function answerByMention(sofar: FoundSoFar, item: Found): void {
  const { snapshot } = item;
  if (snapshot.parentId !== null || !sofar.ownerHandle || snapshot.author.handle?.toLowerCase() !== sofar.ownerHandle) return;
  const answered = leadingMentions(snapshot.text)
    .filter((handle) => handle !== sofar.ownerHandle)
    .map((handle) => sofar.lastByHandle.get(handle))
    .filter((found): found is Found => found !== undefined);
  if (answered.length === 0) return;
  snapshot.parentId = answered[0].snapshot.id;
  if (answered.length > 1) snapshot.alsoAnswers = answered.slice(1).map((found) => found.snapshot.id);
  sofar.mentionAnswers.add(item);
}

/** On the page, not a reply: a comment the page owner answered by "@handle" included. */
const shownTopLevel = (sofar: FoundSoFar, f: Found) => f.snapshot.parentId === null || sofar.mentionAnswers.has(f);

/** "Visa svar (3)" / "View replies (3)": the replies of the group's first comment are not all shown. */
function hiddenRepliesOwners(buttons: Element[], sofar: FoundSoFar): Set<Found> {
  const { found, firstInBranch, list } = sofar;
  const topLevelOnPage = (f: Found) => shownTopLevel(sofar, f);
  const owners = new Set<Found>();
  if (buttons.length === 0) return owners;
  let topLevel: Found[] | undefined; // only for a button outside every group
  for (const button of buttons) {
    const branch = list ? branchOf(button, list) : null;
    let owner = branch ? firstInBranch.get(branch) : undefined;
    if (!owner) {
      // Not inside a group: the last top-level comment before the button.
      topLevel ??= found.filter(topLevelOnPage);
      owner = topLevel.filter((f) => f.element.contains(button) || f.element.compareDocumentPosition(button) & 4).at(-1);
    }
    if (owner && topLevelOnPage(owner)) owners.add(owner);
  }
  return owners;
}

/** Every comment and reply under the post in `root`, in page order. */
export function readComments(
  root: Element, captionItem: Element | null, now: Date, strategies: Strategies, memo?: ReadMemo, owner: AuthorRef | null = null,
): CommentsRead {
  const ownerHandle = owner?.handle?.replace(/^@/, '').toLowerCase() || null;
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
  // Each time's comment element, kept from scan to scan (see locateAll): a later pass of the scan finds them kept.
  const locatedAll = locateAll(selected.elements, root, strategies, memo);
  if (!locatedAll || memo?.ranOut) return { comments: [], elements: new Map(), misses };
  const times = { matched: selected.matched, ...locatedAll };
  misses.push(...times.unreadable);
  strategies.commentTime = times.matched;
  // What every button says (thousands on a long thread) is read within the pass's time, then
  // remembered; before the comments, so a pass that reads the last comments ends with them.
  const buttons = selectKept(root, repliesButton, 'repliesButton', memo, { sliced: true }).elements;
  if (memo?.ranOut) return { comments: [], elements: new Map(), misses };
  const readLocated = ({ time, element }: { time: Element; element: Element }) => recalled(memo, element, () => readOne(time, element, now, strategies));
  // New comments are read first; the list is built once all are read, not in every pass that runs out of time.
  if (!allRead(memo, times.located, readLocated, (l) => l.element)) return { comments: [], elements: new Map(), misses };
  const { located } = times;
  const forgotten = memo?.readsForgotten ?? 0;
  const box = kept(memo, 'foundComments', 0, () => ({ sofar: nothingFound(forgotten, captionItem, ownerHandle) }));
  let sofar = stillFirst(box.sofar, located, forgotten, captionItem, ownerHandle) ? box.sofar : nothingFound(forgotten, captionItem, ownerHandle);
  const from = sofar.found.length;
  const first = sofar.located.length;
  const nest = (batchFrom: number) => nestFrom(sofar, batchFrom, captionItem, forgotten, memo, (f) => readLocated(f)!.snapshot);
  // A long list is built in parts, each nested as it is added and within the pass's time (the pass
  // then ends): the next pass goes on from there.
  for (let index = first; index < located.length;) {
    if (memo && index > first && memo.timeUp()) break;
    const batchFrom = sofar.found.length;
    for (const end = Math.min(located.length, index + BUILD_BATCH); index < end; index++) {
      const item = located[index];
      sofar.located.push(item.element);
      try {
        const read = readLocated(item);
        if (!read) continue; // not expected: every comment was read above
        // Every Instagram comment names its writer; a time without one is not a comment we recognise.
        if (!read.snapshot.author.handle) {
          sofar.withoutAuthor++;
          continue;
        }
        if (sofar.seen.has(read.snapshot.id)) continue;
        sofar.seen.add(read.snapshot.id);
        sofar.found.push({ ...read, snapshot: { ...read.snapshot } }); // the read is kept as read; nesting goes in the copy
        sofar.elements.set(read.snapshot.id, read.element);
        if (read.snapshot.permalink === null) sofar.withoutId++;
      } catch (error) {
        sofar.failed = true;
        misses.push({ part: 'commentItem', detail: `a comment could not be read: ${String(error).slice(0, 120)}` });
      }
    }
    sofar = nest(batchFrom);
  }
  if (sofar.located.length === first) sofar = nest(from); // nothing new: the list around the groups may still have changed
  box.sofar = sofar;
  if (sofar.located.length < located.length) return { comments: [], elements: new Map(), misses }; // out of time: not used
  if (sofar.replyNesting) strategies.replyNesting = sofar.replyNesting;
  if (buttons !== sofar.buttons || from < sofar.found.length) markHiddenReplies(buttons, sofar, memo);

  if (sofar.withoutAuthor > 0) {
    misses.push({ part: 'commentAuthorLink', detail: `${sofar.withoutAuthor} time(s) without a commenter's profile link were left out` });
  }
  if (sofar.withoutId > 0) misses.push({ part: 'commentTime', detail: `${sofar.withoutId} comment(s) without a permalink; ids made up from author, time and text` });
  return { comments: sofar.found.map((f) => f.snapshot), elements: sofar.elements, misses };
}

/**
 * Nests the comments found from `from` on. All of them are nested again when that no longer holds:
 * the list around all groups changed, or a new comment is one an earlier reply named as its parent.
 */
function nestFrom(
  sofar: FoundSoFar, from: number, captionItem: Element | null, forgotten: number, memo: ReadMemo | undefined,
  asRead: (f: Found) => CommentSnapshot,
): FoundSoFar {
  const list = commentList(captionItem, sofar.found);
  const addedParents = sofar.found.slice(from).some((f) => sofar.missingParents.has(f.snapshot.id));
  if (from > 0 && (list !== sofar.list || from < 2 || addedParents)) {
    const again = nothingFound(forgotten, captionItem, sofar.ownerHandle);
    const { located, failed, found, seen, elements, withoutAuthor, withoutId } = sofar;
    Object.assign(again, { located, failed, found, seen, elements, withoutAuthor, withoutId });
    for (const f of found) f.snapshot = { ...asRead(f) }; // as read, before any nesting
    assignAll(again, list, 0, memo);
    return again;
  }
  assignAll(sofar, list, from, memo);
  return sofar;
}

/** Nests the comments from `from` on, and gives each new comment the object an earlier read gave it when it says the same. */
function assignAll(sofar: FoundSoFar, list: Element | null, from: number, memo?: ReadMemo): void {
  sofar.list = list;
  assignParents(sofar, from);
  for (const f of sofar.found.slice(from)) f.snapshot = memo ? memo.sameAsBefore(f.element, f.snapshot) : f.snapshot;
}

/**
 * Marks the comments whose replies are hidden; a comment whose flag changes gets a new object. Only
 * the last owners and the new ones are looked at: every other comment is as read, without the flag.
 */
function markHiddenReplies(buttons: Element[], sofar: FoundSoFar, memo?: ReadMemo): void {
  const owners = hiddenRepliesOwners(buttons, sofar);
  const flag = (f: Found, hidden: boolean) => {
    if (f.snapshot.hiddenReplies === hidden) return;
    const changed = { ...f.snapshot, hiddenReplies: hidden };
    f.snapshot = memo ? memo.sameAsBefore(f.element, changed) : changed;
  };
  for (const f of sofar.hiddenOwners) if (!owners.has(f)) flag(f, false);
  for (const f of owners) flag(f, true);
  sofar.hiddenOwners = owners;
  sofar.buttons = buttons;
}
