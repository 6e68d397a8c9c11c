import { browser } from 'wxt/browser';

// What an IT department sets through browser policy (managed storage). Chromium answers
// storage.managed only once its policy service has started: 3–8 s after the browser starts on this
// machine and in other extensions' reports, and on some Edge builds never. Nothing may wait for that
// on every start (the first page's marks did): the policy last read is kept in local storage and used
// when the browser is slow to answer; the read goes on, and a policy that changed replaces the copy,
// which whoever watches it (`watchManagedPolicy`) hears of.

export interface ManagedPolicy {
  settings: Record<string, unknown> | null;
  accounts: unknown[] | null;
}

const NONE: ManagedPolicy = { settings: null, accounts: null };
const COPY_KEY = 'managedPolicy';

/** How long a read waits for the browser before the copy is used. */
export const QUICK_MS = 150;
/** With no copy (the first start after installing), how long to wait for the browser before going on without a policy. */
export const FIRST_MS = 10_000;

let reading: Promise<ManagedPolicy> | null = null;
/** A long wait ran out in this context and the browser has not answered since: no read waits long again (it may never answer). */
let waitedOnce = false;

function asPolicy(value: Record<string, unknown>): ManagedPolicy {
  const { settings, accounts } = value;
  return {
    settings: settings && typeof settings === 'object' && !Array.isArray(settings) ? settings as Record<string, unknown> : null,
    accounts: Array.isArray(accounts) ? accounts : null,
  };
}

async function storedCopy(): Promise<ManagedPolicy | null> {
  try {
    const value = (await browser.storage.local.get(COPY_KEY))[COPY_KEY];
    return value && typeof value === 'object' ? asPolicy(value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** The browser's answer, one read at a time per context; the copy is replaced when it says something else. */
function readFromBrowser(): Promise<ManagedPolicy> {
  reading ??= (async () => {
    let policy = NONE;
    try {
      // Firefox without a policy (and Chromium without the schema) throws: nothing is managed.
      if (browser.storage.managed) policy = asPolicy(await browser.storage.managed.get(['settings', 'accounts']));
    } catch {
      policy = NONE;
    }
    reading = null;
    waitedOnce = false;
    const copy = await storedCopy();
    if (canonical(copy) !== canonical(policy)) await browser.storage.local.set({ [COPY_KEY]: policy }).catch(() => undefined);
    return policy;
  })();
  return reading;
}

/**
 * The same JSON whatever order the keys come in: a copy rewritten because a browser listed the
 * same policy's keys in another order would have every open page judge itself again, on every read.
 */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => (v && typeof v === 'object' && !Array.isArray(v)
    ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
    : v));
}

const after = (ms: number) => new Promise<undefined>((resolve) => setTimeout(resolve, ms));

/**
 * The organisation's policy: the browser's answer when it comes within a moment, otherwise the copy
 * of the last answer. Without a copy (the first start) it waits up to FIRST_MS, or `waitMs`:
 * documenting and sending to the registrar wait for the browser's answer, so a changed registrar is
 * never missed. Once such a wait has run out unanswered, none waits long again until the browser answers.
 */
export async function readManagedPolicy(waitMs?: number): Promise<ManagedPolicy> {
  const fresh = readFromBrowser();
  const copy = await storedCopy();
  const wait = waitedOnce ? QUICK_MS : waitMs ?? (copy ? QUICK_MS : FIRST_MS);
  const answer = await Promise.race([fresh, after(wait)]);
  if (answer) return answer;
  if (wait > QUICK_MS) waitedOnce = true;
  return copy ?? NONE;
}

/**
 * Calls `changed` when the kept policy changes: the browser's late answer, or a policy changed while
 * the browser runs (the browser says so; it is read, and the copy it changes calls `changed`).
 */
export function watchManagedPolicy(changed: () => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'managed') void readFromBrowser();
    else if (area === 'local' && COPY_KEY in changes) changed();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
