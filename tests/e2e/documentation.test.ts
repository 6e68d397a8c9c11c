import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { demoRoutes, launchWithExtension, waitForScan } from '../../scripts/lib/browser';
import { startRegistrarServer, type RegistrarServer } from '../../scripts/lib/registrar-server';
import { sha256Hex } from '@/utils/evidence/hash';
import { openWorkList, saveSettings, storedRecords, workItem } from './helpers';
import { axeRun } from './axe';

const profileDir = mkdtempSync(path.join(os.tmpdir(), 'uppsikt-e2e-doc-'));
const post = demoRoutes().find((r) => r.platform === 'facebook' && /\/posts\//.test(r.url))!;
let context: BrowserContext | null = null;
let server: RegistrarServer | null = null;

afterAll(async () => {
  await context?.close();
  await server?.close();
});

const THREAT = 'Kommunalrådet borde skjutas';
const HEALTH = 'alkoholist';

/** The demo post in a new tab, its work list, and the threat's item with its writer's name. */
async function threatInWorkList(launched: Awaited<ReturnType<typeof launchWithExtension>>) {
  const page = await launched.context.newPage();
  await page.goto(post.url);
  await waitForScan(page);
  const panel = await openWorkList(launched.context, launched.worker, page, launched.extensionId);
  const threat = await workItem(panel, THREAT);
  return { page, panel, threat, author: (await threat.locator('.author').textContent())!.trim() };
}

describe('documenting a comment to the registrar', () => {
  it('sends one verified package per click, and delivers a queued one after a restart', async () => {
    server = await startRegistrarServer();
    const port = server.port;
    let launched = await launchWithExtension({ userDataDir: profileDir, headless: true });
    context = launched.context;
    await saveSettings(launched.worker, (s) => ({
      ...s,
      editor: { firstName: 'Anna', lastName: 'Berg', title: 'kommunikatör' },
      registrar: { ...s.registrar, transport: 'http', endpoint: server!.url },
    }));

    const page = await context.newPage();
    await page.goto(post.url);
    await waitForScan(page);
    const panel = await openWorkList(context, launched.worker, page, launched.extensionId);

    // One click on a flagged comment: exactly one package reaches the registrar.
    const threat = await workItem(panel, THREAT);
    await threat.getByRole('button', { name: 'Dokumentera och skicka till registrator' }).click();
    await expect.poll(() => server!.packages.length, { timeout: 30_000 }).toBe(1);
    // The side panel says which comment was documented and how its delivery went, with the registrator's number.
    const author = (await threat.locator('.author').textContent())!.trim();
    await expect.poll(() => panel.locator('.status-message').textContent(), { timeout: 20_000 })
      .toBe(`Kommentaren från ${author} är dokumenterad och skickad till registrator, diarienummer KS 2026/0001.`);
    const received = server.packages[0];
    const png = received.files['skarmbild.png'].bytes;
    expect([...png.slice(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
    const recordBytes = received.files['handling.json'].bytes;
    expect(await sha256Hex(recordBytes)).toBe(received.sha256);
    const record = JSON.parse(new TextDecoder().decode(recordBytes));
    expect(record.image.sha256).toBe(await sha256Hex(png));
    expect(record.comment.text).toContain(THREAT);
    expect(record.categories).toContain('prohibited.threat');
    expect(record.editor).toBe('Anna Berg, kommunikatör');
    await expect.poll(() => threat.locator('.delivery').first().textContent(), { timeout: 20_000 }).toContain('Diarienummer KS 2026/0001');
    expect(await threat.locator('.delivery').first().getAttribute('data-state')).toBe('sent');
    // Documented: the next step, removing it, comes first (documenting again is under "Fler åtgärder").
    await expect.poll(() => threat.locator('.action-button.primary').textContent(), { timeout: 20_000 }).toBe('Borttagen från plattformen');
    // A documented threat: whether to report it to the police is in view (not under "Fler åtgärder"), and is logged.
    await threat.getByRole('button', { name: 'Polisanmälan: Anmälan gjord' }).click({ timeout: 5_000 });
    await expect.poll(() => panel.locator('.status-message').textContent(), { timeout: 20_000 })
      .toBe(`Polisanmäld: loggat för kommentaren från ${author}. Kompletteringen till dokumentationen är skickad till registrator, diarienummer KS 2026/0002.`);
    // The registrator gets the decision as a supplement to the documentation it numbered: no picture, no comment text.
    await expect.poll(() => server!.packages.length, { timeout: 30_000 }).toBe(2);
    const supplementOf = (n: number) => {
      const files = server!.packages[n].files;
      expect(Object.keys(files)).toEqual(['handling.json']);
      return JSON.parse(new TextDecoder().decode(files['handling.json'].bytes));
    };
    const police = supplementOf(1);
    expect(police).toMatchObject({ schema: 'uppsikt.supplement/1', decision: 'police-report.made', supplements: { id: record.id, registrationNumber: 'KS 2026/0001' } });
    expect(JSON.stringify(police)).not.toContain(THREAT);
    await expect.poll(() => threat.locator('.logged-step[data-action^="police-report"]').textContent(), { timeout: 20_000 }).toMatch(/^Polisanmäld \d{4}-\d\d-\d\d \d\d:\d\d · Anna Berg, kommunikatör$/);
    // On the page, the comment's badge says first what is done, so a second editor does not do it again.
    const threatId = (await threat.getAttribute('data-comment-id'))!;
    await page.bringToFront();
    await page.locator('[data-uppsikt-status]', { hasText: THREAT }).scrollIntoViewIfNeeded();
    await expect.poll(() => page.evaluate((id) => {
      const root = document.querySelector('uppsikt-overlay')?.shadowRoot;
      const badge = root?.querySelector<HTMLElement>(`button.badge[data-comment-id="${CSS.escape(id)}"]`);
      if (!badge) return null;
      badge.focus();
      return root!.querySelector('[role="tooltip"]')?.textContent ?? null;
    }, threatId), { timeout: 20_000 }).toMatch(/^Redan gjort: Dokumenterad \d{4}-\d\d-\d\d \d\d:\d\d · Anna Berg, kommunikatörRedan gjort: Polisanmäld \d{4}-\d\d-\d\d \d\d:\d\d · Anna Berg, kommunikatör/);
    await panel.bringToFront();
    // Decided: the decision is no longer in view; changing it is a choice among the other actions.
    await expect.poll(() => threat.locator('.item-actions > .action-row').getByRole('button', { name: /Polisanmälan/ }).count(), { timeout: 20_000 }).toBe(0);
    expect(await threat.locator('details').getByRole('button', { name: /Polisanmälan/, includeHidden: true }).allTextContents()).toEqual(['Ändra beslutet: Polisanmälan: Övervägd, ingen anmälan']);
    // Removed: logged once, and while the site still shows it, the next step is to show it on the page (to remove it there).
    // With the keyboard: the button goes once the removal is logged, and the focus stays in its item, on
    // its next step (it went to the message at the list's foot, and the editor lost her place).
    await threat.locator('.action-button.primary', { hasText: 'Borttagen från plattformen' }).focus();
    await panel.keyboard.press('Enter');
    await expect.poll(() => threat.locator('.action-button.primary').textContent(), { timeout: 20_000 }).toBe('Visa på sidan');
    expect(await threat.getByRole('button', { name: 'Borttagen från plattformen' }).count()).toBe(0);
    await expect.poll(() => server!.packages.length, { timeout: 30_000 }).toBe(3);
    expect(supplementOf(2)).toMatchObject({ decision: 'removed', supplements: { id: record.id, registrationNumber: 'KS 2026/0001' } });
    await expect.poll(() => panel.evaluate(() => {
      const focused = document.activeElement;
      return focused ? `${focused.closest('li.item')?.getAttribute('data-comment-id')}|${focused.textContent}` : null;
    }), { timeout: 5_000 }).toBe(`${threatId}|Visa på sidan`);

    // Documented again: the second registration names the first and its diarienummer.
    await threat.locator('details summary').click();
    await threat.locator('details').getByRole('button', { name: 'Dokumentera igen' }).click();
    await expect.poll(() => server!.packages.length, { timeout: 30_000 }).toBe(4);
    const again = JSON.parse(new TextDecoder().decode(server.packages[3].files['handling.json'].bytes));
    expect(again.earlier).toEqual([expect.objectContaining({ registrationNumber: 'KS 2026/0001' })]);
    expect(again.comment.id).toBe(threatId);

    // The registrar is down: the next one waits in the outbox, saying why.
    await server.close();
    const health = await workItem(panel, HEALTH);
    await health.getByRole('button', { name: 'Dokumentera och skicka till registrator' }).click();
    await expect.poll(() => health.locator('.delivery').first().getAttribute('data-state'), { timeout: 30_000 }).toBe('queued');
    expect(await health.locator('.delivery').first().textContent()).toContain('Registratorn kunde inte nås');
    // Not "queued" as if all were well: the status line says it has not reached the registrator, and why.
    await expect.poll(() => panel.locator('.status-message').textContent(), { timeout: 20_000 })
      .toMatch(/^Kommentaren från .+ är dokumenterad och sparad här, men den har inte nått registrator: Registratorn kunde inte nås \(.+\)\. Uppsikt försöker igen automatiskt\.$/);
    // One sent with its registration number, one waiting with why: the list as the editor now reads it.
    expect((await axeRun(panel)).violations).toEqual([]);
    // The log page lists the waiting one, with what it documents: it stays there once the comment is gone from the site.
    const log = await context.newPage();
    await log.goto(`chrome-extension://${launched.extensionId}/log.html`);
    const undelivered = log.getByRole('region', { name: 'Ej levererat till registrator (1)' });
    await expect.poll(() => undelivered.textContent(), { timeout: 20_000 }).toContain('Registratorn kunde inte nås');
    expect(await undelivered.getByRole('button', { name: 'Markera som skickad till registrator' }).count()).toBe(1);
    expect((await axeRun(log)).violations).toEqual([]);
    await context.close();

    // The browser restarts and the registrar is back: it is delivered, once.
    server = await startRegistrarServer(port);
    launched = await launchWithExtension({ userDataDir: profileDir, headless: true });
    context = launched.context;
    await expect.poll(() => server!.packages.length, { timeout: 30_000 }).toBe(1);
    const late = JSON.parse(new TextDecoder().decode(server.packages[0].files['handling.json'].bytes));
    expect(late.comment.text).toContain(HEALTH);
    await new Promise((r) => setTimeout(r, 1500));
    expect(server.packages.length).toBe(1);
    await context.close();
    context = null;
  });

  it('says a refused delivery as refused, tries the same record again, and announces when it gets through', async () => {
    server?.close().catch(() => undefined);
    server = await startRegistrarServer();
    const launched = await launchWithExtension({ userDataDir: mkdtempSync(path.join(os.tmpdir(), 'uppsikt-e2e-refused-')), headless: true });
    context = launched.context;
    const settings = (endpoint: string) => saveSettings(launched.worker, (s) => ({
      ...s, editor: { firstName: 'Anna', lastName: 'Berg', title: 'kommunikatör' }, registrar: { ...s.registrar, transport: 'http', endpoint },
    }));
    await settings(server.url.replace(/\/intake$/, '/fel-adress')); // the intake answers 404 there
    const { panel, threat, author } = await threatInWorkList(launched);
    await threat.getByRole('button', { name: 'Dokumentera och skicka till registrator' }).click();
    const refused = 'men den har inte nått registrator: Registratorn svarade HTTP 404: Okänd adress. Välj Försök igen när felet är rättat.';
    await expect.poll(() => panel.locator('.status-message').textContent(), { timeout: 20_000 })
      .toBe(`Kommentaren från ${author} är dokumenterad och sparad här, ${refused}`);
    // Trying the same delivery again comes first; documenting again (a second registration) is among the others.
    await expect.poll(() => threat.locator('.action-button.primary').textContent(), { timeout: 20_000 }).toBe('Försök igen');
    expect(await threat.locator('details').getByRole('button', { name: 'Dokumentera igen', includeHidden: true }).count()).toBe(1);
    await threat.locator('.action-button.primary').click();
    await expect.poll(() => panel.locator('.status-message').textContent(), { timeout: 20_000 })
      .toBe(`Dokumentationen av kommentaren från ${author} är sparad här, ${refused}`);
    expect(await storedRecords(launched.worker, 'evidence')).toHaveLength(1);
    // The address put right: the same record goes, once, and the comment's delivery line announces it.
    await settings(server.url);
    await expect.poll(() => server!.packages.length, { timeout: 30_000 }).toBe(1);
    const [evidence] = await storedRecords<{ id: string }>(launched.worker, 'evidence');
    expect(server.packages[0].idempotencyKey).toBe(evidence.id);
    await expect.poll(() => threat.getByRole('status').textContent(), { timeout: 20_000 })
      .toBe(`Dokumentationen av kommentaren från ${author}: Skickad · Diarienummer KS 2026/0001`);
    expect((await axeRun(panel)).violations).toEqual([]);
  });

  it('an e-mail draft is marked as sent by the comment, with its case number, and the status line then says it is done', async () => {
    const launched = await launchWithExtension({ userDataDir: mkdtempSync(path.join(os.tmpdir(), 'uppsikt-e2e-draft-')), headless: true });
    context = launched.context;
    await saveSettings(launched.worker, (s) => ({
      ...s, editor: { firstName: 'Anna', lastName: 'Berg', title: 'kommunikatör' }, registrar: { ...s.registrar, transport: 'email', email: 'registrator@sjovik.se' },
    }));
    const { panel, threat, author } = await threatInWorkList(launched);
    await threat.getByRole('button', { name: 'Dokumentera och skicka till registrator' }).click();
    await expect.poll(() => panel.locator('.status-message').textContent(), { timeout: 30_000 }).toMatch(/skicka det till registrator och markera det som skickat\.$/);
    await threat.getByRole('button', { name: 'Markera som skickad till registrator' }).click();
    await threat.getByLabel('Diarienummer (om registrator har gett ett)').fill('KS 2026/0099');
    await threat.getByRole('button', { name: 'Markera som skickad', exact: true }).click();
    await expect.poll(() => panel.locator('.status-message').textContent(), { timeout: 20_000 })
      .toBe(`Dokumentationen av kommentaren från ${author} är markerad som skickad till registrator, diarienummer KS 2026/0099.`);
    await expect.poll(() => threat.locator('.delivery').first().getAttribute('data-state'), { timeout: 20_000 }).toBe('sent');
    // Removed: the supplement to the registrator is a second draft, the editor's to send, and the status line says where it is.
    await threat.getByRole('button', { name: 'Borttagen från plattformen' }).click();
    await expect.poll(() => panel.locator('.status-message').textContent(), { timeout: 20_000 })
      .toBe(`Borttagen: loggat för kommentaren från ${author}. En komplettering till dokumentationen sparas som e-postutkast i Hämtade filer: skicka den till registrator och markera den som skickad på loggsidan.`);
    const log = await context!.newPage();
    await log.goto(`chrome-extension://${launched.extensionId}/log.html`);
    const undelivered = log.getByRole('region', { name: 'Ej levererat till registrator (1)' });
    await expect.poll(() => undelivered.textContent(), { timeout: 20_000 }).toContain(`Komplettering (borttagen): ${author}`);
    expect(await undelivered.getByRole('button', { name: 'Markera som skickad till registrator' }).count()).toBe(1);
  });

  it('says in the record about how much of a comment longer than Uppsikt reads is left out', async () => {
    const launched = await launchWithExtension({ userDataDir: mkdtempSync(path.join(os.tmpdir(), 'uppsikt-e2e-long-')), headless: true });
    await context?.close();
    context = launched.context;
    await saveSettings(launched.worker, (s) => ({
      ...s, editor: { firstName: 'Anna', lastName: 'Berg', title: 'kommunikatör' }, registrar: { ...s.registrar, transport: 'http', endpoint: server!.url },
    }));
    const page = await context.newPage();
    await page.goto(post.url);
    await waitForScan(page);
    const LEFT_OUT = 1234;
    // 200,000 characters are read of a Facebook comment: this one has 1,234 more after its threat.
    await page.locator('[data-uppsikt-status]', { hasText: THREAT }).locator('.tx').first()
      .evaluate((tx, extra) => { tx.textContent += extra; }, 'ö'.repeat(200_000 + LEFT_OUT));
    const panel = await openWorkList(context, launched.worker, page, launched.extensionId);
    const threat = await workItem(panel, THREAT);
    const before = server!.packages.length;
    await threat.getByRole('button', { name: 'Dokumentera och skicka till registrator' }).click();
    await expect.poll(() => server!.packages.length, { timeout: 30_000 }).toBe(before + 1);
    const record = JSON.parse(new TextDecoder().decode(server!.packages[before].files['handling.json'].bytes));
    expect(record.comment.text).toHaveLength(200_000);
    // The threat's own words and the page's other text in the comment (name, time, buttons) count too: about, not exactly.
    expect(record.comment.textCut.charactersCut).toBeGreaterThan(LEFT_OUT);
    expect(record.comment.textCut.charactersCut).toBeLessThan(LEFT_OUT + 200);
  });
});
