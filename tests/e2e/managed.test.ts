import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { demoRoutes, launchWithExtension, tabIdOf, waitForScan } from '../../scripts/lib/browser';
import { attempt, inContentScript } from './helpers';
import { launchFirefoxWithExtension, type FirefoxSession } from '../../scripts/lib/firefox';
import type { Settings } from '@/utils/settings/schema';

// An IT department sets the organisation through the browsers' real policy files (Chromium's 3rdparty
// extension policy, Firefox's policies.json, read at start-up); the options page shows those values locked.
const POLICY_DIR = process.env.CHROMIUM_POLICY_DIR ?? '/etc/chromium/policies/managed';
const POLICY_FILE = path.join(POLICY_DIR, `uppsikt-e2e-${process.pid}.json`);
const profileDir = mkdtempSync(path.join(os.tmpdir(), 'uppsikt-e2e-managed-'));
let context: BrowserContext | null = null;
let extensionId = '';

afterAll(async () => {
  await context?.close();
  rmSync(POLICY_FILE, { force: true });
});

function writePolicy(id: string, settings: Record<string, unknown>, accounts: unknown[]): void {
  mkdirSync(POLICY_DIR, { recursive: true });
  writeFileSync(POLICY_FILE, JSON.stringify({ '3rdparty': { extensions: { [id]: { settings, accounts } } } }));
}

describe('enterprise deployment', () => {
  it('shows values set by policy as locked in the options, and keeps them out of the editor\'s own when saved', async () => {
    let launched = await launchWithExtension({ userDataDir: profileDir, headless: true });
    const id = (extensionId = launched.extensionId);
    await launched.context.close();

    writePolicy(id,
      { organisation: { name: 'Sjöviks kommun (policy)' }, policy: { presetId: 'perstorp' }, language: 'sv', highlight: { facebook: false },
        registrar: { headers: { 'X-Api-Key': 'hemlig-policynyckel' } } },
      [{ name: 'Sjöviks bibliotek', platform: 'instagram', url: 'https://www.instagram.com/sjoviksbibliotek/' }]);

    launched = await launchWithExtension({ userDataDir: profileDir, headless: true });
    context = launched.context;
    const options = await context.newPage();
    await options.goto(`chrome-extension://${id}/options.html`);
    const name = options.getByLabel('Namn (t.ex. Sjöviks kommun)');
    await expect.poll(() => name.inputValue(), { timeout: 20_000 }).toBe('Sjöviks kommun (policy)');
    expect(await name.isDisabled()).toBe(true);
    expect(await options.locator('.field', { has: name }).textContent()).toContain('låst av organisationen');
    expect(await options.locator('#preset').inputValue()).toBe('perstorp');
    expect(await options.locator('#preset').isDisabled()).toBe(true);
    // Chrome passes on only what the managed schema names: the display settings are locked too.
    const language = options.getByRole('combobox', { name: /^Språk/ });
    expect(await language.isDisabled()).toBe(true);
    expect(await options.locator('label[for="language"]').textContent()).toBe('Språk låst av organisationen');
    expect(await options.locator('label[for="language"] .lock svg').count()).toBe(1); // a drawn padlock, not an emoji a font must have
    const facebook = options.getByRole('checkbox', { name: /^Markera kommentarer på Facebook/ });
    expect([await facebook.isDisabled(), await facebook.isChecked()]).toEqual([true, false]);
    expect(await options.locator('label', { has: facebook }).textContent()).toBe('Markera kommentarer på Facebook låst av organisationen');
    expect(await options.getByRole('checkbox', { name: 'Markera kommentarer på Instagram' }).isDisabled()).toBe(false);
    // Fields the policy leaves alone stay editable.
    expect(await options.getByLabel('Förnamn').isDisabled()).toBe(false);
    // Saving stores the editor's own values only: the policy's are laid over them when read, not copied in.
    await options.getByLabel('Förnamn').fill('Anna');
    await options.getByRole('button', { name: 'Spara', exact: true }).click();
    await expect.poll(() => options.getByText('Inställningarna är sparade.').count(), { timeout: 20_000 }).toBe(1);
    const stored = await launched.worker.evaluate(async () => (await chrome.storage.local.get('settings')).settings as Settings);
    expect([stored.editor.firstName, stored.organisation.name, stored.policy.presetId, stored.highlight.facebook]).toEqual(['Anna', '', 'stockholm', true]);

    const overview = await context.newPage();
    await overview.goto(`chrome-extension://${id}/overview.html`);
    await expect.poll(() => overview.locator('tr[data-account]').first().textContent(), { timeout: 20_000 }).toContain('Sjöviks bibliotek');

    // The policy's registrator key is as closed to the content scripts (in the sites' pages) as the editor's settings.
    const site = await context.newPage();
    await site.goto(demoRoutes().find((r) => r.platform === 'instagram' && /\/p\//.test(r.url))!.url);
    await waitForScan(site);
    const read = await inContentScript(site, id, attempt('chrome.storage.managed.get(null)'));
    expect(read).toMatch(/^refused /);
    expect(String(read)).not.toContain('hemlig-policynyckel');
    expect(await launched.worker.evaluate(async () => JSON.stringify(await chrome.storage.managed.get('settings')))).toContain('hemlig-policynyckel');
  });

  // Chromium answers the policy seconds after it starts; until then Uppsikt uses the policy it read
  // last time. A policy changed while the browser was closed must still win once the browser answers.
  it('takes a policy changed while the browser was closed, over the one it read before, and says which of its values it cannot use', async () => {
    const id = extensionId;
    await context?.close();
    context = null;
    writePolicy(id, { organisation: { name: 'Sjöviks kommun (ny policy)', website: 'ftp://sjovik.se' }, policy: { presetId: 'helsingborg' } },
      [{ name: 'Sjöviks kommun på X', platform: 'x', url: 'https://x.com/sjovikkommun' }, { name: 'Sjöviks bibliotek på X', platform: 'x' }]);
    const launched = await launchWithExtension({ userDataDir: profileDir, headless: true });
    context = launched.context;
    const options = await context.newPage();
    await options.goto(`chrome-extension://${id}/options.html`);
    const name = options.getByLabel('Namn (t.ex. Sjöviks kommun)');
    await expect.poll(() => name.inputValue(), { timeout: 20_000 }).toBe('Sjöviks kommun (ny policy)');
    expect(await options.locator('#preset').inputValue()).toBe('helsingborg');
    // A value the IT department got wrong is said, and not locked: the field stays the editor's.
    const problems = options.getByRole('alert').filter({ hasText: 'Organisationens policy' });
    expect(await problems.textContent()).toContain('organisation.website: Ange en adress som börjar med https://');
    expect(await problems.textContent()).toContain('accounts.1: Ange kontots adress, till exempel https://www.facebook.com/sjovikskommun');
    expect(await options.getByLabel('Webbplats').isDisabled()).toBe(false);
    expect(await options.getByLabel('Webbplats').inputValue()).not.toBe('ftp://sjovik.se');
    // The side panel, where editors spend the day, says so too and links to the list.
    const site = await context.newPage();
    await site.goto('https://x.com/SjovikKommun/status/1996640000000000001');
    await waitForScan(site);
    const panel = await context.newPage();
    await panel.goto(`chrome-extension://${id}/sidepanel.html?tab=${await tabIdOf(launched.worker, site)}`);
    const warning = panel.getByRole('alert').filter({ hasText: 'Organisationens policy' });
    await expect.poll(() => warning.textContent(), { timeout: 20_000 }).toBe('Organisationens policy har 2 värden som Uppsikt inte kan använda; be IT-avdelningen rätta dem. Visa vilka');
    expect(await warning.getByRole('link', { name: 'Visa vilka' }).getAttribute('href')).toBe(`chrome-extension://${id}/options.html`);
    // The register follows the new policy too: the account it names now is in it.
    const overview = await context.newPage();
    await overview.goto(`chrome-extension://${id}/overview.html`);
    await expect.poll(() => overview.locator('tr[data-account]').allTextContents(), { timeout: 20_000 }).toContainEqual(expect.stringContaining('Sjöviks kommun på X'));
  });
});

// Firefox reads one policies.json for the whole browser (Linux: /etc/firefox/policies) and checks no
// types: Uppsikt's own check is all there is. A file already there is put back afterwards.
const FIREFOX_POLICY_FILE = process.env.FIREFOX_POLICY_FILE ?? '/etc/firefox/policies/policies.json';

describe('enterprise deployment in Firefox', () => {
  it('shows the policy\'s values locked, and says which it cannot use', async () => {
    const before = existsSync(FIREFOX_POLICY_FILE) ? readFileSync(FIREFOX_POLICY_FILE, 'utf8') : null;
    let session: FirefoxSession | null = null;
    try {
      mkdirSync(path.dirname(FIREFOX_POLICY_FILE), { recursive: true });
      writeFileSync(FIREFOX_POLICY_FILE, JSON.stringify({ policies: { '3rdparty': { Extensions: { 'uppsikt@uppsikt.se': {
        settings: { organisation: { name: 'Sjöviks kommun (Firefox-policy)', website: 'ftp://sjovik.se' }, policy: { responseHours: 'tjugofyra' } },
      } } } } }));
      session = await launchFirefoxWithExtension();
      const options = await session.extensionPage('options.html');
      const name = () => options.evaluate(() => {
        const input = [...document.querySelectorAll('label')].find((l) => l.textContent?.startsWith('Namn (t.ex.'))?.control as HTMLInputElement | undefined;
        return input ? { value: input.value, disabled: input.disabled } : null;
      });
      await expect.poll(name, { timeout: 20_000 }).toEqual({ value: 'Sjöviks kommun (Firefox-policy)', disabled: true });
      const notice = await options.evaluate(() => document.querySelector('[role="alert"].notice')?.textContent ?? '');
      expect(notice).toContain('organisation.website: Ange en adress som börjar med https://');
      expect(notice).toContain('policy.responseHours');
    } finally {
      await session?.browser.close();
      if (before === null) rmSync(FIREFOX_POLICY_FILE, { force: true });
      else writeFileSync(FIREFOX_POLICY_FILE, before);
    }
  });
});
