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
  private facts = new WeakMap<Element, Map<string, unknown>>();
  private scanParts = new Map<string, unknown>();
  private deadline = Number.POSITIVE_INFINITY;
  private readThisPass = 0;
  /** True when this pass skipped comments because its time was up. */
  ranOut = false;
  /** Comments read afresh (not recalled) since the scan began. */
  readsThisScan = 0;

  /** Starts a scan: page-level parts are read again (once, then kept for the scan's later passes). */
  newScan(): void {
    this.scanParts.clear();
    this.readsThisScan = 0;
  }

  /**
   * A page-level part (the post, the list of comment elements …), read once per scan. Reading one
   * spends the pass's time too: once it is up, the pass ends and the next goes on from there.
   */
  once<T>(key: string, read: () => T): T {
    if (this.scanParts.has(key)) return this.scanParts.get(key) as T;
    const value = read();
    this.scanParts.set(key, value);
    if (performance.now() > this.deadline) this.ranOut = true;
    return value;
  }

  /** Starts a pass that may spend `ms` milliseconds reading (Infinity: read everything). */
  allow(ms: number): void {
    this.deadline = performance.now() + ms;
    this.ranOut = false;
    this.readThisPass = 0;
  }

  /** The element's earlier read, or a fresh one; undefined when the pass is out of time. */
  recall<T>(element: Element, read: () => T): T | undefined {
    if (this.values.has(element)) return this.values.get(element) as T;
    // Every pass reads at least one comment, so a slow page still makes progress.
    if (this.ranOut || (this.readThisPass > 0 && performance.now() > this.deadline)) {
      this.ranOut = true;
      return undefined;
    }
    this.readThisPass++;
    this.readsThisScan++;
    const value = read();
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
    for (let el: Element | null = node instanceof Element ? node : node.parentElement; el; el = el.parentElement) {
      this.values.delete(el);
      this.facts.delete(el);
    }
  }

  clear(): void {
    this.values = new WeakMap();
    this.facts = new WeakMap();
    this.scanParts.clear();
  }
}

/** Reads through the memo when there is one; a value read without one is never undefined. */
export function recalled<T>(memo: ReadMemo | undefined, element: Element, read: () => T): T | undefined {
  return memo ? memo.recall(element, read) : read();
}

/** A page-level part read once per scan with a memo, every time without one. */
export function once<T>(memo: ReadMemo | undefined, key: string, read: () => T): T {
  return memo ? memo.once(key, read) : read();
}

/** An element's fact through the memo when there is one, read afresh without. */
export function factOf<T>(memo: ReadMemo | undefined, element: Element, key: string, read: () => T): T {
  return memo ? memo.fact(element, key, read) : read();
}
