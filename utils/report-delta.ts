import type { CommentSnapshot } from '@/rules/snapshot';
import type { PageReport, PageWorkItem, WorkItem } from './report';

// A long thread's report is megabytes, and the page changes a little at a time (a few comments
// appended while scrolling). The content script sends only what changed since the report the
// background already has (a delta against that "base"), in parts of at most ITEMS_PER_PART items,
// each copied in a task of its own; the background puts the parts together and applies them.

/** About 75 KB of items (~370 bytes each): a part is copied (as JSON, between processes) in a millisecond or two. */
export const ITEMS_PER_PART = 200;
/** The account's own comments carry whole texts (~500 bytes each on a long thread): about 50 KB a part. */
export const OWN_COMMENTS_PER_PART = 100;

/** `list` in pieces of at most `size`, in order; none for an empty list. */
const chunked = <T>(list: readonly T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(list.length / size) }, (_, i) => list.slice(i * size, (i + 1) * size));

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
  /**
   * When they changed (always in a whole report): the account's own comments, in order, in the first
   * parts (at most OWN_COMMENTS_PER_PART each), the first part always among them.
   */
  ownComments?: CommentSnapshot[];
  /** In the first part: the items gone since the base (their comment ids). */
  removed?: string[];
  /**
   * In the first part, when items that did not change are no longer in the same order among
   * themselves (a comment moved): every item's comment id, in order. Otherwise each new or changed
   * item says where it goes (`anchors`).
   */
  order?: string[];
  /** Items new or changed since the base. */
  items: WorkItem[];
  /** Per item of a delta: the comment id of the item it follows in the list, null for the first. */
  anchors?: Array<string | null>;
}

/** A delta put together from all its parts; still untrusted (it came from a page). */
export type ReportDelta = Omit<ReportPart, 'index' | 'parts'>;

/** An item as it is sent: what the work list reads. The findings and the author's profile link stay on the page. */
function sentItem({ commentId, author, text, status, ageOfficeHours, due, group, categories, action, followUps, truncated, postedAt, postedShown, textLength, longerThanRead }: PageWorkItem): WorkItem {
  return { commentId, author: { name: author.name, handle: author.handle }, text, status, ageOfficeHours, due, group, categories, action, followUps, truncated, postedAt, postedShown, textLength, longerThanRead };
}

const ownKey = (comments: CommentSnapshot[]) => comments.map((c) => `${c.id}:${c.text.length}:${c.text.slice(0, 40)}`).join('\n');

function gone(before: Map<string, WorkItem>, items: WorkItem[]): string[] {
  const present = new Set(items.map((item) => item.commentId));
  return [...before.keys()].filter((id) => !present.has(id));
}

/**
 * The content script's side: what the background was last sent. Items are compared by identity:
 * the page judgement keeps an item's object while nothing about it changed (utils/page/scan).
 */
export class ReportSender {
  private base: number | null = null;
  /** The items last sent, in order, and by comment id. */
  private sentItems: PageWorkItem[] = [];
  private byId = new Map<string, PageWorkItem>();
  private headKey = '';
  private ownKey = '';
  /** The own-comments list the key was made of: the judgement gives the same list while none was added. */
  private ownList: CommentSnapshot[] | null = null;
  /** The next delta is sent even when nothing changed, so the background can say whether it has its base. */
  private confirming = false;

  /** The parts that bring the background from the last sent report to this one; empty when nothing changed. */
  delta(report: PageReport<PageWorkItem>, scan: number): { parts: ReportPart[]; sent: () => void } {
    const { items, ownComments, ...head } = report;
    const headKey = JSON.stringify({ ...head, scannedAt: '' });
    const own = ownComments === this.ownList ? this.ownKey : ownKey(ownComments);
    const whole = this.base === null;
    const changed: PageWorkItem[] = [];
    const anchors: Array<string | null> = [];
    let inPlace = true; // the items that did not change are in the same order among themselves
    let kept = 0;
    let next = 0; // in the list last sent, just after the last unchanged item found
    const before = this.sentItems;
    items.forEach((item, k) => {
      if (!whole) {
        // Most items are where they were: found by walking the list last sent alongside, not by looking up their id.
        if (before[next] === item) {
          kept++;
          next++;
          return;
        }
        if (this.byId.get(item.commentId) === item) {
          kept++;
          while (next < before.length && before[next] !== item) next++;
          if (next < before.length) next++;
          else inPlace = false;
          return;
        }
      }
      changed.push(item);
      anchors.push(k > 0 ? items[k - 1].commentId : null);
    });
    // Every item sent before is either kept or came back changed; otherwise some are gone.
    const removed = whole || kept + changed.filter((item) => this.byId.has(item.commentId)).length === this.byId.size ? [] : gone(this.byId, items);
    const ownChanged = whole || own !== this.ownKey;
    const sent = () => {
      this.base = scan;
      if (whole) this.byId = new Map(items.map((item) => [item.commentId, item]));
      else {
        for (const id of removed) this.byId.delete(id);
        for (const item of changed) this.byId.set(item.commentId, item);
      }
      this.sentItems = items.slice(); // a copy: the caller may change its list
      this.headKey = headKey;
      this.ownKey = own;
      this.ownList = ownComments;
      this.confirming = false;
    };
    const unchanged = !changed.length && !removed.length && inPlace && !ownChanged && headKey === this.headKey;
    if (unchanged && !this.confirming) return { parts: [], sent };
    // The account's own comments (up to 500, whole texts) and the items travel in parts of a bounded
    // size, the own comments first: each part is copied in a task of its own.
    const ownChunks = ownChanged ? chunked(ownComments, OWN_COMMENTS_PER_PART) : [];
    const itemChunks = chunked(changed, ITEMS_PER_PART);
    const anchorChunks = chunked(anchors, ITEMS_PER_PART);
    const count = Math.max(1, ownChunks.length + itemChunks.length);
    const parts = Array.from({ length: count }, (_, index): ReportPart => {
      const at = index - ownChunks.length;
      return {
        scan, base: this.base, index, parts: count, items: (itemChunks[at] ?? []).map(sentItem),
        // None left is said in the first part, whatever else it carries.
        ...(index < ownChunks.length ? { ownComments: ownChunks[index] } : index === 0 && ownChanged ? { ownComments: [] } : {}),
        ...(whole || !inPlace ? {} : { anchors: anchorChunks[at] ?? [] }),
        ...(index === 0 ? {
          head, ...(removed.length ? { removed } : {}),
          ...(!whole && !inPlace ? { order: items.map((i) => i.commentId) } : {}),
        } : {}),
      };
    });
    return { parts, sent };
  }

  /** The background lost its copy (or a send failed): the next delta is the whole report. */
  reset(): void {
    this.base = null;
  }

  /**
   * The background asked for the page's report (its worker may have been stopped since): the next
   * delta is sent even if nothing changed. Its answer says whether it had the base, or needs it whole.
   */
  confirmBase(): void {
    this.confirming = true;
  }
}

/** How many parts a report may come in: the background refuses more. */
export const MAX_PARTS = 200;

function isPart(part: ReportPart): boolean {
  return Boolean(part) && Number.isSafeInteger(part.scan) && (part.base === null || Number.isSafeInteger(part.base))
    && Number.isInteger(part.parts) && part.parts >= 1 && part.parts <= MAX_PARTS
    && Number.isInteger(part.index) && part.index >= 0 && part.index < part.parts && Array.isArray(part.items);
}

/** How many given-up scans are remembered per tab: a late part is late by one or two scans at most. */
const GIVEN_UP_KEPT = 8;

/** The background's side: each tab's parts put back together, whatever order they arrive in; one scan per tab at a time. */
export class ReportAssembler {
  private pending = new Map<number, { scan: number; parts: Array<ReportPart | undefined>; received: number }>();
  private applied = new Map<number, { scan: number; report: PageReport }>();
  /** Per tab, the scans whose parts stopped coming (another scan's came): a late part of one is stale. */
  private givenUp = new Map<number, number[]>();

  /** The whole delta once its last part is in; null while parts are missing, or for a stale or malformed part. */
  add(tabId: number, part: ReportPart): ReportDelta | null {
    if (!isPart(part)) return null;
    let entry = this.pending.get(tabId);
    const givenUp = this.givenUp.get(tabId) ?? [];
    if (givenUp.includes(part.scan)) return null; // the page has moved on from that scan
    // A page sends one scan's parts before the next scan's: another scan's part means the pending one
    // is given up, whatever its number (scans count from the clock, which may have gone back since a
    // reload; a newer page's parts held as "older" were dropped until the clock caught up).
    if (!entry || part.scan !== entry.scan || entry.parts.length !== part.parts) {
      if (entry && entry.scan !== part.scan) this.givenUp.set(tabId, [...givenUp, entry.scan].slice(-GIVEN_UP_KEPT));
      entry = { scan: part.scan, parts: new Array(part.parts), received: 0 };
      this.pending.set(tabId, entry);
    }
    if (!entry.parts[part.index]) entry.received++;
    entry.parts[part.index] = part;
    if (entry.received < entry.parts.length) return null;
    this.pending.delete(tabId);
    const first = entry.parts[0];
    if (!first?.head) return null;
    const { head, order, removed, base } = first;
    const ownComments = first.ownComments && entry.parts.flatMap((p) => p?.ownComments ?? []);
    const anchored = entry.parts.every((p) => Array.isArray(p?.anchors));
    return {
      scan: part.scan, base, head, ownComments, order, removed, items: entry.parts.flatMap((p) => p?.items ?? []),
      ...(anchored ? { anchors: entry.parts.flatMap((p) => p?.anchors ?? []) } : {}),
    };
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
    const items = previous ? placed(previous.items, delta) : delta.items;
    if (!items) return null;
    const report: PageReport = { ...delta.head, ownComments, items };
    this.applied.set(tabId, { scan: delta.scan, report });
    return report;
  }

  /** Whether a report of the tab was applied since the worker started. */
  has(tabId: number): boolean {
    return this.applied.has(tabId);
  }

  /** The tab's report as kept before the worker was stopped (scan and all): later deltas build on it. */
  restore(tabId: number, scan: number, report: PageReport): void {
    if (!this.applied.has(tabId)) this.applied.set(tabId, { scan, report });
  }

  forget(tabId: number): void {
    this.pending.delete(tabId);
    this.applied.delete(tabId);
    this.givenUp.delete(tabId);
  }
}

/** The list after a delta: by the full order when it came, else each changed item after its anchor. Null when they do not fit. */
function placed(previous: WorkItem[], delta: ReportDelta): WorkItem[] | null {
  const changedIds = new Set(delta.items.map((i) => i.commentId));
  const removed = new Set(delta.removed ?? []);
  const kept = previous.filter((i) => !changedIds.has(i.commentId) && !removed.has(i.commentId));
  if (delta.order) {
    const byId = new Map([...kept, ...delta.items].map((i) => [i.commentId, i]));
    const items = delta.order.map((id) => byId.get(id)).filter((i): i is WorkItem => i !== undefined);
    return items.length === delta.order.length && items.length === byId.size ? items : null;
  }
  if (!delta.anchors || delta.anchors.length !== delta.items.length) return delta.items.length ? null : kept;
  // Items that follow each item (or the start, ''), in the order they come.
  const followers = new Map<string, WorkItem[]>();
  delta.items.forEach((item, k) => {
    const anchor = delta.anchors![k] ?? '';
    followers.set(anchor, [...(followers.get(anchor) ?? []), item]);
  });
  const out: WorkItem[] = [];
  const emit = (id: string) => {
    // Iterative: a long run of new items each follows the one before.
    const stack = [...(followers.get(id) ?? [])].reverse();
    followers.delete(id);
    while (stack.length) {
      const item = stack.pop()!;
      out.push(item);
      const next = followers.get(item.commentId);
      if (next) {
        followers.delete(item.commentId);
        for (let k = next.length - 1; k >= 0; k--) stack.push(next[k]);
      }
    }
  };
  emit('');
  for (const item of kept) {
    out.push(item);
    emit(item.commentId);
  }
  return out.length === kept.length + delta.items.length ? out : null; // an anchor that is not in the list
}
