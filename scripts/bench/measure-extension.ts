// One platform's page with the built extension: load → all marked and badged, then 100 comments
// appended, under a browser-wide trace with the V8 sampling profiler, so the content script's and
// the service worker's time can be told apart from the page's own.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Worker } from 'playwright-core';
import { EXTENSION_DIR, tabIdOf } from '../lib/browser';
import type { BenchPage } from './bench-page-spec';
import { appendComments, expectMarked, probeScript, type ProbeState } from './page-probe';
import { attribute, busyMs, mainThreadRunning, markTime, measureCount, measureDurations, parseTrace, threadProfile, topLevelTasks, workerThreadRunning, type Attribution } from './trace-analysis';

const TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'toplevel', 'blink.user_timing'];
const PROFILER = 'disabled-by-default-v8.cpu_profiler';
const SETTLE_MS = 1500;
const STEP = 'uppsikt-step:';

export interface PhaseResult {
  /** Wall time until every comment was marked and badges drawn (ms). */
  wallMs: number | null;
  contentScriptMs: number | null;
  /** Longest task in which the content script ran more than half the time. */
  longestExtensionTaskMs: number | null;
  /** Most content-script time inside any one task. */
  maxContentScriptInTaskMs: number | null;
  extensionTasksOver50: number;
  /** The tasks over 50 ms the content script caused, with where their time went. */
  longTasks: Array<{ durMs: number; top: Array<{ frame: string; ms: number }> }>;
  serviceWorkerMs: number | null;
  /** Everything the page's main thread did (Performance.getMetrics TaskDuration delta). */
  pageTaskMs: number;
  pageScriptMs: number;
  /** Where the content script's time goes: innermost content-script frame, with the bundle's code there. */
  hotFrames: Array<{ frame: string; ms: number; code: string }>;
  /** Scans of the page the content script made (its "uppsikt-scan" measures). */
  scans: number | null;
  /** The content script's own count of its main-thread time per step of a scan (its "uppsikt-step:…" measures). */
  steps: Array<{ step: string; ms: number }>;
  /** The same including callees: which steps of a scan the time goes to. */
  inclusiveFrames: Array<{ frame: string; ms: number; code: string }>;
}

export interface ExtensionRun {
  platform: string;
  commentCount: number;
  marked: number;
  badges: number;
  reportItems: number | null;
  load: PhaseResult;
  append: PhaseResult & { count: number; marked: number };
  longTasksSeenByPage: number;
  notes: string[];
}

type Metrics = Record<string, number>;

const bundles = new Map<string, string[]>();
/** The start of the (minified) code at a frame "name file.js:line:column", so a hot spot can be found in the source. */
function codeAt(frame: string): string {
  const m = /(\S+\.js):(\d+):(\d+)$/.exec(frame);
  if (!m) return '';
  const file = path.join(EXTENSION_DIR, 'content-scripts', m[1]);
  if (!bundles.has(file)) bundles.set(file, existsSync(file) ? readFileSync(file, 'utf8').split('\n') : []);
  return (bundles.get(file)![Number(m[2]) - 1] ?? '').slice(Number(m[3]) - 1, Number(m[3]) + 119);
}

function phase(
  attribution: Attribution | null, worker: number | null, wallMs: number | null, before: Metrics, after: Metrics, scans: number | null,
  steps: Map<string, number>,
): PhaseResult {
  const caused = attribution?.tasks.filter((t) => t.matchedMs >= t.durMs / 2) ?? [];
  return {
    wallMs,
    contentScriptMs: attribution?.ms ?? null,
    longestExtensionTaskMs: attribution ? Math.max(0, ...caused.map((t) => t.durMs)) : null,
    maxContentScriptInTaskMs: attribution ? Math.max(0, ...attribution.tasks.map((t) => t.matchedMs)) : null,
    extensionTasksOver50: caused.filter((t) => t.durMs > 50).length,
    longTasks: caused.filter((t) => t.durMs > 50).sort((a, b) => b.durMs - a.durMs).slice(0, 6).map(({ durMs, top }) => ({ durMs, top })),
    serviceWorkerMs: worker,
    scans,
    steps: [...steps].map(([name, ms]) => ({ step: name.slice(STEP.length), ms })).sort((a, b) => b.ms - a.ms),
    pageTaskMs: ((after.TaskDuration ?? 0) - (before.TaskDuration ?? 0)) * 1000,
    pageScriptMs: ((after.ScriptDuration ?? 0) - (before.ScriptDuration ?? 0)) * 1000,
    hotFrames: (attribution?.hotFrames.slice(0, 8) ?? []).map((h) => ({ ...h, code: codeAt(h.frame) })),
    inclusiveFrames: (attribution?.inclusiveFrames.slice(0, 16) ?? []).map((h) => ({ ...h, code: codeAt(h.frame) })),
  };
}

/** With `profile` off, the sampling profiler's overhead is gone, and so is the attribution: only the script's own step times remain. */
export async function measureWithExtension(
  context: BrowserContext, worker: Worker, extensionId: string, bench: BenchPage, timeoutMs: number, withProfiler = true,
): Promise<ExtensionRun> {
  const browser = context.browser();
  if (!browser) throw new Error('Ingen webbläsare att spåra (trace) i.');
  const notes: string[] = [];
  const page = await context.newPage();
  await page.addInitScript(probeScript({ floor: false, walk: bench.walk, expect: bench.commentCount }));
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const metrics = async (): Promise<Metrics> => {
    const { metrics: list } = await cdp.send('Performance.getMetrics');
    return Object.fromEntries(list.map((m) => [m.name, m.value]));
  };
  await browser.startTracing(undefined, { categories: withProfiler ? [...TRACE_CATEGORIES, PROFILER] : TRACE_CATEGORIES });
  const zero: Metrics = {};
  await page.goto(bench.url, { waitUntil: 'commit' });
  const loaded = await page
    .waitForFunction((n) => window.__uppsiktBench?.marked.find((m) => m.expect === n) ?? null, bench.commentCount, { timeout: timeoutMs, polling: 250 })
    .then((h) => h.jsonValue())
    .catch(() => null);
  if (!loaded) notes.push(`Alla ${bench.commentCount} kommentarer markerades inte inom ${timeoutMs / 1000} s.`);
  await page.waitForTimeout(SETTLE_MS);
  const afterLoad = await metrics();
  let reportItems: number | null = null;
  try {
    const tabId = await tabIdOf(worker, page);
    reportItems = await worker.evaluate(
      (id) => chrome.storage.session.get(`report:${id}`).then((r) => ((r[`report:${id}`] as { items?: unknown[] } | undefined)?.items ?? []).length),
      tabId,
    );
  } catch (error) {
    notes.push(`Sidrapporten kunde inte läsas: ${String(error).slice(0, 120)}`);
  }
  // The report goes before the badges: the load is over when every item has its badge.
  const badgeCount = () => document.querySelector('uppsikt-overlay')?.shadowRoot?.querySelectorAll('button.badge').length ?? 0;
  if (reportItems) {
    const drawn = await page
      .waitForFunction((n) => (document.querySelector('uppsikt-overlay')?.shadowRoot?.querySelectorAll('button.badge').length ?? 0) >= n, reportItems, { timeout: timeoutMs, polling: 250 })
      .then(() => true).catch(() => false);
    if (!drawn) notes.push(`Alla ${reportItems} märken ritades inte inom ${timeoutMs / 1000} s.`);
    await page.waitForTimeout(SETTLE_MS);
  }
  const badgesNow = await page.evaluate(badgeCount);

  const total = bench.commentCount + bench.appended.count;
  await page.evaluate(expectMarked, total);
  const appendStart = await page.evaluate(() => performance.now());
  await page.evaluate(appendComments, bench.appended);
  const appended = await page
    .waitForFunction((n) => window.__uppsiktBench?.marked.find((m) => m.expect === n) ?? null, total, { timeout: 60_000, polling: 100 })
    .then((h) => h.jsonValue())
    .catch(() => null);
  if (!appended) notes.push(`De ${bench.appended.count} tillagda kommentarerna markerades inte inom 60 s.`);
  await page.waitForTimeout(SETTLE_MS);
  const afterAppend = await metrics();
  const probe = (await page.evaluate(() => window.__uppsiktBench)) as ProbeState;
  const traceText = (await browser.stopTracing()).toString('utf8');

  // Attribute the trace.
  const events = parseTrace(traceText);
  const csUrl = `chrome-extension://${extensionId}/content-scripts/`;
  const main = mainThreadRunning(events, csUrl);
  const sw = workerThreadRunning(events, `chrome-extension://${extensionId}/background.js`);
  const appendMark = markTime(events, 'uppsikt-bench-append');
  let loadAttribution: Attribution | null = null;
  let appendAttribution: Attribution | null = null;
  let swLoad: number | null = null;
  let swAppend: number | null = null;
  let scansLoad: number | null = null;
  let scansAppend: number | null = null;
  let stepsLoad = new Map<string, number>();
  let stepsAppend = new Map<string, number>();
  if (!main || appendMark === null) {
    notes.push('Spåret saknar innehållsskriptets tråd eller tilläggsmarkeringen; ingen tidsfördelning.');
  } else {
    const loadWindow = { from: 0, to: appendMark };
    const appendWindow = { from: appendMark, to: Number.POSITIVE_INFINITY };
    scansLoad = measureCount(events, 'uppsikt-scan', loadWindow);
    scansAppend = measureCount(events, 'uppsikt-scan', appendWindow);
    stepsLoad = measureDurations(events, STEP, loadWindow);
    stepsAppend = measureDurations(events, STEP, appendWindow);
    const tasks = topLevelTasks(events, main);
    const profile = threadProfile(events, main);
    if (!profile) notes.push(withProfiler ? 'Spåret saknar CPU-profil för sidans huvudtråd.' : 'Utan profilerare (--no-profiler): bara skriptets egna stegtider.');
    else {
      loadAttribution = attribute(profile, tasks, csUrl, loadWindow);
      appendAttribution = attribute(profile, tasks, csUrl, appendWindow);
    }
    if (sw) {
      swLoad = busyMs(topLevelTasks(events, sw, loadWindow));
      swAppend = busyMs(topLevelTasks(events, sw, appendWindow));
    } else notes.push('Service workerns tråd hittades inte i spåret.');
  }
  await page.close();
  const appendedMark = probe.marked.find((m) => m.expect === total);
  return {
    platform: bench.platform,
    commentCount: bench.commentCount,
    marked: loaded?.marked ?? 0,
    badges: badgesNow,
    reportItems,
    load: phase(loadAttribution, swLoad, loaded?.at ?? null, zero, afterLoad, scansLoad, stepsLoad),
    append: {
      ...phase(appendAttribution, swAppend, appendedMark ? appendedMark.at - appendStart : null, afterLoad, afterAppend, scansAppend, stepsAppend),
      count: bench.appended.count,
      marked: (appendedMark?.marked ?? 0) - (loaded?.marked ?? 0),
    },
    longTasksSeenByPage: probe.longTasks.filter((t) => t.duration > 50).length,
    notes,
  };
}
