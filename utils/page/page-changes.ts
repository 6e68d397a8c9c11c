import { allOfFirstMatching, listed, scoped, tryMatches, tryQueryAll } from './query-fallbacks';
import { mayBe, subjectTag } from './selector-tag';
import { comesAfter } from './document-order';

// On a thread of thousands of comments every walk of the page costs milliseconds, and a page
// usually changes a little at a time (comments appended while scrolling). So the elements a
// selector finds are kept from scan to scan and brought up to date from what the page's
// MutationObserver reported: the added subtrees are searched, removed elements dropped.

/** Beyond this many additions (or found elements) one walk of the page is cheaper than searching each. */
const MAX_ADDED = 2000;

const ELEMENT_NODE = 1;

export interface Collection {
  /** In document order. */
  elements: Element[];
  /**
   * Elements from this index on are new since the last scan, and none before it changed place:
   * 0 after a walk of the page or a change that was not a plain append.
   */
  appendedFrom: number;
  /** Changes whenever the list changed other than by a plain append (what was worked out from their order is stale). */
  epoch: number;
  /**
   * Set when this list is `from`'s elements with `fresh` put in among them and nothing else changed
   * (no element removed or moved): what was worked out per element of `from` still holds.
   */
  inserted?: { from: Collection; fresh: Element[] };
}

export interface KeptCollection {
  found: Collection;
  /** The selector that won (the first of the list to match anything); null while none matched. */
  css: string | null;
  cssList: readonly string[];
  root: ParentNode;
  scan: number;
  /** The elements as a set, kept along with them: whether an added element was found before (moved) is one lookup. */
  members: Set<Element>;
}

export function walkAll(root: ParentNode, cssList: readonly string[], scan: number, epoch: number): KeptCollection {
  return keptFrom(allOfFirstMatching(root, cssList), root, cssList, scan, epoch);
}

/** A kept collection of `elements`, every match of the first selector in `cssList` that matches any. */
export function keptFrom(elements: Element[], root: ParentNode, cssList: readonly string[], scan: number, epoch: number): KeptCollection {
  // With one selector there is nothing to choose: what it will match later is searched for as well.
  const css = cssList.length === 1 ? cssList[0] : elements.length ? cssList.find((c) => tryMatches(elements[0], c)) ?? null : null;
  return { found: { elements, appendedFrom: 0, epoch }, css, cssList, root, scan, members: new Set(elements) };
}

const follows = comesAfter;

function inDocumentOrder(elements: Element[]): Element[] {
  for (let i = 1; i < elements.length; i++) {
    if (!follows(elements[i - 1], elements[i])) return elements.sort((a, b) => (follows(a, b) ? -1 : 1));
  }
  return elements;
}

/**
 * Where `element` goes in the sorted `elements`. New comments go near the end (before a "more
 * replies" row, say), so the search starts there in growing steps: comparing elements far apart
 * makes the browser walk every sibling between them.
 */
function insertionIndex(elements: readonly Element[], element: Element): number {
  let lo = 0;
  let hi = elements.length;
  for (let step = 1, probe = hi - 1; probe >= 0; step *= 2, probe = hi - step) {
    if (follows(elements[probe], element)) {
      lo = probe + 1;
      break;
    }
    hi = probe;
  }
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (follows(elements[mid], element)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** `fresh` (in document order) put in among `sorted` where each belongs. */
export function merge(sorted: readonly Element[], fresh: readonly Element[]): Element[] {
  if (fresh.length === 0) return sorted.slice();
  // Usually all of them go in one place (a batch loaded in before a "load more" row): where the first
  // goes, and one comparison that the last comes before what follows there, place them all.
  const at = insertionIndex(sorted, fresh[0]);
  if (at === sorted.length || follows(fresh[fresh.length - 1], sorted[at])) return [...sorted.slice(0, at), ...fresh, ...sorted.slice(at)];
  const out: Element[] = [];
  let i = 0;
  for (const element of fresh) {
    const at = insertionIndex(sorted, element);
    while (i < at) out.push(sorted[i++]);
    out.push(element);
  }
  while (i < sorted.length) out.push(sorted[i++]);
  return out;
}

interface Batch {
  added: Node[];
  removed: boolean;
  overflow: boolean;
}

const emptyBatch = (): Batch => ({ added: [], removed: false, overflow: false });

/** The page's changes, collected between scans and applied to the kept collections at the next scan. */
export class PageChanges {
  private pending = emptyBatch();
  private current = emptyBatch();
  /**
   * The selectors asked about in the last scan, and in this one: each scan searches the added
   * subtrees once for all the last scan asked about (one asked for the first time is searched on its own).
   */
  private askedBefore = new Set<string>();
  private askedNow = new Set<string>();
  /** This scan's search (made on first use): what each added subtree holds, and the selectors it covers; null when one of them is invalid here. */
  private searched: { subtrees: Map<Element, Element[]>; covers: Set<string> } | null | undefined;

  /**
   * The elements matching `css` in the added subtrees under `root`, by subtree. A page of thousands
   * of comments adds a hundred at a time and several collections look at each: one search of each
   * subtree for every selector asked about serves them all.
   */
  private addedMatching(root: ParentNode, css: string, added: readonly Node[] = this.current.added): Array<{ node: Element; hits: Element[] }> {
    const under = added.filter((node) => node.nodeType === ELEMENT_NODE && node.isConnected && root.contains(node)) as Element[];
    // Asked only when something was added under root: a selector for one small part of the page (a
    // post's own link) is not searched for in every comment appended elsewhere.
    const searched = under.length ? this.search(css)?.subtrees : undefined;
    const out: Array<{ node: Element; hits: Element[] }> = [];
    // The search's hits are for every selector: most are another's (a thread's buttons), told apart by name first.
    const tag = searched ? subjectTag(css) : null;
    for (const element of under) {
      const found = searched?.get(element);
      // A subtree the search did not see (put back since) is searched on its own.
      out.push({ node: element, hits: found ? found.filter((hit) => mayBe(hit, tag) && tryMatches(hit, css)) : [...(tryMatches(element, css) ? [element] : []), ...tryQueryAll(element, css)] });
    }
    return out;
  }

  /** This scan's one search of the added subtrees, when it covers `css` (asked about in an earlier scan). */
  private search(css: string): { subtrees: Map<Element, Element[]>; covers: Set<string> } | null {
    this.askedNow.add(css);
    if (!this.askedBefore.has(css)) return null;
    if (this.searched === undefined) {
      const covers = new Set(this.askedBefore);
      const union = [...covers].join(', ');
      try {
        const subtrees = new Map<Element, Element[]>();
        for (const node of this.current.added) {
          if (node.nodeType !== ELEMENT_NODE || !node.isConnected || subtrees.has(node as Element)) continue;
          const element = node as Element;
          const hits = listed(element.querySelectorAll(scoped(element, union)));
          if (element.matches(union)) hits.unshift(element);
          subtrees.set(element, hits);
        }
        this.searched = { subtrees, covers };
      } catch {
        this.searched = null; // a selector this browser does not take: each is searched on its own
      }
    }
    return this.searched?.covers.has(css) ? this.searched : null;
  }

  note(record: MutationRecord): void {
    if (record.type !== 'childList') return;
    if (record.removedNodes.length) this.pending.removed = true;
    if (this.pending.overflow) return;
    if (this.pending.added.length + record.addedNodes.length > MAX_ADDED) {
      this.pending = { added: [], removed: true, overflow: true };
      return;
    }
    for (const node of record.addedNodes) this.pending.added.push(node);
  }

  /** Whether this scan's changes may have added a match of `css` under `root` (true when unknown). */
  mayHaveAdded(root: ParentNode, cssList: readonly string[]): boolean {
    if (this.current.overflow) return true;
    return cssList.some((css) => this.addedMatching(root, css).some((subtree) => subtree.hits.length > 0));
  }

  /**
   * Whether this scan's changes may have changed what the first match of the first matching selector
   * of `cssList` is, when it was `found` (true when unknown): a match of a preferred selector added
   * anywhere, or of the same selector added before it. A page that only appends after it asks nothing.
   */
  mayHaveAddedBefore(root: ParentNode, cssList: readonly string[], found: Element | null): boolean {
    if (found === null) return this.mayHaveAdded(root, cssList);
    if (this.current.overflow) return true;
    const winner = cssList.findIndex((css) => tryMatches(found, css));
    if (winner < 0) return true;
    if (winner > 0 && this.mayHaveAdded(root, cssList.slice(0, winner))) return true;
    const before: Node[] = [];
    for (const node of this.current.added) {
      // Put back itself (moved): what was after it may now come first.
      if (node === found || node.contains(found)) return true;
      if (comesAfter(node, found)) before.push(node);
    }
    return before.length > 0 && this.addedMatching(root, cssList[winner], before).some((subtree) => subtree.hits.length > 0);
  }

  /** The changes noted so far are the ones this scan applies. */
  startScan(): void {
    this.current = this.pending;
    this.pending = emptyBatch();
    this.searched = undefined;
    [this.askedBefore, this.askedNow] = [this.askedNow, new Set()];
  }

  /**
   * The kept collection brought up to date, with the elements found in added subtrees (new, or
   * moved: what was read of them must be read again); null when walking the page is the way.
   */
  apply(kept: KeptCollection, root: ParentNode, scan: number): { next: KeptCollection; fresh: Element[] } | null {
    const { css, cssList } = kept;
    kept.found.inserted = undefined; // only the newest list says what it was made from: no chain of old lists kept alive
    if (this.current.overflow || root !== kept.root) return null;
    if (css === null) {
      // Nothing matched before: still nothing, unless the page added something that might.
      return this.mayHaveAdded(root, cssList) ? null : { next: { ...kept, found: { ...kept.found, appendedFrom: 0 }, scan }, fresh: [] };
    }
    const before = kept.found;
    let elements = before.elements;
    let { members } = kept;
    let plainAppend = true;
    if (this.current.removed) {
      const still = elements.filter((e) => e.isConnected);
      if (still.length !== elements.length) [elements, plainAppend, members] = [still, false, new Set(still)];
    }
    const found = new Set<Element>();
    for (const { hits } of this.addedMatching(root, css)) {
      for (const element of hits) found.add(element);
      if (found.size > MAX_ADDED) return null;
    }
    if (found.size === 0) {
      const same = { elements, appendedFrom: plainAppend ? elements.length : 0, epoch: plainAppend ? before.epoch : before.epoch + 1 };
      return { next: { found: same, css, cssList, root, scan, members }, fresh: [] };
    }
    // An element found again was moved: it goes where it is now.
    const moved = [...found].some((e) => members.has(e));
    if (moved) [elements, plainAppend] = [elements.filter((e) => !found.has(e)), false];
    const fresh = inDocumentOrder([...found]);
    for (const element of fresh) members.add(element); // the old collection is replaced by this one: the set goes with it
    const last = elements[elements.length - 1];
    const atEnd = !last || follows(last, fresh[0]);
    const merged = atEnd ? elements.concat(fresh) : merge(elements, fresh);
    plainAppend &&= atEnd;
    const next: Collection = { elements: merged, appendedFrom: plainAppend ? elements.length : 0, epoch: plainAppend ? before.epoch : before.epoch + 1 };
    if (!moved && elements === before.elements) next.inserted = { from: before, fresh };
    return { next: { found: next, css, cssList, root, scan, members }, fresh };
  }
}
