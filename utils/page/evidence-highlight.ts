// Marks the words that made a finding inside the comment's own text, without touching the page's
// DOM: the CSS Custom Highlight API paints ranges; where a browser lacks it, nothing is marked.
// How they look is in evidence.css, which each content script brings in through the manifest.

const NAME = 'uppsikt-evidence';

interface HighlightApi {
  highlights: Map<string, unknown>;
}

function api(): HighlightApi | null {
  const css = (globalThis as { CSS?: Partial<HighlightApi> }).CSS;
  return css?.highlights && typeof (globalThis as { Highlight?: unknown }).Highlight === 'function' ? (css as HighlightApi) : null;
}

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

interface Painted {
  key: string;
  ranges: Range[];
}
/** The ranges found per comment element (searched ahead of painting); ranges follow their text as the page changes. */
let known = new WeakMap<Element, Painted>();
/** What is painted now, per comment element. */
let painted = new Map<Element, Painted>();

/** The element's ranges for these words: the ones found before while they still hold, else searched again. */
const keys = new WeakMap<string[], string>();

function rangesFor(element: Element, words: string[]): { entry: Painted; searched: boolean } {
  let key = keys.get(words); // the same list of words comes back scan after scan
  if (key === undefined) keys.set(words, (key = [...new Set(words)].join('\u0000')));
  const before = known.get(element);
  if (before && before.key === key && before.ranges.every((r) => !r.collapsed && r.startContainer.isConnected)) return { entry: before, searched: false };
  const entry = { key, ranges: key.split('\u0000').map((w) => findTextRange(element, w)).filter((r): r is Range => r !== null) };
  known.set(element, entry);
  return { entry, searched: true };
}

/**
 * Searches the spans of new or changed comments until `deadline` (a performance.now() time), so a
 * long thread's first paint is spread over short tasks; true when every span is ready to paint.
 */
export function prepareEvidence(spans: Map<Element, string[]>, deadline: number): boolean {
  let searched = 0;
  for (const [element, words] of spans) {
    if (searched > 0 && searched % 16 === 0 && performance.now() > deadline) return false;
    if (rangesFor(element, words).searched) searched++;
  }
  return true;
}

/** Paints exactly these evidence spans (element → the matched words); an empty map clears them. */
export function paintEvidence(spans: Map<Element, string[]>): void {
  const highlights = api();
  if (!highlights) return;
  const next = new Map<Element, Painted>();
  let changed = spans.size !== painted.size;
  for (const [element, words] of spans) {
    const { entry } = rangesFor(element, words);
    next.set(element, entry);
    changed ||= painted.get(element) !== entry;
  }
  painted = next;
  if (!changed && highlights.highlights.has(NAME)) return; // the same ranges are painted already
  paintAll(highlights);
}

function paintAll(highlights: HighlightApi): void {
  const ranges = [...painted.values()].flatMap((entry) => entry.ranges);
  const HighlightCtor = (globalThis as unknown as { Highlight: new (...r: Range[]) => unknown }).Highlight;
  highlights.highlights.set(NAME, new HighlightCtor(...ranges));
}

/**
 * Paints the evidence of these comments anew (element → the matched words; null: nothing to mark
 * any more), leaving the others as painted: ranges are added to and taken from the painted ones.
 */
export function paintEvidenceOf(changes: Map<Element, string[] | null>): void {
  const highlights = api();
  if (!highlights) return;
  const shown = highlights.highlights.get(NAME) as Set<Range> | undefined;
  for (const [element, words] of changes) {
    const before = painted.get(element);
    const entry = words ? rangesFor(element, words).entry : undefined;
    if (before === entry) continue;
    if (entry) painted.set(element, entry);
    else painted.delete(element);
    if (!shown) continue;
    for (const range of before?.ranges ?? []) shown.delete(range);
    for (const range of entry?.ranges ?? []) shown.add(range);
  }
  if (!shown) paintAll(highlights);
}

export function clearEvidence(): void {
  known = new WeakMap();
  painted = new Map();
  api()?.highlights.delete(NAME);
}
