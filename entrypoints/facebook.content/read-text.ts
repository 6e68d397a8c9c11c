import { isLabel } from './labels';

const BLOCK = new Set(['DIV', 'P', 'LI', 'UL', 'OL', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'SECTION', 'ARTICLE', 'BLOCKQUOTE', 'TR']);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'svg', 'SVG']);

/** Upper bound on characters read from one element (a 1 MB comment must not stall the page). */
const MAX_CHARS = 200_000;

export interface TextOptions {
  /** Elements to leave out (e.g. nested comment articles). */
  skip?: (el: Element) => boolean;
}

/**
 * The text of an element as the user sees it: block elements on their own lines, emoji images as
 * their alt text, line breaks kept, the "See more" button and aria-hidden separators left out.
 * jsdom has no innerText, so this walks the tree itself.
 */
export function visibleText(root: Element, options: TextOptions = {}): string {
  const parts: string[] = [];
  let length = 0;
  const walk = (node: Node): void => {
    if (length > MAX_CHARS) return;
    if (node.nodeType === 3) {
      const t = node.nodeValue ?? '';
      parts.push(t);
      length += t.length;
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    if (SKIP.has(el.tagName) || el.getAttribute('aria-hidden') === 'true' || el.hasAttribute('hidden')) return;
    if (options.skip?.(el)) return;
    if (el.tagName === 'BR') { parts.push('\n'); return; }
    if (el.tagName === 'IMG') { parts.push(el.getAttribute('alt') ?? ''); return; }
    if (el.getAttribute('role') === 'button' && isLabel(el.textContent, 'seeMore')) return;
    const block = BLOCK.has(el.tagName);
    if (block) parts.push('\n');
    for (const child of el.childNodes) walk(child);
    if (block) parts.push('\n');
  };
  try {
    walk(root);
  } catch {
    // A hostile or detached tree: keep what was read.
  }
  return tidy(parts.join('').slice(0, MAX_CHARS));
}

/** Whitespace other than single spaces between words. */
const UNTIDY = /[^\S ]| {2}|^ | $/;

/** Collapse runs of spaces inside lines, drop empty lines, trim the ends ("…" from See more stays). */
export function tidy(text: string): string {
  // Most texts (names, short comments) are one line with single spaces: nothing to tidy.
  if (!UNTIDY.test(text)) return text;
  return text
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
    .filter((line) => line.length > 0)
    .join('\n');
}
