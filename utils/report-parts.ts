import type { PageReport, WorkItem } from './report';

// A long thread's report is megabytes; copying it to the background in one message is one long
// task on the page. It goes in parts instead, each copied in a task of its own, and the
// background puts them together.

/** About 250 KB of items: a part copies in a few milliseconds. */
export const ITEMS_PER_PART = 400;

export interface ReportPart {
  /** Which scan the part belongs to (increasing, also across reloads of the page): parts of an older scan are dropped. */
  scan: number;
  index: number;
  parts: number;
  /** Everything but the items; in the first part only. */
  head?: Omit<PageReport, 'items'>;
  items: WorkItem[];
}

export function splitReport(report: PageReport, scan: number): ReportPart[] {
  const { items, ...head } = report;
  const parts = Math.max(1, Math.ceil(items.length / ITEMS_PER_PART));
  return Array.from({ length: parts }, (_, index) => ({
    scan, index, parts, ...(index === 0 ? { head } : {}), items: items.slice(index * ITEMS_PER_PART, (index + 1) * ITEMS_PER_PART),
  }));
}

/** Puts each tab's parts back together, whatever order they arrive in; one scan per tab at a time. */
export class ReportAssembler {
  private pending = new Map<number, { scan: number; parts: Array<ReportPart | undefined>; received: number }>();

  /** The whole report once its last part is in; null while parts are missing, or for a stale or malformed part. */
  add(tabId: number, part: ReportPart): unknown {
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
    const head = entry.parts[0]?.head;
    return head ? { ...head, items: entry.parts.flatMap((p) => p?.items ?? []) } : null;
  }

  forget(tabId: number): void {
    this.pending.delete(tabId);
  }
}

const MAX_PARTS = 200;

function isPart(part: ReportPart): boolean {
  return Boolean(part) && Number.isSafeInteger(part.scan) && Number.isInteger(part.parts) && part.parts >= 1 && part.parts <= MAX_PARTS
    && Number.isInteger(part.index) && part.index >= 0 && part.index < part.parts && Array.isArray(part.items);
}
