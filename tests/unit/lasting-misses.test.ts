// A part of a page's layout counts as not recognised once it has stayed missing a while (the sites
// draw their content after load), and is logged once per page.
import { describe, expect, it } from 'vitest';
import { LastingMisses, MISS_LASTS_MS } from '@/utils/page/lasting-misses';

const miss = (part: string) => ({ part, detail: `${part} not found` });

describe('layout misses that last', () => {
  it('says nothing of a part missing only until the site has drawn it, and asks to look again', () => {
    const misses = new LastingMisses();
    expect(misses.settle([miss('tweet')], 0)).toEqual({ lasting: [], toLog: [], recheckIn: MISS_LASTS_MS });
    expect(misses.settle([], 2000)).toEqual({ lasting: [], toLog: [], recheckIn: null });
    expect(misses.settle([miss('tweet')], 4000)).toEqual({ lasting: [], toLog: [], recheckIn: MISS_LASTS_MS });
  });

  it('says a part that stays missing, and logs it once however the other misses come and go', () => {
    const misses = new LastingMisses();
    misses.settle([miss('commentArticle')], 0);
    expect(misses.settle([miss('commentArticle')], MISS_LASTS_MS)).toEqual({ lasting: [miss('commentArticle')], toLog: [miss('commentArticle')], recheckIn: null });
    expect(misses.settle([miss('postArticle'), miss('commentArticle')], MISS_LASTS_MS + 1000))
      .toEqual({ lasting: [miss('commentArticle')], toLog: [], recheckIn: MISS_LASTS_MS });
    expect(misses.settle([miss('postArticle'), miss('commentArticle')], 2 * MISS_LASTS_MS + 1000).toLog).toEqual([miss('postArticle')]);
    misses.settle([], 3 * MISS_LASTS_MS);
    misses.settle([miss('commentArticle')], 3 * MISS_LASTS_MS);
    expect(misses.settle([miss('commentArticle')], 4 * MISS_LASTS_MS)).toEqual({ lasting: [miss('commentArticle')], toLog: [], recheckIn: null });
  });

  it('logs the parts of the next page anew after a navigation', () => {
    const misses = new LastingMisses();
    misses.settle([miss('tweet')], 0);
    expect(misses.settle([miss('tweet')], MISS_LASTS_MS).toLog).toHaveLength(1);
    misses.clear();
    misses.settle([miss('tweet')], MISS_LASTS_MS);
    expect(misses.settle([miss('tweet')], 2 * MISS_LASTS_MS).toLog).toHaveLength(1);
  });
});
