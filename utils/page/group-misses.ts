import type { LayoutMiss } from '@/rules/snapshot';
import { REPORT_LIMITS } from '@/utils/report-limits';

/**
 * One miss per part: the first one's detail, and how many more there are. A layout change misses
 * the same part in every comment (hundreds on a long thread); the side panel names each part once,
 * and the background takes a report with at most REPORT_LIMITS.misses.
 */
export function groupMisses(misses: readonly LayoutMiss[]): LayoutMiss[] {
  if (misses.length === 0) return [];
  const byPart = new Map<string, { first: LayoutMiss; more: number }>();
  for (const miss of misses) {
    const seen = byPart.get(miss.part);
    if (seen) seen.more++;
    else byPart.set(miss.part, { first: miss, more: 0 });
  }
  const { misses: most, missPart, missDetail } = REPORT_LIMITS;
  return [...byPart.values()].slice(0, most).map(({ first, more }) => ({
    part: first.part.slice(0, missPart),
    detail: more > 0 ? `${first.detail.slice(0, missDetail - 40)} (and ${more} more like it)` : first.detail.slice(0, missDetail),
  }));
}
