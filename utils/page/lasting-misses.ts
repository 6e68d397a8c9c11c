import type { LayoutMiss } from '@/rules/snapshot';

/**
 * How long a part must stay missing before the layout counts as not recognised. The sites draw
 * their content after the page has loaded (X's tweets and Facebook's comments come seconds later):
 * a part missing only meanwhile is not a layout change, and was said and logged on almost every load.
 */
export const MISS_LASTS_MS = 5000;

/**
 * The layout misses of one page as they last: which have lasted long enough to be said, which of
 * those are new to the log (each part is logged once per page, however often the page is read
 * again), and when to read the page again to see whether the others last.
 */
export class LastingMisses {
  /** Since when each part has been missing, without a read in between that found it. */
  private since = new Map<string, number>();
  private logged = new Set<string>();

  settle(misses: readonly LayoutMiss[], now: number): { lasting: LayoutMiss[]; toLog: LayoutMiss[]; recheckIn: number | null } {
    const parts = new Set(misses.map((miss) => miss.part));
    for (const part of this.since.keys()) if (!parts.has(part)) this.since.delete(part);
    for (const part of parts) if (!this.since.has(part)) this.since.set(part, now);
    const lasting = misses.filter((miss) => now - this.since.get(miss.part)! >= MISS_LASTS_MS);
    const toLog = lasting.filter((miss) => !this.logged.has(miss.part));
    for (const miss of toLog) this.logged.add(miss.part);
    const waits = misses.filter((miss) => !lasting.includes(miss)).map((miss) => this.since.get(miss.part)! + MISS_LASTS_MS - now);
    return { lasting, toLog, recheckIn: waits.length ? Math.max(0, Math.min(...waits)) : null };
  }

  /** Another page (a navigation without reload): its misses are its own. */
  clear(): void {
    this.since.clear();
    this.logged.clear();
  }
}
