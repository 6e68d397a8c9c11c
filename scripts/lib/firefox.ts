// Starts Firefox (ESR, as Debian ships it) with the Firefox build of the extension through WebDriver
// BiDi, serving the bundled pages at the sites' real addresses and refusing every other request.
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { browserPath, demoServer, ROOT } from './browser';

export const FIREFOX_EXTENSION_DIR = path.join(ROOT, '.output/firefox-mv3');
/** The extension's moz-extension:// host, fixed for the session so its pages can be opened by address. */
export const FIREFOX_EXTENSION_UUID = '6a1f0c3e-7d2b-4c55-9e0a-1b2c3d4e5f60';

export function firefoxPath(): string {
  return browserPath([process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox', '/usr/lib/firefox-esr/firefox-esr'],
    'Firefox hittades inte. Installera det med: sudo apt-get install -y firefox-esr (eller sätt FIREFOX_PATH).');
}

/** The WebExtension API in an extension page, as far as the tests use it (the Node side has no types for it). */
export interface ExtensionGlobal {
  browser: {
    tabs: { query(filter: object): Promise<Array<{ id?: number; url?: string }>> };
    storage: { local: { set(items: object): Promise<void> } };
  };
}

export interface FirefoxSession {
  browser: Browser;
  /** Where Firefox saves downloads (the .eml drafts and ZIPs for the registrar), without asking. */
  downloadDir: string;
  /** A new tab whose requests are answered by the bundled sites. */
  newSitePage(): Promise<Page>;
  /** An extension page (sidepanel.html?tab=…) by its path, once it has loaded. */
  extensionPage(pathAndQuery: string): Promise<Page>;
  /** The extension's id of the tab a site page is in (sidebar and popup open with ?tab=). */
  tabIdOf(sitePage: Page): Promise<number>;
}

export async function launchFirefoxWithExtension(): Promise<FirefoxSession> {
  const manifest = path.join(FIREFOX_EXTENSION_DIR, 'manifest.json');
  if (!existsSync(manifest)) throw new Error(`Tillägget är inte byggt för Firefox: ${FIREFOX_EXTENSION_DIR} saknas. Kör npm run build:firefox först.`);
  const id = (JSON.parse(readFileSync(manifest, 'utf8')) as { browser_specific_settings: { gecko: { id: string } } }).browser_specific_settings.gecko.id;
  const downloadDir = mkdtempSync(path.join(os.tmpdir(), 'uppsikt-firefox-downloads-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    // Since Firefox 153 WebDriver may navigate to moz-extension:// pages only with system access allowed.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [id]: FIREFOX_EXTENSION_UUID }),
      'intl.accept_languages': 'sv-SE, sv',
      'browser.download.dir': downloadDir,
      'browser.download.folderList': 2,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
    },
  });
  await browser.installExtension(FIREFOX_EXTENSION_DIR);
  const serve = demoServer();
  const session: FirefoxSession = {
    browser,
    downloadDir,
    async newSitePage() {
      const page = await browser.newPage();
      await page.setRequestInterception(true);
      page.on('request', (request) => {
        const response = serve(request.url(), request.isNavigationRequest());
        // A page closed with a request still open: the request is gone, and so is the answer to it.
        const answered = response ? request.respond({ ...response, contentType: 'text/html; charset=utf-8' }) : request.abort();
        void Promise.resolve(answered).catch(() => undefined);
      });
      return page;
    },
    async extensionPage(pathAndQuery) {
      const page = await browser.newPage();
      const url = `moz-extension://${FIREFOX_EXTENSION_UUID}/${pathAndQuery}`;
      // Firefox opens the page (in the extension's own process), but BiDi never reports the navigation
      // as done: the page is there once scripts in it say so. (Its CSP refuses waitForFunction's eval.)
      void page.goto(url).catch(() => undefined);
      const loaded = () => page.evaluate(() => `${document.readyState} ${location.href}`).catch(() => null);
      const deadline = Date.now() + 20_000;
      while ((await loaded()) !== `complete ${url}`) {
        if (Date.now() > deadline) throw new Error(`${url} öppnades inte i Firefox inom 20 s.`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      return page;
    },
    async tabIdOf(sitePage) {
      const page = await session.extensionPage('options.html');
      const url = sitePage.url();
      const id = await page.evaluate((address) => (globalThis as unknown as ExtensionGlobal).browser.tabs.query({})
        .then((tabs) => tabs.find((t) => t.url === address)?.id ?? null), url);
      await page.close();
      if (id === null) throw new Error(`Ingen flik med ${url} i Firefox.`);
      return id;
    },
  };
  return session;
}
