import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { launchWithExtension, waitForScan } from '../../scripts/lib/browser';
import { demoPost } from './helpers';

// The outlines move with the scroll by an animation over the box's whole scroll range: when the
// thread grows while the editor is scrolled far down (more comments loaded at the foot, X loading
// as she scrolls, Instagram's panel getting more), they must stay on their comments in every frame,
// not only once the page has been read again.

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
 * Runs in the page: scrolls `scroller` (a selector; the page when null) to its foot, lets the thread
 * grow there by a tall part, and gives, for each of the next frames, how far the outline of a marked
 * comment on screen is from that comment (its border reaches 3 px outside it: -3 is on it).
 */
async function offsetsWhileGrowing(scrollerSelector: string | null): Promise<number[]> {
  const scroller = scrollerSelector ? document.querySelector(scrollerSelector)! : document.scrollingElement!;
  const frame = () => new Promise<void>((done) => requestAnimationFrame(() => done()));
  const wait = (ms: number) => new Promise((done) => setTimeout(done, ms));
  scroller.scrollTop = scroller.scrollHeight;
  await wait(1000); // still, and the outlines near the screen built
  const root = document.querySelector('uppsikt-overlay')!.shadowRoot!;
  const comments = [...document.querySelectorAll('[data-uppsikt-status]')];
  const shown = root.querySelectorAll<HTMLElement>('.outline');
  let pair: [Element, HTMLElement] | null = null;
  for (const outline of shown) {
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
  const offset = () => Math.round(outline.getBoundingClientRect().top - comment.getBoundingClientRect().top);
  const offsets = [offset()];
  const more = document.createElement('div');
  more.style.height = '6000px'; // comments loaded at the foot
  (scrollerSelector ? scroller.firstElementChild! : comment.parentElement!).append(more);
  for (let k = 0; k < 8; k++) {
    await frame();
    offsets.push(offset());
  }
  return offsets;
}

describe('outlines while the thread grows far down', () => {
  it.each([
    ['facebook', null],
    ['instagram', '.ig-scroll'],
  ])('on %s, every frame', async (platform, scroller) => {
    const page = await context.newPage();
    await page.goto(demoPost(platform).url);
    await waitForScan(page);
    await expect.poll(() => page.locator('[data-uppsikt-status]').count(), { timeout: 30_000 }).toBeGreaterThan(10);
    const offsets = await page.evaluate(offsetsWhileGrowing, scroller);
    expect(offsets).toEqual(offsets.map(() => -3));
    await page.close();
  });
});
