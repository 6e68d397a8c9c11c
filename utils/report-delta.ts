import type { CommentSnapshot } from '@/rules/snapshot';
import type { PageReport, WorkItem } from './report';

// A long thread's report is megabytes, and the page changes a little at a time (a few comments
// appended while scrolling). The content script sends only what changed since the report the
// background already has (a delta against that "base"), in parts of at most ITEMS_PER_PART items,
// each copied in a task of its own; the background puts the parts together and applies them.

/** About 250 KB of items: a part copies in a few milliseconds. */
export const ITEMS_PER_PART = 400;

export type ReportHead = Omit<PageReport, 'items' | 'ownComments'>;

export interface ReportPart {
  /** Which scan the part belongs to (increasing, also across reloads of the page): parts of an older scan are dropped. */
  scan: number;
  /** The scan whose report this delta applies to; null for a whole report. */
  base: number | null;
  index: number;
  parts: number;
  /** In the first part only: everything but the items. */
  head?: ReportHead;
  /** In the first part, when they changed (always in a whole report). */
  ownComments?: CommentSnapshot[];
  /** In the first part, when the items' order or set changed: every item's comment id, in order. */
  order?: string[];
  /** Items new or changed since the base. */
  items: WorkItem[];
}

/** A delta put together from all its parts; still untrusted (it came from a page). */
export type ReportDelta = Omit<ReportPart, 'index' | 'parts'>;

const ownKey = (comments: CommentSnapshot[]) => comments.map((c) => `${c.id}:${c.text.length}:${c.text.slice(0, 40)}`).join('\n');

/**
 * The content script's side: what the background was last sent. Items are compared by identity:
 * the page judgement keeps an item's object while nothing about it changed (utils/page/scan).
 */
export class ReportSender {
  private base: number | null = null;
  private items = new Map<string, WorkItem>();
  private order: string[] = [];
  private headKey = '';
  private ownKey = '';

  /** The parts that bring the background from the last sent report to this one; empty when nothing changed. */
  delta(report: PageReport, scan: number): { parts: ReportPart[]; sent: () => void } {
    const { items, ownComments, ...head } = report;
    const headKey = JSON.stringify({ ...head, scannedAt: '' });
    const own = ownKey(ownComments);
    const order = items.map((i) => i.commentId);
    const whole = this.base === null;
    const changed = whole ? items : items.filter((i) => this.items.get(i.commentId) !== i);
    const orderChanged = whole || order.length !== this.order.length || order.some((id, k) => id !== this.order[k]);
    const ownChanged = whole || own !== this.ownKey;
    const sent = () => {
      this.base = scan;
      this.items = new Map(items.map((i) => [i.commentId, i]));
      this.order = order;
      this.headKey = headKey;
      this.ownKey = own;
    };
    if (!changed.length && !orderChanged && !ownChanged && headKey === this.headKey) return { parts: [], sent };
    const count = Math.max(1, Math.ceil(changed.length / ITEMS_PER_PART));
    const parts = Array.from({ length: count }, (_, index): ReportPart => ({
      scan, base: this.base, index, parts: count, items: changed.slice(index * ITEMS_PER_PART, (index + 1) * ITEMS_PER_PART),
      ...(index === 0 ? { head, ...(ownChanged ? { ownComments } : {}), ...(orderChanged ? { order } : {}) } : {}),
    }));
    return { parts, sent };
  }

  /** The background lost its copy (or a send failed): the next delta is the whole report. */
  reset(): void {
    this.base = null;
  }
}

const MAX_PARTS = 200;

function isPart(part: ReportPart): boolean {
  return Boolean(part) && Number.isSafeInteger(part.scan) && (part.base === null || Number.isSafeInteger(part.base))
    && Number.isInteger(part.parts) && part.parts >= 1 && part.parts <= MAX_PARTS
    && Number.isInteger(part.index) && part.index >= 0 && part.index < part.parts && Array.isArray(part.items);
}

/** The background's side: each tab's parts put back together, whatever order they arrive in; one scan per tab at a time. */
export class ReportAssembler {
  private pending = new Map<number, { scan: number; parts: Array<ReportPart | undefined>; received: number }>();
  private applied = new Map<number, { scan: number; report: PageReport }>();

  /** The whole delta once its last part is in; null while parts are missing, or for a stale or malformed part. */
  add(tabId: number, part: ReportPart): ReportDelta | null {
    if (!isPart(part)) return null;
    let entry = this.pending.get(tabId);
    if (entry && part.scan < entry.scan) return null; // an older scan's part: the page has moved on
    if (!entry || part.scan > entry.scan || entry.parts.length !== part.parts) {
      entry = { scan: part.scan, parts: new Array(part.parts), received: 0 };
      this.pending.set(tabId, entry);
    }
    if (!entry.parts[part.index]) entry.received++;
    entry.parts[part.index] = part;
    if (entry.received < entry.parts.length) return null;
    this.pending.delete(tabId);
    const first = entry.parts[0];
    if (!first?.head) return null;
    const { head, ownComments, order, base } = first;
    return { scan: part.scan, base, head, ownComments, order, items: entry.parts.flatMap((p) => p?.items ?? []) };
  }

  /**
   * The tab's report with a (validated) delta applied; null when the delta's base is not the report
   * kept here (the service worker was restarted, or a scan was lost): the page must send it whole.
   */
  apply(tabId: number, delta: ReportDelta): PageReport | null {
    const before = this.applied.get(tabId);
    if (delta.base !== null && before?.scan !== delta.base) return null;
    if (!delta.head) return null;
    const previous = delta.base === null ? undefined : before?.report;
    const ownComments = delta.ownComments ?? previous?.ownComments;
    if (!ownComments) return null;
    const byId = new Map((previous?.items ?? []).map((i) => [i.commentId, i]));
    for (const item of delta.items) byId.set(item.commentId, item);
    const order = delta.order ?? previous?.items.map((i) => i.commentId) ?? delta.items.map((i) => i.commentId);
    const items = order.map((id) => byId.get(id)).filter((i): i is WorkItem => i !== undefined);
    if (items.length !== order.length) return null; // an item the order names was never sent
    const report: PageReport = { ...delta.head, ownComments, items };
    this.applied.set(tabId, { scan: delta.scan, report });
    return report;
  }

  forget(tabId: number): void {
    this.pending.delete(tabId);
    this.applied.delete(tabId);
  }
}
