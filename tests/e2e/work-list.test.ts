import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { demoRoutes, launchWithExtension, waitForScan } from '../../scripts/lib/browser';
import { axeRun } from './axe';
import { openWorkList, storedRecords, workItem } from './helpers';

// The side panel's work list drives the page: show a comment, open hidden replies, false alarms.
const post = demoRoutes().find((r) => r.platform === 'facebook' && r.url.includes('/posts/'))!;
let context: BrowserContext;
let worker: Worker;
let extensionId: string;
let page: Page;
let panel: Page;

beforeAll(async () => {
  ({ context, worker, extensionId } = await launchWithExtension({ userDataDir: mkdtempSync(path.join(os.tmpdir(), 'uppsikt-e2e-list-')), headless: true }));
  page = await context.newPage();
  await page.goto(post.url);
  await waitForScan(page);
  panel = await openWorkList(context, worker, page, extensionId);
});
afterAll(async () => { await context?.close(); });

describe('the work list', () => {
  it('groups the items with counts, most urgent group first', async () => {
    await workItem(panel, 'Kommunalrådet borde skjutas');
    const headings = await panel.locator('h2[id^="group-"]').allTextContents();
    expect(headings[0]).toMatch(/^Åtgärda nu \d+$/);
    expect(headings.some((h) => /^Obesvarade \d+$/.test(h))).toBe(true);
    expect(headings.some((h) => /^Till ärendehantering \d+$/.test(h))).toBe(true);
  });

  it('says which comments the site shows only in part, so only their start is checked', async () => {
    expect(await panel.getByText(/^En kommentar visar bara början av texten \(”Visa mer”\)/).count()).toBe(1);
    const bastu = await workItem(panel, 'Synd att det inte finns någon separat bastu');
    expect(await bastu.locator('.truncated').textContent()).toMatch(/förkortad på sidan/);
    expect(await panel.locator('li.item .truncated').count()).toBe(1);

    // "Visa hela texterna" clicks the site's own "Visa mer"; the site (here a stand-in) shows the whole text, which is then checked.
    await page.evaluate(() => document.addEventListener('click', (event) => {
      const more = (event.target as Element).closest('.see-more');
      if (more) more.parentElement!.textContent = 'Synd att det inte finns någon separat bastu för damer. Ring mig gärna på 070-174 06 42 så berättar jag mer.';
    }));
    await panel.getByRole('button', { name: 'Visa hela texterna' }).click();
    await expect.poll(() => panel.getByRole('status').first().textContent(), { timeout: 20_000 }).toBe('Öppnade 1 förkortad text; den granskas nu i sin helhet.');
    const comment = page.locator('[data-uppsikt-status]', { hasText: 'separat bastu' });
    await expect.poll(() => comment.getAttribute('data-uppsikt-categories'), { timeout: 20_000 }).toContain('personal.contact');
    await expect.poll(() => panel.getByText(/visar bara början av texten/).count(), { timeout: 20_000 }).toBe(0);
    expect(await panel.locator('li.item .truncated').count()).toBe(0);
  });

  it('scrolls the page to a comment and flashes it', async () => {
    await page.evaluate(() => window.scrollTo(0, 0));
    const item = await workItem(panel, 'Kommunalrådet borde skjutas');
    await item.locator('button.reveal').click();
    await expect.poll(() => page.evaluate(() => window.scrollY), { timeout: 20_000 }).toBeGreaterThan(200);
    await expect.poll(() => page.evaluate(() =>
      document.querySelector('uppsikt-overlay')?.shadowRoot?.querySelectorAll('.outline.flash').length ?? 0), { timeout: 20_000 }).toBe(1);
  });

  it('jumps to the comment without an animated scroll when the editor asked the system for less motion', async () => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.waitForTimeout(300); // the scroll back to the top has fired its own event
    await page.evaluate(() => {
      const seen: number[] = [];
      Object.assign(window, { scrollsSeen: seen });
      addEventListener('scroll', () => seen.push(window.scrollY));
    });
    const item = await workItem(panel, 'Kommunalrådet borde skjutas');
    await item.locator('button.reveal').click();
    await expect.poll(() => page.evaluate(() => window.scrollY), { timeout: 20_000 }).toBeGreaterThan(200);
    await page.waitForTimeout(800);
    const seen = await page.evaluate(() => (window as unknown as { scrollsSeen: number[] }).scrollsSeen);
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    expect(new Set(seen).size).toBe(1); // one jump, not a scroll through the positions between
  });

  it('opens hidden replies by clicking the site’s own buttons, and says honestly what the page then showed', async () => {
    await page.evaluate(() => {
      (window as unknown as { clicked: number }).clicked = 0;
      document.addEventListener('click', (e) => {
        if ((e.target as Element).closest('[role="button"]')?.textContent?.includes('svar')) (window as unknown as { clicked: number }).clicked++;
      }, true);
    });
    const status = () => panel.getByRole('status').first().textContent();
    const button = panel.getByRole('button', { name: 'Visa alla dolda svar' });
    // The demo's buttons load nothing, as when the site fails: that must not read as opened.
    await button.click();
    expect(await button.getAttribute('aria-disabled')).toBe('true'); // busy while the page is waited for, and says so
    await button.click({ force: true }); // while the page is waited for: not a second round of clicks on the site's buttons
    await expect.poll(status, { timeout: 30_000 }).toBe('Sidan visade inga nya svar. Öppna dem för hand på sidan.');
    expect(await button.getAttribute('aria-disabled')).toBe('false');
    expect(await page.evaluate(() => (window as unknown as { clicked: number }).clicked)).toBe(2); // Per's "Visa fler svar", Ulla's "2 svar"
    const earlier = page.locator('[data-uppsikt-status]', { hasText: 'Det ändrar inte att det är fel prioritering' });
    expect(await earlier.getAttribute('data-uppsikt-status')).toBe('unknown');

    // The site (here a stand-in) answers Per's "Visa fler svar" with one more reply; Ulla's button still loads nothing.
    await page.evaluate(() => {
      const more = [...document.querySelectorAll('.more')].find((b) => b.textContent === 'Visa fler svar')!;
      more.addEventListener('click', () => {
        const added = more.previousElementSibling!.cloneNode(true) as Element;
        const time = added.querySelector('a.tm')!;
        time.setAttribute('href', time.getAttribute('href')!.replace('reply_comment_id=882100100000108', 'reply_comment_id=882100100000199'));
        added.querySelector('.tx')!.textContent = 'Ni borde ha byggt en ishall i stället.';
        more.before(added);
        more.remove();
      });
    });
    await button.click();
    await expect.poll(status, { timeout: 30_000 }).toBe('Sidan visar 1 nytt svar; det granskas nu. Några svar är fortfarande dolda: öppna dem för hand.');
    expect(await page.locator('[data-uppsikt-status]', { hasText: 'ishall' }).getAttribute('data-uppsikt-status')).toBe('unanswered');
    await expect.poll(() => earlier.getAttribute('data-uppsikt-status'), { timeout: 20_000 }).toBe('unanswered');
  });

  it('a false alarm, with its reason, takes the finding off the comment and stays off', async () => {
    const item = await workItem(panel, 'alkoholist');
    await item.getByText('Fler åtgärder').click();
    await item.getByRole('button', { name: 'Falsklarm' }).click();
    await item.getByLabel('Varför är det ett falsklarm?').fill('Citerar en bok');
    expect((await axeRun(panel)).violations).toEqual([]); // the list with a form open in it
    await item.getByRole('button', { name: 'Spara' }).click();
    const comment = page.locator('[data-uppsikt-status]', { hasText: 'alkoholist' });
    await expect.poll(() => comment.getAttribute('data-uppsikt-categories'), { timeout: 20_000 }).toBe('');
    await page.reload();
    await waitForScan(page);
    await expect.poll(() => page.locator('[data-uppsikt-status]', { hasText: 'alkoholist' }).getAttribute('data-uppsikt-categories'), { timeout: 20_000 }).toBe('');
  });

  it('a case moved to case handling leaves that group, keeping what else it holds, and the case number is logged', async () => {
    const text = 'Jag sökte bygglov för en altan';
    const comment = page.locator('[data-uppsikt-status]', { hasText: text });
    expect((await comment.getAttribute('data-uppsikt-categories'))?.split(' ')).toContain('personal.case');
    const item = panel.locator('section.group-case li.item', { hasText: text });
    await expect.poll(() => item.count(), { timeout: 20_000 }).toBe(1);
    await item.getByText('Fler åtgärder').click();
    await item.getByRole('button', { name: 'Till ärendehantering' }).click();
    await item.getByLabel('Diarienummer (t.ex. KS 2026/123)').fill('BN 2026/311');
    await item.getByRole('button', { name: 'Spara' }).click();
    await expect.poll(() => comment.getAttribute('data-uppsikt-categories'), { timeout: 20_000 }).not.toContain('personal.case');
    expect(await comment.getAttribute('data-uppsikt-status')).toBe('answered');
    expect(await panel.getByRole('status').first().textContent()).toMatch(/flyttad till ärendehantering/);
    await expect.poll(() => panel.locator('section.group-case li.item', { hasText: text }).count(), { timeout: 20_000 }).toBe(0);
    // The contact details in it still want a look.
    await expect.poll(() => panel.locator('section.group-review li.item', { hasText: text }).count(), { timeout: 20_000 }).toBe(1);
    // Where it went shows by it, with the case number, and it is not offered again.
    const moved = panel.locator('section.group-review li.item', { hasText: text });
    await expect.poll(() => moved.locator('.logged-step[data-action="case-handling"]').textContent(), { timeout: 20_000 })
      .toMatch(/^Flyttad till ärendehantering \d{4}-\d\d-\d\d \d\d:\d\d · .+ · diarienummer BN 2026\/311$/);
    expect(await moved.getByRole('button', { name: 'Till ärendehantering' }).count()).toBe(0);
    const logged = await storedRecords<{ action: string; detail: string }>(worker, 'log');
    expect(logged.filter((e) => e.action === 'case-handling').map((e) => e.detail)).toEqual(['BN 2026/311']);
  });

  it('a comment answered another way stops waiting on the page and in the list, and one click takes that back', async () => {
    const thanks = 'Tack för att ni satsar på barnen';
    const comment = page.locator('[data-uppsikt-status]', { hasText: thanks });
    expect(await comment.getAttribute('data-uppsikt-status')).toBe('unanswered');
    const item = await workItem(panel, thanks);
    // Down the list, with the top of the panel out of view: the outcome is shown where the editor is.
    await item.scrollIntoViewIfNeeded();
    await item.getByRole('button', { name: 'Markera som besvarad' }).click();
    await item.getByRole('button', { name: 'I privat meddelande' }).click();
    await expect.poll(() => comment.getAttribute('data-uppsikt-status'), { timeout: 20_000 }).toBe('answered');
    await expect.poll(() => panel.locator('li.item', { hasText: thanks }).count(), { timeout: 20_000 }).toBe(0);
    await expect.poll(() => panel.getByRole('status').first().textContent()).toMatch(/väntar inte längre på svar/);
    expect(await panel.evaluate(() => window.scrollY)).toBeGreaterThan(200);
    const shown = await panel.getByRole('status').first().evaluate((el) => {
      const box = el.getBoundingClientRect();
      return { inView: box.top >= 0 && box.bottom <= window.innerHeight, focused: el.contains(document.activeElement) };
    });
    expect(shown).toEqual({ inView: true, focused: true });

    await panel.getByRole('status').first().getByRole('button', { name: 'Ångra' }).click();
    await expect.poll(() => comment.getAttribute('data-uppsikt-status'), { timeout: 20_000 }).toBe('unanswered');
    await workItem(panel, thanks);
    await expect.poll(() => panel.getByRole('status').first().textContent()).toMatch(/Ångrat och loggat/);
    const logged = await storedRecords<{ action: string }>(worker, 'log');
    const actions = logged.map((e) => e.action).filter((a) => a === 'answered' || a === 'decision.withdrawn');
    expect(actions.sort()).toEqual(['answered', 'decision.withdrawn']);
  });

  it('a false alarm taken back on its log entry, after the service worker was stopped: the open page flags the comment again', async () => {
    const comment = page.locator('[data-uppsikt-status]', { hasText: 'alkoholist' });
    expect(await comment.getAttribute('data-uppsikt-categories')).toBe('');
    // Idle workers are stopped (MV3): the pages' reports are no longer in its memory when the editor acts.
    const cdp = await context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable' as never);
    await cdp.send('ServiceWorker.stopAllWorkers' as never);
    await cdp.detach();
    const log = await context.newPage();
    await log.goto(`chrome-extension://${extensionId}/log.html`);
    const row = log.locator('tr.log-row', { hasText: 'Citerar en bok' });
    await row.getByRole('button', { name: 'Ångra' }).click();
    await expect.poll(() => log.getByText(/Beslutet är ångrat och loggat/).count(), { timeout: 20_000 }).toBe(1);
    await expect.poll(() => comment.getAttribute('data-uppsikt-categories'), { timeout: 20_000 }).toContain('sensitive.health');
    await log.close();
  });

  it('no longer offers Ångra in the side panel once that decision was taken back on the log page', async () => {
    const thanks = 'Tack för att ni satsar på barnen';
    const item = await workItem(panel, thanks);
    await item.getByRole('button', { name: 'Markera som besvarad' }).click();
    await item.getByRole('button', { name: 'Per e-post' }).click();
    const undo = panel.getByRole('status').first().getByRole('button', { name: 'Ångra' });
    await undo.waitFor({ timeout: 20_000 });
    const log = await context.newPage();
    await log.goto(`chrome-extension://${extensionId}/log.html`);
    // The log says how it was answered, as the editor chose it.
    await expect.poll(() => log.locator('tr.log-row', { hasText: 'Besvarad per e-post' }).count(), { timeout: 20_000 }).toBe(1);
    // The newest entry with Ångra is this decision's.
    await log.locator('tr.log-row', { has: log.getByRole('button', { name: 'Ångra' }) }).first().getByRole('button', { name: 'Ångra' }).click();
    await expect.poll(() => log.getByText(/Beslutet är ångrat och loggat/).count(), { timeout: 20_000 }).toBe(1);
    await log.close();
    await expect.poll(() => undo.count(), { timeout: 20_000 }).toBe(0);
  });
});

describe('a post with more comments than the page shows', () => {
  it('says so, and "Visa fler kommentarer" has the site load them, at its own button, until it has no more', async () => {
    const instagram = demoRoutes().find((r) => r.platform === 'instagram' && r.url.includes('/p/'))!;
    const igPage = await context.newPage();
    await igPage.goto(instagram.url);
    await waitForScan(igPage);
    // The site (here a stand-in) answers its "Läs in fler kommentarer" button with one more comment, and then has no more to load.
    await igPage.evaluate(() => {
      const button = document.querySelector('svg[aria-label="Läs in fler kommentarer"]')!.closest('li')!;
      button.addEventListener('click', () => {
        const last = [...document.querySelectorAll('ul._a9ym')].at(-1)!;
        const added = last.cloneNode(true) as Element;
        added.querySelector('a[href*="/c/"]')!.setAttribute('href', '/p/DHs7kQmNwE2/c/17958210453029999/');
        added.querySelector('span[dir="auto"]')!.textContent = 'När öppnar badhuset igen efter renoveringen?';
        button.before(added);
        button.remove();
      });
    });
    const igPanel = await openWorkList(context, worker, igPage, extensionId);
    const notice = igPanel.locator('.more-comments');
    await expect.poll(() => notice.textContent(), { timeout: 30_000 }).toMatch(/^Inlägget har fler kommentarer än sidan visar/);
    await notice.getByRole('button', { name: 'Visa fler kommentarer' }).click();
    await expect.poll(() => igPanel.getByRole('status').first().textContent(), { timeout: 30_000 }).toBe('Sidan visar 1 ny kommentar; den granskas nu.');
    await workItem(igPanel, 'När öppnar badhuset igen');
    await expect.poll(() => notice.count(), { timeout: 30_000 }).toBe(0);
    await igPanel.close();
    await igPage.close();
  });
});

