// Chrome and Edge start no declared content script in tabs already open when the extension is
// installed, updated or reloaded: the background starts each site's script there itself.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const fake = vi.hoisted(() => ({
  tabs: [] as Array<{ id?: number; url?: string; discarded?: boolean }>,
  refused: new Set<number>(),
  injected: [] as Array<{ tabId: number; files: string[] }>,
  onInstalled: null as ((details: { reason: string }) => void) | null,
}));
vi.mock('wxt/browser', () => ({
  browser: {
    runtime: {
      // As the built manifest declares them (wxt.config.ts, the entrypoints' `matches`).
      getManifest: () => ({
        content_scripts: [
          { matches: ['https://m.facebook.com/*', 'https://web.facebook.com/*', 'https://www.facebook.com/*'], js: ['content-scripts/facebook.js'] },
          { matches: ['https://www.instagram.com/*'], js: ['content-scripts/instagram.js'] },
          { matches: ['https://mobile.twitter.com/*', 'https://mobile.x.com/*', 'https://twitter.com/*', 'https://x.com/*'], js: ['content-scripts/x.js'] },
        ],
      }),
      onInstalled: { addListener: (listener: (details: { reason: string }) => void) => { fake.onInstalled = listener; } },
    },
    tabs: { query: async () => fake.tabs },
    scripting: {
      executeScript: async ({ target, files }: { target: { tabId: number }; files: string[] }) => {
        if (fake.refused.has(target.tabId)) throw new Error('Cannot access contents of the page.');
        fake.injected.push({ tabId: target.tabId, files });
        return [];
      },
    },
  },
}));
const { injectIntoOpenTabs, startInOpenTabsOnInstall } = await import('@/entrypoints/background/open-tabs');

beforeEach(() => {
  fake.tabs = [
    { id: 1, url: 'https://www.facebook.com/sjovikskommun/posts/1184736902214587' },
    { id: 2, url: 'https://www.instagram.com/p/C1a2b3c4d5e/' },
    { id: 3, url: 'https://x.com/sjovikskommun/status/1850000000000000000' },
    { id: 4, url: 'https://twitter.com/sjovikskommun' },
    { id: 5, url: 'https://m.facebook.com/sjovikskommun' },
    // Another site (its address hidden: the extension has no "tabs" permission), the browser's own page, a look-alike host.
    { id: 6 },
    { id: 7, url: 'chrome://extensions/' },
    { id: 8, url: 'https://www.facebook.com.example.org/sjovikskommun' },
    { id: 9, url: 'https://help.instagram.com/' },
    // Discarded to save memory: it loads afresh, with its scripts, when the editor comes back to it.
    { id: 10, url: 'https://www.facebook.com/sjovikskommun/posts/2', discarded: true },
  ];
  fake.refused.clear();
  fake.injected = [];
  fake.onInstalled = null;
  vi.spyOn(console, 'debug').mockImplementation(() => undefined);
});
afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

const injected = () => Object.fromEntries(fake.injected.map(({ tabId, files }) => [tabId, files]));

describe('the sites\' tabs open when Uppsikt is installed or updated', () => {
  it('each runs its own site\'s content script, as its matches in the manifest say; no other tab runs anything', async () => {
    await injectIntoOpenTabs();
    expect(injected()).toEqual({
      1: ['content-scripts/facebook.js'],
      2: ['content-scripts/instagram.js'],
      3: ['content-scripts/x.js'],
      4: ['content-scripts/x.js'],
      5: ['content-scripts/facebook.js'],
    });
  });

  it('a tab that cannot take the script (closed or gone elsewhere meanwhile) is passed over quietly, and the others still get theirs', async () => {
    fake.refused.add(1);
    await expect(injectIntoOpenTabs()).resolves.toBeUndefined();
    expect(Object.keys(injected())).toEqual(['2', '3', '4', '5']);
    expect(console.debug).toHaveBeenCalledWith(expect.stringContaining('tab 1'), expect.any(Error));
  });

  it('happens when Uppsikt is installed, updated or reloaded, not when only the browser is updated', async () => {
    startInOpenTabsOnInstall();
    fake.onInstalled!({ reason: 'chrome_update' });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(fake.injected).toEqual([]);
    for (const reason of ['install', 'update']) {
      fake.injected = [];
      fake.onInstalled!({ reason });
      await vi.waitFor(() => expect(fake.injected).toHaveLength(5));
    }
  });

  it('not in Firefox, which starts the declared scripts in open tabs itself', () => {
    vi.stubEnv('FIREFOX', 'true');
    startInOpenTabsOnInstall();
    expect(fake.onInstalled).toBeNull();
  });
});
