// An X status page with thousands of replies, built with the demo's own markup functions
// (demo/x/markup.ts), laid out like demo/x/status.html: the focused post, the composer, the sort
// cell, one cell per reply (the account's answers joined by thread lines), the "more" buttons.
import { buttonCell, columnHeader, composerCell, focusedArticle, page, tweetCell, type Person, type TweetSpec } from '../../demo/x/markup';
import { sjovik } from '../../demo/x/sjovik-status';
import { appendedBatches, type BenchPage, type BenchPageOptions } from './bench-page-spec';
import { planThread, slug, type PlannedComment } from './thread-plan';
import { random } from '@/utils/random';

const statusId = (n: number): string => `19967${String(50000000000000 + n)}`;
export const X_BENCH_URL = `https://x.com/${sjovik.handle}/status/${statusId(0)}`;
const TIMELINE = '[aria-label="Tidslinje: Konversation"]';

function colour(index: number): string {
  return `hsl(${(index * 47) % 360},45%,40%)`;
}

function person(c: PlannedComment): Person {
  return c.author ? { name: `${c.author.first} ${c.author.last}`, handle: slug(c.author, c.index, '_').slice(0, 15), colour: colour(c.index) } : sjovik;
}

/** Planned comments → X's flat list, where a thread line joins a reply to the one it answers. */
function toTweets(planned: PlannedComment[], seed: number): TweetSpec[] {
  const next = random(seed);
  const tweets = planned.map((c): TweetSpec => ({
    id: statusId(c.index), author: person(c), text: c.text, agoMinutes: c.minutesAgo,
    counts: { replies: 0, reposts: Math.floor(next() * 3), likes: Math.floor(next() * 20) },
  }));
  planned.forEach((c, i) => {
    if (c.replyTo === null || i === 0) return;
    tweets[i - 1].lineBelow = true;
    tweets[i - 1].counts = { ...tweets[i - 1].counts!, replies: 1 };
    tweets[i].lineAbove = true;
  });
  return tweets;
}

export function xBenchPage(options: BenchPageOptions): BenchPage {
  const { count, appendCount, now } = options;
  const ui = 'sv';
  const planned = planThread({ count });
  const focused: TweetSpec = {
    id: statusId(0), author: sjovik, agoMinutes: 3 * 1440 + 240,
    text: 'Vad tycker du om förslaget till ny översiktsplan för Sjövik? 🏘️\n\nSvara här så läser vi allt och svarar under kontorstid. /Anna, kommunikatör',
    counts: { replies: count, reposts: 120, likes: 940 },
  };
  const cells = [
    `<div data-testid="cellInnerDiv" class="cell"><div class="cell-in">${focusedArticle(focused, ui, now, '212 tn')}</div></div>`,
    composerCell(ui, sjovik),
    `<div data-testid="cellInnerDiv" class="cell"><div class="cell-in border"><div class="sort"><span>Mest relevant</span></div></div></div>`,
    ...toTweets(planned, 11).map((t) => tweetCell(t, ui, now)),
    buttonCell('Visa fler svar'),
  ];
  const primary = columnHeader(ui, 'Posta')
    + `<section aria-labelledby="conv-head" role="region"><h1 id="conv-head" aria-level="1" role="heading" hidden>Konversation</h1><div aria-label="Tidslinje: Konversation">${cells.join('')}</div></section>`;
  const html = page({ ui, title: 'Sjöviks kommun på X: ”Vad tycker du om förslaget till ny översiktsplan …” / X', me: sjovik, primary, liveTimes: true });
  const batches = appendedBatches(options, (n, firstIndex, seed) => toTweets(planThread({ count: n, firstIndex, seed }), 12).map((t) => tweetCell(t, ui, now)).join(''));
  return {
    platform: 'x', url: X_BENCH_URL, html, commentCount: count,
    flaggedInCorpus: planned.filter((c) => c.flaggedInCorpus).length,
    appended: { batches, count: appendCount, into: TIMELINE, before: 'button.more-replies' },
    walk: { selector: 'article[data-testid="tweet"]', least: { author: ':is([data-testid="User-Name"] a[href])', time: ':is(a[href*="/status/"] time[datetime])' } },
  };
}
