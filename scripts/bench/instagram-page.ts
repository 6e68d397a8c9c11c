// An Instagram post page with thousands of comments, built with the demo's own renderer
// (demo/instagram/render.ts) and the demo's options, so it is structured like
// demo/instagram/post.html (ul/li lists, 2023 class set, flat reply links, signed in). One change:
// the demo draws each avatar as its own SVG data URI; thousands of distinct ones take Chromium
// minutes to parse (the real site loads them from its CDN), so every avatar shares one tiny image.
// The alt texts the adapter reads stay as they are.
import { renderPost, type PostPage, type RenderOptions, type ThreadComment } from '../../demo/instagram/render';
import { appendedBatches, type BenchPage, type BenchPageOptions } from './bench-page-spec';
import { planThread, slug, type PlannedComment } from './thread-plan';
import { random } from '@/utils/random';

const SHORTCODE = 'DBench5000x';
export const INSTAGRAM_BENCH_URL = `https://www.instagram.com/p/${SHORTCODE}/`;
const ACCOUNT = 'sjovikskommun';
const LIST = '.ig-scroll > ul';
const SHARED_AVATAR = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';

function shareAvatars(html: string): string {
  return html.replace(/src="data:image\/svg\+xml,[^"]*"/g, `src="${SHARED_AVATAR}"`);
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const commentId = (index: number) => `179583${String(index).padStart(11, '0')}`;

/** Planned comments → Instagram's groups: a comment with its replies in one list. */
function toComments(planned: PlannedComment[], seed: number): ThreadComment[] {
  const next = random(seed);
  const top: ThreadComment[] = [];
  const byIndex = new Map<number, ThreadComment>();
  for (const c of planned) {
    const comment: ThreadComment = {
      id: commentId(c.index), user: c.author ? slug(c.author, c.index, '_') : ACCOUNT,
      html: escapeHtml(c.text), minutesAgo: c.minutesAgo,
      ...(c.author ? {} : { verified: true }),
      ...(next() < 0.3 ? { likes: 1 + Math.floor(next() * 30) } : {}),
    };
    byIndex.set(c.index, comment);
    const parent = c.replyTo === null ? undefined : byIndex.get(c.replyTo);
    if (parent) (parent.replies ??= []).push(comment);
    else top.push(comment);
  }
  return top;
}

function post(comments: ThreadComment[]): PostPage {
  return {
    shortcode: SHORTCODE, author: ACCOUNT, authorName: 'Sjöviks kommun', verified: true,
    captionHtml: 'Vad tycker du om förslaget till ny översiktsplan för Sjövik? 🏘️ Kommentera här så läser vi allt.\n\nLäs mer på sjovik.se/oversiktsplan <a href="/explore/tags/sj%C3%B6vik/">#sjövik</a>',
    minutesAgo: 3 * 1440 + 240, likes: 2140,
    imageAlt: 'Foto av Sjöviks kommun. Kan vara en karta över Sjövik.',
    image: 'data:image/svg+xml,%3Csvg xmlns=%22http://www.w3.org/2000/svg%22 width=%22600%22 height=%22600%22%3E%3Crect width=%22600%22 height=%22600%22 fill=%22%239fc5e8%22/%3E%3C/svg%3E',
    comments,
  };
}

function options(now: Date): RenderOptions {
  return {
    lang: 'sv', classes: 'a', list: 'ul', replyLinks: 'flat', dialog: false, signedIn: ACCOUNT, now, liveTimes: true,
    title: 'Sjöviks kommun på Instagram: ”Vad tycker du om förslaget till ny översiktsplan för Sjövik?”',
  };
}

/** The comment groups of a rendered post (between the caption and the list's end). */
function commentGroupsMarkup(comments: ThreadComment[], now: Date): string {
  // A one-line caption, so the first line break after the list's start ends the caption.
  const html = renderPost({ ...post(comments), captionHtml: 'Bildtext' }, { ...options(now), liveTimes: false });
  const scroll = html.indexOf('<div class="ig-scroll">');
  const afterCaption = html.indexOf('\n', scroll) + 1;
  const end = html.indexOf('\n</ul></div><section', afterCaption);
  if (scroll < 0 || afterCaption <= scroll || end < 0) throw new Error('Instagram demo markup changed: comment list not found');
  return shareAvatars(html.slice(afterCaption, end));
}

export function instagramBenchPage(benchOptions: BenchPageOptions): BenchPage {
  const { count, appendCount, now } = benchOptions;
  const planned = planThread({ count });
  const batches = appendedBatches(benchOptions, (n, firstIndex, seed) => commentGroupsMarkup(toComments(planThread({ count: n, firstIndex, seed }), 14), now));
  return {
    platform: 'instagram', url: INSTAGRAM_BENCH_URL, html: shareAvatars(renderPost(post(toComments(planned, 13)), options(now))), commentCount: count,
    flaggedInCorpus: planned.filter((c) => c.flaggedInCorpus).length,
    appended: { batches, count: appendCount, into: LIST },
    walk: { selector: 'a[href*="/c/"] time', closest: 'li', least: { author: ':is(h3 a[href])', time: ':is(a[href*="/c/"] time)' } },
  };
}
