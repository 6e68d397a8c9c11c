// Starts real Chromium with the built extension, serving the bundled pages at the sites' real
// addresses and refusing every other request (nothing reaches the internet).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { REPORT_PERSIST_INTERVAL_MS } from '../../utils/report';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const EXTENSION_DIR = path.join(ROOT, '.output/chrome-mv3');

export interface PageRoute {
  url: string;
  file: string;
  title: string;
  platform: string;
}

/** Every demo page of every platform (demo/<platform>/routes.json). */
export function demoRoutes(): PageRoute[] {
  const demoDir = path.join(ROOT, 'demo');
  return readdirSync(demoDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(path.join(demoDir, d.name, 'routes.json')))
    .flatMap((d) => {
      const routes = JSON.parse(readFileSync(path.join(demoDir, d.name, 'routes.json'), 'utf8')) as Omit<PageRoute, 'platform'>[];
      return routes.map((r) => ({ ...r, file: path.join(demoDir, d.name, r.file), platform: d.name }));
    });
}

/** The first of `candidates` that exists; else an error saying how to install the browser. */
export function browserPath(candidates: Array<string | undefined>, missing: string): string {
  const found = candidates.find((c) => c && existsSync(c));
  if (!found) throw new Error(missing);
  return found;
}

export function chromiumPath(): string {
  return browserPath([process.env.CHROMIUM_PATH, '/usr/lib/chromium/chromium', '/usr/bin/chromium', '/usr/bin/chromium-browser', '/snap/bin/chromium'],
    'Chromium hittades inte. Installera det med: sudo apt-get install -y chromium (eller sätt CHROMIUM_PATH).');
}

export interface LaunchOptions {
  userDataDir: string;
  headless: boolean;
  /** Extra pages to serve: URL → HTML. */
  pages?: Map<string, string>;
  extensionDir?: string;
}

const SITE = /^https:\/\/([a-z]+\.)?(facebook|instagram|x|twitter)\.com\//;

/**
 * What the bundled sites answer: the demo pages and `extra` at their addresses, a "missing from the
 * demo" page for any other page of the sites, and null (refused) for everything else.
 */
export function demoServer(extra?: Map<string, string>): (url: string, isDocument: boolean) => { status: number; body: string } | null {
  const served = new Map<string, string>();
  for (const route of demoRoutes()) served.set(route.url, readFileSync(route.file, 'utf8'));
  for (const [url, html] of extra ?? []) served.set(url, html);
  return (url, isDocument) => {
    const html = served.get(url) ?? served.get(url.replace(/\/$/, '')) ?? served.get(`${url}/`);
    if (html !== undefined) return { status: 200, body: html };
    if (SITE.test(url) && isDocument) return { status: 404, body: '<!doctype html><title>Saknas i demon</title><p>Den här sidan finns inte i demon.</p>' };
    return null;
  };
}

export async function launchWithExtension(options: LaunchOptions): Promise<{ context: BrowserContext; worker: Worker; extensionId: string }> {
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  if (!existsSync(path.join(extensionDir, 'manifest.json'))) throw new Error(`Tillägget är inte byggt: ${extensionDir} saknas. Kör npm run build först.`);
  const context = await chromium.launchPersistentContext(options.userDataDir, {
    executablePath: chromiumPath(),
    headless: options.headless,
    viewport: { width: 1280, height: 900 },
    locale: 'sv-SE',
    timezoneId: 'Europe/Stockholm',
    args: [
      `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`, '--no-sandbox', '--disable-gpu',
      '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--disable-dev-shm-usage',
      // Lets tests press the toolbar button through CDP (Extensions.triggerAction), as a person would.
      '--enable-unsafe-extension-debugging',
    ],
  });
  const serve = demoServer(options.pages);
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('chrome-extension://') || url.startsWith('data:') || url.startsWith('http://127.0.0.1')) return route.continue();
    const response = serve(url, route.request().resourceType() === 'document');
    return response ? route.fulfill({ ...response, contentType: 'text/html; charset=utf-8' }) : route.abort();
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(worker.url()).host;
  return { context, worker, extensionId };
}

/**
 * The extension's tab id for a scanned page. The extension has no "tabs" permission, so it finds
 * the tab the way the product does: by the report the page's content script sent.
 */
export async function tabIdOf(worker: Worker, page: Page): Promise<number> {
  const url = page.url();
  // The background stores a page's first report at once and later ones up to an interval later.
  for (const until = Date.now() + REPORT_PERSIST_INTERVAL_MS + 5000; ; await page.waitForTimeout(200)) {
    const found = await worker.evaluate(async (u) => {
      const all = await chrome.storage.session.get(null);
      const key = Object.keys(all).find((k) => k.startsWith('report:') && (all[k] as { url: string }).url === u);
      return key ? Number(key.slice('report:'.length)) : null;
    }, url);
    if (found !== null) return found;
    if (Date.now() > until) throw new Error(`no report from ${url}`);
  }
}

/** Waits until the background's stored copy of the page's report has caught up with its last change. */
export function afterReportStored(page: Page): Promise<void> {
  return page.waitForTimeout(REPORT_PERSIST_INTERVAL_MS + 500);
}

/** Waits until the content script has scanned the page (it marks <html>). */
export async function waitForScan(page: Page, timeout = 15_000): Promise<void> {
  await page.waitForSelector('html[data-uppsikt-platform]', { state: 'attached', timeout });
}

/** Clicks the toolbar button for a tab the way a person does (grants activeTab, opens the side panel). */
export async function clickToolbarButton(context: BrowserContext, page: Page, extensionId: string): Promise<void> {
  const browser = context.browser();
  if (!browser) throw new Error('no browser');
  const cdp = await browser.newBrowserCDPSession();
  const { targetInfos } = (await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] } as never)) as { targetInfos: Array<{ targetId: string; url: string; type: string }> };
  const target = targetInfos.find((t) => t.type === 'tab' && t.url === page.url());
  if (!target) throw new Error('no target for page');
  await cdp.send('Extensions.triggerAction' as never, { id: extensionId, targetId: target.targetId } as never);
  await cdp.detach();
}

/**
 * Presses the toolbar button on a page (grants activeTab, opens the side panel) and opens the
 * side panel's work list for that tab in its own window, where a script or test can click in it.
 */
export async function openWorkList(context: BrowserContext, worker: Worker, page: Page, extensionId: string): Promise<Page> {
  const tabId = await tabIdOf(worker, page);
  await clickToolbarButton(context, page, extensionId);
  const opened = context.waitForEvent('page', (p) => p.url().includes('sidepanel.html?tab='));
  await worker.evaluate(([id, url]) => chrome.windows.create({ url: `${url}?tab=${id}`, focused: false, width: 420, height: 900 }),
    [tabId, `chrome-extension://${extensionId}/sidepanel.html`] as const);
  const panel = await opened;
  await panel.waitForLoadState();
  return panel;
}
