// Reads a Chrome trace (browser-wide, with the V8 sampling profiler on) and attributes main-thread
// time to the extension's content script. Function-call events alone miss most of it: after each
// `await sendMessage(…)` the scan resumes in a microtask that carries no script URL. The CPU
// profiler's samples carry whole stacks, so a sample counts as the content script's when any frame
// on its stack comes from `chrome-extension://…/content-scripts/`; DOM work it calls (querySelectorAll,
// forced layout) is on such a stack too.

export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread time of a complete event (µs): how long the thread actually ran in it. */
  tdur?: number;
  pid: number;
  tid: number;
  id?: string;
  id2?: { local?: string; global?: string };
  cat?: string;
  args?: Record<string, unknown>;
}

export interface Thread {
  pid: number;
  tid: number;
}

export interface Window {
  /** Microseconds, trace clock. */
  from: number;
  to: number;
}

interface CallFrame {
  url?: string;
  functionName?: string;
  lineNumber?: number;
  columnNumber?: number;
}

interface ProfileNode {
  id: number;
  parent?: number;
  callFrame: CallFrame;
}

export interface Sample {
  ts: number;
  /** Microseconds until the next sample. */
  dur: number;
  node: number;
}

export interface ThreadProfile {
  samples: Sample[];
  /** Node id → whether a frame on its stack matches. */
  matches: (node: number, urlPart: string) => boolean;
  /** The innermost frame matching urlPart on the node's stack ("name file.js:line:column"). */
  frameOf: (node: number, urlPart: string) => string | null;
  /** Every frame matching urlPart on the node's stack, each once (for time including callees). */
  framesOf: (node: number, urlPart: string) => string[];
}

const TASK_NAMES = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);

export function parseTrace(text: string): TraceEvent[] {
  const parsed = JSON.parse(text) as TraceEvent[] | { traceEvents: TraceEvent[] };
  return Array.isArray(parsed) ? parsed : parsed.traceEvents;
}

function scriptUrl(event: TraceEvent): string {
  const args = event.args ?? {};
  const data = (args.data ?? {}) as Record<string, unknown>;
  const begin = (args.beginData ?? {}) as Record<string, unknown>;
  return String(data.url ?? begin.url ?? args.fileName ?? data.fileName ?? '');
}

function threadNames(events: TraceEvent[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const e of events) if (e.ph === 'M' && e.name === 'thread_name') names.set(`${e.pid}:${e.tid}`, String((e.args as { name?: string })?.name ?? ''));
  return names;
}

/** The renderer main thread that ran a script or parsed a document whose URL contains urlPart. */
export function mainThreadRunning(events: TraceEvent[], urlPart: string): Thread | null {
  const names = threadNames(events);
  const hit = events.find((e) => names.get(`${e.pid}:${e.tid}`) === 'CrRendererMain' && scriptUrl(e).includes(urlPart));
  return hit ? { pid: hit.pid, tid: hit.tid } : null;
}

/** The service worker thread that ran a script whose URL contains urlPart. */
export function workerThreadRunning(events: TraceEvent[], urlPart: string): Thread | null {
  const names = threadNames(events);
  const hit = events.find((e) => names.get(`${e.pid}:${e.tid}`) === 'ServiceWorker thread' && scriptUrl(e).includes(urlPart));
  return hit ? { pid: hit.pid, tid: hit.tid } : null;
}

/** Top-level tasks of a thread that start inside the window (nested task events are left out). */
export function topLevelTasks(events: TraceEvent[], thread: Thread, window?: Window): TraceEvent[] {
  const tasks = events
    .filter((e) => e.ph === 'X' && e.pid === thread.pid && e.tid === thread.tid && TASK_NAMES.has(e.name) && e.dur !== undefined)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const out: TraceEvent[] = [];
  let end = -Infinity;
  for (const task of tasks) {
    if (task.ts < end) continue; // inside the previous top-level task
    out.push(task);
    end = task.ts + (task.dur ?? 0);
  }
  return window ? out.filter((t) => t.ts >= window.from && t.ts < window.to) : out;
}

export function busyMs(tasks: TraceEvent[]): number {
  return tasks.reduce((sum, t) => sum + (t.dur ?? 0), 0) / 1000;
}

/** The sampling profiler's samples for one thread, with stack lookups. */
export function threadProfile(events: TraceEvent[], thread: Thread): ThreadProfile | null {
  const profile = events.find((e) => e.name === 'Profile' && e.pid === thread.pid && e.tid === thread.tid);
  if (!profile) return null;
  const chunks = events.filter((e) => e.name === 'ProfileChunk' && e.pid === thread.pid && e.id === profile.id);
  const nodes = new Map<number, ProfileNode>();
  const samples: Sample[] = [];
  let ts = Number(((profile.args?.data ?? {}) as { startTime?: number }).startTime ?? profile.ts);
  for (const chunk of chunks) {
    const data = (chunk.args?.data ?? {}) as { cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] }; timeDeltas?: number[] };
    for (const node of data.cpuProfile?.nodes ?? []) nodes.set(node.id, node);
    const ids = data.cpuProfile?.samples ?? [];
    const deltas = data.timeDeltas ?? [];
    ids.forEach((node, i) => {
      ts += deltas[i] ?? 0;
      samples.push({ ts, dur: 0, node });
    });
  }
  samples.sort((a, b) => a.ts - b.ts);
  for (let i = 0; i < samples.length - 1; i++) samples[i].dur = Math.min(samples[i + 1].ts - samples[i].ts, 10_000);
  const memo = new Map<string, string[]>();
  const framesOf = (node: number, urlPart: string): string[] => {
    const key = `${node}|${urlPart}`;
    if (memo.has(key)) return memo.get(key)!;
    const found = new Set<string>();
    for (let n = nodes.get(node); n; n = n.parent === undefined ? undefined : nodes.get(n.parent)) {
      if ((n.callFrame.url ?? '').includes(urlPart)) {
        const { functionName, url = '', lineNumber = 0, columnNumber = 0 } = n.callFrame;
        found.add(`${functionName || '(anonym)'} ${url.slice(url.lastIndexOf('/') + 1)}:${lineNumber + 1}:${columnNumber + 1}`);
      }
    }
    memo.set(key, [...found]);
    return memo.get(key)!;
  };
  const frameOf = (node: number, urlPart: string): string | null => framesOf(node, urlPart)[0] ?? null;
  // Parent links may be given only as children lists in older traces.
  for (const node of nodes.values()) {
    for (const child of (node as ProfileNode & { children?: number[] }).children ?? []) {
      const c = nodes.get(child);
      if (c && c.parent === undefined) c.parent = node.id;
    }
  }
  return { samples, matches: (node, urlPart) => frameOf(node, urlPart) !== null, frameOf, framesOf };
}

export interface Attribution {
  /** Sampled time with a matching frame on the stack. */
  ms: number;
  /** Per top-level task: the task's duration, the matching share inside it, and its heaviest frames. */
  tasks: Array<{ ts: number; durMs: number; matchedMs: number; top: Array<{ frame: string; ms: number }> }>;
  /** Where the matched time goes: innermost matching frame → ms, largest first. */
  hotFrames: Array<{ frame: string; ms: number }>;
  /** The same with callees' time included (each frame once per sample), largest first. */
  inclusiveFrames: Array<{ frame: string; ms: number }>;
}

/** Time the code from urlPart spent on the thread's samples inside the window, per task too. */
export function attribute(profile: ThreadProfile, tasks: TraceEvent[], urlPart: string, window: Window): Attribution {
  const perTask = tasks.map((t) => ({ ts: t.ts, durMs: (t.dur ?? 0) / 1000, matchedMs: 0, frames: new Map<string, number>() }));
  const frames = new Map<string, number>();
  const inclusive = new Map<string, number>();
  let total = 0;
  let taskIndex = 0;
  for (const sample of profile.samples) {
    if (sample.ts < window.from || sample.ts >= window.to) continue;
    const frame = profile.frameOf(sample.node, urlPart);
    if (!frame) continue;
    const ms = sample.dur / 1000;
    total += ms;
    frames.set(frame, (frames.get(frame) ?? 0) + ms);
    for (const outer of profile.framesOf(sample.node, urlPart)) inclusive.set(outer, (inclusive.get(outer) ?? 0) + ms);
    while (taskIndex < tasks.length && tasks[taskIndex].ts + (tasks[taskIndex].dur ?? 0) < sample.ts) taskIndex++;
    const task = tasks[taskIndex];
    if (task && task.ts <= sample.ts) {
      perTask[taskIndex].matchedMs += ms;
      perTask[taskIndex].frames.set(frame, (perTask[taskIndex].frames.get(frame) ?? 0) + ms);
    }
  }
  const largestFirst = (m: Map<string, number>) => [...m].map(([frame, ms]) => ({ frame, ms })).sort((a, b) => b.ms - a.ms);
  return {
    ms: total,
    tasks: perTask.filter((t) => t.matchedMs > 0).map(({ frames: f, ...t }) => ({ ...t, top: largestFirst(f).slice(0, 3) })),
    hotFrames: largestFirst(frames),
    inclusiveFrames: largestFirst(inclusive),
  };
}

/** Timestamp of the first user-timing mark with this name (performance.mark in the page). */
export function markTime(events: TraceEvent[], name: string): number | null {
  const mark = events.find((e) => e.name === name && (e.cat ?? '').includes('blink.user_timing'));
  return mark ? mark.ts : null;
}
