import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { buildEvidenceDocument, serialiseRecord } from '@/utils/evidence/record';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import type { Finding } from '@/rules/types';
import { flaggedCategories } from '@/rules/triage';
import { ROOT } from '../../scripts/lib/browser';
import { launchFirefoxWithExtension, type ExtensionGlobal, type FirefoxSession } from '../../scripts/lib/firefox';
import { demoRoutes } from '../../scripts/lib/browser';
import { DEMO_SETTINGS } from '../../scripts/lib/demo-settings';
import { DEMO_POST_MARKS, demoPost, marksByStatus, readTable } from './helpers';

// The Firefox build in real Firefox (ESR): the same marks on the demo pages as in Chromium, with the
// findings the background's rules return, and badges drawn as the comments come into view; the
// sidebar's work list and the popup's checklist, with what they write to Firefox's own database.

let firefox: FirefoxSession;

beforeAll(async () => {
  firefox = await launchFirefoxWithExtension();
});
afterAll(async () => { await firefox?.browser.close(); });

async function open(url: string): Promise<Page> {
  const page = await firefox.newSitePage();
  await page.goto(url);
  await page.waitForSelector('html[data-uppsikt-platform]', { timeout: 30_000 });
  return page;
}

/** Marked comments per status, once all `total` are marked. */
async function statusCounts(page: Page, total: number): Promise<Record<string, number>> {
  await page.waitForFunction((n) => document.querySelectorAll('[data-uppsikt-status]').length === n, { timeout: 30_000 }, total);
  return page.evaluate(marksByStatus);
}

/** Each comment's status and flagged categories as the extract CLI reads the saved page under Node, in page order. */
function marksUnderNode(url: string, file: string): string[] {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/extract.ts', '--url', url, file], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  if (run.status !== 0) throw new Error(run.stderr);
  const { comments } = JSON.parse(run.stdout) as { comments: Array<{ status: string; findings: Finding[] }> };
  return comments.map((c) => `${c.status}|${c.status === 'own' ? '' : flaggedCategories(c.findings).join(' ')}`);
}

/** The same read off the marks the content script left on the page. */
function marksOnPage(page: Page): Promise<string[]> {
  return page.evaluate(() => [...document.querySelectorAll('[data-uppsikt-status]')]
    .map((el) => `${el.getAttribute('data-uppsikt-status')}|${el.getAttribute('data-uppsikt-categories')}`));
}

describe('the Firefox build in Firefox', () => {
  it.each(DEMO_POST_MARKS)('%s: every comment is marked with its status, and the comments in view get their badges', async (platform, total, expected) => {
    const page = await open(demoPost(platform).url);
    expect(await page.evaluate(() => document.documentElement.getAttribute('data-uppsikt-platform'))).toBe(platform);
    expect(await statusCounts(page, total)).toEqual(expected);
    // The rules ran in the background: every comment's status and categories are what the same
    // adapter and rules give for the saved page under Node.
    const { url, file } = demoPost(platform);
    expect(await marksOnPage(page)).toEqual(marksUnderNode(url, file));
    const waiting = await page.evaluate(() => {
      const comment = document.querySelector('[data-uppsikt-status="unanswered"][data-uppsikt-categories=""]')!;
      comment.scrollIntoView({ block: 'center' });
      return comment.getBoundingClientRect().top;
    });
    expect(waiting).toBeGreaterThan(0);
    // Badges are built for the comments in view, in the extension's own shadow root, saying how long they have waited.
    await page.waitForFunction(() => [...(document.querySelector('uppsikt-overlay')?.shadowRoot?.querySelectorAll('button.badge') ?? [])]
      .some((b) => /Obesvarad (< 1|\d+) h/.test(b.textContent ?? '') && getComputedStyle(b).display !== 'none'), { timeout: 20_000 });
    await page.close();
  });
});

/** A comment's flagged categories as its mark says, found by a piece of its text. */
const categoriesOf = (page: Page, text: string) => page.evaluate((t) => [...document.querySelectorAll('[data-uppsikt-status]')]
  .find((el) => el.textContent?.includes(t))?.getAttribute('data-uppsikt-categories') ?? null, text);

/** Waits until `read` gives `expected` (20 s at most). */
async function until<T>(read: () => Promise<T>, expected: T): Promise<void> {
  await expect.poll(read, { timeout: 20_000, interval: 200 }).toEqual(expected);
}

describe('the sidebar and popup in Firefox', () => {
  it('the sidebar lists what needs action on the page, and a false alarm is kept, shown on the page and can be taken back', async () => {
    const page = await open(demoPost('facebook').url);
    await statusCounts(page, 32);
    const panel = await firefox.extensionPage(`sidepanel.html?tab=${await firefox.tabIdOf(page)}`);
    const headings = () => panel.evaluate(() => [...document.querySelectorAll('h2[id^="group-"]')].map((h) => h.textContent ?? ''));
    await expect.poll(async () => (await headings()).length, { timeout: 20_000 }).toBe(3);
    const [actNow, unanswered, cases] = await headings();
    expect(actNow).toMatch(/^Åtgärda nu \d+$/);
    expect(unanswered).toMatch(/^Obesvarade \d+$/);
    expect(cases).toMatch(/^Till ärendehantering \d+$/);
    expect(await panel.evaluate(() => document.body.textContent)).toContain('Sjöviks kommun');

    expect(await categoriesOf(page, 'alkoholist')).not.toBe('');
    const item = await panel.evaluateHandle(() => [...document.querySelectorAll('li.item')].find((li) => li.textContent?.includes('alkoholist'))!);
    await (await item.$('summary'))!.click();
    await (await item.waitForSelector('button ::-p-text(Falsklarm)'))!.click();
    await (await item.waitForSelector('::-p-aria(Varför är det ett falsklarm?)'))!.type('Citerar en bok');
    await (await item.waitForSelector('button ::-p-text(Spara)'))!.click();
    await until(() => categoriesOf(page, 'alkoholist'), '');
    const status = () => panel.evaluate(() => document.querySelector('[role="status"]')?.textContent ?? '');
    await until(async () => (await status()).startsWith('Loggat som falsklarm.'), true);
    // Kept in Firefox's database with the reason and the editor, as in Chromium.
    const entries = (await panel.evaluate(readTable, 'log')) as Array<{ action: string; detail: string }>;
    expect(entries.filter((e) => e.action === 'false-alarm').map((e) => e.detail)).toEqual([expect.stringContaining('Citerar en bok')]);

    await (await panel.waitForSelector('[role="status"] button ::-p-text(Ångra)'))!.click();
    await until(async () => (await categoriesOf(page, 'alkoholist')) !== '', true);
    const after = (await panel.evaluate(readTable, 'log')) as Array<{ action: string }>;
    expect(after.filter((e) => e.action === 'decision.withdrawn')).toHaveLength(1);
    await panel.close();
    await page.close();
  });

  it('documenting without the permission to capture the tab says how to get it, and keeps nothing', async () => {
    // Firefox gives that permission (activeTab) when the editor clicks Uppsikt's toolbar button, which a test cannot.
    const page = await open(demoPost('x').url);
    await statusCounts(page, 29);
    const panel = await firefox.extensionPage(`sidepanel.html?tab=${await firefox.tabIdOf(page)}`);
    const button = await panel.waitForSelector('li.item button ::-p-text(Dokumentera och skicka till registrator)');
    await button!.click();
    const status = () => panel.evaluate(() => [...document.querySelectorAll('[role="status"]')].map((e) => e.textContent ?? ''));
    await expect.poll(status, { timeout: 20_000 }).toContainEqual(
      expect.stringMatching(/^Webbläsaren har inte gett Uppsikt lov att ta en skärmbild av fliken: klicka på Uppsikts knapp i verktygsfältet/));
    expect(await panel.evaluate(readTable, 'evidence')).toEqual([]);
    expect(await panel.evaluate(readTable, 'outbox')).toEqual([]);
    const actions = ((await panel.evaluate(readTable, 'log')) as Array<{ action: string }>).map((e) => e.action);
    expect(actions).not.toContain('documented');
    await panel.close();
    await page.close();
  });

  it('the popup checks the profile\'s base information against the policy and saves the check', async () => {
    const settingsPage = await firefox.extensionPage('options.html');
    const settings = { ...DEMO_SETTINGS('http://127.0.0.1:9/intake'), policy: { presetId: 'perstorp' } };
    await settingsPage.evaluate((s) => (globalThis as unknown as ExtensionGlobal).browser.storage.local.set({ settings: s }), settings);
    await settingsPage.close();
    const profile = demoRoutes().find((r) => r.url === 'https://x.com/SjovikKommun')!;
    const page = await open(profile.url);
    const popup = await firefox.extensionPage(`popup.html?tab=${await firefox.tabIdOf(page)}`);
    const statusOf = (id: string) => popup.evaluate((item) => document.querySelector(`li[data-item="${item}"]`)?.getAttribute('data-status') ?? null, id);
    await until(() => statusOf('contact'), 'found');
    expect(await statusOf('public-records')).toBe('missing');
    expect(await statusOf('monitoring')).toBe('missing');
    expect(await popup.evaluate(() => document.querySelectorAll('li[data-item]').length)).toBe(10);
    await (await popup.waitForSelector('button ::-p-text(Spara kontrollen)'))!.click();
    await until(() => popup.evaluate(() => /Senast kontrollerad \d{4}-\d{2}-\d{2} av Anna Berg, kommunikatör/.test(document.body.textContent ?? '')), true);
    const results = await popup.evaluate(readTable, 'checklists');
    expect(results).toHaveLength(1);
    await popup.close();
    await page.close();
  });
});

describe('deliveries to the registrar in Firefox', () => {
  it('a documentation not yet delivered is saved as a ZIP in Firefox\'s downloads from the log page (Firefox refuses a data: URL there)', async () => {
    const captured = {
      platform: 'facebook' as const, pageUrl: demoPost('facebook').url, account: null, parent: null, replies: [], findings: [],
      comment: { id: 'c1', parentId: null, author: { name: 'Kalle', handle: null, url: null }, text: 'Jag vet var ni bor.', truncated: false, postedAt: null, edited: false, hiddenReplies: false, permalink: null },
    };
    const id = crypto.randomUUID();
    const record = await serialiseRecord(buildEvidenceDocument({
      id, captured, editor: 'Anna Berg', capturedAt: new Date().toISOString(), browser: 'Firefox', extensionVersion: '0.0.0', imageSha256: null,
    }));
    const evidence = {
      id, at: new Date().toISOString(), by: 'Anna Berg', kind: 'comment', platform: 'facebook', account: null, pageUrl: captured.pageUrl,
      commentId: 'c1', commentUrl: null, author: captured.comment.author, text: captured.comment.text, postedAt: null, categories: ['prohibited.threat'],
      rules: [], recordJson: record.json, recordSha256: record.sha256, image: null, imageSha256: null, registrationNumber: null,
    };
    const outbox = {
      id: crypto.randomUUID(), at: evidence.at, by: 'Anna Berg', evidenceId: id, transport: 'http', state: 'failed', attempts: 1,
      nextAttemptAt: 0, lastError: 'Ingen mottagande adress för registratorn är inställd.', receipt: null, commentKey: 'facebook:c1', idempotencyKey: id,
    };
    let log = await firefox.extensionPage('log.html');
    // Written to Firefox's own database for the extension, as a failed delivery leaves it.
    await log.evaluate((rows) => new Promise<void>((resolve, reject) => {
      const open = indexedDB.open('uppsikt');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const tx = open.result.transaction(['evidence', 'outbox'], 'readwrite');
        tx.objectStore('evidence').put(rows.evidence);
        tx.objectStore('outbox').put(rows.outbox);
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      };
    }), { evidence, outbox });
    await log.close();
    log = await firefox.extensionPage('log.html');
    await (await log.waitForSelector('button ::-p-text(Spara som ZIP)', { timeout: 20_000 }))!.click();
    const saved = () => readdirSync(path.join(firefox.downloadDir, 'Uppsikt')).filter((f) => f.endsWith(`${id}.zip`));
    await expect.poll(() => (existsSync(path.join(firefox.downloadDir, 'Uppsikt')) ? saved() : []), { timeout: 20_000 }).toHaveLength(1);
    await until(async () => ((await log.evaluate(readTable, 'outbox')) as Array<{ state: string }>)[0]?.state, 'saved');
    const zip = unzipSync(readFileSync(path.join(firefox.downloadDir, 'Uppsikt', saved()[0])));
    expect(new TextDecoder().decode(zip['handling.json'])).toBe(record.json);
    await log.close();
  });
});

describe('an extension reloaded in Firefox', () => {
  it('leaves one badge layer on an open thread, and the page marked again (Firefox ends the old scripts without their cleanup)', async () => {
    const page = await open(demoPost('facebook').url);
    await statusCounts(page, 32);
    // The layer the old scripts drew, told apart from the one the new scripts draw.
    await page.evaluate(() => document.querySelector('uppsikt-overlay')!.setAttribute('data-before-reload', ''));
    const hosts = () => page.evaluate(() => [...document.querySelectorAll('uppsikt-overlay')].map((h) => (h.hasAttribute('data-before-reload') ? 'old' : 'new')));
    const options = await firefox.extensionPage('options.html');
    // The page goes with the extension it belongs to: its answer never comes.
    void options.evaluate(() => { (globalThis as unknown as { browser: { runtime: { reload(): void } } }).browser.runtime.reload(); }).catch(() => undefined);
    await expect.poll(async () => (await hosts()).includes('new'), { timeout: 20_000 }).toBe(true);
    expect(await hosts()).toEqual(['new']);
    expect(await statusCounts(page, 32)).toEqual(DEMO_POST_MARKS.find(([platform]) => platform === 'facebook')![2]);
    await page.close();
  });
});
