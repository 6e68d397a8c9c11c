import { mkdtempSync } from 'node:fs';
import os from 'node:os'; import path from 'node:path';
import { launchWithExtension } from './lib/browser';
const dir = mkdtempSync(path.join(os.tmpdir(), 'opt-'));
const init = () => { new MutationObserver(() => { if (!(window as any).__firstMark && document.querySelector('[data-uppsikt-status]')) (window as any).__firstMark = performance.now(); }).observe(document, { subtree: true, childList: true, attributes: true }); };
for (let run = 0; run < 3; run++) {
  const { context } = await launchWithExtension({ userDataDir: dir, headless: true });
  await context.addInitScript(init);
  for (let p = 0; p < 2; p++) {
    const page = await context.newPage();
    await page.goto('https://x.com/SjovikKommun/status/1996640000000000001');
    await page.waitForSelector('[data-uppsikt-status]', { timeout: 30000 });
    const r = await page.evaluate(() => ({ mark: Math.round((window as any).__firstMark), dcl: Math.round(performance.getEntriesByType('navigation')[0] ? (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domContentLoadedEventEnd : 0) }));
    console.log('run', run, 'page', p, JSON.stringify(r));
  }
  await context.close();
}
