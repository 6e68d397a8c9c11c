// Text as X shows it: emoji are <img alt="😀">, links keep their full text (X hides "https://" and the
// tail in aria-hidden spans, which still say where the link goes), line breaks as <br> or newlines.
import { CAPTURE_TEXT_LIMITS } from '@/utils/capture-limits';

/** Longer texts are cut here: enough for any real tweet or bio, bounded for hostile pages. */
export const maxTextLength = CAPTURE_TEXT_LIMITS.x;

const skipped = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);
/** What the walk below reads other than as plain text: without any of it, the text is textContent. */
const NOT_PLAIN = 'img, br, script, style, template, noscript, [aria-hidden="true"]';

export function readText(root: Element | null | undefined): string {
  if (!root) return '';
  // Most tweets are plain text: the browser's own textContent is ~10× faster than walking it here.
  const raw = root.querySelector(NOT_PLAIN) ? walkText(root) : (root.textContent ?? '').slice(0, maxTextLength);
  return raw.replace(/[ \t]+\n/g, '\n').trim();
}

function walkText(root: Element): string {
  const doc = root.ownerDocument;
  // NodeFilter constants, spelled out so this also runs where NodeFilter is not a global.
  const showElementAndText = 0x1 | 0x4;
  const walker = doc.createTreeWalker(root, showElementAndText);
  const parts: string[] = [];
  let length = 0;
  for (let node: Node | null = walker.nextNode(); node && length < maxTextLength; node = walker.nextNode()) {
    let piece = '';
    if (node.nodeType === 3) {
      const parent = node.parentElement;
      if (parent && skipped.has(parent.tagName)) continue;
      piece = node.nodeValue ?? '';
      // X ends a shortened link with a hidden "…" after the hidden tail; the full address reads better without it.
      if (piece === '…' && parent?.getAttribute('aria-hidden') === 'true') continue;
    } else {
      const el = node as Element;
      if (el.tagName === 'IMG') piece = el.getAttribute('alt') ?? '';
      else if (el.tagName === 'BR') piece = '\n';
    }
    if (piece) {
      parts.push(piece);
      length += piece.length;
    }
  }
  return parts.join('').slice(0, maxTextLength);
}

/** The "@handle" shown in a span inside el, if any (a profile header, the account menu, a tweet's name row). */
export function handleShownIn(el: Element): string | null {
  for (const span of el.querySelectorAll('span')) {
    const m = /^@([A-Za-z0-9_]{1,15})$/.exec((span.textContent ?? '').trim());
    if (m) return m[1];
  }
  return null;
}
