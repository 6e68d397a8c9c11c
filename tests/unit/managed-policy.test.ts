// The organisation's policy (managed storage) at browser start: Chromium answers it only once its
// policy service has started (seconds; on some Edge builds never). Uppsikt uses the copy of the
// last answer meanwhile, so pages are marked at once, and takes the browser's answer when it comes.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

type Listener = (changes: Record<string, unknown>, area: string) => void;
const local = new Map<string, unknown>();
const listeners = new Set<Listener>();
/** What the browser's managed storage does when asked: answer, throw, or keep the caller waiting. */
let managedGet: () => Promise<Record<string, unknown>>;
let managedReads = 0;

vi.mock('wxt/browser', () => ({
  browser: {
    storage: {
      local: {
        async get(key: string) {
          return local.has(key) ? { [key]: structuredClone(local.get(key)) } : {};
        },
        async set(items: Record<string, unknown>) {
          for (const [k, v] of Object.entries(items)) local.set(k, structuredClone(v));
          for (const listener of listeners) listener(Object.fromEntries(Object.keys(items).map((k) => [k, { newValue: items[k] }])), 'local');
        },
      },
      managed: {
        get: () => {
          managedReads++;
          return managedGet();
        },
      },
      onChanged: {
        addListener: (l: Listener) => listeners.add(l),
        removeListener: (l: Listener) => listeners.delete(l),
      },
    },
  },
}));

const POLICY_A = { settings: { organisation: { name: 'Sjöviks kommun' } }, accounts: [{ name: 'Sjöviks kommun', platform: 'x', url: 'https://x.com/sjovikkommun' }] };
const POLICY_B = { settings: { organisation: { name: 'Sjöviks kommun (ny policy)' } } };

/** A browser that answers when the test says so. */
function slowBrowser(): { answer: (value: Record<string, unknown>) => void } {
  let answer: (value: Record<string, unknown>) => void = () => undefined;
  managedGet = () => new Promise((resolve) => { answer = resolve; });
  return { answer: (value) => answer(value) };
}

async function freshModule() {
  vi.resetModules(); // each test is a new browser start: nothing read in this context yet
  return import('@/utils/settings/managed-policy');
}

beforeEach(() => {
  local.clear();
  listeners.clear();
  managedReads = 0;
  managedGet = async () => ({});
});
afterEach(() => vi.useRealTimers());

describe('the organisation\'s policy', () => {
  it('is the browser\'s answer when it comes at once, and is kept for the next start', async () => {
    managedGet = async () => structuredClone(POLICY_A);
    const { readManagedPolicy } = await freshModule();
    expect(await readManagedPolicy()).toEqual(POLICY_A);
    expect(local.get('managedPolicy')).toEqual(POLICY_A);
  });

  it('is the copy of the last answer while the browser is slow to answer, and the answer replaces it when it comes', async () => {
    local.set('managedPolicy', POLICY_A);
    const browserAnswer = slowBrowser();
    const { readManagedPolicy, watchManagedPolicy } = await freshModule();
    const heard = vi.fn();
    watchManagedPolicy(heard);
    expect(await readManagedPolicy()).toEqual(POLICY_A); // did not wait for the browser
    expect(heard).not.toHaveBeenCalled();
    browserAnswer.answer(structuredClone(POLICY_B));
    await vi.waitFor(() => expect(heard).toHaveBeenCalledTimes(1));
    expect(local.get('managedPolicy')).toEqual({ settings: POLICY_B.settings, accounts: null });
    managedGet = async () => structuredClone(POLICY_B);
    expect((await readManagedPolicy()).settings).toEqual(POLICY_B.settings);
  });

  it('asks the browser once at a time however many parts of the extension ask meanwhile', async () => {
    local.set('managedPolicy', POLICY_A);
    const browserAnswer = slowBrowser();
    const { readManagedPolicy } = await freshModule();
    await Promise.all([readManagedPolicy(), readManagedPolicy(), readManagedPolicy()]);
    expect(managedReads).toBe(1);
    browserAnswer.answer({});
    await vi.waitFor(() => expect(local.get('managedPolicy')).toEqual({ settings: null, accounts: null }));
  });

  /** Whether whoever watches the policy is told of a change after one read (and `then`, the browser answering late). */
  async function toldAfterRead(then: () => void = () => undefined): Promise<boolean> {
    const { readManagedPolicy, watchManagedPolicy } = await freshModule();
    const heard = vi.fn();
    watchManagedPolicy(heard);
    await readManagedPolicy();
    then();
    await new Promise((resolve) => setTimeout(resolve, 20));
    return heard.mock.calls.length > 0;
  }

  it('tells no one when the browser gives the same policy with its keys in another order', async () => {
    local.set('managedPolicy', { accounts: null, settings: { policy: { presetId: 'perstorp', responseHours: 8 }, organisation: { name: 'Sjöviks kommun' } } });
    managedGet = async () => ({ settings: { organisation: { name: 'Sjöviks kommun' }, policy: { responseHours: 8, presetId: 'perstorp' } } });
    expect(await toldAfterRead()).toBe(false);
  });

  it('tells no one when the browser\'s answer is the copy, and tells when it is not', async () => {
    local.set('managedPolicy', POLICY_A);
    let browserAnswer = slowBrowser();
    expect(await toldAfterRead(() => browserAnswer.answer(structuredClone(POLICY_A)))).toBe(false);
    browserAnswer = slowBrowser();
    expect(await toldAfterRead(() => browserAnswer.answer(structuredClone(POLICY_B)))).toBe(true);
  });

  it('waits for the browser on the first start (no copy yet), but not a second time when it never answers', async () => {
    vi.useFakeTimers();
    slowBrowser(); // never answers (as some Edge builds)
    const { readManagedPolicy, FIRST_MS, QUICK_MS } = await freshModule();
    let first: unknown = 'waiting';
    void readManagedPolicy().then((policy) => { first = policy; });
    await vi.advanceTimersByTimeAsync(FIRST_MS - 100);
    expect(first).toBe('waiting');
    await vi.advanceTimersByTimeAsync(200);
    expect(first).toEqual({ settings: null, accounts: null }); // goes on without a policy
    let second: unknown = 'waiting';
    void readManagedPolicy().then((policy) => { second = policy; });
    await vi.advanceTimersByTimeAsync(QUICK_MS + 10);
    expect(second).toEqual({ settings: null, accounts: null });
  });

  it('waits for the browser\'s own answer when asked to (sending to the registrar), even with a copy', async () => {
    vi.useFakeTimers();
    local.set('managedPolicy', POLICY_A);
    const browserAnswer = slowBrowser();
    const { readManagedPolicy, FIRST_MS } = await freshModule();
    let read: unknown = 'waiting';
    void readManagedPolicy(FIRST_MS).then((policy) => { read = policy; });
    await vi.advanceTimersByTimeAsync(3000);
    expect(read).toBe('waiting');
    browserAnswer.answer(structuredClone(POLICY_B));
    await vi.advanceTimersByTimeAsync(1);
    expect(read).toEqual({ settings: POLICY_B.settings, accounts: null });
  });

  it('when the browser never answers, waits for it once when sending, not on every document after', async () => {
    vi.useFakeTimers();
    local.set('managedPolicy', POLICY_A);
    slowBrowser(); // never answers
    const { readManagedPolicy, FIRST_MS, QUICK_MS } = await freshModule();
    let first: unknown = 'waiting';
    void readManagedPolicy(FIRST_MS).then((policy) => { first = policy; });
    await vi.advanceTimersByTimeAsync(FIRST_MS + 10);
    expect(first).toEqual(POLICY_A); // the copy, after the long wait
    let second: unknown = 'waiting';
    void readManagedPolicy(FIRST_MS).then((policy) => { second = policy; });
    await vi.advanceTimersByTimeAsync(QUICK_MS + 10);
    expect(second).toEqual(POLICY_A);
  });

  it('is no policy when the browser has none to give (Firefox throws), and ignores what is not an object or a list', async () => {
    managedGet = async () => { throw new Error('Managed storage manifest not found'); };
    let module = await freshModule();
    expect(await module.readManagedPolicy()).toEqual({ settings: null, accounts: null });
    managedGet = async () => ({ settings: 'text', accounts: { not: 'a list' } });
    module = await freshModule();
    expect(await module.readManagedPolicy()).toEqual({ settings: null, accounts: null });
  });

  it('reads the browser again when it says the policy changed while running', async () => {
    local.set('managedPolicy', POLICY_A);
    managedGet = async () => structuredClone(POLICY_A);
    const { readManagedPolicy, watchManagedPolicy } = await freshModule();
    await readManagedPolicy();
    const heard = vi.fn();
    watchManagedPolicy(heard);
    managedGet = async () => structuredClone(POLICY_B);
    for (const listener of listeners) listener({ settings: { newValue: POLICY_B.settings } }, 'managed');
    await vi.waitFor(() => expect(heard).toHaveBeenCalledTimes(1));
    expect((local.get('managedPolicy') as typeof POLICY_A).settings).toEqual(POLICY_B.settings);
  });
});
