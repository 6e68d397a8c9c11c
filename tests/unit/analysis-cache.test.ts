// The content script keeps each comment's findings while its text is unchanged, so a rescan only
// analyses what is new. On X, whose list keeps only the replies near the viewport in the page, an
// editor scrolling a long conversation for hours sees tens of thousands: what left the page is
// forgotten once there are many, what is on it stays.
import { describe, expect, it } from 'vitest';
import { AnalysisCache } from '@/utils/page/scan';
import type { Finding } from '@/rules/types';

const finding = (evidence: string): Finding[] => [{ category: 'needs-reply', evidence } as Finding];
const comments = (from: number, count: number) => Array.from({ length: count }, (_, k) => ({ id: `c${from + k}`, text: `Fråga nummer ${from + k}?` }));

describe('the findings kept between scans', () => {
  it('analyses only what is new or changed', () => {
    const cache = new AnalysisCache();
    const page = comments(0, 3);
    for (const c of cache.missing(page)) cache.store(c.id, c.text, finding(c.text));
    expect(cache.missing(page)).toEqual([]);
    const edited = [page[0], { ...page[1], text: 'Ändrad text?' }, page[2], ...comments(3, 1)];
    expect(cache.missing(edited).map((c) => c.id)).toEqual(['c1', 'c3']);
  });

  it('forgets the comments that left the page once there are many, and keeps those on it', () => {
    const cache = new AnalysisCache();
    // Scrolling on: each screenful replaces the one before in the page.
    for (let screen = 0; screen < 260; screen++) {
      const shown = comments(screen * 100, 100);
      for (const c of cache.missing(shown)) cache.store(c.id, c.text, finding(c.text));
    }
    expect(cache.size).toBeLessThanOrEqual(20_100);
    const last = comments(259 * 100, 100);
    expect(cache.missing(last)).toEqual([]); // still known: not analysed again
    expect(cache.findings('c25950', 'Fråga nummer 25950?')).toEqual(finding('Fråga nummer 25950?'));
    // One scrolled back to long ago is analysed again.
    expect(cache.missing([...last, { id: 'c5', text: 'Fråga nummer 5?' }]).map((c) => c.id)).toEqual(['c5']);
  });

  it('keeps every comment of a thread longer than that while it is on the page', () => {
    const cache = new AnalysisCache();
    const page = comments(0, 20_500);
    for (const c of cache.missing(page)) cache.store(c.id, c.text, finding(c.text));
    expect(cache.missing(page)).toEqual([]);
    expect(cache.size).toBe(20_500);
  });
});
