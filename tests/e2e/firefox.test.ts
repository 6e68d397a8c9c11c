import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import type { Finding } from '@/rules/types';
import { flaggedCategories } from '@/rules/triage';
import { ROOT } from '../../scripts/lib/browser';
import { launchFirefoxWithExtension, type FirefoxSession } from '../../scripts/lib/firefox';
import { DEMO_POST_MARKS, demoPost, marksByStatus } from './helpers';

// The Firefox build in real Firefox (ESR): the same marks on the demo pages as in Chromium, with the
// findings the background's rules return, and badges drawn as the comments come into view. (WebDriver
// BiDi does not open extension pages, so the sidebar and popup are tested in Chromium only.)

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
