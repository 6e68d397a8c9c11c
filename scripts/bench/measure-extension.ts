// One platform's page with the built extension: load → all marked and badged, then batches of 100
// comments appended one after the other. The content script's own clock (its "uppsikt-step:…"
// measures, as the page's timeline reports them) gives its main-thread time. With the profiler on,
// a browser-wide trace with the V8 sampling profiler also tells where the time goes and which long
// tasks it caused, at the profiler's own cost; without it a light trace gives the clock's runs as
// they ran, in wall and thread time (thread-clock.ts).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Worker } from 'playwright-core';
import { EXTENSION_DIR, afterReportStored, tabIdOf } from '../lib/browser';
import type { BenchPage } from './bench-page-spec';
import { appendComments, BETWEEN_ROUNDS_MS, expectMarked, probeScript, scrollToLast, type ProbeState } from './page-probe';
import { memoryAroundLeaving, type MemoryRun } from './memory';
import { ownClock, STEP } from './own-clock';
import { threadClock, type ThreadClock } from './thread-clock';
import { RUN_SPANS_ATTRIBUTE } from '../../utils/page/step-clock';
import { attribute, busyMs, mainThreadRunning, markTime, parseTrace, threadProfile, topLevelTasks, workerThreadRunning, type Attribution } from './trace-analysis';

const TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'toplevel', 'blink.user_timing'];
const PROFILER = 'disabled-by-default-v8.cpu_profiler';
/** Without the profiler: only the tasks with their thread time and the page's user timing (cheap). */
const THREAD_TIME_CATEGORIES = ['toplevel', 'blink.user_timing'];
const SETTLE_MS = 1500;
const APPEND_MARK = 'uppsikt-bench-append-';
const SCROLL_MARK = 'uppsikt-bench-scroll-';

export interface PhaseResult {
  /** Wall time until every comment was marked and the badges in view drawn (ms). */
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
  /** The content script's own count of its main-thread time (the sum of its steps); null when it measured nothing. */
  ownClockMs: number | null;
  /**
   * The own clock's runs by when they ran (a round: from the append to the next scroll to the end),
   * in wall and in thread time (null in the profiled run).
   */
  threadClock: ThreadClock | null;
}

/** `scrolledBefore`: the runs between the scroll to the end and the append (placing the badges of the screenful scrolled to). */
export type AppendRound = PhaseResult & { count: number; marked: number; scrolledBefore: ThreadClock | null };

export interface ExtensionRun {
  platform: string;
  commentCount: number;
  marked: number;
  badges: number;
  reportItems: number | null;
  /** Whether the V8 sampling profiler ran (attribution, hot frames and long tasks, at its own cost). */
  profiled: boolean;
  load: PhaseResult;
  /** One per appended batch, in order. */
  appends: AppendRound[];
  longTasksSeenByPage: number;
  /** With the thread open after the batches, and after the site left it (null in the profiled run). */
  memory: MemoryRun | null;
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
  steps: Map<string, number>, thread: ThreadClock | null,
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
    ownClockMs: steps.size ? [...steps.values()].reduce((sum, ms) => sum + ms, 0) : null,
    threadClock: thread,
  };
}

/** The middle value (the lower middle of an even count); null when there is none. */
export function middle(values: readonly number[]): number | null {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor((sorted.length - 1) / 2)] : null;
}

/** The middle round's value; null when no round has one. */
export function medianOf(rounds: AppendRound[], value: (round: AppendRound) => number | null): number | null {
  return middle(rounds.map(value).filter((v): v is number => v !== null));
}

/** With `profile` off, the sampling profiler's overhead is gone, and so is the attribution: only the script's own step times remain. */
export async function measureWithExtension(
  context: BrowserContext, worker: Worker, extensionId: string, bench: BenchPage, timeoutMs: number, withProfiler = true,
): Promise<ExtensionRun> {
  const browser = context.browser();
  if (!browser) throw new Error('Ingen webbläsare att spåra (trace) i.');
  const notes: string[] = [];
  const page = await context.newPage();
  await page.addInitScript(probeScript({ floor: false, walk: bench.walk, expect: bench.commentCount, runSpans: withProfiler ? undefined : RUN_SPANS_ATTRIBUTE }));
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const metrics = async (): Promise<Metrics> => {
    const { metrics: list } = await cdp.send('Performance.getMetrics');
    return Object.fromEntries(list.map((m) => [m.name, m.value]));
  };
  // Without the profiler the script's own clock comes from the page's timeline (the probe), and a
  // light trace gives its runs as they ran.
  await browser.startTracing(undefined, { categories: withProfiler ? [...TRACE_CATEGORIES, PROFILER] : THREAD_TIME_CATEGORIES });
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
    await afterReportStored(page);
    reportItems = await worker.evaluate(
      (id) => chrome.storage.session.get(`report:${id}`).then((r) => ((r[`report:${id}`] as { items?: unknown[] } | undefined)?.items ?? []).length),
      tabId,
    );
  } catch (error) {
    notes.push(`Sidrapporten kunde inte läsas: ${String(error).slice(0, 120)}`);
  }
  // The report goes before the badges; a badge is built when its comment comes near the viewport,
  // so the load is over when the comments in view show theirs.
  const badgeCount = () => document.querySelector('uppsikt-overlay')?.shadowRoot?.querySelectorAll('button.badge').length ?? 0;
  if (reportItems) {
    const drawn = await page.waitForFunction(badgeCount, undefined, { timeout: timeoutMs, polling: 250 }).then(() => true).catch(() => false);
    if (!drawn) notes.push(`Inga märken ritades i bild inom ${timeoutMs / 1000} s.`);
    await page.waitForTimeout(SETTLE_MS);
  }
  const badgesNow = await page.evaluate(badgeCount);

  // Batch after batch, as a reader scrolls on: each batch's scans are timed on their own.
  const appendStarts: number[] = [];
  const roundMarks: Array<{ total: number; marked: number; at: number } | null> = [];
  const afterRound: Metrics[] = [];
  for (const [round, html] of bench.appended.batches.entries()) {
    const total = bench.commentCount + (round + 1) * bench.appended.count;
    // A reader reaches the end of the thread, and the site appends the next comments right below it.
    await page.evaluate(scrollToLast, { selector: bench.walk.selector, mark: `${SCROLL_MARK}${round}` });
    await page.waitForTimeout(BETWEEN_ROUNDS_MS);
    await page.evaluate(expectMarked, total);
    appendStarts.push(await page.evaluate(() => performance.now()));
    const { batches: _all, ...where } = bench.appended;
    await page.evaluate(appendComments, { ...where, html, mark: `${APPEND_MARK}${round}` });
    const appended = await page
      .waitForFunction((n) => window.__uppsiktBench?.marked.find((m) => m.expect === n) ?? null, total, { timeout: 60_000, polling: 100 })
      .then((h) => h.jsonValue())
      .catch(() => null);
    if (!appended) notes.push(`Tillägg ${round + 1}: de ${bench.appended.count} kommentarerna markerades inte inom 60 s.`);
    roundMarks.push(appended && { total, marked: appended.marked, at: appended.at });
    await page.waitForTimeout(BETWEEN_ROUNDS_MS);
    afterRound.push(await metrics());
  }
  const probe = (await page.evaluate(() => window.__uppsiktBench)) as ProbeState;
  const traced = parseTrace((await browser.stopTracing()).toString('utf8'));
  // Last, so the garbage collections it forces touch none of the times above.
  const memory = withProfiler ? null : await memoryAroundLeaving(context, page);

  // The script's own clock, by the page's time: loading until the first batch, each batch until the next.
  const pageWindows = appendStarts.map((from, round) => ({ from, to: appendStarts[round + 1] ?? Number.POSITIVE_INFINITY }));
  if (probe.measures.length === 0) notes.push('Sidan fick inga mätningar från innehållsskriptet (uppsikt-step).');

  // With the profiler: where the time went, by the trace's clock.
  const events = withProfiler ? traced : [];
  const csUrl = `chrome-extension://${extensionId}/content-scripts/`;
  const main = withProfiler ? mainThreadRunning(events, csUrl) : null;
  const sw = withProfiler ? workerThreadRunning(events, `chrome-extension://${extensionId}/background.js`) : null;
  const marks = bench.appended.batches.map((_, round) => markTime(traced, `${APPEND_MARK}${round}`));
  const traceWindows = marks.map((from, round) => ({ from: from ?? Number.POSITIVE_INFINITY, to: marks[round + 1] ?? Number.POSITIVE_INFINITY }));
  const tasks = main ? topLevelTasks(events, main) : [];
  const profile = main ? threadProfile(events, main) : null;
  if (withProfiler) {
    if (!main || marks.some((m) => m === null)) notes.push('Spåret saknar innehållsskriptets tråd eller tilläggsmarkeringarna; ingen tidsfördelning.');
    else if (!profile) notes.push('Spåret saknar CPU-profil för sidans huvudtråd.');
    if (main && !sw) notes.push('Service workerns tråd hittades inte i spåret.');
  }
  const loadWindow = { from: 0, to: marks[0] ?? Number.POSITIVE_INFINITY };
  // Without the profiler: the own clock's runs by when they ran, by the light trace. A round is its
  // append until the next scroll to the end; the scroll before it is counted apart.
  const scrolls = bench.appended.batches.map((_, round) => markTime(traced, `${SCROLL_MARK}${round}`) ?? Number.POSITIVE_INFINITY);
  const roundWindows = marks.map((from, round) => ({ from: from ?? Number.POSITIVE_INFINITY, to: scrolls[round + 1] ?? Number.POSITIVE_INFINITY }));
  const scrollWindows = scrolls.map((from, round) => ({ from, to: marks[round] ?? Number.POSITIVE_INFINITY }));
  const threads = withProfiler ? null : threadClock(traced, [{ from: 0, to: scrolls[0] ?? Number.POSITIVE_INFINITY }, ...roundWindows, ...scrollWindows]);
  if (!withProfiler && !threads) notes.push('Spåret saknar innehållsskriptets körningar (uppsikt-run); ingen trådtid.');
  const measured = (
    traceWindow: { from: number; to: number }, pageWindow: { from: number; to: number }, wallMs: number | null, before: Metrics, after: Metrics, thread: ThreadClock | null,
  ): PhaseResult => {
    const { steps, scans } = ownClock(probe.measures, pageWindow);
    return phase(
      main && profile ? attribute(profile, tasks, csUrl, traceWindow) : null,
      main && sw ? busyMs(topLevelTasks(events, sw, traceWindow)) : null,
      wallMs, before, after, scans, steps, thread,
    );
  };
  const load = measured(loadWindow, { from: 0, to: appendStarts[0] ?? Number.POSITIVE_INFINITY }, loaded?.at ?? null, zero, afterLoad, threads?.[0] ?? null);
  const appends = traceWindows.map((traceWindow, round): AppendRound => {
    const mark = roundMarks[round];
    const markedBefore = round === 0 ? loaded?.marked ?? 0 : roundMarks[round - 1]?.marked ?? 0;
    return {
      ...measured(
        traceWindow, pageWindows[round], mark ? mark.at - appendStarts[round] : null, round === 0 ? afterLoad : afterRound[round - 1], afterRound[round],
        threads?.[round + 1] ?? null,
      ),
      count: bench.appended.count,
      marked: mark ? mark.marked - markedBefore : 0,
      scrolledBefore: threads?.[1 + marks.length + round] ?? null,
    };
  });
  await page.close();
  return {
    platform: bench.platform,
    commentCount: bench.commentCount,
    marked: loaded?.marked ?? 0,
    badges: badgesNow,
    reportItems,
    profiled: withProfiler,
    load,
    appends,
    longTasksSeenByPage: probe.longTasks.filter((t) => t.duration > 50).length,
    memory,
    notes,
  };
}
