import { allOfFirstMatching, firstOfFirstMatching } from './query-fallbacks';
import { keptFrom, merge, PageChanges, walkAll, type Collection, type KeptCollection } from './page-changes';
import { SlicedWalk } from './sliced-walk';
import { sameComment, type CommentSnapshot } from '@/rules/snapshot';

export type { Collection };

/** A page-level part read in less than this does not end a pass whose time is up. */
const QUICK_PART_MS = 1;

/** A collection whose walk was put off to the next pass (its result is never used: the pass has run out). */
const NOT_YET: Collection = Object.freeze({ elements: Object.freeze([]) as unknown as Element[], appendedFrom: 0, epoch: -1 });

/** A selector that names one id and nothing else (`#layers`). */
const ID_ONLY = /^#([\w-]+)$/;

/**
 * What an adapter has already read, per comment element, so a rescan only reads comments that are
 * new or changed, and a long first read can be spread over several short tasks.
 *
 * The content script forgets an element when a mutation lands inside it (`forget`), and gives each
 * pass a time budget (`allow`): once it is spent, `recall` stops reading and the pass is partial.
 * Under Node (the extract CLI, tests) adapters run without a memo and read everything.
 */
export class ReadMemo {
  private values = new WeakMap<Element, unknown>();
  private failures = new WeakMap<Element, { scan: number; error: unknown }>();
  private facts = new WeakMap<Element, Map<string, unknown>>();
  private given = new WeakMap<Element, CommentSnapshot>();
  private scanParts = new Map<string, unknown>();
  private changes = new PageChanges();
  private scans = 0;
  private collections = new Map<string, KeptCollection>();
  /** Walks of long lists going on from pass to pass of a scan (see SlicedWalk). */
  private walks = new Map<string, { walk: SlicedWalk; root: ParentNode; scan: number }>();
  /** The long list the last walk in parts went over: a walk whose first match is outside it can use it. */
  private longList: Element | null = null;
  private firsts = new Map<string, { element: Element | null; root: ParentNode; scan: number }>();
  private byEpoch = new Map<string, { epoch: number; value: unknown }>();
  /** What an adapter keeps of its own from scan to scan: dropped with the rest when the page is left. */
  private adapterState = new Map<string, unknown>();
  private acceptedKept = new Map<string, {
    epoch: number; collection: Collection; length: number; forgotten: number; found: Element[];
    /** Cut short by the pass's time: `length` elements judged so far. */
    partial: boolean;
  }>();
  /** How many elements have forgotten a fact, per fact: a kept judgement of many elements holds while its count stands. */
  private forgottenFacts = new Map<string, number>();
  private deadline = Number.POSITIVE_INFINITY;
  private readThisPass = 0;
  private walkedThisPass = false;
  /** How long the last walk of the page took: the next one is expected to take about as long. */
  private lastWalkMs = 0;
  /** How many walks of the page were put off to a later pass (what was read meanwhile is not kept). */
  private putOff = 0;
  private putOffBeforePass = 0;
  /** True when this pass skipped comments because its time was up. */
  ranOut = false;
  /** Comments read afresh (not recalled) since the scan began. */
  readsThisScan = 0;
  /** How many remembered reads were dropped so far: while it stands, every read kept is the one given before. */
  readsForgotten = 0;

  /** Starts a scan: page-level parts are read again (once, then kept for the scan's later passes). */
  newScan(): void {
    this.scanParts.clear();
    this.readsThisScan = 0;
    this.scans++;
    this.changes.startScan();
  }

  /** What the page's MutationObserver reported: remembered reads inside it are dropped, additions searched later. */
  note(record: MutationRecord): void {
    this.forget(record.target);
    this.changes.note(record);
  }

  /**
   * Every match of the first selector in `cssList` that matches anything, in document order, kept
   * across scans: after the first walk of the page only the subtrees added since are searched and
   * removed elements dropped. An element found again (moved) is read afresh.
   */
  collection(key: string, root: ParentNode, cssList: readonly string[]): Collection {
    const kept = this.collections.get(key);
    if (kept?.scan === this.scans) return kept.found;
    const started = performance.now();
    // Brought up to date only from the scan before: a collection that missed a scan missed its changes.
    const updated = kept && kept.scan === this.scans - 1 ? this.changes.apply(kept, root, this.scans) : null;
    if (!updated && !this.walkFits()) return NOT_YET;
    for (const element of updated?.fresh ?? []) this.forgetElement(element);
    const epoch = (kept?.found.epoch ?? 0) + 1;
    const next = updated?.next ?? this.walk(key, root, cssList, epoch);
    if (!next) {
      // A long list walked in parts: the pass's time is up, and the next pass goes on from there.
      this.lastWalkMs = performance.now() - started;
      this.putOff++;
      this.ranOut = true;
      return NOT_YET;
    }
    this.collections.set(key, next);
    const now = performance.now();
    if (!updated) this.lastWalkMs = now - started;
    if (now > this.deadline && now - started > QUICK_PART_MS) this.ranOut = true; // a walk of a long page spends the pass's time
    return next.found;
  }

  /**
   * A walk of the page for the collection `key`: a long list in parts within the pass's time (null
   * when it is up, and the walk goes on in the next pass of this scan), anything else in one go.
   */
  private walk(key: string, root: ParentNode, cssList: readonly string[], epoch: number): KeptCollection | null {
    const going = this.walks.get(key);
    let walk = going && going.root === root && going.scan === this.scans ? going.walk : SlicedWalk.over(root, cssList[0], this.longList);
    if (!walk) return walkAll(root, cssList, this.scans, epoch);
    this.longList = walk.longList;
    let done = walk.advance(this.deadline);
    if (done === 'stale') {
      // The page changed the list under the walk: walked again from the start.
      walk = SlicedWalk.over(root, cssList[0], this.longList?.isConnected ? this.longList : null);
      if (!walk) return walkAll(root, cssList, this.scans, epoch);
      this.longList = walk.longList;
      done = walk.advance(this.deadline);
    }
    if (done !== true) {
      this.walks.set(key, { walk, root, scan: this.scans });
      return null;
    }
    this.walks.delete(key);
    return keptFrom(walk.elements, root, cssList, this.scans, epoch);
  }

  /**
   * The first match of the first selector in `cssList` that matches anything (as querySelector
   * finds it), kept from scan to scan: searched again only when the page added a possible earlier
   * match or removed the one found, so looking for something absent does not walk the page on every
   * scan, and comments appended after it are not searched for it.
   */
  first(key: string, root: ParentNode, cssList: readonly string[]): Element | null {
    // An element named by its id is one lookup: kept, every comment appended before it (X's layer
    // for dialogs ends the page) was compared with it and searched for it, ~0.5 ms per 100 tweets.
    const id = cssList.length === 1 ? ID_ONLY.exec(cssList[0])?.[1] : undefined;
    if (id && 'getElementById' in root) return (root as Document).getElementById(id);
    const kept = this.firsts.get(key);
    if (kept?.scan === this.scans) return kept.element;
    const stillHolds = kept && kept.scan === this.scans - 1 && kept.root === root && (kept.element === null || kept.element.isConnected)
      && !this.changes.mayHaveAddedBefore(root, cssList, kept.element);
    if (stillHolds) {
      this.firsts.set(key, { element: kept.element, root, scan: this.scans });
      return kept.element;
    }
    if (!this.walkFits()) return null; // not used: the pass has ended
    const started = performance.now();
    const element = firstOfFirstMatching(root, cssList);
    this.lastWalkMs = performance.now() - started;
    this.firsts.set(key, { element, root, scan: this.scans });
    return element;
  }

  /**
   * Whether a walk of the page may start in this pass: the first always does (every pass makes
   * progress); another only when one as long as the last fits in the time left. Otherwise it is
   * put off to the next pass, which this one then ends: two walks of a long page are a long task.
   */
  private walkFits(): boolean {
    if (this.walkedThisPass && performance.now() + this.lastWalkMs > this.deadline) {
      this.putOff++;
      this.ranOut = true;
      return false;
    }
    this.walkedThisPass = true;
    return true;
  }

  /**
   * The elements of `collection` that `judge` accepts, each judgement remembered as the fact `key`.
   * Kept from scan to scan: while no fact was forgotten and the collection only grew at its end,
   * only its new elements are judged. With `sliced`, judging spends the pass's time: null (and
   * ranOut) when it is up, and the next pass goes on from there.
   */
  accepted(key: string, collection: Collection, judge: (el: Element) => boolean, sliced = false): Element[] | null {
    const kept = this.acceptedKept.get(key);
    const { elements, epoch } = collection;
    const forgotten = this.forgottenFacts.get(key) ?? 0;
    const holds = kept !== undefined && kept.forgotten === forgotten && kept.length <= elements.length;
    // Already done in this scan (a later pass asks again), or cut short by time in an earlier pass: go on from there.
    if (holds && kept.collection === collection && kept.length === elements.length && !kept.partial) return kept.found;
    // Elements only put in among the judged ones (before a "load more" row, say): only those are judged.
    const { inserted } = collection;
    if (holds && inserted && kept.collection === inserted.from && !kept.partial) {
      const accepted = inserted.fresh.filter((element) => this.fact(element, key, () => judge(element)));
      const found = accepted.length ? merge(kept.found, accepted) : kept.found;
      this.acceptedKept.set(key, { epoch, collection, length: elements.length, forgotten, found, partial: false });
      return found;
    }
    const resumes = holds && kept.collection === collection && kept.partial;
    const goesOn = resumes || (holds && kept.epoch === epoch);
    const found = resumes ? kept.found : goesOn ? [...kept.found] : [];
    let judged = 0;
    for (let i = goesOn ? kept.length : 0; i < elements.length; i++) {
      const element = elements[i];
      if (sliced && !this.knows(element, key)) {
        if (judged > 0 && judged % 32 === 0 && this.timeUp()) {
          this.acceptedKept.set(key, { epoch, collection, length: i, forgotten, found, partial: true });
          return null;
        }
        judged++;
      }
      if (this.fact(element, key, () => judge(element))) found.push(element);
    }
    this.acceptedKept.set(key, { epoch, collection, length: elements.length, forgotten, found, partial: false });
    return found;
  }

  private forgetElement(element: Element): void {
    if (this.values.delete(element)) this.readsForgotten++;
    const facts = this.facts.get(element);
    if (!facts) return;
    this.facts.delete(element);
    for (const key of facts.keys()) this.forgottenFacts.set(key, (this.forgottenFacts.get(key) ?? 0) + 1);
  }

  /**
   * A page-level part (the post, the list of comment elements …), read once per scan. A part that
   * took long spends the pass's time too: once it is up, the pass ends and the next goes on from
   * there. A quick one does not end it: the pass would be thrown away for a millisecond's work.
   */
  once<T>(key: string, read: () => T): T {
    if (this.scanParts.has(key)) return this.scanParts.get(key) as T;
    const started = performance.now();
    const value = read();
    // Read after a walk was put off in this pass (it may be made from the empty list): read again next pass.
    if (this.putOff === this.putOffBeforePass) this.scanParts.set(key, value);
    const now = performance.now();
    if (now > this.deadline && now - started > QUICK_PART_MS) this.ranOut = true;
    return value;
  }

  /** Starts a pass that may spend `ms` milliseconds reading (Infinity: read everything). */
  allow(ms: number): void {
    this.deadline = performance.now() + ms;
    this.ranOut = false;
    this.readThisPass = 0;
    this.walkedThisPass = false;
    this.putOffBeforePass = this.putOff;
  }

  /** Whether the element's read is remembered (recalling it costs nothing). */
  known(element: Element): boolean {
    return this.values.has(element);
  }

  /** The element's earlier read, or a fresh one; undefined when the pass is out of time. */
  recall<T>(element: Element, read: () => T): T | undefined {
    const known = this.values.get(element); // one lookup: thousands of comments are recalled on every scan
    if (known !== undefined || this.values.has(element)) return known as T;
    // A read that failed in this scan fails again at once: it must not hold up the reads after it.
    const failure = this.failures.get(element);
    if (failure?.scan === this.scans) throw failure.error;
    // Every pass reads at least one comment, so a slow page still makes progress.
    if (this.ranOut || (this.readThisPass > 0 && performance.now() > this.deadline)) {
      this.ranOut = true;
      return undefined;
    }
    this.readThisPass++;
    this.readsThisScan++;
    let value: T;
    try {
      value = read();
    } catch (error) {
      this.failures.set(element, { scan: this.scans, error });
      throw error;
    }
    this.values.set(element, value);
    return value;
  }

  /**
   * A small fact about one element that is not a comment (is this button "View replies"?), kept
   * until a change lands inside the element; not limited by the pass's time.
   */
  fact<T>(element: Element, key: string, read: () => T): T {
    let known = this.facts.get(element);
    if (known?.has(key)) return known.get(key) as T;
    const value = read();
    if (!known) this.facts.set(element, (known = new Map()));
    known.set(key, value);
    return value;
  }

  /** A value kept from scan to scan while a collection's order holds (its `epoch`), made afresh after. */
  keptFor<T>(key: string, epoch: number, make: () => T): T {
    const known = this.byEpoch.get(key);
    if (known?.epoch === epoch) return known.value as T;
    const value = make();
    this.byEpoch.set(key, { epoch, value });
    return value;
  }

  /**
   * The comment object given for this element last time when it says the same as `comment`, else
   * `comment` (kept for next time): a comment that did not change keeps its object from read to read.
   */
  sameAsBefore(element: Element, comment: CommentSnapshot): CommentSnapshot {
    const before = this.given.get(element);
    if (before && sameComment(before, comment)) return before;
    this.given.set(element, comment);
    return comment;
  }

  /** Keeps an adapter's own state (elements included) until the next `remember` of `key` or `clear`. */
  remember<T>(key: string, value: T): void {
    this.adapterState.set(key, value);
  }

  remembered<T>(key: string): T | undefined {
    return this.adapterState.get(key) as T | undefined;
  }

  /** Replaces the value kept for `key` (one found stale before its epoch ended). */
  keep<T>(key: string, epoch: number, value: T): void {
    this.byEpoch.set(key, { epoch, value });
  }

  /** How many elements have forgotten their fact `key` so far: while it stands, every fact `key` told still holds. */
  forgottenCount(key: string): number {
    return this.forgottenFacts.get(key) ?? 0;
  }

  /** Whether the element's fact is already known (reading it would cost nothing). */
  knows(element: Element, key: string): boolean {
    return this.facts.get(element)?.has(key) ?? false;
  }

  /** Ends the pass when its time is spent; for loops of many small reads outside `recall`. */
  timeUp(): boolean {
    if (performance.now() > this.deadline) this.ranOut = true;
    return this.ranOut;
  }

  /** A change at `node`: every remembered element that holds it must be read again. */
  forget(node: Node): void {
    for (let el: Element | null = node.nodeType === 1 ? (node as Element) : node.parentElement; el; el = el.parentElement) this.forgetElement(el);
  }

  clear(): void {
    this.values = new WeakMap();
    this.failures = new WeakMap();
    this.facts = new WeakMap();
    this.given = new WeakMap();
    this.scanParts.clear();
    this.collections.clear();
    this.walks.clear();
    this.longList = null;
    this.acceptedKept.clear();
    this.byEpoch.clear();
    this.firsts.clear();
    this.adapterState.clear();
    this.changes = new PageChanges();
  }
}


/**
 * The comments with the objects given last time for those that did not change (with a memo):
 * what follows the read (the judgement, the marks) then sees what is new by identity.
 */
export function sameAsBefore(memo: ReadMemo | undefined, comments: CommentSnapshot[], elements: ReadonlyMap<string, Element>): CommentSnapshot[] {
  if (!memo) return comments;
  return comments.map((comment) => {
    const element = elements.get(comment.id);
    return element ? memo.sameAsBefore(element, comment) : comment;
  });
}

/** A collection through the memo when there is one, a walk of the page without. */
export function collected(memo: ReadMemo | undefined, key: string, root: ParentNode, cssList: readonly string[]): Collection {
  return memo ? memo.collection(key, root, cssList) : { elements: allOfFirstMatching(root, cssList), appendedFrom: 0, epoch: 0 };
}

/** Reads through the memo when there is one; a value read without one is never undefined. */
export function recalled<T>(memo: ReadMemo | undefined, element: Element, read: () => T): T | undefined {
  return memo ? memo.recall(element, read) : read();
}

/**
 * Reads every item whose element was not read before (through the memo, within the pass's time):
 * false when the time ran out first. Adapters build their lists only after this, so a long read
 * spread over several passes does not build them again in each one. A read that throws is left to
 * the adapter's own loop, which reads it again and reports it.
 */
export function allRead<I>(
  memo: ReadMemo | undefined, items: readonly I[], read: (item: I, index: number) => unknown,
  elementOf: (item: I) => Element = (item) => item as Element,
): boolean {
  if (!memo) return true;
  for (let i = 0; i < items.length; i++) {
    if (memo.known(elementOf(items[i]))) continue;
    try {
      if (read(items[i], i) === undefined && memo.ranOut) return false;
    } catch {
      // reported by the adapter's loop
    }
  }
  return true;
}

/** A page-level part read once per scan with a memo, every time without one. */
export function once<T>(memo: ReadMemo | undefined, key: string, read: () => T): T {
  return memo ? memo.once(key, read) : read();
}

/** An element's fact through the memo when there is one, read afresh without. */
export function factOf<T>(memo: ReadMemo | undefined, element: Element, key: string, read: () => T): T {
  return memo ? memo.fact(element, key, read) : read();
}

/** What a list grown from read to read says of itself (see `grownList`). */
export interface GrowingList {
  /** How many of the collection's elements it holds. */
  count: number;
  /** The memo's count of forgotten reads when it was started. */
  readsForgotten: number;
  /** An element could not be read: the list is started afresh next time. */
  failed: boolean;
}

/**
 * A list built from a collection's elements and grown by the next read while the collection's order
 * holds; started afresh (`fresh`) when a read was forgotten since (an element changed), it failed,
 * or the collection shrank.
 */
export function grownList<L extends GrowingList>(
  memo: ReadMemo | undefined, key: string, collection: { elements: readonly Element[]; epoch: number }, fresh: (readsForgotten: number) => L,
): L {
  const forgotten = memo?.readsForgotten ?? 0;
  const list = kept(memo, key, collection.epoch, () => fresh(forgotten));
  if (list.readsForgotten === forgotten && !list.failed && list.count <= collection.elements.length) return list;
  const again = fresh(forgotten);
  memo?.keep(key, collection.epoch, again);
  return again;
}

/** A value kept while a collection's epoch holds through the memo when there is one, made afresh without. */
export function kept<T>(memo: ReadMemo | undefined, key: string, epoch: number, make: () => T): T {
  return memo ? memo.keptFor(key, epoch, make) : make();
}
