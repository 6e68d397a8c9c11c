import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { launchWithExtension, waitForScan } from '../../scripts/lib/browser';
import { demoPost } from './helpers';

// The outlines move with the scroll by an animation on the box's scroll timeline: when the thread
// grows while the editor is scrolled far down (more comments loaded at the foot, X loading as she
// scrolls, Instagram's panel getting more), they must stay on their comments in every frame, not
// only once the page has been read again.

let context: BrowserContext;

beforeAll(async () => {
  ({ context } = await launchWithExtension({
    userDataDir: mkdtempSync(path.join(os.tmpdir(), 'uppsikt-e2e-range-')),
    headless: true,
    pages: new Map(['facebook', 'instagram'].map((platform) => [demoPost(platform).url, readFileSync(demoPost(platform).file, 'utf8')])),
  }));
});
afterAll(async () => { await context?.close(); });

/**
 * Runs in the page: scrolls `scroller` (a selector; the page when null) to its foot and gives a
 * function saying how far the outline of a marked comment on screen is from that comment (its
 * border reaches 3 px outside it: -3 is on it).
 */
async function watchOutline(scrollerSelector: string | null): Promise<void> {
  const scroller = scrollerSelector ? document.querySelector(scrollerSelector)! : document.scrollingElement!;
  scroller.scrollTop = scroller.scrollHeight;
  await new Promise((done) => setTimeout(done, 1000)); // still, and the outlines near the screen built
  const root = document.querySelector('uppsikt-overlay')!.shadowRoot!;
  const comments = [...document.querySelectorAll('[data-uppsikt-status]')];
  let pair: [Element, HTMLElement] | null = null;
  for (const outline of root.querySelectorAll<HTMLElement>('.outline')) {
    const o = outline.getBoundingClientRect();
    if (o.top < 0 || o.bottom > innerHeight) continue;
    // Its comment: the marked element it is drawn around.
    const comment = comments.find((c) => {
      const r = c.getBoundingClientRect();
      return Math.abs(r.top - o.top - 3) < 1 && Math.abs(r.left - o.left - 3) < 1 && Math.abs(r.height - o.height + 6) < 1;
    });
    if (comment) pair = [comment, outline];
  }
  if (!pair) throw new Error('no marked comment on screen');
  const [comment, outline] = pair;
  const offsets: number[] = [];
  // The page's changes are made at the start of a frame, as the sites' own rendering does: made in a
  // task between a frame and its measurement, they would be measured before any frame showed them.
  const inFrame = (change: () => void) => new Promise<void>((done) => requestAnimationFrame(() => {
    change();
    done();
  }));
  const [following] = outline.parentElement!.getAnimations();
  Object.assign(window, { comment, offsets, inFrame, following, followingKeyframes: JSON.stringify(following?.effect && (following.effect as KeyframeEffect).getKeyframes()) });
  const each = () => {
    // Once the frame is drawn: what the editor saw in it.
    setTimeout(() => offsets.push(Math.round(outline.getBoundingClientRect().top - comment.getBoundingClientRect().top)), 0);
    requestAnimationFrame(each);
  };
  requestAnimationFrame(each);
}

/** In the page (set by `watchOutline`): makes a change at the start of the next frame. */
declare const inFrame: (change: () => void) => Promise<void>;

/** Runs in the page: the offsets of the outline from its comment, frame by frame, since `watchOutline`. */
const offsetsSoFar = () => (window as unknown as { offsets: number[] }).offsets;

/**
 * Runs in the page: whether the animation that moves the outlines with the scroll is the one there
 * was when `watchOutline` began, unchanged (changing it costs the page a pass of style and pre-paint).
 */
const sameFollowing = () => {
  const { following, followingKeyframes, comment } = window as unknown as { following?: Animation; followingKeyframes: string; comment: Element };
  const root = document.querySelector('uppsikt-overlay')!.shadowRoot!;
  const now = [...root.querySelectorAll('.follow')].flatMap((follow) => follow.getAnimations());
  return !!following && now.includes(following) && !!comment
    && JSON.stringify((following.effect as KeyframeEffect).getKeyframes()) === followingKeyframes;
};

/** The platform's demo thread, read and marked, its outline watched frame by frame (see `watchOutline`). */
async function watchedPage(platform: string, scroller: string | null): Promise<Page> {
  const page = await context.newPage();
  await page.goto(demoPost(platform).url);
  await waitForScan(page);
  await expect.poll(() => page.locator('[data-uppsikt-status]').count(), { timeout: 30_000 }).toBeGreaterThan(10);
  await page.evaluate(watchOutline, scroller);
  return page;
}

describe('outlines on their comments when scrolled far down', () => {
  it.each([
    ['facebook', null],
    ['instagram', '.ig-scroll'],
  ])('on %s, in every frame while the thread grows', async (platform, scroller) => {
    const page = await watchedPage(platform, scroller);
    await page.evaluate((inPanel) => inFrame(() => {
      const more = document.createElement('div');
      more.style.height = '6000px'; // comments loaded at the foot
      const comment = (window as unknown as { comment: Element }).comment;
      (inPanel ? document.querySelector(inPanel)!.firstElementChild! : comment.parentElement!).append(more);
    }), scroller);
    await page.waitForTimeout(300);
    const offsets = await page.evaluate(offsetsSoFar);
    expect(offsets).toEqual(offsets.map(() => -3));
    // Made once for any scroll range: nothing in it changes as the thread grows.
    expect(await page.evaluate(sameFollowing)).toBe(true);
    await page.close();
  });

  it('in every frame while a comment above expands (Visa mer)', async () => {
    const page = await watchedPage('facebook', null);
    await page.evaluate(() => inFrame(() => {
      const more = document.createElement('div');
      more.style.height = '400px'; // the rest of the text just above it
      (window as unknown as { comment: Element }).comment.before(more);
    }));
    await page.waitForTimeout(300);
    const offsets = await page.evaluate(offsetsSoFar);
    expect(offsets).toEqual(offsets.map(() => -3));
    await page.close();
  });

  it('while the window is made lower and higher (or zoomed)', async () => {
    const page = await watchedPage('facebook', null);
    for (const height of [800, 600, 500, 900]) {
      await page.setViewportSize({ width: 1280, height });
      await page.waitForTimeout(50);
    }
    await page.waitForTimeout(300);
    const offsets = await page.evaluate(offsetsSoFar);
    expect(offsets).toEqual(offsets.map(() => -3));
    await page.close();
  });
});
