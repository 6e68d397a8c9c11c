import { CAPTURE_TEXT_LIMITS } from '@/utils/capture-limits';
import { isLabel } from './labels';

const BLOCK = new Set(['DIV', 'P', 'LI', 'UL', 'OL', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'SECTION', 'ARTICLE', 'BLOCKQUOTE', 'TR']);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'svg', 'SVG']);

/** Upper bound on characters read from one element (a 1 MB comment must not stall the page). */
const MAX_CHARS = CAPTURE_TEXT_LIMITS.facebook;

export interface TextOptions {
  /** A selector for elements to leave out (e.g. nested comment articles). */
  skip?: string;
}

/** What the walk below reads the element itself as other than plain text. */
const SPECIAL = 'br, img, script, style, noscript, template, svg, [aria-hidden="true"], [hidden], [role="button"]';
/** What the walk reads other than as plain text inside the element: blocks add line breaks. */
const NOT_PLAIN = `${SPECIAL}, ${[...BLOCK].join(', ').toLowerCase()}`;

/** The two selectors with `skip` added, made once per `skip` (every comment line asks with the same one). */
const withSkip = new Map<string, readonly [self: string, inside: string]>();
function plainSelectors(skip: string | undefined): readonly [string, string] {
  if (!skip) return [SPECIAL, NOT_PLAIN];
  let pair = withSkip.get(skip);
  if (!pair) withSkip.set(skip, (pair = [`${SPECIAL}, ${skip}`, `${NOT_PLAIN}, ${skip}`]));
  return pair;
}

/** True when the walk would read `root` exactly as its textContent (then tidied): no element in it needs a rule. */
function isPlain(root: Element, skip: string | undefined): boolean {
  const [self, inside] = plainSelectors(skip);
  return !root.matches(self) && root.querySelector(inside) === null;
}

/**
 * The text of an element as the user sees it: block elements on their own lines, emoji images as
 * their alt text, line breaks kept, the "See more" button and aria-hidden separators left out.
 * jsdom has no innerText, so this walks the tree itself.
 */
export function visibleText(root: Element, { skip }: TextOptions = {}): string {
  // Most names and comments are plain text: the browser's textContent is several times faster than the walk.
  try {
    if (isPlain(root, skip)) return tidy((root.textContent ?? '').slice(0, MAX_CHARS));
  } catch {
    // A selector the browser does not take: the walk below.
  }
  return walkedText(root, skip);
}

/** The text as `visibleText` reads it, always by walking the tree (exported for the test that the shortcut reads the same). */
export function walkedText(root: Element, skip?: string): string {
  // Built as one string, children followed by sibling links: a long thread reads thousands of these.
  let text = '';
  const walk = (node: Node): void => {
    if (text.length > MAX_CHARS) return;
    if (node.nodeType === 3) {
      text += node.nodeValue ?? '';
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    const tag = el.tagName;
    if (SKIP.has(tag) || el.getAttribute('aria-hidden') === 'true' || el.hasAttribute('hidden')) return;
    if (skip && el.matches(skip)) return;
    if (tag === 'BR') {
      text += '\n';
      return;
    }
    if (tag === 'IMG') {
      text += el.getAttribute('alt') ?? '';
      return;
    }
    if (el.getAttribute('role') === 'button' && isLabel(el.textContent, 'seeMore')) return;
    const block = BLOCK.has(tag);
    if (block) text += '\n';
    for (let child = el.firstChild; child; child = child.nextSibling) walk(child);
    if (block) text += '\n';
  };
  try {
    walk(root);
  } catch {
    // A hostile or detached tree: keep what was read.
  }
  return tidy(text.slice(0, MAX_CHARS));
}

/** Whitespace other than single spaces between words. */
const UNTIDY = /[^\S ]| {2}|^ | $/;
const EDGE_BREAKS = /^\n+|\n+$/g;

/** Collapse runs of spaces inside lines, drop empty lines, trim the ends ("…" from See more stays). */
export function tidy(text: string): string {
  // Most texts (names, short comments) are one line with single spaces: nothing to tidy.
  if (!UNTIDY.test(text)) return text;
  // A block element's single line comes wrapped in line breaks: without them, most need nothing more.
  const inner = text.replace(EDGE_BREAKS, '');
  if (!UNTIDY.test(inner)) return inner;
  return text
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
    .filter((line) => line.length > 0)
    .join('\n');
}
