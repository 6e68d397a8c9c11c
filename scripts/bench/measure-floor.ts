// The floor: the same page in Chromium WITHOUT the extension, with a script that only walks the
// adapter's main comment selector and reads every comment's text once.
import { chromium, type Browser } from 'playwright-core';
import { chromiumPath } from '../lib/browser';
import type { BenchPage } from './bench-page-spec';
import { appendComments, BETWEEN_ROUNDS_MS, probeScript, scrollToLast, type ProbeState } from './page-probe';
import { memoryAroundLeaving, type MemoryRun } from './memory';

export interface FloorRun {
  platform: string;
  /** Median of the runs (ms of main-thread time for the walk). */
  walkMs: number;
  runs: number[];
  /** The least reading's median (ms): the walk, and each comment's author link and time found (see page-probe). */
  leastMs: number;
  walked: number;
  /** Page main-thread time without the extension (Performance.getMetrics TaskDuration, median). */
  pageTaskMs: number;
  longTasksSeenByPage: number;
  /**
   * Page main-thread time per round as the extension's run has them (scroll to the last comment,
   * the next batch appended, the page left to settle), first run: what the page spends on its own.
   */
  roundPageTaskMs: number[];
  /** The same page without the extension, with the same batches appended, then left (first run). */
  memory: MemoryRun | null;
}

export async function launchPlain(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(), headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function measureFloor(browser: Browser, bench: BenchPage, runs = 3): Promise<FloorRun> {
  const walks: number[] = [];
  const leasts: number[] = [];
  const tasks: number[] = [];
  let walked = 0;
  let longTasks = 0;
  let memory: MemoryRun | null = null;
  const rounds: number[] = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'sv-SE', timezoneId: 'Europe/Stockholm' });
    await context.route('**/*', (route) => (route.request().url() === bench.url
      ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: bench.html })
      : route.abort()));
    const page = await context.newPage();
    await page.addInitScript(probeScript({ floor: true, walk: bench.walk, expect: bench.commentCount }));
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(bench.url, { waitUntil: 'domcontentloaded', timeout: 120_000 });
    await page.waitForFunction(() => window.__uppsiktBench?.floor ?? null, undefined, { timeout: 60_000, polling: 100 });
    await page.waitForTimeout(500);
    const probe = (await page.evaluate(() => window.__uppsiktBench)) as ProbeState;
    const taskMs = async () => ((await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0) * 1000;
    tasks.push(await taskMs());
    walks.push(probe.floor!.ms);
    leasts.push(probe.least!.ms);
    walked = probe.floor!.walked;
    longTasks = probe.longTasks.filter((t) => t.duration > 50).length;
    if (i === 0) {
      const { batches, ...where } = bench.appended;
      let before = await taskMs();
      for (const [round, html] of batches.entries()) {
        await page.evaluate(scrollToLast, { selector: bench.walk.selector });
        await page.waitForTimeout(BETWEEN_ROUNDS_MS);
        await page.evaluate(appendComments, { ...where, html, mark: `floor-append-${round}` });
        await page.waitForTimeout(2 * BETWEEN_ROUNDS_MS); // the extension's run waits for the marks as well
        const after = await taskMs();
        rounds.push(after - before);
        before = after;
      }
      memory = await memoryAroundLeaving(context, page);
    }
    await context.close();
  }
  return { platform: bench.platform, walkMs: median(walks), runs: walks, leastMs: median(leasts), walked, pageTaskMs: median(tasks), longTasksSeenByPage: longTasks, roundPageTaskMs: rounds, memory };
}
