import { MAX_CAPTURED_TEXT } from './capture-limits';

/**
 * How much of a page report the background takes (it validates what a content script sends). The
 * content script builds its reports within these, so an odd page never has its report refused.
 */
export const REPORT_LIMITS = {
  profileText: 100_000,
  bioText: 10_000,
  followersShown: 200,
  recentPostTimes: 1000,
  misses: 100,
  missPart: 200,
  missDetail: 2000,
  commentText: MAX_CAPTURED_TEXT,
  authorName: 1000,
  handle: 500,
  url: 4000,
  id: 500,
  time: 40,
  /** A time as the page showed it ("3 d", "12 nov kl. 14:05"); utils/page/relative-time keeps at most 80. */
  timeLabel: 80,
} as const;
