import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { launchWithExtension } from '../../scripts/lib/browser';
import { registerInOverview, saveSettings, storedRecords } from './helpers';

// The register report (R15) on paper: only the report, headed with the organisation and the day (the
// monitoring overview is internal); and only "Markera som rapporterad" logs it as reported.
let context: BrowserContext;
let worker: Worker;
let overview: Page;

beforeAll(async () => {
  let extensionId: string;
  ({ context, worker, extensionId } = await launchWithExtension({ userDataDir: mkdtempSync(path.join(os.tmpdir(), 'uppsikt-e2e-register-')), headless: true }));
  await saveSettings(worker, (s) => ({ ...s, organisation: { ...s.organisation, name: 'Sjöviks kommun', department: 'Kulturförvaltningen' } }));
  overview = await registerInOverview(context, extensionId, 'Kulturskolan', 'https://www.facebook.com/kulturskolan');
});
afterAll(async () => { await context?.close(); });

const reported = async () => (await storedRecords<{ action: string }>(overview, 'log')).filter((e) => e.action === 'register.reported');

describe('the account form', () => {
  it('says the account is saved, and gives the keyboard back to the button the form was opened from', async () => {
    await expect.poll(() => overview.getByRole('status').filter({ hasText: 'kontoregistret' }).textContent()).toBe('Kulturskolan är sparat i kontoregistret.');
    await expect.poll(() => overview.evaluate(() => document.activeElement?.textContent ?? null)).toBe('Lägg till konto');
  });
});

describe('the register report', () => {
  it('prints only the report, with the organisation and the day', async () => {
    await overview.emulateMedia({ media: 'print' });
    onTestFinished(() => overview.emulateMedia({ media: 'screen' }));
    const report = overview.getByRole('region', { name: 'Rapport av kontoregistret' });
    expect(await report.isVisible()).toBe(true);
    expect(await overview.getByText(/^Kontoregister – Sjöviks kommun, Kulturförvaltningen – \d{4}-\d{2}-\d{2}$/).isVisible()).toBe(true);
    expect(await report.getByRole('cell', { name: 'Kulturskolan', exact: true }).isVisible()).toBe(true);
    // The overview of rounds and what to fix, the page's heading and its buttons stay off the paper.
    expect(await overview.locator('tr[data-account]').first().isVisible()).toBe(false);
    expect(await overview.getByRole('heading', { level: 1 }).isVisible()).toBe(false);
    expect(await overview.getByRole('button', { name: 'Markera som rapporterad' }).isVisible()).toBe(false);
  });

  it('is logged as reported when marked so, not when printed', async () => {
    await overview.evaluate(() => { window.print = () => undefined; });
    await overview.getByRole('button', { name: 'Skriv ut' }).click();
    await overview.waitForTimeout(500);
    expect(await reported()).toEqual([]);
    await overview.getByRole('button', { name: 'Markera som rapporterad' }).click();
    await overview.getByText(/^Registret är markerat som rapporterat/).waitFor({ timeout: 20_000 });
    expect(await reported()).toHaveLength(1);
  });
});
