// Code that runs inside the benchmarked pages (serialised by Playwright, so each function is
// self-contained). It records long tasks, when the content script has marked a given number of
// comments (one animation frame later: the badges are positioned then), the floor's walk, and
// appends comments the way an infinite list does.

export interface ProbeOptions {
  /** Do the floor's walk (the page has no extension) instead of watching for marks. */
  floor: boolean;
  walk: { selector: string; closest?: string; least: { author: string; time: string } };
  /** Marked comments that count as "done" after loading. */
  expect: number;
  /** An attribute to set on <html>: asks the content script to measure each run of its steps too. */
  runSpans?: string;
}

export interface ProbeState {
  longTasks: Array<{ start: number; duration: number }>;
  /** Comment count → when that many were marked (ms since navigation start) and the badges then. */
  marked: Array<{ expect: number; at: number; marked: number; badges: number }>;
  expect: number;
  floor: { ms: number; walked: number; chars: number } | null;
  /**
   * The least any reader that knows who wrote each comment and when can do: the floor's walk, and
   * in each comment a search for its author's link and one for its time (nothing parsed, judged or
   * sent). Where this alone is over 2× the floor, that target cannot be met by reading the page.
   */
  least: { ms: number; found: number } | null;
  /**
   * The content script's measures ("uppsikt-step:…", "uppsikt-scan"), as the page's performance
   * timeline reports them (it is shared with the content script's world): its own clock, read
   * without tracing the browser.
   */
  measures: Array<{ name: string; start: number; duration: number }>;
}

declare global {
  interface Window {
    __uppsiktBench?: ProbeState;
  }
}

/** Installed with page.addInitScript before the page's own scripts run. */
export function installProbe(options: ProbeOptions): void {
  const state: ProbeState = { longTasks: [], marked: [], expect: options.expect, floor: null, least: null, measures: [] };
  window.__uppsiktBench = state;
  try {
    // The content script clears its measures at once; an observer still gets each one.
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        // Each run's measure is for the trace; the clock's totals are enough here.
        if (entry.name.startsWith('uppsikt-') && !entry.name.startsWith('uppsikt-run:')) state.measures.push({ name: entry.name, start: entry.startTime, duration: entry.duration });
      }
    }).observe({ type: 'measure', buffered: true });
  } catch {
    // no user timing: the trace still has the measures
  }
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) state.longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // no long-task API: the trace still has the tasks
  }
  if (options.floor) {
    // What any script that looks at every comment must do at least: find them and read their text once.
    const walk = () => {
      const started = performance.now();
      let walked = 0;
      let chars = 0;
      for (const match of document.querySelectorAll(options.walk.selector)) {
        const element = options.walk.closest ? match.closest(options.walk.closest) ?? match : match;
        chars += (element.textContent ?? '').length;
        walked++;
      }
      state.floor = { ms: performance.now() - started, walked, chars };
      const { author, time } = options.walk.least;
      const leastStarted = performance.now();
      let found = 0;
      for (const match of document.querySelectorAll(options.walk.selector)) {
        const element = options.walk.closest ? match.closest(options.walk.closest) ?? match : match;
        found += (element.textContent ?? '').length > 0 ? 1 : 0;
        if (element.querySelector(author)?.getAttribute('href')) found++;
        if (element.querySelector(time)) found++;
      }
      state.least = { ms: performance.now() - leastStarted, found };
    };
    // After the document is parsed, in a task of its own, like a content script at document_idle.
    document.addEventListener('DOMContentLoaded', () => setTimeout(walk, 0));
    return;
  }
  const runSpans = options.runSpans;
  if (runSpans) {
    const ask = () => document.documentElement?.setAttribute(runSpans, '');
    ask();
    document.addEventListener('DOMContentLoaded', ask);
  }
  const check = () => {
    if (state.marked.some((m) => m.expect === state.expect)) return;
    const marked = document.querySelectorAll('[data-uppsikt-status]').length;
    if (marked < state.expect) return;
    const expect = state.expect;
    requestAnimationFrame(() => {
      const badges = document.querySelector('uppsikt-overlay')?.shadowRoot?.querySelectorAll('button.badge').length ?? 0;
      state.marked.push({ expect, at: performance.now(), marked, badges });
    });
  };
  // The content script stamps <html data-uppsikt-platform> at the end of every scan, after marking.
  // <html> may not exist yet when this runs, so watch the document for that one attribute.
  new MutationObserver(check).observe(document, { attributes: true, attributeFilter: ['data-uppsikt-platform'], subtree: true });
}

/**
 * The probe as an init script. tsx compiles with keepNames, which wraps inner functions in a
 * `__name(…)` helper the page does not have; the shim stands in for it.
 */
export function probeScript(options: ProbeOptions): { content: string } {
  return { content: `var __name = (f) => f;\n(${installProbe.toString()})(${JSON.stringify(options)});` };
}

/** Sets how many marked comments count as "done" next (before appending). */
export function expectMarked(count: number): void {
  if (window.__uppsiktBench) window.__uppsiktBench.expect = count;
}

/** Between batches: a batch's scan is over well within this after its comments are marked. */
export const BETWEEN_ROUNDS_MS = 800;

/** Scrolls the last comment into view, as a reader reaching the end of what is loaded; `mark` names the moment in the trace. */
export function scrollToLast(arg: { selector: string; mark?: string }): void {
  if (arg.mark) performance.mark(arg.mark);
  const all = document.querySelectorAll(arg.selector);
  all[all.length - 1]?.scrollIntoView({ block: 'end' });
}

/** Appends comment markup as an infinite list does when the reader scrolls; `mark` names the moment in the trace. */
export function appendComments(arg: { html: string; into: string; before?: string; mark: string }): number {
  performance.mark(arg.mark);
  const container = document.querySelector(arg.into);
  if (!container) throw new Error(`no ${arg.into} on the page`);
  let reference: Element | null = arg.before ? container.querySelector(arg.before) : null;
  while (reference && reference.parentElement !== container) reference = reference.parentElement;
  const template = document.createElement('template');
  template.innerHTML = arg.html;
  const added = template.content.childElementCount;
  container.insertBefore(template.content, reference);
  return added;
}
