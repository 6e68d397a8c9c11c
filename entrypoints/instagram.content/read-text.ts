// Text as the reader sees it: text nodes, emoji images by their alt, line breaks; never buttons.
import { CAPTURE_TEXT_LIMITS } from '@/utils/capture-limits';

const skippedTags = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'BUTTON', 'SVG', 'TIME']);
const blockTags = new Set(['DIV', 'P', 'H1', 'H2', 'H3', 'H4', 'LI', 'UL', 'SECTION', 'HEADER', 'ARTICLE']);
/**
 * Upper bound on characters read from one element: Instagram allows 2,200 in a comment, and a hostile
 * page's megabytes must neither stall the page nor be more than the background takes for analysis.
 */
export const MAX_CHARS = CAPTURE_TEXT_LIMITS.instagram;
/** What the walk below reads other than as plain text: without any of it (and no `skip`), the text is textContent. */
const NOT_PLAIN = [...skippedTags, ...blockTags, 'BR', 'IMG'].join(', ').toLowerCase() + ', [role="button"]';

/**
 * The visible text of `root`, leaving out buttons ("… mer", "Svara"), icons, times and any
 * element `skip` rejects. Emoji drawn as <img alt="😀"> keep their alt text.
 */
export function visibleText(root: Element, skip?: (el: Element) => boolean): string {
  // Most comments are plain text: the browser's textContent is several times faster than the walk.
  if (!skip && root.querySelector(NOT_PLAIN) === null) return tidy((root.textContent ?? '').slice(0, MAX_CHARS));
  return walkedText(root, skip);
}

/** The text as `visibleText` reads it, always by walking the tree (exported for the test that the shortcut reads the same). */
export function walkedText(root: Element, skip?: (el: Element) => boolean): string {
  const parts: string[] = [];
  let length = 0;
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child && length <= MAX_CHARS; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const value = child.nodeValue ?? '';
        parts.push(value);
        length += value.length;
        continue;
      }
      if (child.nodeType !== 1) continue;
      const el = child as Element;
      const tag = el.tagName.toUpperCase();
      if (skippedTags.has(tag) || el.getAttribute('role') === 'button' || skip?.(el)) continue;
      if (tag === 'BR') parts.push('\n');
      else if (tag === 'IMG') parts.push(el.getAttribute('alt') ?? '');
      else if (blockTags.has(tag)) {
        parts.push('\n');
        walk(el);
        parts.push('\n');
      } else walk(el);
    }
  };
  walk(root);
  return tidy(parts.join('').slice(0, MAX_CHARS));
}

function tidy(text: string): string {
  // Most texts are one line: no line breaks to tidy.
  if (!text.includes('\n')) return text.trim();
  return text
    .replace(/[ \t\u00a0]*\n[ \t\u00a0]*/g, '\n')
    .replace(/\n{2,}/g, '\n')
    .trim();
}

/** Text for matching a label: the element's whole text, whitespace squeezed. */
export function labelText(el: Element): string {
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim();
}
