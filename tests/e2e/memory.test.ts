import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { launchWithExtension, waitForScan } from '../../scripts/lib/browser';
import { DEMO_POST_MARKS, demoPost } from './helpers';
import { attachedNodes, leaveThread, memoryNow } from '../../scripts/bench/memory';

// An editor keeps the sites open all day and moves between threads without reloading the page.
// What the extension holds must not outlive the thread it was about, and watching a page that keeps
// changing must not pile anything up. Counted by the browser itself (DevTools' memory counters),
// after a full garbage collection.

let context: BrowserContext;
/** The same demo page at an address the extension does not read: what the page alone keeps alive. */
const unread = (platform: string) => `https://sidor.example/${platform}`;

beforeAll(async () => {
  ({ context } = await launchWithExtension({
    userDataDir: mkdtempSync(path.join(os.tmpdir(), 'uppsikt-e2e-memory-')),
    headless: true,
    pages: new Map(DEMO_POST_MARKS.map(([platform]) => [unread(platform), readFileSync(demoPost(platform).file, 'utf8')])),
  }));
});
afterAll(async () => { await context?.close(); });

/** What the page itself keeps alive out of the document after `change` (its own templates and the like). */
async function detachedWithoutExtension(platform: string, change: () => void): Promise<number> {
  const page = await context.newPage();
  await page.goto(unread(platform));
  await page.evaluate(change);
  const { detachedNodes } = await memoryNow(context, page);
  await page.close();
  return detachedNodes;
}

/** What `page` keeps alive out of the document after `change`, once read again, beyond what the page alone keeps after the same change. */
async function keptBeyondPage(page: Page, platform: string, change: () => void): Promise<number> {
  await page.waitForTimeout(1500); // the scan after the change
  const { detachedNodes } = await memoryNow(context, page);
  return detachedNodes - await detachedWithoutExtension(platform, change);
}

async function openThread(platform: string, total: number): Promise<Page> {
  const page = await context.newPage();
  await page.goto(demoPost(platform).url);
  await waitForScan(page);
  await expect.poll(() => page.locator('[data-uppsikt-status]').count(), { timeout: 30_000 }).toBe(total);
  return page;
}

/** Reads down the whole thread, so every comment's badge is built. */
async function readDown(page: Page): Promise<void> {
  await page.evaluate(async () => {
    for (const comment of document.querySelectorAll('[data-uppsikt-status]')) {
      comment.scrollIntoView({ block: 'center' });
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 30)));
    }
  });
}

describe('memory over a long day on the sites', () => {
  it.each(DEMO_POST_MARKS.map(([platform, total]) => [platform, total] as const))(
    '%s: leaving a thread without a reload lets the browser free it',
    async (platform, total) => {
      const page = await openThread(platform, total);
      await readDown(page);
      await expect.poll(() => page.evaluate(() => document.querySelector('uppsikt-overlay')?.shadowRoot?.querySelectorAll('button.badge').length ?? 0))
        .toBeGreaterThan(10);
      const threadNodes = await page.evaluate(attachedNodes);
      await page.evaluate(leaveThread);
      await expect.poll(() => page.evaluate(() => document.querySelector('uppsikt-overlay')?.shadowRoot?.querySelectorAll('button.badge').length ?? 0),
        { timeout: 10_000 }).toBe(0);
      // Nothing of the thread is kept alive: beyond what the page keeps itself, only the extension's few templates.
      expect(threadNodes).toBeGreaterThan(600);
      expect(await keptBeyondPage(page, platform, leaveThread)).toBeLessThan(20);
      await page.close();
    },
  );

  it('x: replies the site takes out of its list as the reader scrolls on are not kept alive', async () => {
    const [, total] = DEMO_POST_MARKS.find(([platform]) => platform === 'x')!;
    // X keeps only the cells near the viewport in the page: the first ten go, as far above the screen.
    const dropFirstCells = () => {
      for (const cell of [...document.querySelectorAll('[data-testid="cellInnerDiv"]')].slice(1, 11)) cell.remove();
    };
    const page = await openThread('x', total);
    await readDown(page);
    await page.evaluate(dropFirstCells);
    await expect.poll(() => page.locator('[data-uppsikt-status]').count(), { timeout: 10_000 }).toBeLessThan(total);
    expect(await keptBeyondPage(page, 'x', dropFirstCells)).toBeLessThan(20);
    await page.close();
  });

  it("instagram: another post shown in the same comment panel lets the browser free the thread left", async () => {
    const [, total] = DEMO_POST_MARKS.find(([platform]) => platform === 'instagram')!;
    // The panel stays; what it holds is replaced (the next post of a profile, shown in the same dialog).
    const nextPost = () => {
      history.pushState({}, '', `${location.origin}/p/Nasta/`);
      const list = document.createElement('ul');
      list.textContent = 'Inga kommentarer än.';
      document.querySelector('.ig-scroll')!.replaceChildren(list);
    };
    const page = await openThread('instagram', total);
    await readDown(page);
    await page.evaluate(nextPost);
    await expect.poll(() => page.evaluate(() => document.querySelector('uppsikt-overlay')?.shadowRoot?.querySelectorAll('button.badge').length ?? 0),
      { timeout: 10_000 }).toBe(0);
    expect(await keptBeyondPage(page, 'instagram', nextPost)).toBeLessThan(20);
    await page.close();
  });

  it('watching a page that keeps changing does not pile up listeners', async () => {
    const [platform, total] = DEMO_POST_MARKS[0];
    const page = await openThread(platform, total);
    await page.waitForTimeout(1500);
    const before = await memoryNow(context, page);
    // Twenty changes, each looked at in a scan of its own (a comment's text edited, as a site re-renders one).
    for (let round = 0; round < 20; round++) {
      await page.evaluate((n) => {
        const comment = document.querySelectorAll('[data-uppsikt-status]')[n % 5];
        comment.append(document.createTextNode(' '));
      }, round);
      await page.waitForTimeout(450);
    }
    const after = await memoryNow(context, page);
    expect(after.listeners - before.listeners).toBeLessThanOrEqual(2);
    await page.close();
  });
});
