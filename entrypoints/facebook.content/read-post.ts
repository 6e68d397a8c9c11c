import type { AuthorRef, PostSnapshot } from '@/rules/snapshot';
import { parseRelativeTime } from '@/utils/page/relative-time';
import { visibleText } from './read-text';
import { canonicalLink, commentArticle, machineTime, postArticle, postAuthorLink, postMessage, postPermalink, queryAll, queryFirst } from './selectors';
import { authorFromLink, cleanLink, postIdFromHref } from './urls';

const COMMENT = commentArticle.css.join(', ');
const insideComment = (el: Element) => el.closest(COMMENT) !== null;

/** Posts on the page (articles without aria-label), outermost only, in document order. */
export function postArticles(doc: Document): Element[] {
  const all = queryAll(doc, postArticle).filter((el) => !insideComment(el));
  return all.filter((el) => !all.some((other) => other !== el && other.contains(el)));
}

/** First element matched by any of the spec's selectors inside the post, not inside a comment. */
function firstInPost(post: Element, css: readonly string[]): Element | null {
  for (const selector of css) {
    try {
      const hit = [...post.querySelectorAll(selector)].find((el) => !insideComment(el));
      if (hit) return hit;
    } catch {
      // try the next selector
    }
  }
  return null;
}

export function readPostAuthor(post: Element, url: string): AuthorRef | null {
  const link = firstInPost(post, postAuthorLink.css);
  if (!link) return null;
  const name = visibleText(link).replace(/\n/g, ' ').trim() || link.getAttribute('aria-label') || '';
  return name ? authorFromLink(name, link.getAttribute('href'), url) : null;
}

/** The post's time link: a permalink whose text or label is a time. */
export function readPostTime(post: Element, now: Date): { postedAt: string | null; href: string | null } {
  const machine = firstInPost(post, machineTime.css);
  const links = postPermalink.css.flatMap((css) => {
    try {
      return [...post.querySelectorAll(css)].filter((el) => !insideComment(el));
    } catch {
      return [];
    }
  });
  const fallbackHref: string | null = links[0]?.getAttribute('href') ?? null;
  if (machine) {
    const dt = machine.getAttribute('datetime') ?? (machine.getAttribute('data-utime') ? new Date(Number(machine.getAttribute('data-utime')) * 1000).toISOString() : null);
    const date = dt ? new Date(dt) : null;
    if (date && !Number.isNaN(date.getTime())) return { postedAt: date.toISOString(), href: machine.closest('a')?.getAttribute('href') ?? fallbackHref };
  }
  for (const link of links) {
    for (const label of [link.getAttribute('aria-label'), link.textContent, link.getAttribute('title')]) {
      const postedAt = label ? parseRelativeTime(label.trim(), now) : null;
      if (postedAt) return { postedAt, href: link.getAttribute('href') };
    }
  }
  return { postedAt: null, href: fallbackHref };
}

export function readPost(doc: Document, post: Element, url: string, now: Date): PostSnapshot {
  const author = readPostAuthor(post, url);
  const message = firstInPost(post, postMessage.css);
  const text = message ? visibleText(message) : '';
  const { postedAt, href } = readPostTime(post, now);
  const canonical = queryFirst(doc, canonicalLink)?.getAttribute('href') ?? null;
  const id = postIdFromHref(url, url) ?? postIdFromHref(canonical, url) ?? postIdFromHref(href, url);
  return { id, author, text, postedAt, permalink: cleanLink(href, url) ?? cleanLink(canonical, url) };
}
