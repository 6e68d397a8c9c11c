import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { launchWithExtension } from '../../scripts/lib/browser';

// The settings page and the account register in the language the editor chose (Swedish first,
// English second), validation messages included.
let context: BrowserContext;
let extensionId: string;

beforeAll(async () => {
  ({ context, extensionId } = await launchWithExtension({ userDataDir: mkdtempSync(path.join(os.tmpdir(), 'uppsikt-e2e-language-')), headless: true }));
});
afterAll(async () => { await context?.close(); });

async function open(file: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/${file}`);
  return page;
}

describe('the settings page', () => {
  it('switches to English as the language is chosen, with messages in English, and back', async () => {
    const options = await open('options.html');
    await options.getByRole('heading', { name: 'Uppsikt – inställningar' }).waitFor();
    await options.getByLabel('Svarstid (timmar i kontorstid)').fill('-3');
    await options.getByLabel('Namn (t.ex. Sjöviks kommun)').fill('S'.repeat(201));
    // The schema's own message, and one made from zod's issue (a text too long), in Swedish.
    await expect.poll(() => options.getByRole('alert').allTextContents()).toContain('Ange ett antal timmar större än 0');
    expect(await options.getByRole('alert').allTextContents()).toContain('Högst 200 tecken');

    await options.getByLabel('Språk').selectOption('en');
    await options.getByRole('heading', { name: 'Uppsikt – settings' }).waitFor();
    expect(await options.getByLabel('Response time (office hours)').inputValue()).toBe('-3');
    const alerts = await options.getByRole('alert').allTextContents();
    expect(alerts).toContain('Give a number of hours above 0');
    expect(alerts).toContain('At most 200 characters');
    // The standing reminder by Spara is shown, not a second alert while typing (the field's own is the alert).
    expect(await options.getByText('Correct the marked fields before saving.').count()).toBe(1);
    expect(alerts).not.toContain('Correct the marked fields before saving.');
    await options.getByLabel('Response time (office hours)').fill('24');
    await options.getByLabel('Name (e.g. Sjöviks kommun)').fill('Sjöviks kommun');
    await options.getByLabel('Website').fill('ftp://sjovik.se');
    await expect.poll(() => options.getByRole('alert').allTextContents()).toContain('Give an address that starts with https://');
    expect(await options.getByText('Import settings').count()).toBe(1);
    expect(await options.locator('main').getAttribute('lang')).toBe('en');
    // The tab's title and the page's language too (the file is written in Swedish).
    expect(await options.title()).toBe('Uppsikt – settings');
    expect(await options.evaluate(() => document.documentElement.lang)).toBe('en');
    // Nothing of the Swedish page is left but names and the policy's own terms.
    expect(await options.locator('main').textContent()).not.toMatch(/Spara|Redaktör|Registratorns|Markera kommentarer/);

    await options.getByLabel('Language').selectOption('sv');
    await options.getByRole('heading', { name: 'Uppsikt – inställningar' }).waitFor();
    await expect.poll(() => options.getByRole('alert').allTextContents()).toContain('Ange en adress som börjar med https://');
    expect(await options.title()).toBe('Uppsikt – inställningar');
    expect(await options.evaluate(() => document.documentElement.lang)).toBe('sv');
    await options.close();
  });
});

/** The labels of the badges built on the page, read from the extension's own shadow root. */
function badgeLabels(page: Page): Promise<string[]> {
  return page.evaluate(() => [...(document.querySelector('uppsikt-overlay')?.shadowRoot?.querySelectorAll('button.badge') ?? [])].map((b) => b.textContent ?? ''));
}

describe('an open page', () => {
  it('follows the settings as they are saved, without being reloaded', async () => {
    const page = await context.newPage();
    await page.goto('https://x.com/SjovikKommun/status/1996640000000000001');
    await expect.poll(() => badgeLabels(page), { timeout: 20_000 }).toContainEqual(expect.stringContaining('Obesvarad'));
    const before = await page.evaluate(() => document.querySelectorAll('[data-uppsikt-status]').length);

    const options = await open('options.html');
    await options.getByLabel('Språk').selectOption('en');
    await options.getByRole('button', { name: 'Save' }).click();
    await options.getByText('The settings are saved.').waitFor();
    await options.close();

    // The badges speak English now, on the same comments, and the page was not reloaded to get there.
    await expect.poll(async () => (await badgeLabels(page)).filter((label) => label.includes('Obesvarad')).length, { timeout: 20_000 }).toBe(0);
    expect(await badgeLabels(page)).toContainEqual(expect.stringContaining('Unanswered'));
    expect(await page.evaluate(() => document.querySelectorAll('[data-uppsikt-status]').length)).toBe(before);
    expect(await page.evaluate(() => performance.getEntriesByType('navigation').length)).toBe(1);

    const back = await open('options.html');
    await back.getByLabel('Language').selectOption('sv');
    await back.getByRole('button', { name: 'Spara', exact: true }).click();
    await back.getByText('Inställningarna är sparade.').waitFor();
    await back.close();
    await expect.poll(async () => (await badgeLabels(page)).filter((label) => label.includes('Unanswered')).length, { timeout: 20_000 }).toBe(0);
    await page.close();
  });
});

describe('the account register', () => {
  it('speaks the language of the saved settings', async () => {
    const options = await open('options.html');
    await options.getByLabel('Språk').selectOption('en');
    await options.getByRole('button', { name: 'Save' }).click();
    await options.getByText('The settings are saved.').waitFor();
    await options.close();

    const overview = await open('overview.html');
    await overview.getByRole('heading', { name: 'Uppsikt – accounts and monitoring' }).waitFor();
    await overview.getByRole('button', { name: 'Add account' }).click();
    await overview.getByLabel('Name', { exact: true }).fill('Sjöviks bibliotek');
    await overview.getByLabel('Platform').selectOption('instagram');
    await overview.getByLabel('Link to the account').fill('https://www.instagram.com/sjoviksbibliotek/');
    await overview.getByLabel('Status').selectOption('paused');
    await overview.getByRole('button', { name: 'Save' }).click();
    const row = overview.locator('tr[data-account]');
    await expect.poll(() => row.count(), { timeout: 20_000 }).toBe(1);
    expect(await row.textContent()).toContain('The responsible person is missing.');
    expect(await overview.getByRole('heading', { name: 'Report of the account register' }).count()).toBe(1);
    expect(await overview.locator('table.register-report td').allTextContents()).toContain('Paused');
    await overview.close();
  });
});
