// `npm start`: opens Chromium with the built extension on the bundled demo pages of Sjöviks kommun.
// With a display it opens a normal window and waits; without one (a server, CI) it runs headless,
// saves screenshots of each demo page, its side panel and popup, and prints what it found.
import { mkdirSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeFileSync } from 'node:fs';
import { afterReportStored, demoRoutes, launchWithExtension, openWorkList, tabIdOf, waitForScan, ROOT } from './lib/browser';
import { startRegistrarServer } from './lib/registrar-server';
import { DEMO_SETTINGS } from './lib/demo-settings';
import { STRINGS } from '@/utils/ui/strings';
import { categoryLabel } from '@/rules/explain';
import { isCategory } from '@/rules/categories';
import type { CommentStatus } from '@/rules/thread-status';

const args = process.argv.slice(2);
const headless = args.includes('--headless') || (!process.env.DISPLAY && !args.includes('--headed'));
const outDir = path.resolve(args[args.indexOf('--out') + 1] && args.includes('--out') ? args[args.indexOf('--out') + 1] : path.join(ROOT, 'demo-output'));
const routes = demoRoutes();
if (routes.length === 0) {
  console.error('Inga demosidor hittades under demo/*/routes.json.');
  process.exit(1);
}

const userDataDir = mkdtempSync(path.join(os.tmpdir(), 'uppsikt-demo-'));
// The demo registrar: a local intake that answers with a registration number (loopback only).
const registrar = await startRegistrarServer();
const { context, worker, extensionId } = await launchWithExtension({ userDataDir, headless });
await worker.evaluate((settings) => chrome.storage.local.set({ settings }), DEMO_SETTINGS(registrar.url));
console.log(`Uppsikt laddat i Chromium (tilläggs-id ${extensionId}). Demons registrator tar emot på ${registrar.url}.`);

if (!headless) {
  for (const route of routes) {
    const page = await context.newPage();
    await page.goto(route.url);
  }
  await context.pages()[0]?.close().catch(() => undefined);
  console.log('Demosidorna är öppna. Klicka på Uppsikts knapp i verktygsfältet för sidopanelen. Stäng fönstret för att avsluta.');
  const reported = new Set<string>();
  const timer = setInterval(() => {
    for (const p of registrar.packages) if (!reported.has(p.registrationNumber)) {
      reported.add(p.registrationNumber);
      console.log(`Registrator tog emot en handling: ${p.registrationNumber} (${Object.keys(p.files).join(', ')})`);
    }
  }, 1000);
  await new Promise<void>((resolve) => context.on('close', () => resolve()));
  clearInterval(timer);
  await registrar.close();
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
  const stored = afterReportStored(page); // waited for while the panels are shown
  for (const [pageName, file] of [['sidepanel', 'sidepanel'], ['popup', 'popup']] as const) {
    const panel = await context.newPage();
    await panel.setViewportSize({ width: 400, height: 900 });
    await panel.goto(`chrome-extension://${extensionId}/${file}.html?tab=${tabId}`);
    await panel.waitForTimeout(700);
    if (file === 'popup' && !/\/(posts|status|p)\//.test(route.url)) {
      // An editor adds the account to the register from its profile page, in one click.
      await panel.getByRole('tab', { name: 'Konto' }).click();
      await panel.getByRole('button', { name: 'Lägg till i kontoregistret' }).click().catch(() => undefined);
      await panel.getByRole('tab', { name: 'Basinformation' }).click();
    }
    await panel.screenshot({ path: path.join(outDir, `${slug}-${pageName}.png`), fullPage: true });
    await panel.close();
  }
  await stored;
  const report = await worker.evaluate((id) => chrome.storage.session.get(`report:${id}`).then((r) => r[`report:${id}`] as { items: unknown[]; account: { name: string } | null } | undefined), tabId);
  // As the side panel says them, in Swedish (the attribute values are the page's contract, in English).
  const statusText = Object.entries(marks.counts).map(([k, v]) => `${STRINGS.sv.status[k as CommentStatus] ?? k}: ${v}`).join(' · ') || 'inga kommentarer';
  const categoryText = Object.entries(marks.categories).map(([k, v]) => `${isCategory(k) ? categoryLabel(k, 'sv') : k} ×${v}`).join(', ') || '–';
  console.log(`• ${route.title}\n  ${route.url}\n  konto: ${report?.account?.name ?? 'okänt'} · kommentarer: ${statusText}\n  flaggat: ${categoryText}\n  att göra i sidopanelen: ${report?.items.length ?? 0}${marks.layout ? ' · LAYOUT EJ IGENKÄND' : ''}`);
  await page.close();
}
// The main job, once: document a flagged comment and send it to the registrar in one click.
const post = routes.find((r) => r.platform === 'facebook' && r.url.includes('/posts/'));
if (post) {
  const page = await context.newPage();
  await page.goto(post.url);
  await waitForScan(page);
  await page.waitForTimeout(800);
  const panel = await openWorkList(context, worker, page, extensionId);
  const first = panel.locator('.group-act-now li.item').first();
  await first.getByRole('button', { name: 'Dokumentera och skicka till registrator' }).click();
  const deadline = Date.now() + 30_000;
  while (registrar.packages.length === 0 && Date.now() < deadline) await page.waitForTimeout(250);
  const received = registrar.packages[0];
  if (received) {
    for (const [name, file] of Object.entries(received.files)) writeFileSync(path.join(outDir, `registrator-${name}`), file.bytes);
    await panel.waitForTimeout(1000);
    await panel.screenshot({ path: path.join(outDir, '99-dokumenterad-sidepanel.png'), fullPage: false });
    console.log(`\nDokumenterat med ett klick: registrator gav diarienummer ${received.registrationNumber}; filerna sparades som registrator-*.`);
  } else {
    problems++;
    console.log('\n✗ Dokumentationen nådde inte registratorn.');
  }
}

// The log and the account overview after the demo's work.
for (const [file, name] of [['log', '98-logg'], ['overview', '97-konton']] as const) {
  const view = await context.newPage();
  await view.setViewportSize({ width: 1280, height: 900 });
  await view.goto(`chrome-extension://${extensionId}/${file}.html`);
  await view.waitForTimeout(1200);
  await view.screenshot({ path: path.join(outDir, `${name}.png`) });
  await view.close();
}

console.log(`\nSkärmbilder sparade i ${outDir}`);
await context.close();
await registrar.close();
process.exit(problems ? 1 : 0);
