import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { launchWithExtension } from '../../scripts/lib/browser';
import { demoPost, openMarked, shownInOverlay } from './helpers';

// The site opens something of its own over the thread: X's reply box as a dialog over the
// conversation, Facebook's photo viewer, a menu. The badges of the comments under it must not lie
// on top of it (the editor would see them over the reply box, and they would catch her clicks);
// those of comments it leaves in view stay, and all come back when it closes.

let context: BrowserContext;

/** An Instagram post opened as a dialog over a profile: its comments are in the site's dialog. */
const IN_DIALOG = 'https://www.instagram.com/p/C5pQr34StUv/';

beforeAll(async () => {
  ({ context } = await launchWithExtension({
    userDataDir: mkdtempSync(path.join(os.tmpdir(), 'uppsikt-e2e-dialog-')),
    headless: true,
    pages: new Map([[IN_DIALOG, readFileSync('tests/fixtures/instagram/post-dialog-en.html', 'utf8')]]),
  }));
});
afterAll(async () => { await context?.close(); });

/** Opens a dialog as X does (inserted into the page, fixed, over the thread) covering the viewport from `topShare` of its height down. */
function openDialog(page: Page, topShare: number): Promise<void> {
  return page.evaluate((share) => {
    const dialog = document.createElement('div');
    dialog.id = 'site-dialog';
    dialog.setAttribute('role', 'dialog');
    dialog.setAttribute('aria-modal', 'true');
    dialog.style.cssText = `position: fixed; left: 0; right: 0; bottom: 0; top: ${Math.round(innerHeight * share)}px; z-index: 10; background: #fff;`;
    const box = document.createElement('div');
    box.setAttribute('role', 'textbox');
    box.contentEditable = 'true';
    box.style.cssText = 'position: absolute; inset: 0;';
    dialog.append(box);
    document.body.append(dialog);
  }, topShare);
}

/** The badges that show, as far as they show outside the dialog (what shows over it is wrong). */
async function badges(page: Page): Promise<{ total: number; overDialog: number }> {
  const shown = await shownInOverlay(page, 'button.badge');
  const dialogTop = await page.evaluate(() => document.getElementById('site-dialog')?.getBoundingClientRect().top ?? Infinity);
  return { total: shown.length, overDialog: shown.filter((b) => b.bottom > dialogTop).length };
}

/** The comments whose badge spot lies in the upper part of the screen, and below it. */
async function scrollToBadges(page: Page): Promise<void> {
  await page.evaluate(() => {
    const comment = document.querySelector('[data-uppsikt-status="unanswered"]')!;
    comment.scrollIntoView({ block: 'start' });
    scrollBy(0, -120);
  });
  await expect.poll(async () => (await badges(page)).total, { timeout: 10_000 }).toBeGreaterThan(1);
  await page.waitForTimeout(500); // still: the badges are where they stay
}

describe('a dialog the site opens over the thread', () => {
  it('hides the badges of the comments it covers, which no longer catch clicks, and shows them again when it closes', async () => {
    const page = await openMarked(context, demoPost('x').url);
    await scrollToBadges(page);
    const before = await shownInOverlay(page, 'button.badge');
    await openDialog(page, 0);
    await expect.poll(async () => (await badges(page)).total, { timeout: 10_000 }).toBe(0);
    // Where a badge stood, a click reaches the dialog's own reply box.
    const spot = before[0];
    const hit = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.getAttribute('role'), { x: (spot.left + spot.right) / 2, y: (spot.top + spot.bottom) / 2 });
    expect(hit).toBe('textbox');
    await page.keyboard.press('Tab'); // no hidden badge takes the keyboard either
    expect(await page.evaluate(() => document.activeElement?.tagName.toLowerCase())).not.toBe('uppsikt-overlay');

    await page.evaluate(() => document.getElementById('site-dialog')!.remove());
    await expect.poll(async () => (await shownInOverlay(page, 'button.badge')).map((b) => b.commentId).sort(), { timeout: 10_000 })
      .toEqual(before.map((b) => b.commentId).sort());
    await page.close();
  });

  it('keeps every badge under a layer the clicks go through, such as an empty container the size of the window', async () => {
    const page = await openMarked(context, demoPost('x').url);
    await scrollToBadges(page);
    const before = await shownInOverlay(page, 'button.badge');
    await openDialog(page, 0);
    await page.evaluate(() => {
      const layer = document.getElementById('site-dialog')!;
      layer.style.background = 'transparent';
      layer.style.pointerEvents = 'none';
      layer.replaceChildren();
      document.body.append(document.createElement('p')); // a change, so the page is read again
    });
    await page.waitForTimeout(1500); // read again, and still
    expect((await shownInOverlay(page, 'button.badge')).map((b) => b.commentId).sort()).toEqual(before.map((b) => b.commentId).sort());
    await page.close();
  });

  it('keeps the badges of the comments it leaves in view', async () => {
    const page = await openMarked(context, demoPost('x').url);
    await scrollToBadges(page);
    const before = await shownInOverlay(page, 'button.badge');
    const share = 0.5;
    const cut = await page.evaluate((s) => innerHeight * s, share);
    const above = before.filter((b) => b.bottom < cut - 30); // clear of the dialog's edge
    expect(above.length).toBeGreaterThan(0);
    await openDialog(page, share);
    await expect.poll(async () => (await badges(page)).overDialog, { timeout: 10_000 }).toBe(0);
    await page.waitForTimeout(500); // and still
    expect((await badges(page)).overDialog).toBe(0);
    const after = await shownInOverlay(page, 'button.badge');
    expect(after.map((b) => b.commentId)).toEqual(expect.arrayContaining(above.map((b) => b.commentId)));
    await page.close();
  });

  it('keeps the badges of comments shown in a dialog of the site\'s own, over an earlier one, until a menu opened in it covers them', async () => {
    const page = await openMarked(context, IN_DIALOG);
    // A dialog opened before the post's (the page the post was opened from, say): under it.
    await page.evaluate(() => {
      const earlier = document.createElement('div');
      earlier.setAttribute('role', 'dialog');
      earlier.style.cssText = 'position: fixed; inset: 0; z-index: 1; background: #eee;';
      document.body.prepend(earlier);
    });
    await page.waitForTimeout(1500); // read again, and still
    const inDialog = await shownInOverlay(page, 'button.badge');
    expect(inDialog.length).toBeGreaterThan(0);
    // A menu the post's dialog opens over its own comments.
    await page.evaluate(() => {
      const menu = document.createElement('div');
      menu.id = 'site-dialog';
      menu.setAttribute('role', 'menu');
      menu.style.cssText = 'position: fixed; inset: 0; z-index: 100; background: #fff;';
      document.querySelector('[role="dialog"][aria-modal="true"]')!.append(menu);
    });
    await expect.poll(async () => (await badges(page)).total, { timeout: 10_000 }).toBe(0);
    await page.close();
  });
});
