// `npm start`: opens Chromium with the built extension on the bundled demo pages of Sjöviks kommun.
// With a display it opens a normal window and waits; without one (a server, CI) it runs headless,
// saves screenshots of each demo page, its side panel and popup, and prints what it found.
import { mkdirSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { demoRoutes, launchWithExtension, tabIdOf, waitForScan, ROOT } from './lib/browser';

const args = process.argv.slice(2);
const headless = args.includes('--headless') || (!process.env.DISPLAY && !args.includes('--headed'));
const outDir = path.resolve(args[args.indexOf('--out') + 1] && args.includes('--out') ? args[args.indexOf('--out') + 1] : path.join(ROOT, 'demo-output'));
const routes = demoRoutes();
if (routes.length === 0) {
  console.error('Inga demosidor hittades under demo/*/routes.json.');
  process.exit(1);
}

const userDataDir = mkdtempSync(path.join(os.tmpdir(), 'uppsikt-demo-'));
const { context, worker, extensionId } = await launchWithExtension({ userDataDir, headless });
console.log(`Uppsikt laddat i Chromium (tilläggs-id ${extensionId}).`);

if (!headless) {
  for (const route of routes) {
    const page = await context.newPage();
    await page.goto(route.url);
  }
  await context.pages()[0]?.close().catch(() => undefined);
  console.log('Demosidorna är öppna. Klicka på Uppsikts knapp i verktygsfältet för sidopanelen. Stäng fönstret för att avsluta.');
  await new Promise<void>((resolve) => context.on('close', () => resolve()));
  process.exit(0);
}

mkdirSync(outDir, { recursive: true });
let problems = 0;
for (const [index, route] of routes.entries()) {
  const slug = `${String(index + 1).padStart(2, '0')}-${route.platform}-${path.basename(route.file, '.html')}`;
  const page = await context.newPage();
  await page.goto(route.url);
  try {
    await waitForScan(page);
    await page.waitForTimeout(800); // let badges settle after the first idle-time scan
  } catch {
    problems++;
    console.log(`✗ ${route.url}: innehållsskriptet markerade inte sidan.`);
  }
  await page.screenshot({ path: path.join(outDir, `${slug}.png`) });
  const marks = await page.evaluate(() => {
    const counts: Record<string, number> = {};
    const categories: Record<string, number> = {};
    for (const el of document.querySelectorAll('[data-uppsikt-status]')) {
      const status = el.getAttribute('data-uppsikt-status')!;
      counts[status] = (counts[status] ?? 0) + 1;
      for (const c of (el.getAttribute('data-uppsikt-categories') ?? '').split(' ').filter(Boolean)) categories[c] = (categories[c] ?? 0) + 1;
    }
    return { counts, categories, layout: document.documentElement.getAttribute('data-uppsikt-layout') };
  });
  const tabId = await tabIdOf(worker, page);
  const report = await worker.evaluate((id) => chrome.storage.session.get(`report:${id}`).then((r) => r[`report:${id}`] as { items: unknown[]; account: { name: string } | null } | undefined), tabId);
  for (const [pageName, file] of [['sidepanel', 'sidepanel'], ['popup', 'popup']] as const) {
    const panel = await context.newPage();
    await panel.setViewportSize({ width: 400, height: 900 });
    await panel.goto(`chrome-extension://${extensionId}/${file}.html?tab=${tabId}`);
    await panel.waitForTimeout(700);
    await panel.screenshot({ path: path.join(outDir, `${slug}-${pageName}.png`), fullPage: true });
    await panel.close();
  }
  const statusText = Object.entries(marks.counts).map(([k, v]) => `${v} ${k}`).join(', ') || 'inga kommentarer';
  const categoryText = Object.entries(marks.categories).map(([k, v]) => `${k} ×${v}`).join(', ') || '–';
  console.log(`• ${route.title}\n  ${route.url}\n  konto: ${report?.account?.name ?? 'okänt'} · kommentarer: ${statusText}\n  flaggat: ${categoryText}\n  att göra i sidopanelen: ${report?.items.length ?? 0}${marks.layout ? ' · LAYOUT EJ IGENKÄND' : ''}`);
  await page.close();
}
console.log(`\nSkärmbilder sparade i ${outDir}`);
await context.close();
process.exit(problems ? 1 : 0);
