import type { CommentVerdict } from './scan';

// The content script's only writes to the site's own elements (GUIDE, "Marks on the page").
const STATUS = 'data-uppsikt-status';
const CATEGORIES = 'data-uppsikt-categories';

export function markComment(element: Element, verdict: CommentVerdict): void {
  const categories = verdict.categories.join(' ');
  if (element.getAttribute(STATUS) !== verdict.status) element.setAttribute(STATUS, verdict.status);
  if (element.getAttribute(CATEGORIES) !== categories) element.setAttribute(CATEGORIES, categories);
}

export function unmarkComment(element: Element): void {
  element.removeAttribute(STATUS);
  element.removeAttribute(CATEGORIES);
}

export function markPage(platform: string, unrecognised: boolean): void {
  const root = document.documentElement;
  root.setAttribute('data-uppsikt-platform', platform);
  if (unrecognised) root.setAttribute('data-uppsikt-layout', 'unrecognised');
  else root.removeAttribute('data-uppsikt-layout');
}

export function unmarkPage(): void {
  document.documentElement.removeAttribute('data-uppsikt-platform');
  document.documentElement.removeAttribute('data-uppsikt-layout');
  for (const element of document.querySelectorAll(`[${STATUS}]`)) unmarkComment(element);
}
