import type { PageWorkItem } from '@/utils/report';

// Where the words behind a comment's findings are in its own text, as ranges the overlay draws
// over. Nothing is written into the page: the browser's Highlight API would paint them in place, but
// Chromium then repaints the whole page at every change of a highlight (~200 ms a frame on a
// 5,000-comment thread, measured), so the overlay draws boxes over the ranges instead.

/** A Range over `needle` inside `element`'s text nodes (it may span several nodes), or null. */
export function findTextRange(element: Element, needle: string): Range | null {
  if (!needle.trim()) return null;
  const walker = element.ownerDocument.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  let text = '';
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    nodes.push(node as Text);
    text += node.nodeValue ?? '';
    if (text.length > 200_000) break; // the evidence is near the start of what a person reads
  }
  const at = text.indexOf(needle);
  if (at < 0) return null;
  const range = element.ownerDocument.createRange();
  let offset = 0;
  let started = false;
  for (const node of nodes) {
    const length = node.nodeValue?.length ?? 0;
    if (!started && at < offset + length) {
      range.setStart(node, at - offset);
      started = true;
    }
    if (started && at + needle.length <= offset + length) {
      range.setEnd(node, at + needle.length - offset);
      return range;
    }
    offset += length;
  }
  return null;
}

const wordsOfItem = new WeakMap<PageWorkItem, string[]>();

/** The words behind a flagged comment's findings (not the question finder's: it quotes whole sentences). */
export function wordsOf(item: PageWorkItem): string[] {
  let words = wordsOfItem.get(item); // an unchanged comment keeps its item: worked out once
  if (!words) wordsOfItem.set(item, (words = [...new Set(item.findings.filter((f) => f.category !== 'needs-reply').map((f) => f.evidence))]));
  return words;
}

interface Found {
  /** The words searched for, joined. */
  key: string;
  ranges: Array<{ word: string; range: Range }>;
}

/** The ranges found per comment element, kept while they still cover their words (a site may reuse an element for another comment). */
const found = new WeakMap<Element, Found>();

const stillCovers = ({ word, range }: Found['ranges'][number]) => range.startContainer.isConnected && range.toString() === word;

/** The ranges of the words behind `item`'s findings inside `element` (empty when there are none, or they are not in its text). */
export function evidenceRanges(element: Element, item: PageWorkItem): Range[] {
  const words = wordsOf(item);
  if (!words.length) return [];
  const key = words.join('\u0000');
  const before = found.get(element);
  // Kept only when every word was found: a word not found may come with the next text the site puts there.
  if (before?.key === key && before.ranges.length === words.length && before.ranges.every(stillCovers)) return before.ranges.map((r) => r.range);
  const ranges = words.map((word) => ({ word, range: findTextRange(element, word) })).filter((r): r is Found['ranges'][number] => r.range !== null);
  found.set(element, { key, ranges });
  return ranges.map((r) => r.range);
}
