/**
 * `npm run bench:scroll`: what scrolling a 5,000-comment thread costs the page's main thread, with
 * the built extension and without it (the same generated pages as `npm run bench`). The badges and
 * outlines follow the comments frame by frame while the page scrolls; this says what that costs
 * per frame, next to what the page costs on its own. Reported, not asserted.
 *   npm run bench:scroll [-- --platforms x,facebook,instagram] [--frames 120]
 */
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { launchWithExtension, waitForScan } from './lib/browser';
import type { BenchPage, BenchPageOptions } from './bench/bench-page-spec';
import { facebookBenchPage } from './bench/facebook-page';
import { instagramBenchPage } from './bench/instagram-page';
import { launchPlain } from './bench/measure-floor';
import { xBenchPage } from './bench/x-page';
import { argument } from './lib/argument';


const builders: Record<string, (o: BenchPageOptions) => BenchPage> = { facebook: facebookBenchPage, x: xBenchPage, instagram: instagramBenchPage };
const platforms = (argument('--platforms') ?? 'facebook,x,instagram').split(',').map((p) => p.trim());
const frames = Number(argument('--frames') ?? '120');
if (platforms.some((p) => !builders[p]) || !Number.isInteger(frames) || frames < 10) {
  console.error('Ange --platforms bland facebook, x, instagram och --frames som ett heltal ≥ 10.');
  process.exit(2);
}
const VIEWPORT = { width: 1280, height: 900 };
/** Settling after load: the first scan, its badges and the page's own late work. */
const SETTLE_MS = 8000;

/** Main-thread time (ms) of the page while it scrolls `frames` frames of 60 px from a third of the way down. */
async function scrollCost(context: BrowserContext, page: Page): Promise<number> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  // What scrolls: the document, or the panel holding the thread (Instagram's post shows its comments in one).
  await page.evaluate(`window.__scroller = [...document.querySelectorAll('*')].find((e) => e.scrollHeight > e.clientHeight + 2000
    && /auto|scroll/.test(getComputedStyle(e).overflowY)) ?? document.scrollingElement;
    __scroller.scrollTop = __scroller.scrollHeight / 3`);
  await page.waitForTimeout(1500);
  const taskMs = async () => ((await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0) * 1000;
  const before = await taskMs();
  // A string, not a function: the bundler would name the inner function with a helper the page lacks.
  await page.evaluate(`new Promise((done) => { let n = 0; const step = () => { __scroller.scrollTop += 60; if (++n < ${frames}) requestAnimationFrame(step); else setTimeout(done, 300); }; requestAnimationFrame(step); })`);
  return (await taskMs()) - before;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

console.log(`Rullning: ${frames} bildrutor à 60 px på trådar med 5 000 kommentarer, sidans huvudtråd per bildruta (median av 3)`);
console.log('plattform   utan tillägget ms  med tillägget ms  tillägget lägger till ms');
for (const platform of platforms) {
  const bench = builders[platform]({ count: 5000, appendCount: 100, appendRounds: 1, now: new Date() });
  const plain = await launchPlain();
  const withoutRuns: number[] = [];
  const context = await plain.newContext({ viewport: VIEWPORT });
  await context.route('**/*', (route) => (route.request().url() === bench.url
    ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: bench.html }) : route.abort()));
  const page = await context.newPage();
  await page.goto(bench.url, { waitUntil: 'load', timeout: 120_000 });
  await page.waitForTimeout(2000);
  for (let run = 0; run < 3; run++) withoutRuns.push(await scrollCost(context, page));
  await plain.close();

  const withRuns: number[] = [];
  const launched = await launchWithExtension({ userDataDir: mkdtempSync(path.join(os.tmpdir(), 'uppsikt-bench-scroll-')), headless: true, pages: new Map([[bench.url, bench.html]]) });
  const extPage = await launched.context.newPage();
  await extPage.setViewportSize(VIEWPORT);
  await extPage.goto(bench.url, { waitUntil: 'load', timeout: 120_000 });
  await waitForScan(extPage, 60_000);
  await extPage.waitForTimeout(SETTLE_MS);
  for (let run = 0; run < 3; run++) withRuns.push(await scrollCost(launched.context, extPage));
  await launched.context.close();

  const without = median(withoutRuns) / frames;
  const withExtension = median(withRuns) / frames;
  console.log(`${platform.padEnd(10)}  ${without.toFixed(1).padStart(17)}  ${withExtension.toFixed(1).padStart(16)}  ${(withExtension - without).toFixed(1).padStart(24)}`);
}
