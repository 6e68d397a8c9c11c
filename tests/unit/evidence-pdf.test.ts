import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PDFDict, PDFDocument, PDFName } from 'pdf-lib';
import { buildEvidencePdf } from '@/utils/evidence/pdf';
import { framed } from '@/utils/evidence/quoted';
import { drawnLines, shownLines } from './pdf-text';

// The PDF of a documented comment, printed in the extension's own font (public/fonts): the text of a
// comment in Sami, Polish or Russian reads as written, and what no font prints is said to be missing.

const FONT = new Uint8Array(readFileSync(path.resolve(import.meta.dirname, '../../public/fonts/DejaVuSans.ttf')));

/** A page's foot: "Handling … · Sida 1 av 2". */
const FOOT = /^(?:Handling \S+ · )?Sida \d+ av \d+/;
/** The lines printed on the pages, their feet left out. */
const bodyLines = async (bytes: Uint8Array) => (await drawnLines(bytes)).filter((line) => !FOOT.test(line));

function fontNames(bytes: Uint8Array): Promise<string[]> {
  return PDFDocument.load(bytes).then((pdf) => pdf.getPages().flatMap((page) => {
    const fonts = page.node.Resources()?.lookup(PDFName.of('Font'), PDFDict);
    return fonts ? fonts.values().map((ref) => String(pdf.context.lookup(ref, PDFDict).get(PDFName.of('BaseFont')))) : [];
  }));
}

describe('the PDF of a documented comment', () => {
  it('prints Sami, Polish, Greek and Cyrillic letters as written, in the extension\'s own font', async () => {
    const lines = ['Skribent: Łukasz Żółć', 'Kommentar: Áile Ŋuolja, Čáhppes Đ ŧ', 'Привет, Αθήνα'];
    const pdf = await buildEvidencePdf({ title: 'Dokumentation av kommentar av Łukasz', image: null, lines, font: FONT });
    expect(await bodyLines(pdf)).toEqual(['Dokumentation av kommentar av Łukasz', ...lines]);
    expect((await fontNames(pdf)).every((name) => name.includes('DejaVuSans'))).toBe(true);
  });

  it('shows a line with right-to-left words as a reader reads it: Swedish and digits left to right, Hebrew and Arabic right to left', async () => {
    const lines = ['> مرحبا! Mitt personnummer är 19121212-1212, ring 070-123 45 67.', '> Ring 070-123 45 67 שלום', '> שלום 070-123 45 67'];
    const shown = await shownLines(await buildEvidencePdf({ title: 'Dokumentation', image: null, lines, font: FONT }));
    // The Arabic greeting first, then the Swedish and the numbers as written (they came out backwards, digits too).
    expect(shown[1].startsWith('> ')).toBe(true);
    expect(shown[1]).toMatch(/^> \S+! Mitt personnummer är 19121212-1212, ring 070-123 45 67\.$/);
    expect(shown[1]).not.toContain('مرحبا'); // the Arabic word is laid out right to left (its letters in reverse, joined)
    // A Hebrew word at the end of a Swedish line reads right to left, so its letters are set in reverse.
    expect(shown[2]).toBe('> Ring 070-123 45 67 םולש');
    // Numbers after a Hebrew word belong to its right-to-left stretch, as a browser shows them too: each
    // number as written, the groups from right to left (the exact text is in handling.json).
    expect(shown[3]).toBe('> 67 45 070-123 םולש');
  });

  it('marks every printed line of a quoted comment with "> ", so a comment padded to wrap cannot print lines that pass for the record\'s own', async () => {
    const pad = '\u2002'.repeat(120);
    const comment = `Kommunalrådet borde skjutas.${pad}----- Slut på kommentarens text -----${pad}Kategorier: Falsklarm, ingen åtgärd${pad}Dokumenterad av: Registrator Nilsson`;
    const lines = ['Skribent: Kalle', ...framed('Kommentarens text', 'Slut på kommentarens text', comment), 'Kategorier: Hot eller våld'];
    const shown = await shownLines(await buildEvidencePdf({ title: 'Dokumentation', image: null, lines, font: FONT }));
    const start = shown.indexOf('----- Kommentarens text -----');
    const end = shown.lastIndexOf('----- Slut på kommentarens text -----');
    expect(end - start).toBeGreaterThan(3); // the comment took several printed lines
    expect(shown.slice(start + 1, end).every((line) => line.startsWith('> '))).toBe(true);
    expect(shown.filter((line) => line.startsWith('Kategorier:'))).toEqual(['Kategorier: Hot eller våld']);
    expect(shown.filter((line) => line.startsWith('Dokumenterad av:'))).toEqual([]);
  });

  it('indents the further lines of a record line too long for the page', async () => {
    const shown = await shownLines(await buildEvidencePdf({ title: 'Dokumentation', image: null, lines: [`Skribent: ${'Anna '.repeat(40)}Kategorier: Falsklarm`], font: FONT }));
    expect(shown[1].startsWith('Skribent: Anna')).toBe(true);
    expect(shown.slice(2).filter((line) => !FOOT.test(line)).every((line) => line.startsWith('    '))).toBe(true);
  });

  it('says how many characters it could not print, where they show as "?", and shows invisible ones by number', async () => {
    const pdf = await buildEvidencePdf({ title: 'Dokumentation', image: null, lines: ['Kommentar: bra 👍🎉 \u202Eevil\u200B'], font: FONT });
    const text = await bodyLines(pdf);
    expect(text.slice(0, 2)).toEqual(['Dokumentation', 'Kommentar: bra ?? [U+202E]evil[U+200B]']);
    expect(text.slice(2).join(' ')).toBe('2 tecken kunde inte visas i PDF:en och står som "?"; den exakta texten finns i handling.json. '
      + 'Osynliga tecken (riktnings- och formattecken) står som [U+…] med sitt nummer i Unicode.');
  });

  it('says the text goes on, and what its "?" and [U+…] stand for, when a long comment is cut at the last page', async () => {
    const pdf = await buildEvidencePdf({ title: 'Dokumentation', image: null, lines: ['Kommentar:', 'hej 👍\u200D '.repeat(20_000)], font: FONT, maxPages: 2 });
    const text = await bodyLines(pdf);
    expect(text.slice(-3).join(' ')).toMatch(/^\.\.\. \(texten fortsätter i handling\.json\) \d+ tecken kunde inte visas i PDF:en och står som "\?"; den exakta texten finns i handling\.json\. Osynliga tecken \(riktnings- och formattecken\) står som \[U\+…\] med sitt nummer i Unicode\.$/);
    expect((await PDFDocument.load(pdf)).getPageCount()).toBe(2);
  });

  it('says nothing of the kind when every character printed', async () => {
    const pdf = await buildEvidencePdf({ title: 'Dokumentation', image: null, lines: ['Kommentar: åäö ÅÄÖ é ü'], font: FONT });
    expect(await drawnLines(pdf)).toEqual(['Dokumentation', 'Kommentar: åäö ÅÄÖ é ü', 'Sida 1 av 1']);
  });

  it('numbers every page at its foot with the record\'s id, and says on each when the print stops short of the text', async () => {
    const reference = 'e1f3a2b4-0000-4000-8000-000000000000';
    const whole = await buildEvidencePdf({ title: 'Dokumentation', image: null, lines: ['Kommentar:', ...Array.from({ length: 100 }, (_, i) => `rad ${i}`)], font: FONT, reference });
    expect((await drawnLines(whole)).filter((line) => FOOT.test(line))).toEqual([`Handling ${reference} · Sida 1 av 2`, `Handling ${reference} · Sida 2 av 2`]);
    const cut = await buildEvidencePdf({ title: 'Dokumentation', image: null, lines: ['Kommentar:', 'x '.repeat(100_000)], font: FONT, maxPages: 2, reference });
    expect((await drawnLines(cut)).filter((line) => FOOT.test(line))).toEqual([1, 2].map((n) => `Handling ${reference} · Sida ${n} av 2 · utskriften är avkortad, hela texten finns i handling.json`));
  });

  it('still makes the PDF, in a standard font, when the font file is damaged', async () => {
    const pdf = await buildEvidencePdf({ title: 'Dokumentation', image: null, lines: ['Kommentar: Łukasz'], font: FONT.slice(0, 1000) });
    expect(await fontNames(pdf)).toContain('/Helvetica');
    expect((await PDFDocument.load(pdf)).getPageCount()).toBe(1);
  });
});
