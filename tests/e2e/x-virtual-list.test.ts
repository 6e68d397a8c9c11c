import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { launchWithExtension, waitForScan } from '../../scripts/lib/browser';
import { startRegistrarServer, type RegistrarServer } from '../../scripts/lib/registrar-server';
import { DEMO_POST_MARKS, demoPost, openWorkList, saveSettings } from './helpers';

// X's conversation is a virtual list: the real status page places each cell itself
// (position: absolute; transform: translateY(…)) and keeps only the cells near the viewport in the
// page. Here the demo conversation is made into one, which puts cells in and takes them out as the
// page scrolls, as X does. The work list must still cover the whole conversation read.

let context: BrowserContext;
let worker: Worker;
let extensionId: string;
let page: Page;
let panel: Page;
let registrar: RegistrarServer;
const [, TOTAL] = DEMO_POST_MARKS.find(([platform]) => platform === 'x')!;

/** Runs in the page: the conversation becomes a virtual list (`window.xList`) drawn around the viewport, new elements each time like X's. */
function makeVirtual(): void {
  const list = document.querySelector('[data-testid="cellInnerDiv"]')!.parentElement!;
  let top = 0;
  const cells = [...list.children].map((element) => {
    const cell = element as HTMLElement;
    const html = cell.outerHTML.replace(/ data-uppsikt-[a-z-]+="[^"]*"/g, ''); // X draws its own markup, not ours
    const id = cell.querySelector('article a[href*="/status/"] time')?.closest('a')?.getAttribute('href')?.split('/status/')[1] ?? null;
    const placed = { element: cell as Element, html, id, top, height: cell.offsetHeight };
    top += placed.height;
    return placed;
  });
  list.style.position = 'relative';
  list.style.minHeight = `${top}px`;
  const place = (cell: (typeof cells)[number]) => cell.element.setAttribute('style', `transform: translateY(${cell.top}px); position: absolute; width: 100%;`);
  cells.forEach(place);
  const draw = () => {
    const listTop = list.getBoundingClientRect().top;
    const from = -listTop - innerHeight / 2;
    const to = -listTop + innerHeight * 1.5;
    let before: Element | null = null;
    for (const cell of cells) {
      const near = cell.top + cell.height > from && cell.top < to;
      if (near && !cell.element.isConnected) {
        const template = document.createElement('template');
        template.innerHTML = cell.html;
        cell.element = template.content.firstElementChild!;
        place(cell);
        if (before) before.after(cell.element);
        else list.prepend(cell.element);
      } else if (!near && cell.element.isConnected) cell.element.remove();
      if (cell.element.isConnected) before = cell.element;
    }
  };
  addEventListener('scroll', draw, { passive: true });
  draw();
  /** X loads more replies in at `at`: the cells from there on move down. */
  const loadIn = (at: number, count: number) => {
    const model = cells.find((c) => c.id !== null && c.top > 0)!;
    const height = 120;
    const added = Array.from({ length: count }, (_, k) => {
      const template = document.createElement('template');
      const id = `${model.id}${String(k).padStart(2, '0')}`;
      template.innerHTML = model.html.replaceAll(`/status/${model.id}`, `/status/${id}`);
      return { element: template.content.firstElementChild!, html: template.innerHTML, id, top: cells[at].top + k * height, height };
    });
    for (const cell of cells.slice(at)) {
      cell.top += count * height;
      place(cell);
    }
    cells.splice(at, 0, ...added);
    list.style.minHeight = `${top += count * height}px`;
    draw();
  };
  (window as unknown as { xList: unknown }).xList = { cells, draw, loadIn };
}

interface XList {
  cells: Array<{ element: Element; id: string | null; top: number }>;
  draw(): void;
  loadIn(at: number, count: number): void;
}

/** Runs in the page: the ids of the replies whose cells are in the page, and of those taken out. */
function repliesInPage(): { shown: string[]; away: string[] } {
  const { cells } = (window as unknown as { xList: XList }).xList;
  const replies = cells.filter((c) => c.id !== null && c.top > 0);
  return { shown: replies.filter((c) => c.element.isConnected).map((c) => c.id!), away: replies.filter((c) => !c.element.isConnected).map((c) => c.id!) };
}

/** Runs in the page: whether every reply X has drawn is marked (the content script has read it); the post, on top, is not a reply. */
function allDrawnMarked(): boolean {
  const { cells } = (window as unknown as { xList: XList }).xList;
  return cells.every((c) => c.id === null || c.top === 0 || !c.element.isConnected || c.element.querySelector('[data-uppsikt-status]') !== null);
}

function atBottom(): boolean {
  return window.scrollY + innerHeight >= document.documentElement.scrollHeight - 2;
}

/** The side panel's items, counted by its group headings (each group lists only its first items). */
async function itemsInList(): Promise<number> {
  const counts = await panel.locator('h2[id^="group-"] .count').allTextContents();
  return counts.reduce((sum, n) => sum + Number(n), 0);
}

beforeAll(async () => {
  registrar = await startRegistrarServer();
  ({ context, worker, extensionId } = await launchWithExtension({ userDataDir: mkdtempSync(path.join(os.tmpdir(), 'uppsikt-e2e-xlist-')), headless: true }));
  await saveSettings(worker, (s) => ({
    ...s,
    editor: { firstName: 'Anna', lastName: 'Berg', title: 'kommunikatör' },
    registrar: { ...s.registrar, transport: 'http', endpoint: registrar.url },
  }));
  page = await context.newPage();
  await page.setViewportSize({ width: 1000, height: 700 });
  await page.goto(demoPost('x').url);
  await waitForScan(page);
  panel = await openWorkList(context, worker, page, extensionId);
});
afterAll(async () => {
  await context?.close();
  await registrar?.close();
});

describe('X: a conversation in a virtual list', () => {
  let before = 0;

  it('the work list keeps the replies X takes out of the page as the editor scrolls, and marks those in it', async () => {
    await expect.poll(() => page.locator('[data-uppsikt-status]').count(), { timeout: 30_000 }).toBe(TOTAL);
    await expect.poll(itemsInList, { timeout: 30_000 }).toBeGreaterThan(10);
    before = await itemsInList();
    await page.evaluate(makeVirtual);
    // Read on down, half a screen at a time, as an editor does: each reply is in the page for a while.
    for (let step = 0; step < 40 && !(await page.evaluate(atBottom)); step++) {
      await expect.poll(() => page.evaluate(allDrawnMarked), { timeout: 20_000 }).toBe(true);
      await page.mouse.wheel(0, 350);
    }
    await expect.poll(() => page.evaluate(allDrawnMarked), { timeout: 20_000 }).toBe(true);
    const { shown, away } = await page.evaluate(repliesInPage);
    expect(away.length).toBeGreaterThan(8);
    expect(shown.length).toBeGreaterThan(3);
    // Only the replies in the page are marked; the list still holds every item.
    await expect.poll(() => page.locator('[data-uppsikt-status]').count(), { timeout: 20_000 }).toBe(shown.length);
    await expect.poll(itemsInList, { timeout: 20_000 }).toBe(before);
    // The side panel says why those items have no mark on the page: the listed ones only (the account's own replies and answered ones are not listed).
    const listed = await panel.locator('li.item').evaluateAll((items) => items.map((li) => li.getAttribute('data-comment-id')));
    const listedAway = away.filter((id) => listed.includes(id)).length;
    expect(listedAway).toBeLessThan(away.length);
    await expect.poll(() => panel.locator('.off-page').textContent(), { timeout: 20_000 })
      .toBe(`X har tagit ut ${listedAway} av svaren i listan ur sidan när du skrollade vidare, så de har inget märke på sidan just nu. Klicka på ett svar i listan så skrollar Uppsikt dit.`);
    expect(await page.getAttribute('html', 'data-uppsikt-layout')).toBeNull();
  });

  it('"Visa" on a reply scrolled away scrolls back to it: X draws it again and it is marked and flashed', async () => {
    const { away } = await page.evaluate(repliesInPage);
    const listed = await panel.locator('li.item').evaluateAll((items) => items.map((li) => li.getAttribute('data-comment-id')));
    const target = away.find((id) => listed.includes(id))!;
    expect(target).toBeTruthy();
    await panel.locator(`li.item[data-comment-id="${target}"] button.reveal`).click();
    await expect.poll(async () => (await page.evaluate(repliesInPage)).shown.includes(target), { timeout: 20_000 }).toBe(true);
    const comment = page.locator(`[data-uppsikt-status]:has(a[href$="/status/${target}"])`);
    await expect.poll(() => comment.count(), { timeout: 20_000 }).toBe(1);
    expect(await comment.evaluate((el) => { const r = el.getBoundingClientRect(); return r.bottom > 0 && r.top < innerHeight; })).toBe(true);
    await expect.poll(() => page.evaluate(() =>
      document.querySelector('uppsikt-overlay')?.shadowRoot?.querySelectorAll('.outline.flash').length ?? 0), { timeout: 20_000 }).toBe(1);
    await expect.poll(itemsInList, { timeout: 20_000 }).toBe(before);
  });

  it('documenting a flagged reply scrolled away brings it back first: the registrar gets that comment, with a screenshot', async () => {
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    const documentable = panel.locator('li.item').filter({ has: panel.getByRole('button', { name: 'Dokumentera och skicka till registrator' }) });
    const flagged = await documentable.evaluateAll((items) => items.map((li) => li.getAttribute('data-comment-id')));
    await expect.poll(async () => (await page.evaluate(repliesInPage)).away.some((id) => flagged.includes(id)), { timeout: 20_000 }).toBe(true);
    const { away } = await page.evaluate(repliesInPage);
    const target = away.find((id) => flagged.includes(id))!;
    await panel.locator(`li.item[data-comment-id="${target}"]`).getByRole('button', { name: 'Dokumentera och skicka till registrator' }).click();
    await expect.poll(() => registrar.packages.length, { timeout: 30_000 }).toBe(1);
    const record = JSON.parse(new TextDecoder().decode(registrar.packages[0].files['handling.json'].bytes));
    expect(record.comment.id).toBe(target);
    expect([...registrar.packages[0].files['skarmbild.png'].bytes.slice(0, 4)]).toEqual([137, 80, 78, 71]);
    expect((await page.evaluate(repliesInPage)).shown).toContain(target);
    await expect.poll(itemsInList, { timeout: 20_000 }).toBe(before);
  });

  it('a reply deleted from the page (not scrolled away) leaves the work list', async () => {
    const { shown } = await page.evaluate(repliesInPage);
    const listed = await panel.locator('li.item').evaluateAll((items) => items.map((li) => li.getAttribute('data-comment-id')));
    // One in the middle of those drawn: X takes a deleted reply out and closes the gap.
    const deleted = shown.slice(1, -1).find((id) => listed.includes(id))!;
    expect(deleted).toBeTruthy();
    await page.evaluate((id) => {
      const { cells } = (window as unknown as { xList: XList }).xList;
      const at = cells.findIndex((c) => c.id === id);
      cells[at].element.remove();
      cells.splice(at, 1);
    }, deleted);
    await expect.poll(itemsInList, { timeout: 20_000 }).toBe(before - 1);
    expect(await panel.locator(`li.item[data-comment-id="${deleted}"]`).count()).toBe(0);
  });

  it('"Visa" still finds a reply scrolled away after X loaded more above it (it is far from where it was)', async () => {
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await expect.poll(() => page.evaluate(allDrawnMarked), { timeout: 20_000 }).toBe(true);
    const { away } = await page.evaluate(repliesInPage);
    const listed = await panel.locator('li.item').evaluateAll((items) => items.map((li) => li.getAttribute('data-comment-id')));
    const target = away.filter((id) => listed.includes(id))[2];
    expect(target).toBeTruthy();
    // Twenty-five replies (3,000 px) load in two cells above it.
    await page.evaluate((id) => {
      const list = (window as unknown as { xList: XList }).xList;
      list.loadIn(list.cells.findIndex((c) => c.id === id) - 2, 25);
    }, target);
    await panel.locator(`li.item[data-comment-id="${target}"] button.reveal`).click();
    const comment = page.locator(`[data-uppsikt-status]:has(a[href$="/status/${target}"])`);
    await expect.poll(() => comment.count(), { timeout: 30_000 }).toBe(1);
    await expect.poll(() => comment.evaluate((el) => { const r = el.getBoundingClientRect(); return r.bottom > 0 && r.top < innerHeight; }), { timeout: 20_000 }).toBe(true);
  });
});
