import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { demoRoutes, launchWithExtension, tabIdOf, waitForScan } from '../../scripts/lib/browser';
import { DEMO_SETTINGS } from '../../scripts/lib/demo-settings';
import { axeRun } from './axe';
import { storedRecords } from './helpers';

// The popup on the demo profile pages of all three platforms, with Perstorp's ten base-information
// items: what the page shows is found, the public-records notice and monitoring hours are missing.
let context: BrowserContext;
let worker: Worker;
let extensionId: string;

beforeAll(async () => {
  ({ context, worker, extensionId } = await launchWithExtension({ userDataDir: mkdtempSync(path.join(os.tmpdir(), 'uppsikt-e2e-popup-')), headless: true }));
  const settings = DEMO_SETTINGS('http://127.0.0.1:9/intake');
  await worker.evaluate((s) => chrome.storage.local.set({ settings: s }), { ...settings, policy: { presetId: 'perstorp' } });
});
afterAll(async () => { await context?.close(); });

const profiles = demoRoutes().filter((r) => /\/about$|^https:\/\/x\.com\/SjovikKommun$|instagram\.com\/sjovikskommun\/$/.test(r.url));

async function openPopupFor(url: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url);
  await waitForScan(page);
  const tabId = await tabIdOf(worker, page);
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
  return popup;
}

describe('base information in the popup', () => {
  it('covers the three demo profile pages', () => {
    expect(profiles.map((p) => p.platform).sort()).toEqual(['facebook', 'instagram', 'x']);
  });

  it.each(profiles.map((p) => [p.platform, p.url]))('%s: shows found and missing items with a suggested text, and saves the check', async (_platform, url) => {
    const popup = await openPopupFor(url);
    const item = (id: string) => popup.locator(`li[data-item="${id}"]`);
    await expect.poll(() => item('contact').getAttribute('data-status'), { timeout: 20_000 }).toBe('found');
    expect(await item('contact').textContent()).toContain('Finns');
    expect(await item('public-records').getAttribute('data-status')).toBe('missing');
    expect(await item('public-records').textContent()).toContain('Saknas');
    expect(await item('monitoring').getAttribute('data-status')).toBe('missing');
    expect(await popup.locator('li[data-item]').count()).toBe(10);
    // The suggested text fills the gap from the organisation's settings.
    const suggestion = await popup.locator('.suggestion').textContent();
    expect(suggestion).toMatch(/allmänn?a? handling/i);
    await popup.getByRole('button', { name: 'Spara kontrollen' }).click();
    await expect.poll(() => popup.getByText(/Senast kontrollerad \d{4}-\d{2}-\d{2} av Anna Berg, kommunikatör/).count(), { timeout: 20_000 }).toBe(1);
    await popup.close();
  });
});

describe('the suggested bio on X', () => {
  it('keeps what the bio says now and adds what fits, so copying it loses nothing', async () => {
    const popup = await openPopupFor(profiles.find((p) => p.platform === 'x')!.url);
    const bio = popup.locator('.suggestion-bio');
    await expect.poll(() => bio.textContent(), { timeout: 20_000 }).toMatch(/^Sjöviks kommuns officiella konto\. Drivs av kommunikationsenheten\. .+kommun@sjovik\.se\nInlägg blir allmänna handlingar\./);
    expect(Array.from((await bio.textContent())!).length).toBeLessThanOrEqual(160);
    expect(await popup.getByRole('button', { name: 'Kopiera bion' }).count()).toBe(1);
    await popup.close();
  });
});

describe('consent in the popup', () => {
  it('registers sent information and produces a register extract for the person', async () => {
    const popup = await openPopupFor(profiles[0].url);
    await popup.getByRole('tab', { name: 'Samtycke' }).click();
    expect(await popup.locator('.consent-text').first().textContent()).toContain('Integritetsskyddsmyndigheten');
    await popup.getByLabel('Personens namn').fill('Karin Ek');
    await popup.getByLabel('Kontaktuppgift (e-post eller telefon)').fill('karin.ek@example.se');
    await popup.getByLabel('Material (bild, film eller ljud, och var det publiceras)').fill('Bild från badhusets invigning, Facebook');
    await popup.getByRole('button', { name: 'Registrera', exact: true }).click();
    await expect.poll(() => popup.locator('.consent-list li').count(), { timeout: 20_000 }).toBe(1);
    await popup.getByLabel('Namn eller kontaktuppgift').fill('karin ek');
    await popup.getByRole('button', { name: 'Skapa registerutdrag' }).click();
    const extract = popup.locator('.extract pre');
    await expect.poll(() => extract.textContent(), { timeout: 20_000 }).toContain('Bild från badhusets invigning');
    // A consent request waits for its answer; the answer, from the person, is registered, then withdrawn
    // through the background, with the reminder to take the material down.
    await popup.getByRole('button', { name: /^Registrera svar: Karin Ek/ }).click();
    await popup.getByLabel('Samtycke givet').check();
    await popup.getByLabel('Personen själv').check();
    await popup.getByRole('button', { name: 'Spara svaret' }).click();
    await expect.poll(() => popup.locator('.consent-list li').first().textContent(), { timeout: 20_000 }).toMatch(/Samtycke givet av personen/);
    await popup.getByRole('button', { name: 'Återkalla' }).click();
    await popup.getByRole('button', { name: 'Ja, återkalla' }).click();
    await expect.poll(() => popup.getByRole('status').filter({ hasText: 'Ta bort materialet: Bild från badhusets invigning' }).count(), { timeout: 20_000 }).toBe(1);
    expect((await axeRun(popup)).violations).toEqual([]); // the form, the register, its extract and the reminder
    await popup.close();
  });
});

describe('the popup\'s tabs', () => {
  it('are one Tab stop, moved between with the arrow keys, Home and End, each showing its panel', async () => {
    const popup = await openPopupFor(profiles[0].url);
    const selected = () => popup.evaluate(() => {
      const tab = document.querySelector('[role="tab"][aria-selected="true"]')!;
      const panel = document.getElementById(tab.getAttribute('aria-controls') ?? '');
      return { tab: tab.textContent, focused: document.activeElement === tab, panelNamedBy: panel?.getAttribute('aria-labelledby') === tab.id,
        tabStops: [...document.querySelectorAll('[role="tab"]')].filter((t) => (t as HTMLElement).tabIndex === 0).length };
    });
    await popup.getByRole('tab', { name: 'Basinformation' }).focus();
    await popup.keyboard.press('ArrowRight');
    expect(await selected()).toEqual({ tab: 'Signatur', focused: true, panelNamedBy: true, tabStops: 1 });
    await popup.keyboard.press('End');
    expect((await selected()).tab).toBe('Samtycke');
    await popup.keyboard.press('ArrowRight'); // round to the first
    expect((await selected()).tab).toBe('Konto');
    await popup.close();
  });
});

describe('the account in the popup', () => {
  it('adds the page\'s account to the register through the background, once', async () => {
    const popup = await openPopupFor(profiles[0].url);
    await popup.getByRole('tab', { name: 'Konto' }).click();
    expect((await axeRun(popup)).violations).toEqual([]);
    await popup.getByRole('button', { name: 'Lägg till i kontoregistret' }).click();
    await expect.poll(() => popup.getByText('Sjöviks kommun finns nu i kontoregistret.').count(), { timeout: 20_000 }).toBe(1);
    // Registered: the button goes, and the register and the log hold it once.
    await expect.poll(() => popup.getByRole('button', { name: 'Lägg till i kontoregistret' }).count(), { timeout: 20_000 }).toBe(0);
    const accounts = await storedRecords<{ name: string; by: string }>(popup, 'accounts');
    const log = await storedRecords<{ action: string }>(popup, 'log');
    const stored = {
      accounts: accounts.map((a) => `${a.name} (${a.by})`),
      logged: log.filter((e) => e.action === 'account.registered').length,
    };
    expect(stored).toEqual({ accounts: ['Sjöviks kommun (Anna Berg, kommunikatör)'], logged: 1 });
    await popup.close();
  });
});
