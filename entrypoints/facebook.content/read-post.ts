import type { AuthorRef, PostSnapshot } from '@/rules/snapshot';
import { mostPreciseLabel } from '@/utils/page/relative-time';
import { visibleText } from './read-text';
import { canonicalLink, commentArticle, machineTime, outsideComments, postAuthorLink, postMessage, postPermalink, queryFirst } from './selectors';
import { authorFromLink, cleanLink, postIdFromHref } from './urls';

const COMMENT = commentArticle.css.join(', ');

/** Posts on the page (articles without aria-label), outermost only, in document order. */
/** The posts among the elements the post selector found (not inside a comment, not nested in another post). */
export function postArticles(candidates: Element[]): Element[] {
  const all = candidates.filter((el) => el.closest(COMMENT) === null);
  return all.filter((el) => !all.some((other) => other !== el && other.contains(el)));
}

/** First element matched by any of the spec's selectors inside the post, not inside a comment. */
function firstInPost(post: Element, css: readonly string[]): Element | null {
  for (const selector of css) {
    try {
      const hit = post.querySelector(outsideComments([selector]));
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
  // The post's own time link sits in its header: the first permalink or machine time outside the
  // comments is found there, without running through the whole thread.
  let first: Element | null = null;
  try {
    first = post.querySelector(outsideComments([...machineTime.css, ...postPermalink.css]));
  } catch {
    // read below, shape by shape
  }
  const quick = first && timeFrom(first.matches(MACHINE) ? first : first.querySelector(MACHINE), first.matches(MACHINE) ? [] : [first], now);
  if (quick?.postedAt) return quick;
  // Otherwise every shape, as a page whose first link is not the time needs.
  const machine = firstInPost(post, machineTime.css);
  const links = postPermalink.css.map((css) => firstInPost(post, [css])).filter((el): el is Element => el !== null);
  return timeFrom(machine, links, now);
}

const MACHINE = machineTime.css.join(', ');

/** A machine-readable time first, then the first permalink whose text or label is a time. */
function timeFrom(machine: Element | null, links: Element[], now: Date): { postedAt: string | null; href: string | null } {
  const fallbackHref: string | null = links[0]?.getAttribute('href') ?? null;
  if (machine) {
    const dt = machine.getAttribute('datetime') ?? (machine.getAttribute('data-utime') ? new Date(Number(machine.getAttribute('data-utime')) * 1000).toISOString() : null);
    const date = dt ? new Date(dt) : null;
    if (date && !Number.isNaN(date.getTime())) return { postedAt: date.toISOString(), href: machine.closest('a')?.getAttribute('href') ?? fallbackHref };
  }
  for (const link of links) {
    // The most precise of what the link says: its text may be an age, its label or tooltip the date and clock.
    const read = mostPreciseLabel([link.getAttribute('aria-label'), link.textContent, link.getAttribute('title')], now);
    if (read) return { postedAt: read.postedAt, href: link.getAttribute('href') };
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
