// Starts Firefox (ESR, as Debian ships it) with the Firefox build of the extension through WebDriver
// BiDi, serving the bundled pages at the sites' real addresses and refusing every other request.
import { existsSync, readFileSync } from 'node:fs';
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

export interface FirefoxSession {
  browser: Browser;
  /** A new tab whose requests are answered by the bundled sites. */
  newSitePage(): Promise<Page>;
  /** An extension page (sidepanel.html?tab=…) by its path. */
  extensionPage(pathAndQuery: string): Promise<Page>;
}

export async function launchFirefoxWithExtension(): Promise<FirefoxSession> {
  const manifest = path.join(FIREFOX_EXTENSION_DIR, 'manifest.json');
  if (!existsSync(manifest)) throw new Error(`Tillägget är inte byggt för Firefox: ${FIREFOX_EXTENSION_DIR} saknas. Kör npm run build:firefox först.`);
  const id = (JSON.parse(readFileSync(manifest, 'utf8')) as { browser_specific_settings: { gecko: { id: string } } }).browser_specific_settings.gecko.id;
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [id]: FIREFOX_EXTENSION_UUID }),
      'intl.accept_languages': 'sv-SE, sv',
    },
  });
  await browser.installExtension(FIREFOX_EXTENSION_DIR);
  const serve = demoServer();
  return {
    browser,
    async newSitePage() {
      const page = await browser.newPage();
      await page.setRequestInterception(true);
      page.on('request', (request) => {
        const response = serve(request.url(), request.isNavigationRequest());
        void (response ? request.respond({ ...response, contentType: 'text/html; charset=utf-8' }) : request.abort());
      });
      return page;
    },
    async extensionPage(pathAndQuery) {
      const page = await browser.newPage();
      await page.goto(`moz-extension://${FIREFOX_EXTENSION_UUID}/${pathAndQuery}`);
      return page;
    },
  };
}
