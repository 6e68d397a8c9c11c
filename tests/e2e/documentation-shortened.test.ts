import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { PDFDict, PDFDocument, PDFName } from 'pdf-lib';
import { launchWithExtension, waitForScan } from '../../scripts/lib/browser';
import { startRegistrarServer, type RegistrarServer } from '../../scripts/lib/registrar-server';
import { demoPost, openWorkList, saveSettings, workItem } from './helpers';

// A comment the site shortened ("… Visa mer") is documented whole: Uppsikt opens it first, so the
// record the registrator files holds what the person wrote, not the part the page showed.

let context: BrowserContext | null = null;
let server: RegistrarServer | null = null;

afterAll(async () => {
  await context?.close();
  await server?.close();
});

const SHOWN = 'Synd att det inte finns någon separat bastu för damer';
const WHOLE = `${SHOWN}. Jag har pratat med flera i min vattengympagrupp och vi tycker alla att det vore bra om ni kunde se över det inför nästa år, det är ju ett nytt bad och då borde det gå att ordna en egen tid för damer varje vecka.`;

describe('documenting a shortened comment', () => {
  it('opens the comment on the page first, and sends all of its text (and a PDF in the extension\'s font)', async () => {
    server = await startRegistrarServer();
    const launched = await launchWithExtension({ userDataDir: mkdtempSync(path.join(os.tmpdir(), 'uppsikt-e2e-short-')), headless: true });
    context = launched.context;
    await saveSettings(launched.worker, (s) => ({
      ...s,
      editor: { firstName: 'Anna', lastName: 'Berg', title: 'kommunikatör' },
      registrar: { ...s.registrar, transport: 'http', endpoint: server!.url, attachPdf: true },
    }));
    const page = await context.newPage();
    await page.goto(demoPost('facebook').url);
    await waitForScan(page);
    const comment = page.locator('[data-uppsikt-status]', { hasText: SHOWN });
    expect(await comment.textContent()).toContain('Visa mer');
    // The site (here a stand-in) shows the whole text when its "Visa mer" is clicked.
    await page.evaluate((whole) => document.addEventListener('click', (event) => {
      const more = (event.target as Element).closest('.see-more');
      if (more) more.parentElement!.textContent = whole;
    }), WHOLE);

    const panel = await openWorkList(context, launched.worker, page, launched.extensionId);
    const item = await workItem(panel, SHOWN);
    await item.getByText('Fler åtgärder').click();
    await item.getByRole('button', { name: 'Dokumentera och skicka till registrator' }).click();
    await expect.poll(() => server!.packages.length, { timeout: 30_000 }).toBe(1);

    const record = JSON.parse(new TextDecoder().decode(server.packages[0].files['handling.json'].bytes));
    expect(await comment.textContent()).not.toContain('Visa mer');
    expect(record.comment.text).toBe(WHOLE);
    // The PDF is printed in the extension's own font (read from its files in the service worker), not a standard one.
    const pdf = await PDFDocument.load(server.packages[0].files['dokumentation.pdf'].bytes);
    const fonts = pdf.getPages()[0].node.Resources()!.lookup(PDFName.of('Font'), PDFDict);
    expect(fonts.values().map((ref) => String(pdf.context.lookup(ref, PDFDict).get(PDFName.of('BaseFont'))))).toEqual([expect.stringContaining('DejaVuSans')]);
  });
});
