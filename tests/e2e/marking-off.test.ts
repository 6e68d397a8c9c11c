import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Locator, Page, Worker } from 'playwright-core';
import { demoRoutes, launchWithExtension } from '../../scripts/lib/browser';
import { openMarked, saveSettings } from './helpers';

// "Markera kommentarer på Facebook" turned off in the options: no badges, outlines or painted words
// on Facebook, while X keeps them; the comments are still read and judged (the work list and the
// marks on the elements stay), and the signature button by the reply box, which is not a mark, stays.

const demoPost = (platform: string) => demoRoutes().find((r) => r.platform === platform && /\/(posts|status)\//.test(r.url))!;

let context: BrowserContext;
let worker: Worker;

beforeAll(async () => {
  ({ context, worker } = await launchWithExtension({ userDataDir: mkdtempSync(path.join(os.tmpdir(), 'uppsikt-e2e-off-')), headless: true }));
  await saveSettings(worker, (s) => ({
    ...s, highlight: { ...s.highlight, facebook: false }, policy: { ...s.policy, presetId: 'helsingborg' }, // signed with first name and title
    editor: { firstName: 'Anna', lastName: 'Berg', title: 'kommunikatör' },
  }));
});
afterAll(async () => { await context?.close(); });

const open = (url: string): Promise<Page> => openMarked(context, url);

/** Writes in a reply box as the editor does; the signature button that comes with it once it shows. */
async function writeIn(page: Page, box: Locator, text: string): Promise<Locator> {
  await box.click();
  await page.keyboard.type(text);
  const button = page.locator('uppsikt-overlay button.uppsikt-signature-hint');
  await expect.poll(() => button.isVisible(), { timeout: 10_000 }).toBe(true);
  return button;
}

/** Badges, outlines and boxes over evidence words in the extension's layer, after reading down the whole page. */
function drawnWhileReading(page: Page): Promise<{ badges: number; outlines: number; painted: number }> {
  return page.evaluate(async () => {
    const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50)));
    for (const comment of document.querySelectorAll('[data-uppsikt-status]')) {
      comment.scrollIntoView({ block: 'center' });
      await frame();
    }
    await frame();
    const root = document.querySelector('uppsikt-overlay')?.shadowRoot;
    const shown = (selector: string) => [...root?.querySelectorAll<HTMLElement>(selector) ?? []].filter((el) => el.checkVisibility()).length;
    return { badges: shown('button.badge'), outlines: shown('.outline'), painted: shown('.word') };
  });
}

describe('marking comments turned off for one site', () => {
  it('draws nothing over Facebook\'s comments, though they are still judged and marked', async () => {
    const page = await open(demoPost('facebook').url);
    expect(await drawnWhileReading(page)).toEqual({ badges: 0, outlines: 0, painted: 0 });
    await page.close();
  });

  it('keeps the signature button by Facebook\'s reply box, which puts the editor\'s signature last', async () => {
    const page = await open(demoPost('facebook').url);
    const box = page.locator('[role="textbox"][contenteditable="true"]').first();
    const button = await writeIn(page, box, 'Hej! Simhallen öppnar igen på måndag.');
    await button.click();
    await expect.poll(() => box.textContent()).toBe('Hej! Simhallen öppnar igen på måndag. /Anna, kommunikatör');
    await expect.poll(() => button.isVisible()).toBe(false); // signed: nothing more to offer
    await page.close();
  });

  it('moves the signature button to the box Facebook\'s editor writes in, with a reply box open under a comment too', async () => {
    const page = await open(demoPost('facebook').url);
    // "Svara" under a comment opens a box of its own there, before the comment box in the page.
    await page.evaluate(() => {
      const comment = document.querySelector('[data-uppsikt-status="unanswered"]')!;
      comment.insertAdjacentHTML('afterend', '<div role="textbox" contenteditable="true" aria-label="Svara som Sjöviks kommun" class="uppsikt-test-reply" style="min-height:40px"></div>');
    });
    const reply = page.locator('.uppsikt-test-reply');
    await expect.poll(() => reply.count()).toBe(1);
    await writeIn(page, reply, 'Hej! Vi ringer dig i morgon.');
    // Then she writes in the comment box under the post: the button goes with her.
    const main = page.locator('[aria-label^="Skriv en kommentar"][contenteditable="true"]');
    const button = await writeIn(page, main, 'Tack alla för frågorna!');
    await button.click();
    await expect.poll(() => main.textContent()).toBe('Tack alla för frågorna! /Anna, kommunikatör');
    expect(await reply.textContent()).toBe('Hej! Vi ringer dig i morgon.');
    await page.close();
  });

  it('puts the signature in X\'s reply box over the status (how a reply to a reply is written), not in the box under the post', async () => {
    const page = await open(demoPost('x').url);
    // As X opens it: in its layer after the app, at its own address, over the conversation.
    await page.evaluate(() => {
      document.body.insertAdjacentHTML('beforeend', '<div id="layers"><div role="dialog" aria-modal="true" style="position:fixed;left:300px;top:120px;width:600px;background:#fff;padding:16px">'
        + '<div contenteditable="true" role="textbox" data-testid="tweetTextarea_0" aria-label="Posta ditt svar" style="min-height:80px"></div></div></div>');
      history.pushState({}, '', '/compose/post');
    });
    const box = page.locator('#layers [data-testid="tweetTextarea_0"]');
    const button = await writeIn(page, box, 'Hej Ulla! Det gäller även filialen i Norrby.');
    await button.click();
    await expect.poll(() => box.textContent()).toBe('Hej Ulla! Det gäller även filialen i Norrby. /Anna, kommunikatör');
    expect(await page.locator('[data-testid="primaryColumn"] [data-testid="tweetTextarea_0"]').textContent()).toBe('');
    await page.close();
  });

  it('still draws badges on X, where marking is on', async () => {
    const page = await open(demoPost('x').url);
    const drawn = await drawnWhileReading(page);
    expect(drawn.badges).toBeGreaterThan(0);
    expect(drawn.outlines).toBe(drawn.badges);
    await page.close();
  });
});
