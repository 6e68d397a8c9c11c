import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { launchWithExtension, openWorkList, waitForScan } from '../../scripts/lib/browser';
import { saveSettings, storedRecords } from './helpers';
import { HOSTILE_COMMENTS, HOSTILE_URL, hostilePage } from '../fixtures/hostile-extreme/page';

// The built extension in Chromium on a thread of extreme comments (1 MB of text, 10,000 lines, only
// emoji, zero-width characters, bidi overrides, HTML and scripts as text, piled marks): nothing in
// them runs or is parsed, the badges and boxes stay in their places, and the work list stays usable.

const FLAGGED = HOSTILE_COMMENTS.filter((c) => !['7001', '7003'].includes(c.id)).map((c) => c.id);

let context: BrowserContext;
let worker: Worker;
let extensionId: string;
let page: Page;
const dialogs: string[] = [];

beforeAll(async () => {
  ({ context, worker, extensionId } = await launchWithExtension({
    userDataDir: mkdtempSync(path.join(os.tmpdir(), 'uppsikt-e2e-hostile-')),
    headless: true,
    pages: new Map([[HOSTILE_URL, hostilePage(HOSTILE_COMMENTS)]]),
  }));
  context.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page = await context.newPage();
  await page.goto(HOSTILE_URL);
  await waitForScan(page, 60_000);
});
afterAll(async () => { await context?.close(); });

/** Runs in the page: scrolls to the start (or end) of the comment element of a comment id (its time link carries the id). */
function scrollToComment({ id, block = 'start' }: { id: string; block?: 'start' | 'end' }): void {
  document.querySelector(`[href*="comment_id=${id}&"]`)!.closest('[role="article"]')!.scrollIntoView({ block });
}

/** Two frames and a moment: the overlay builds what comes near in the frame after a scroll, and puts badges riding the window's edge once the page is still. */
const settled = (p: Page) => p.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 250)))));

describe('a thread of extreme comments', () => {
  it('marks every comment and flags the ones with insults, whatever they are written with', async () => {
    await expect.poll(() => page.locator('[data-uppsikt-status]').count(), { timeout: 30_000 }).toBe(HOSTILE_COMMENTS.length);
    const flagged = await page.evaluate(() => [...document.querySelectorAll('[data-uppsikt-status]')]
      .filter((el) => el.getAttribute('data-uppsikt-categories')!.split(' ').includes('prohibited.attack'))
      .map((el) => el.querySelector('[href*="comment_id="]:not([aria-hidden])')?.getAttribute('href')?.match(/[?&]comment_id=(\d+)&/)?.[1]));
    expect(flagged).toEqual(FLAGGED);
    // The phone number an override shows the right way round ("070-174 06 42") is found as it is shown.
    expect(await page.locator('[data-uppsikt-status]', { has: page.locator('[href*="comment_id=7005&"]') }).first().getAttribute('data-uppsikt-categories'))
      .toBe('personal.contact prohibited.attack');
  });

  it('keeps each badge its size and inside the window, with its tooltip, on every comment', async () => {
    for (const { id } of HOSTILE_COMMENTS) {
      await page.evaluate(scrollToComment, { id });
      await settled(page);
      const badge = page.locator(`uppsikt-overlay button.badge[data-comment-id="${id}"]`);
      await badge.focus();
      const placed = await page.evaluate((id) => {
        const root = document.querySelector('uppsikt-overlay')!.shadowRoot!;
        const b = root.querySelector(`button.badge[data-comment-id="${id}"]`)!.getBoundingClientRect();
        const t = root.querySelector('.tip')!.getBoundingClientRect();
        const inside = (r: DOMRect) => r.left >= 0 && r.top >= 0 && r.right <= innerWidth && r.bottom <= innerHeight;
        return { width: b.width <= 280, height: b.height <= 24, badgeInside: inside(b), tipInside: inside(t), tipShown: t.height > 0 };
      }, id);
      expect(placed, id).toEqual({ width: true, height: true, badgeInside: true, tipInside: true, tipShown: true });
      if (id === '7002') {
        // Its second insult, at the end of 1 MB, was not read: the tooltip says only the start is checked.
        expect(await page.locator('uppsikt-overlay .tip').textContent()).toContain('bara de första 200\u00a0000 tecknen är granskade');
      }
    }
  });

  it('keeps a tooltip inside a window narrower than the tooltip (a phone-sized window)', async () => {
    const size = page.viewportSize()!;
    await page.setViewportSize({ width: 320, height: 700 });
    try {
      await page.evaluate(scrollToComment, { id: FLAGGED[0] });
      await settled(page);
      await page.locator(`uppsikt-overlay button.badge[data-comment-id="${FLAGGED[0]}"]`).focus();
      const tip = await page.evaluate(() => {
        const t = document.querySelector('uppsikt-overlay')!.shadowRoot!.querySelector('.tip')!.getBoundingClientRect();
        return { shown: t.height > 0, inside: t.left >= 0 && t.right <= innerWidth };
      });
      expect(tip).toEqual({ shown: true, inside: true });
    } finally {
      await page.setViewportSize(size);
    }
  });

  it('boxes the flagged words in the comments\' text, never in an author\'s name', async () => {
    const boxedIn = new Map<string, string[]>();
    // A comment of 10,000 lines has its insult at its end: looked at from its start and from its end.
    for (const { id } of HOSTILE_COMMENTS) {
      for (const block of ['start', 'end'] as const) {
        await page.evaluate(scrollToComment, { id, block });
        await settled(page);
        const under = await page.evaluate((id) => [...document.querySelector('uppsikt-overlay')!.shadowRoot!.querySelectorAll<HTMLElement>(`.word[data-comment-id="${id}"]`)]
          .map((box) => box.getBoundingClientRect())
          .filter((r) => r.bottom > 0 && r.top < innerHeight)
          .map((r) => {
            const below = document.elementsFromPoint(r.left + r.width / 2, r.top + r.height / 2).find((el) => el.localName !== 'uppsikt-overlay' && el.localName !== 'html');
            return below?.closest('.nm') ? 'name' : below?.closest('.tx') ? 'text' : `elsewhere: ${below?.outerHTML.slice(0, 80)}`;
          }), id);
        if (under.length && !boxedIn.has(id)) boxedIn.set(id, under);
      }
    }
    // 'Idiot' by 'Idiot Dahl' is boxed in the comment; two insults in one comment get a box each, as do an insult and a phone number.
    expect(Object.fromEntries(boxedIn)).toEqual({
      7002: ['text'], 7004: ['text', 'text'], 7005: ['text', 'text'], 7006: ['text'], 7007: ['text'], 7008: ['text'], 7009: ['text'],
    });
  });

  it('runs nothing a comment or a name holds, on the page or in the side panel, and the panel stays its width', async () => {
    const panel = await openWorkList(context, worker, page, extensionId);
    await panel.setViewportSize({ width: 360, height: 900 });
    await expect.poll(() => panel.locator('li.item').count(), { timeout: 30_000 }).toBe(HOSTILE_COMMENTS.length);
    const shown = await panel.evaluate(() => ({
      overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      elements: document.querySelectorAll('main img, main script').length,
      names: [...document.querySelectorAll('li.item .author')].map((a) => a.textContent),
      longest: Math.max(...[...document.querySelectorAll('li.item .excerpt')].map((e) => e.textContent!.length)),
    }));
    expect(shown.overflow).toBe(0);
    expect(shown.elements).toBe(0);
    expect(shown.names).toContain('Eva <img src=x onerror=alert(1)>');
    expect(shown.names).toContain('gnikEtt Namn'); // its bidi controls left out: it cannot reorder the panel
    expect(shown.names.filter((name) => /\p{M}{5}/u.test(name!))).toEqual([]); // a 'Zalgo' name shown with a few marks per letter
    // Each shortened text says its length; a comment of 1 MB, that only its first 200,000 characters (Facebook's) are checked.
    expect(shown.longest).toBeLessThanOrEqual(160 + ' (200 000 tecken)'.length);
    const huge = panel.locator('li.item[data-comment-id="7001"]');
    expect(await huge.locator('.excerpt').textContent()).toMatch(/^A+… \(200\u00a0000 tecken\)$/);
    expect(await huge.locator('.read-limit').textContent()).toBe('Texten är längre än Uppsikt läser in: bara de första 200\u00a0000 tecknen är lästa och granskade.');
    expect(await panel.locator('li.item[data-comment-id="7007"] .excerpt').textContent()).toMatch(/… \(88\u00a0895 tecken\)$/);
    expect(await page.title()).not.toBe('pwned');
    expect(await page.evaluate(() => document.querySelectorAll('uppsikt-overlay img, uppsikt-overlay script').length
      + (document.querySelector('uppsikt-overlay')!.shadowRoot!.querySelectorAll('img, script').length))).toBe(0);
    expect(dialogs).toEqual([]);
    await panel.close();
  });

  it('documents each comment whole, or says how much was left out, and lists the undelivered ones on the log page within its width', async () => {
    // A registrator that cannot be reached: the documentation stays in the log page's list of what has not reached it.
    await saveSettings(worker, (s) => ({
      ...s, editor: { firstName: 'Anna', lastName: 'Berg', title: 'kommunikatör' }, registrar: { ...s.registrar, transport: 'http', endpoint: 'http://127.0.0.1:1/intake' },
    }));
    const panel = await openWorkList(context, worker, page, extensionId);
    const documented = ['7001', '7005', '7006', '7007', '7008'];
    for (const id of documented) {
      const item = panel.locator(`li.item[data-comment-id="${id}"]`);
      await item.getByText('Fler åtgärder').click();
      await item.getByRole('button', { name: 'Dokumentera och skicka till registrator' }).click();
      await expect.poll(async () => (await storedRecords(worker, 'evidence')).length, { timeout: 30_000 }).toBe(documented.indexOf(id) + 1);
    }
    const records = await storedRecords<{ commentId: string; recordJson: string }>(worker, 'evidence');
    for (const { commentId, recordJson } of records) {
      const { comment } = JSON.parse(recordJson) as { comment: { text: string; author: { name: string }; textCut: { charactersCut: number | null } | null } };
      const written = HOSTILE_COMMENTS.find((c) => c.id === commentId)!;
      expect(comment.author.name, commentId).toBe(written.name);
      if (commentId !== '7001') expect(comment.text, commentId).toBe(written.text);
      else {
        // Facebook's first 200,000 characters, and about how many more there were.
        expect(written.text.startsWith(comment.text)).toBe(true);
        expect(comment.text).toHaveLength(200_000);
        expect(comment.textCut?.charactersCut).toBeGreaterThan(800_000);
      }
    }
    const log = await context.newPage();
    await log.setViewportSize({ width: 800, height: 900 });
    await log.goto(`chrome-extension://${extensionId}/log.html`);
    const rows = log.locator('.undelivered-list > li');
    await expect.poll(() => rows.count(), { timeout: 20_000 }).toBe(documented.length);
    const listed = await log.evaluate(() => ({
      overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      elements: document.querySelectorAll('.undelivered-list img, .undelivered-list script').length,
      names: [...document.querySelectorAll('.undelivered-list > li strong')].map((s) => s.textContent!),
    }));
    expect(listed.overflow).toBe(0);
    expect(listed.elements).toBe(0);
    expect(listed.names).toContain('Eva <img src=x onerror=alert(1)>');
    expect(listed.names.filter((name) => /\p{M}{5}/u.test(name))).toEqual([]);
    expect(dialogs).toEqual([]);
    await log.close();
    await panel.close();
  });
});
