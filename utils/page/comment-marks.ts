import { markComment, unmarkComment } from './marks';
import type { WantedBadge } from './overlay';
import type { CommentVerdict } from './scan';

/** A marked comment: its element and the verdict its marks say. */
interface Marked {
  element: Element;
  verdict: CommentVerdict;
}

/** A judgement's verdicts, and which of them are new (null: any may be). */
export interface Judgement {
  verdicts: Map<string, CommentVerdict>;
  changed: readonly string[] | null;
}

interface Update {
  judgement: Judgement;
  elements: Map<string, Element>;
  /** The comments whose marks must be written (new, moved or with another verdict), in page order. */
  changed: string[];
  /** How many of them are done. */
  done: number;
}

/**
 * The marks on the comment elements and the badges wanted over them, kept from scan to scan: the
 * judgement keeps an unchanged comment's verdict object, so a rescan of a long thread writes marks
 * and makes badges only for the comments whose verdict changed. The work is sliced by a deadline
 * (a plain loop, outside the scan's async function, so the browser can optimise it).
 */
export class CommentMarks {
  private marked = new Map<string, Marked>();
  /** The badges wanted on the page (comment id → element and text), what the overlay draws. */
  readonly badges = new Map<string, WantedBadge>();
  private update: Update | null = null;
  /** The badges the last update touched (comment ids); null when any may have changed. */
  changedBadges: readonly string[] | null = null;

  /**
   * Brings the marks in line with a scan's elements and verdicts until `deadline` (a
   * performance.now() time); true when done. Called again with the same judgement, it goes on.
   */
  apply(elements: Map<string, Element>, judgement: Judgement, deadline = Number.POSITIVE_INFINITY): boolean {
    if (this.update?.judgement !== judgement || this.update.elements !== elements) this.update = this.start(elements, judgement);
    const update = this.update;
    const { verdicts } = judgement;
    const first = update.done;
    for (; update.done < update.changed.length; update.done++) {
      if (update.done > first && (update.done - first) % 64 === 0 && performance.now() > deadline) return false;
      const id = update.changed[update.done];
      const element = elements.get(id)!;
      const verdict = verdicts.get(id)!;
      markComment(element, verdict);
      this.marked.set(id, { element, verdict });
      if (verdict.item) this.badges.set(id, { element, item: verdict.item });
      else this.badges.delete(id);
    }
    this.changedBadges = judgement.changed && update.changed;
    this.update = null;
    return true;
  }

  /**
   * Comments no longer on the page (or no longer judged) lose their marks and badges first, so an
   * element that now shows another comment is marked again; then which comments need new marks.
   */
  private start(elements: Map<string, Element>, judgement: Judgement): Update {
    const { verdicts, changed: judged } = judgement;
    // Going on from the last judgement: its comments are all still there, so only the new verdicts are marked.
    if (judged) return { judgement, elements, changed: judged.filter((id) => elements.has(id)), done: 0 };
    this.marked.forEach(({ element }, id) => {
      if (elements.get(id) === element && verdicts.has(id)) return;
      unmarkComment(element);
      this.marked.delete(id);
      this.badges.delete(id);
    });
    const changed: string[] = [];
    elements.forEach((element, id) => {
      const verdict = verdicts.get(id);
      const before = this.marked.get(id);
      if (verdict && (before?.element !== element || before.verdict !== verdict)) changed.push(id);
    });
    return { judgement, elements, changed, done: 0 };
  }

  /** The element of a marked comment. */
  elementOf(id: string): Element | undefined {
    return this.marked.get(id)?.element;
  }

  /** The innermost marked comment that holds `node` (a click or focus inside a comment). */
  idAt(node: Node): string | null {
    let best: string | null = null;
    let bestElement: Element | null = null;
    for (const [id, { element }] of this.marked) {
      if (element.contains(node) && (!bestElement || bestElement.contains(element))) [best, bestElement] = [id, element];
    }
    return best;
  }

  /** Takes every mark off the page (a navigation). */
  clear(): void {
    for (const { element } of this.marked.values()) unmarkComment(element);
    this.marked.clear();
    this.badges.clear();
    this.update = null;
  }
}
