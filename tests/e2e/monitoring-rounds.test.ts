import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { launchWithExtension, waitForScan } from '../../scripts/lib/browser';
import { demoPost, openWorkList, registerInOverview, storedRecords } from './helpers';

// R2: looking over a registered account in the side panel is a monitoring round. The panel is kept
// open all day, so a later look (another page of the account, once the last round is old) counts too.
let context: BrowserContext;
let worker: Worker;
let extensionId: string;

beforeAll(async () => {
  ({ context, worker, extensionId } = await launchWithExtension({ userDataDir: mkdtempSync(path.join(os.tmpdir(), 'uppsikt-e2e-rounds-')), headless: true }));
});
afterAll(async () => { await context?.close(); });

const rounds = async () => (await storedRecords<{ action: string; at: string }>(worker, 'log')).filter((e) => e.action === 'monitoring-round');

describe('monitoring rounds with the side panel left open', () => {
  it('logs a round when the panel opens on a registered account, and again for a later look while it stays open', async () => {
    await registerInOverview(context, extensionId, 'Sjöviks kommun', 'https://www.facebook.com/sjovikskommun');

    const page: Page = await context.newPage();
    await page.goto(demoPost('facebook').url);
    await waitForScan(page);
    await openWorkList(context, worker, page, extensionId);
    await expect.poll(async () => (await rounds()).length, { timeout: 20_000 }).toBe(1);

    // Two hours pass (the round is moved back); the page, still open, shows a new comment as the site adds it.
    await worker.evaluate(async () => {
      const database = await new Promise<IDBDatabase>((done) => { const r = indexedDB.open('uppsikt'); r.onsuccess = () => done(r.result); });
      const tx = database.transaction('log', 'readwrite');
      const store = tx.objectStore('log');
      const all = await new Promise<Array<{ action: string; at: string }>>((done) => { const q = store.getAll(); q.onsuccess = () => done(q.result); });
      for (const e of all) if (e.action === 'monitoring-round') store.put({ ...e, at: new Date(Date.now() - 2 * 3_600_000).toISOString() });
      await new Promise((done) => { tx.oncomplete = done; });
      database.close();
    });
    await page.bringToFront();
    await page.evaluate(() => {
      const last = [...document.querySelectorAll('[data-uppsikt-status="unanswered"]')].at(-1)!;
      const clone = last.cloneNode(true) as Element;
      clone.removeAttribute('data-uppsikt-status');
      for (const a of clone.querySelectorAll('a[href*="comment_id="]')) a.setAttribute('href', a.getAttribute('href')!.replace(/comment_id=[^&]+/, 'comment_id=5555555555'));
      last.parentElement!.append(clone);
    });
    await expect.poll(async () => (await rounds()).length, { timeout: 20_000 }).toBe(2);
  });
});
