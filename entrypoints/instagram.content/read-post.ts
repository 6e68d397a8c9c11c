// The post being viewed: its root element, author, caption and time.
import type { AuthorRef, PostSnapshot } from '@/rules/snapshot';
import { labelText, visibleText } from './read-text';
import { readTimeElement } from './read-time';
import type { ReadMemo } from '@/utils/page/read-memo';
import { closestFirst, selectKept } from './select';
import { caption as captionSpec, commentItem, postAuthorLink, postRoot as postRootSpec } from './selectors';
import { commentLinkFromHref, postUrl, profileUrl, shortcodeFromHref, usernameFromHref } from './urls';
import type { Strategies } from './strategies';

export interface PostRead {
  root: Element;
  post: PostSnapshot;
  /** The caption's own list item (first in the comment list), when there is a caption. */
  captionItem: Element | null;
}

export function findPostRoot(doc: Document, strategies: Strategies, memo?: ReadMemo): Element | null {
  const found = selectKept(doc, postRootSpec, 'postRoot', memo);
  strategies.postRoot = found.matched;
  return found.elements[0] ?? null;
}

export function authorFromLink(link: Element): AuthorRef | null {
  const handle = usernameFromHref(link.getAttribute('href'));
  if (!handle) return null;
  const shown = labelText(link);
  return { name: shown && shown.length <= 30 && !/\s/.test(shown) ? shown : handle, handle, url: profileUrl(handle) };
}

function readPostAuthor(root: Element, strategies: Strategies, memo?: ReadMemo): AuthorRef | null {
  const found = selectKept(root, postAuthorLink, 'postAuthorLink', memo);
  strategies.postAuthor = found.matched;
  const named = found.elements.find((a) => labelText(a) !== '');
  const link = named ?? found.elements[0];
  return link ? authorFromLink(link) : null;
}

/** The caption's item: the comment-list entry holding the caption heading. */
function captionItemOf(heading: Element, root: Element): Element {
  const item = closestFirst(heading, commentItem, root).elements[0];
  if (item) return item;
  // No list items (newer div markup): the widest ancestor that holds only this one <time>.
  let current: Element = heading;
  while (current.parentElement && current.parentElement !== root) {
    const parent: Element = current.parentElement;
    if (parent.querySelectorAll('time').length > 1 || parent.querySelector('textarea, form')) break;
    current = parent;
  }
  return current;
}

function linksToPost(time: Element): boolean {
  const href = time.closest('a')?.getAttribute('href') ?? null;
  return shortcodeFromHref(href) !== null && !commentLinkFromHref(href);
}

/** The post's time: the caption's <time>, else one linking to the post itself. */
function readPostTime(root: Element, captionItem: Element | null, now: Date, memo?: ReadMemo): string | null {
  for (const time of captionItem?.querySelectorAll('time') ?? []) {
    const read = readTimeElement(time, now);
    if (read) return read.iso;
  }
  // The first readable time linking to the post itself. A long thread has thousands of times: with a
  // memo, which of them link to the post is remembered, and only new ones are looked at on a rescan.
  const times = memo
    ? memo.accepted('postTime', memo.collection('postTime', root, ['time']), linksToPost) ?? []
    : Array.from(root.getElementsByTagName('time')).filter(linksToPost);
  for (const time of times) {
    const read = readTimeElement(time, now);
    if (read) return read.iso;
  }
  return null;
}

/** The post in `root`; with a memo, the page-wide searches are kept from scan to scan. */
export function readPost(root: Element, url: string, now: Date, strategies: Strategies, memo?: ReadMemo): PostRead {
  const author = readPostAuthor(root, strategies, memo);
  const heading = selectKept(root, captionSpec, 'caption', memo).elements[0] ?? null;
  strategies.caption = heading ? 'h1' : null;
  const captionItem = heading ? captionItemOf(heading, root) : null;
  const shortcode =
    shortcodeFromHref(url) ??
    Array.from(root.querySelectorAll('a[href]'))
      .map((a) => shortcodeFromHref(a.getAttribute('href')))
      .find((code) => code !== null) ??
    null;
  return {
    root,
    captionItem,
    post: {
      id: shortcode,
      author,
      text: heading ? visibleText(heading) : '',
      postedAt: readPostTime(root, captionItem, now, memo),
      permalink: shortcode ? postUrl(shortcode) : null,
    },
  };
}
