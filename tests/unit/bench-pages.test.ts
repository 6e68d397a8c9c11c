// The bench's generated thread pages read as the extension will read them: every generated comment
// is found by the platform's own adapter, the account's replies are recognised as its own, and the
// appended markup adds exactly the appended comments. Small counts keep jsdom fast; the generator
// is the same at 5,000.
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { readPage as readFacebook } from '@/entrypoints/facebook.content/adapter';
import { readPage as readInstagram } from '@/entrypoints/instagram.content/adapter';
import { readPage as readX } from '@/entrypoints/x.content/adapter';
import type { AdapterResult } from '@/utils/page/adapter';
import type { BenchPage, BenchPageOptions } from '../../scripts/bench/bench-page-spec';
import { facebookBenchPage } from '../../scripts/bench/facebook-page';
import { instagramBenchPage } from '../../scripts/bench/instagram-page';
import { planThread, type CorpusText } from '../../scripts/bench/thread-plan';
import { xBenchPage } from '../../scripts/bench/x-page';

const now = new Date('2026-11-23T12:00:00Z');
const count = 120;
const appendCount = 15;
const appendRounds = 2;

type Reader = (doc: Document, url: string, now: Date) => AdapterResult;
const platforms: Array<[string, (o: BenchPageOptions) => BenchPage, Reader]> = [
  ['facebook', facebookBenchPage, readFacebook],
  ['x', xBenchPage, readX],
  ['instagram', instagramBenchPage, readInstagram],
];

/** Appends the way the bench does in the browser (page-probe appendComments). */
function append(doc: Document, appended: BenchPage['appended'], batch: number): void {
  const container = doc.querySelector(appended.into)!;
  let reference: Element | null = appended.before ? container.querySelector(appended.before) : null;
  while (reference && reference.parentElement !== container) reference = reference.parentElement;
  const template = doc.createElement('template');
  template.innerHTML = appended.batches[batch];
  container.insertBefore(template.content, reference);
}

describe.each(platforms)('%s bench page', (platform, build, read) => {
  const bench = build({ count, appendCount, appendRounds, now });
  const doc = new JSDOM(bench.html, { url: bench.url }).window.document;
  const first = read(doc, bench.url, now);

  it('holds exactly the requested number of comments, each with an element to mark, read without layout misses', () => {
    expect(bench.platform).toBe(platform);
    expect(first.snapshot.comments).toHaveLength(count);
    expect(first.elements.size).toBe(count);
    expect(first.snapshot.misses).toEqual([]);
  });

  it('has the managed account answering some comments, as replies to them', () => {
    const own = first.snapshot.comments.filter((c) => /sjovik/i.test(`${c.author.handle ?? ''} ${c.author.name ?? ''}`));
    expect(own.length).toBeGreaterThan(3);
    expect(own.length).toBeLessThan(count / 3);
    expect(own.every((c) => c.parentId !== null)).toBe(true);
  });

  it('walks the same comments in the floor as the adapter reads', () => {
    const walked = [...doc.querySelectorAll(bench.walk.selector)].map((el) => (bench.walk.closest ? el.closest(bench.walk.closest) : el));
    // X's walk also meets the post itself (the focused tweet), which is not a comment.
    expect(walked.length - count).toBe(platform === 'x' ? 1 : 0);
  });

  it('appends batch after batch in the page\'s own structure, each read as new comments', () => {
    expect(bench.appended.batches).toHaveLength(appendRounds);
    const seen = new Set(first.snapshot.comments.map((c) => c.id));
    for (let batch = 0; batch < appendRounds; batch++) {
      append(doc, bench.appended, batch);
      const after = read(doc, bench.url, now);
      expect(after.snapshot.comments).toHaveLength(count + (batch + 1) * appendCount);
      expect(after.snapshot.comments.filter((c) => !seen.has(c.id))).toHaveLength(appendCount);
      expect(after.snapshot.misses).toEqual([]);
      for (const c of after.snapshot.comments) seen.add(c.id);
    }
  });
});

describe('thread plan', () => {
  const corpus: CorpusText[] = [
    ...Array.from({ length: 8 }, (_, i) => ({ text: `Vanlig fråga nummer ${i}?`, flagged: false })),
    ...Array.from({ length: 2 }, (_, i) => ({ text: `Jävla idiot ${i}`, flagged: true })),
  ];

  it('mixes mostly benign texts with about the asked share of flagged ones, varied rather than repeated', () => {
    const plan = planThread({ count: 2000, corpus, flaggedShare: 0.2 });
    const people = plan.filter((c) => c.author);
    const share = people.filter((c) => c.flaggedInCorpus).length / people.length;
    expect(share).toBeGreaterThan(0.15);
    expect(share).toBeLessThan(0.25);
    expect(new Set(people.map((c) => c.text)).size).toBeGreaterThan(corpus.length * 5);
  });

  it('is the same thread for the same seed and numbers appended comments after the page\'s', () => {
    expect(planThread({ count: 50, corpus })).toEqual(planThread({ count: 50, corpus }));
    const more = planThread({ count: 10, corpus, firstIndex: 51, seed: 3 });
    expect(more.map((c) => c.index)).toEqual(Array.from({ length: 10 }, (_, i) => 51 + i));
  });
});
