import type { PageWorkItem } from '@/utils/report';

// Where the words behind a comment's findings are in its own text, as ranges the overlay draws
// over. Nothing is written into the page: the browser's Highlight API would paint them in place, but
// Chromium then repaints the whole page at every change of a highlight (~200 ms a frame on a
// 5,000-comment thread, measured), so the overlay draws boxes over the ranges instead.

/**
 * Where in the element's text to look first: the comment's own text (the element also holds the
 * author's name and the site's buttons) at about the finding's offset in it. 'gratis' in the name
 * 'filmkvall_gratis', or 'skit' first found inside an earlier 'skiten', were boxed before.
 */
export interface NearHint {
  /** The start of the comment's text as the adapter read it. */
  textStart: string;
  /** The finding's offset in that text. */
  offset: number;
  /** The author's name as read: what comes before the comment's text in its element. */
  author?: string;
}

/** Occurrences of a word looked through for the one nearest its finding's offset. */
const MAX_OCCURRENCES = 64;

/**
 * Line breaks between paragraphs (blocks on the page) and emoji (images on Facebook and X, read by
 * their alt text): in the text as read, not in the element's text nodes.
 */
const WRITTEN_APART = /(?:\n|\p{Extended_Pictographic}|\u200D|\uFE0F)+/u;

/** A run of the comment's start this long is taken to be its own, not the author's name or the site's. */
const MIN_RUN = 6;

/**
 * Where the author's name ends in the element's text (the comment's text comes after it), 0 when the
 * name is not there: nothing before it is the comment's.
 */
function afterAuthor(text: string, near: NearHint): number {
  const name = near.author?.trim();
  const at = name ? text.indexOf(name) : -1;
  return at >= 0 ? at + name!.length : 0;
}

/**
 * Where the comment's text begins in the element's text, looked for after the author's name first (a
 * comment 'Idiot' by 'Idiot Dahl' begins in its text, not in the name): its start as read; else its
 * first run of plain words, less the run's offset; else just after the author's name; -1 if none is found.
 */
function textBase(text: string, near: NearHint, floor: number): number {
  const from = (needle: string) => {
    const after = text.indexOf(needle, floor);
    return after >= 0 ? after : text.indexOf(needle);
  };
  const whole = near.textStart ? from(near.textStart) : -1;
  if (whole >= 0) return whole;
  let end = 0;
  for (const run of near.textStart.split(WRITTEN_APART)) {
    const start = near.textStart.indexOf(run, end);
    const at = run.trim().length >= MIN_RUN ? from(run) : -1;
    if (at >= 0) return Math.max(0, at - start);
    end = start + run.length;
  }
  return floor > 0 ? floor : -1;
}

/**
 * Where `needle` is in `text`: in the comment's text, the occurrence nearest the finding's offset (the
 * page's text may differ a little from the adapter's: emoji, spaces), where that can be told; never
 * in the author's name before the text (a word only there is left out).
 */
function positionOf(text: string, needle: string, near?: NearHint): number {
  if (!near) return text.indexOf(needle);
  const floor = afterAuthor(text, near);
  const base = textBase(text, near, floor);
  if (base < 0) return text.indexOf(needle);
  const target = base + near.offset;
  let best = -1;
  for (let at = text.indexOf(needle, base), n = 0; at >= 0 && n < MAX_OCCURRENCES; at = text.indexOf(needle, at + 1), n++) {
    if (best < 0 || Math.abs(at - target) < Math.abs(best - target)) best = at;
    if (at > target) break; // later ones are farther still
  }
  return best >= 0 ? best : text.indexOf(needle, Math.min(floor, base));
}

/** Replaced one for one, so offsets in the page's text hold. */
const NO_BREAK_SPACE = /\u00a0/g;

/** A Range over `needle` inside `element`'s text nodes (it may span several nodes), or null. */
export function findTextRange(element: Element, needle: string, near?: NearHint): Range | null {
  if (!needle.trim()) return null;
  const walker = element.ownerDocument.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  let text = '';
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    nodes.push(node as Text);
    text += node.nodeValue ?? '';
    if (text.length > 200_000) break; // the evidence is near the start of what a person reads
  }
  // Read, a no-break space is a space (the adapters tidy it): "070-174 06 42" is found where the page wrote it with no-break spaces.
  const at = positionOf(text.replace(NO_BREAK_SPACE, ' '), needle.replace(NO_BREAK_SPACE, ' '), near && { ...near, textStart: near.textStart.replace(NO_BREAK_SPACE, ' ') });
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

interface Evidence {
  word: string;
  /** The finding's offset in the comment's text. */
  offset: number;
}

const wordsOfItem = new WeakMap<PageWorkItem, Evidence[]>();

/** The start of a comment's text searched for in its element: long enough to be its own, short enough to be read alike. */
const TEXT_START = 24;

/** The words behind a flagged comment's findings, each place once (not the question finder's: it quotes whole sentences). */
export function wordsOf(item: PageWorkItem): Evidence[] {
  let words = wordsOfItem.get(item); // an unchanged comment keeps its item: worked out once
  if (!words) {
    const seen = new Map<string, Evidence>();
    for (const f of item.findings) {
      if (f.category !== 'needs-reply' && f.evidence) seen.set(`${f.start}\u0000${f.evidence}`, { word: f.evidence, offset: f.start ?? 0 });
    }
    wordsOfItem.set(item, (words = [...seen.values()]));
  }
  return words;
}

interface Found {
  /** The words searched for, with their offsets, joined. */
  key: string;
  ranges: Array<{ word: string; range: Range }>;
  /**
   * Null when every word was found; else when, for which item and which length of the element's text
   * they were last looked for: looking again costs a walk of the element's text, on every frame of a scroll.
   */
  missing: { item: PageWorkItem; textLength: number; at: number } | null;
}

/** The ranges found per comment element, kept while they still cover their words (a site may reuse an element for another comment). */
const found = new WeakMap<Element, Found>();

const stillCovers = ({ word, range }: Found['ranges'][number]) => range.startContainer.isConnected && range.toString() === word;

/** How often words not found in an unchanged comment are looked for again (~10 ms each time in a comment of 10,000 lines). */
const RETRY_MS = 1000;

/**
 * Whether what was found before still holds: the same words, every range still over its word, and
 * any word not found looked for lately in the same item and the same text (a word not found may
 * come with the next text the site puts there).
 */
function stillHolds(before: Found | undefined, key: string, element: Element, item: PageWorkItem): before is Found {
  if (before?.key !== key || !before.ranges.every(stillCovers)) return false;
  const { missing } = before;
  return !missing || (missing.item === item && performance.now() - missing.at < RETRY_MS && (element.textContent?.length ?? 0) === missing.textLength);
}

/** The ranges of the words behind `item`'s findings inside `element` (empty when there are none, or they are not in its text). */
export function evidenceRanges(element: Element, item: PageWorkItem): Range[] {
  const words = wordsOf(item);
  if (!words.length) return [];
  const key = words.map((w) => `${w.offset}:${w.word}`).join('\u0000');
  const before = found.get(element);
  if (stillHolds(before, key, element, item)) return before.ranges.map((r) => r.range);
  const textStart = (item.text ?? '').trimStart().slice(0, TEXT_START);
  const author = item.author?.name ?? undefined;
  const ranges = words.map(({ word, offset }) => ({ word, range: findTextRange(element, word, { textStart, offset: offset - ((item.text ?? '').length - (item.text ?? '').trimStart().length), author }) }))
    .filter((r): r is Found['ranges'][number] => r.range !== null);
  const missing = ranges.length < words.length ? { item, textLength: element.textContent?.length ?? 0, at: performance.now() } : null;
  found.set(element, { key, ranges, missing });
  return ranges.map((r) => r.range);
}
