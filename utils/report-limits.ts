/**
 * How much of a page report the background takes (it validates what a content script sends). The
 * content script builds its reports within these, so an odd page never has its report refused.
 */
export const REPORT_LIMITS = {
  profileText: 100_000,
  bioText: 10_000,
  recentPostTimes: 1000,
  misses: 100,
  missPart: 200,
  missDetail: 2000,
} as const;
