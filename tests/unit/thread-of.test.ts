// Which addresses show the same thread, or a dialog over the page: a navigation to them keeps the page's marks and badges.
import { describe, expect, it } from 'vitest';
import { opensOver as xOpensOver, threadOf as x } from '@/entrypoints/x.content/urls';
import { threadOf as instagram } from '@/entrypoints/instagram.content/urls';
import { threadOf as facebook } from '@/entrypoints/facebook.content/urls';

const same = (threadOf: (url: string) => string | null, from: string, to: string) => threadOf(from) !== null && threadOf(from) === threadOf(to);

describe('the same thread under another address', () => {
  it('X: the photo or video viewer over a status; not another status, its quotes or a profile', () => {
    const status = 'https://x.com/sjovikskommun/status/1850000000000000000';
    expect(same(x, status, `${status}/photo/1`)).toBe(true);
    expect(same(x, `${status}/photo/1`, `${status}/photo/2`)).toBe(true);
    expect(same(x, status, `${status}/video/1`)).toBe(true);
    expect(same(x, status, 'https://x.com/i/web/status/1850000000000000000')).toBe(true);
    expect(same(x, status, 'https://x.com/sjovikskommun/status/1850000000000000001')).toBe(false);
    expect(same(x, status, `${status}/quotes`)).toBe(false);
    expect(same(x, 'https://x.com/sjovikskommun', 'https://x.com/sjovikskommun/with_replies')).toBe(false);
  });

  it('Instagram: a post, its comment links and lists opened over it, as /p/ or /reel/; not another post or the profile', () => {
    const post = 'https://www.instagram.com/p/C1a2b3c4d5e/';
    expect(same(instagram, post, 'https://www.instagram.com/p/C1a2b3c4d5e/c/17900000000000000/')).toBe(true);
    expect(same(instagram, post, 'https://www.instagram.com/sjovikskommun/p/C1a2b3c4d5e/')).toBe(true);
    expect(same(instagram, post, 'https://www.instagram.com/reel/C1a2b3c4d5e/')).toBe(true);
    expect(same(instagram, post, 'https://www.instagram.com/p/C9z8y7x6w5v/')).toBe(false);
    expect(same(instagram, 'https://www.instagram.com/sjovikskommun/', post)).toBe(false);
  });

  it('Facebook: a post with or without ?comment_id= (or a #); not another post, a photo or the page', () => {
    const post = 'https://www.facebook.com/sjovikskommun/posts/1184736902214587';
    expect(same(facebook, post, `${post}?comment_id=1772521800368774`)).toBe(true);
    expect(same(facebook, post, `${post}?comment_id=1772521800368774&reply_comment_id=1772521800368775`)).toBe(true);
    expect(same(facebook, post, `${post}#`)).toBe(true);
    expect(same(facebook, 'https://www.facebook.com/permalink.php?story_fbid=999999&id=5', 'https://www.facebook.com/permalink.php?story_fbid=999999&id=5&comment_id=3')).toBe(true);
    expect(same(facebook, post, 'https://www.facebook.com/sjovikskommun/posts/1184736902214588')).toBe(false);
    expect(same(facebook, post, 'https://www.facebook.com/photo/?fbid=1234567&set=a.1')).toBe(false);
    expect(same(facebook, 'https://www.facebook.com/sjovikskommun', 'https://www.facebook.com/sjovikskommun?sk=about')).toBe(false);
  });
});

describe('a dialog of its own address over the page it was opened from', () => {
  it('X: the box for a reply or a new post (/compose/post, earlier /compose/tweet); not a status, the home timeline or a profile named "compose…"', () => {
    expect(xOpensOver('https://x.com/compose/post')).toBe(true);
    expect(xOpensOver('https://x.com/compose/post/')).toBe(true);
    expect(xOpensOver('https://twitter.com/compose/tweet')).toBe(true);
    expect(xOpensOver('https://x.com/sjovikskommun/status/1850000000000000000')).toBe(false);
    expect(xOpensOver('https://x.com/home')).toBe(false);
    expect(xOpensOver('https://x.com/composer_fan')).toBe(false);
    expect(xOpensOver('https://x.com/compose/post/unsent/drafts')).toBe(false);
  });

  it('X: the photo and video viewer, wherever it was opened from; not the status, its quotes or its likes', () => {
    const status = 'https://x.com/sjovikskommun/status/1850000000000000000';
    expect(xOpensOver(`${status}/photo/1`)).toBe(true);
    expect(xOpensOver(`${status}/video/1`)).toBe(true);
    expect(xOpensOver('https://x.com/i/web/status/1850000000000000000/photo/2')).toBe(true);
    expect(xOpensOver(status)).toBe(false);
    expect(xOpensOver(`${status}/quotes`)).toBe(false);
    expect(xOpensOver(`${status}/likes`)).toBe(false);
    expect(xOpensOver('not an address')).toBe(false);
  });
});
