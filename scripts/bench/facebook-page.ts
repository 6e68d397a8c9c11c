// A Facebook post page with thousands of comments, built with the demo's own markup functions
// (demo/facebook/build/markup.ts), so it is structured exactly like demo/facebook/post.html.
import { FB, page, postArticle, topBar, type Person, type PostData, type ThreadComment } from '../../demo/facebook/build/markup';
import { sjovik } from '../../demo/facebook/build/people';
import { demoCss } from '../../demo/facebook/build/styles';
import { appendedBatches, type BenchPage, type BenchPageOptions } from './bench-page-spec';
import { planThread, slug, type PlannedComment } from './thread-plan';

const POST_ID = '1199900000005000';
const PFBID = 'pfbid02BenchSjovik5000Kommentarer7Xq9LmN4aRt2Wc8Yp';
export const FACEBOOK_BENCH_URL = `${FB}/sjovikskommun/posts/${POST_ID}`;

function timeLabel(minutes: number): string {
  if (minutes < 1) return 'Just nu';
  if (minutes < 60) return `${minutes} min`;
  if (minutes < 24 * 60) return `${Math.floor(minutes / 60)} tim`;
  if (minutes < 7 * 24 * 60) return `${Math.floor(minutes / 1440)} d`;
  return `${Math.floor(minutes / 10080)} v`;
}

const commentId = (index: number) => String(882200000000000 + index);

function person(c: PlannedComment): Person {
  return c.author ? { name: `${c.author.first} ${c.author.last}`, profile: slug(c.author, c.index) } : sjovik;
}

/** Planned comments → Facebook's nesting: each top-level comment's block holds its replies. */
function toThread(planned: PlannedComment[]): ThreadComment[] {
  const top: ThreadComment[] = [];
  const byIndex = new Map<number, ThreadComment>();
  for (const c of planned) {
    const comment: ThreadComment = {
      id: commentId(c.index), by: person(c), time: timeLabel(c.minutesAgo), lines: c.text.split('\n'),
      ...(c.author ? {} : { badge: true }),
    };
    byIndex.set(c.index, comment);
    const parent = c.replyTo === null ? undefined : byIndex.get(c.replyTo);
    if (parent) (parent.replies ??= []).push(comment);
    else top.push(comment);
  }
  return top;
}

function post(comments: ThreadComment[], count: number): PostData {
  return {
    id: POST_ID, pfbid: PFBID, by: sjovik, time: '3 d', timeLabel: 'för 3 dagar sedan',
    lines: ['Vad tycker du om förslaget till ny översiktsplan för Sjövik? 🏘️', 'Skriv en kommentar så svarar vi under kontorstid (vardagar 8–17). /Anna, kommunikatör'],
    reactions: 1480, commentCount: count, comments,
  };
}

/** The comments of a post article's list (its `.clist`), cut out of the demo's own markup. */
function commentListMarkup(comments: ThreadComment[]): string {
  const article = postArticle(post(comments, comments.length), 'sv', { withComments: true, idPrefix: 'p9', composer: false });
  const open = '<div class="clist">';
  const start = article.indexOf(open);
  const close = '</div></div>'; // the list's end, then the article's
  if (start < 0 || !article.endsWith(close)) throw new Error('Facebook demo markup changed: no comment list at the end of the post article');
  return article.slice(start + open.length, article.length - close.length);
}

export function facebookBenchPage(options: BenchPageOptions): BenchPage {
  const { count, appendCount } = options;
  const planned = planThread({ count });
  const body = topBar('sv', sjovik)
    + `<div role="main"><div class="wrap">${postArticle(post(toThread(planned), count), 'sv', { withComments: true, idPrefix: 'p1', composer: true })}</div></div>`;
  const html = page('sv', 'Vad tycker du om förslaget till ny översiktsplan… - Sjöviks kommun | Facebook', `${FB}/sjovikskommun/posts/${POST_ID}/`, body, demoCss);
  const batches = appendedBatches(options, (n, firstIndex, seed) => commentListMarkup(toThread(planThread({ count: n, firstIndex, seed }))));
  return {
    platform: 'facebook', url: FACEBOOK_BENCH_URL, html, commentCount: count,
    flaggedInCorpus: planned.filter((c) => c.flaggedInCorpus).length,
    appended: { batches, count: appendCount, into: '.clist' },
    walk: { selector: '[role="article"][aria-label]', least: { author: 'a[aria-hidden="false"][href*="comment_id="]', time: ':is(ul a[href*="comment_id="])' } },
  };
}
