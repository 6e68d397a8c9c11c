import { describe, expect, it } from 'vitest';
import PostalMime from 'postal-mime';
import { unzipSync } from 'fflate';
import { PDFDocument } from 'pdf-lib';
import { buildEvidenceDocument, serialiseRecord, type CapturedComment } from '@/utils/evidence/record';
import { buildEml, buildZip, mailtoLink, packageFiles, recordLines, subjectLine, withPdfSum } from '@/utils/evidence/package';
import { buildEvidencePdf } from '@/utils/evidence/pdf';
import { sha256Hex } from '@/utils/evidence/hash';
import { drawnLines } from './pdf-text';

// The smallest valid PNG (1×1, transparent).
const PNG = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=='), (c) => c.charCodeAt(0));

const captured: CapturedComment = {
  platform: 'facebook',
  pageUrl: 'https://www.facebook.com/sjovikskommun/posts/123',
  account: { name: 'Sjöviks kommun', handle: 'sjovikskommun', url: 'https://www.facebook.com/sjovikskommun' },
  comment: {
    id: 'c42', parentId: null, author: { name: 'Kalle Test', handle: null, url: 'https://www.facebook.com/kalle.test' },
    text: 'Jag ska döda dig <script>alert(1)</script> \u202Eåäö 😀', truncated: false, postedAt: '2026-11-23T08:00:00.000Z',
    postedShown: { label: '2 tim', precision: 'exact', shownAt: '2026-11-23T10:00:00.000Z' }, edited: false, hiddenReplies: false, permalink: 'https://www.facebook.com/sjovikskommun/posts/123?comment_id=42',
  },
  parent: null,
  replies: [{ id: 'c43', parentId: 'c42', author: { name: 'Sjöviks kommun', handle: 'sjovikskommun', url: null }, text: 'Vi har tagit bort kommentaren.', truncated: false, postedAt: null, edited: false, hiddenReplies: false, permalink: null }],
  findings: [{ category: 'prohibited.threat', start: 0, end: 16, confidence: 0.95, rule: 'lex.prohibited.threat', evidence: 'Jag ska döda dig', entry: 'threat.kill' }],
};

async function makePackage(comment: CapturedComment = captured) {
  const imageSha256 = await sha256Hex(PNG);
  const doc = buildEvidenceDocument({
    id: 'e1', captured: comment, editor: 'Anna Berg, kommunikatör', capturedAt: '2026-11-23T10:00:00.000Z',
    browser: 'Chromium 156', extensionVersion: '0.1.0', imageSha256,
  });
  const record = await serialiseRecord(doc);
  return { doc, record, imageSha256 };
}

describe('a documentation package', () => {
  it('keeps the comment text exactly, names the editor, and hashes verify', async () => {
    const { doc, record, imageSha256 } = await makePackage();
    const parsed = JSON.parse(record.json);
    expect(parsed.comment.text).toBe(captured.comment.text);
    expect(parsed.editor).toBe('Anna Berg, kommunikatör');
    expect(parsed.categories).toEqual(['prohibited.threat']);
    expect(parsed.thread.replies).toHaveLength(1);
    expect(await sha256Hex(record.json)).toBe(record.sha256);
    expect(doc.image?.sha256).toBe(imageSha256);
  });

  it('tells the registrator the times in Swedish time and the platform by its name; the record keeps the exact instants', async () => {
    const { doc, record } = await makePackage();
    const lines = recordLines(doc, record.sha256);
    expect(lines).toContain('Publicerad: 2026-11-23 09:00 (svensk tid)');
    expect(lines).toContain('Dokumenterad: 2026-11-23 11:00 (svensk tid)');
    expect(lines).toContain('Plattform: Facebook');
    expect(subjectLine(doc)).toContain('(Facebook) 2026-11-23');
    expect(JSON.parse(record.json).capturedAt).toBe('2026-11-23T10:00:00.000Z');
  });

  it('becomes an .eml that parses as MIME with the attachments intact', async () => {
    const { doc, record } = await makePackage();
    const files = packageFiles(record, PNG, null);
    const eml = buildEml({ to: 'registrator@sjovik.se', from: 'kommun@sjovik.se', subject: subjectLine(doc), lines: recordLines(doc, record.sha256), files });
    const mail = await PostalMime.parse(eml);
    expect(mail.to?.[0]?.address).toBe('registrator@sjovik.se');
    expect(mail.from?.address).toBe('kommun@sjovik.se');
    expect(mail.subject).toBe(subjectLine(doc));
    expect(mail.headers.find((h) => h.key === 'x-unsent')?.value).toBe('1');
    expect(mail.text).toContain(`> ${captured.comment.text}`);
    const attachments = Object.fromEntries(mail.attachments.map((a) => [a.filename, new Uint8Array(a.content as ArrayBuffer)]));
    expect(Object.keys(attachments).sort()).toEqual(['handling.json', 'skarmbild.png']);
    expect(attachments['skarmbild.png']).toEqual(PNG);
    expect(await sha256Hex(attachments['handling.json'])).toBe(record.sha256);
  });

  it('as an .eml with the PDF, names the PDF\'s SHA-256 beside the record\'s, so the registrator can check the attachment', async () => {
    const { doc, record } = await makePackage();
    const lines = recordLines(doc, record.sha256);
    const pdf = await buildEvidencePdf({ title: subjectLine(doc), image: PNG, lines, font: null });
    const eml = buildEml({ to: 'registrator@sjovik.se', from: '', subject: subjectLine(doc), lines: withPdfSum(lines, pdf), files: packageFiles(record, PNG, pdf) });
    const mail = await PostalMime.parse(eml);
    const attached = new Uint8Array(mail.attachments.find((a) => a.filename === 'dokumentation.pdf')!.content as ArrayBuffer);
    const sums = mail.text!.split(/\r?\n/).filter((line) => line.startsWith('SHA-256 för '));
    expect(sums).toEqual([`SHA-256 för handling.json: ${record.sha256}`, expect.stringMatching(/^SHA-256 för skarmbild\.png: /), `SHA-256 för dokumentation.pdf: ${await sha256Hex(attached)}`]);
    // Without a PDF, nothing is added.
    expect(withPdfSum(lines, null)).toBe(lines);
  });

  it('becomes a ZIP whose checksum list matches its files, the PDF too', async () => {
    const { doc, record, imageSha256 } = await makePackage();
    const pdf = await buildEvidencePdf({ title: subjectLine(doc), image: PNG, lines: recordLines(doc, record.sha256), font: null });
    const zip = unzipSync(buildZip(packageFiles(record, PNG, pdf), record.sha256, imageSha256));
    expect(Object.keys(zip).sort()).toEqual(['SHA256SUMS.txt', 'dokumentation.pdf', 'handling.json', 'skarmbild.png']);
    const sums = new TextDecoder().decode(zip['SHA256SUMS.txt']);
    // Every file in the ZIP is listed, as `sha256sum -c SHA256SUMS.txt` checks them.
    expect(new Set(sums.trim().split('\n'))).toEqual(new Set(await Promise.all(
      ['dokumentation.pdf', 'handling.json', 'skarmbild.png'].map(async (name) => `${await sha256Hex(zip[name])}  ${name}`),
    )));
  });

  it('becomes a PDF with the picture and the record, even for 1 MB of text', async () => {
    const { doc, record } = await makePackage();
    const pdf = await buildEvidencePdf({ title: subjectLine(doc), image: PNG, lines: ['Kommentar:', 'x'.repeat(1_000_000), 'åäö 😀 \u202E'], maxPages: 5 });
    const loaded = await PDFDocument.load(pdf);
    expect(loaded.getPageCount()).toBe(5);
    expect(loaded.getTitle()).toBe(subjectLine(doc));
    expect(record.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('offers a mailto: fallback addressed to the registrar', async () => {
    const { doc, record } = await makePackage();
    const link = mailtoLink('registrator@sjovik.se', subjectLine(doc), recordLines(doc, record.sha256));
    expect(link.startsWith('mailto:registrator%40sjovik.se?subject=')).toBe(true);
    expect(decodeURIComponent(link)).toContain('Kalle Test');
  });

  it('keeps every line of the .eml short, and its text exactly, even for 1 MB of text on one line', async () => {
    const long = { ...captured, comment: { ...captured.comment, text: `${'å'.repeat(500_000)}${'x'.repeat(500_000)} \u202E😀` } };
    const { doc, record } = await makePackage(long);
    const lines = recordLines(doc, record.sha256);
    const eml = buildEml({ to: 'registrator@sjovik.se', from: '', subject: subjectLine(doc), lines, files: packageFiles(record, PNG, null) });
    expect(Math.max(...eml.split('\r\n').map((line) => line.length))).toBeLessThanOrEqual(998);
    const mail = await PostalMime.parse(eml);
    expect(mail.text).toBe(lines.join('\r\n')); // MIME text ends its lines in CRLF
    expect(mail.text?.replace(/\r\n/g, '')).not.toContain('\n');
    expect(lines).toContain(`> ${long.comment.text}`);
    // No organisation address: no sender is written (the mail client sends it from the editor's account), never the registrar's.
    expect(eml).not.toMatch(/^From:/m);
    expect(mail.from).toBeUndefined();
  });

  it("folds a long Subject (an account's long name, many categories) into short lines that read back exactly", async () => {
    const name = `Sjöviks kommuns förvaltning för äldreomsorg 👵🏽 ${'och ännu en avdelning '.repeat(30)}`;
    const many: CapturedComment = { ...captured, account: { handle: 'sjovikskommun', url: null, name } };
    const { doc, record } = await makePackage(many);
    const subject = subjectLine(doc);
    expect(subject.length).toBeGreaterThan(700);
    const eml = buildEml({ to: 'registrator@sjovik.se', from: '', subject, lines: recordLines(doc, record.sha256), files: [] });
    const header = eml.slice(eml.indexOf('Subject: '), eml.indexOf('\r\nMIME-Version'));
    expect(Math.max(...header.split('\r\n').map((line) => line.length))).toBeLessThanOrEqual(78);
    expect((await PostalMime.parse(eml)).subject).toBe(subject);
  });

  it('keeps a right-to-left override in a name from turning the rest of the line around', async () => {
    const rlo = (name: string) => ({ name, handle: null, url: null });
    const reply = { ...captured.replies[0], author: rlo('Eva \u202Egnaj') };
    const tricky = { ...captured, comment: { ...captured.comment, author: rlo('Kalle \u202Etset') }, parent: { ...reply, author: rlo('Nils \u202Eslin') }, replies: [reply] };
    const { doc, record } = await makePackage(tricky);
    const lines = recordLines(doc, record.sha256);
    expect(lines).toContain('Skribent: \u2068Kalle \u202Etset\u2069');
    expect(lines).toContain('----- Kommentaren den svarar på, av \u2068Nils \u202Eslin\u2069 (30 tecken) -----');
    expect(lines).toContain('----- Svar 1 av 1 i tråden, av \u2068Eva \u202Egnaj\u2069 (30 tecken) -----');
    // A name without right-to-left letters or controls stays as typed: searched for, it is found.
    expect(lines).toContain('Konto: Sjöviks kommun (https://www.facebook.com/sjovikskommun)');
    // The record itself is exact, and the PDF (which has no right-to-left) shows the names without marks around them.
    expect(JSON.parse(record.json).comment.author.name).toBe('Kalle \u202Etset');
    expect(await drawnLines(await buildEvidencePdf({ title: subjectLine(doc), image: null, lines, font: null }))).toContain('Skribent: Kalle [U+202E]tset');
  });
});
