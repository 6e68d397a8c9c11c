import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import { loadPdfFont } from './pdf-font';
import { asDrawn, visualRuns } from './pdf-bidi';
import { unicodeLabel } from '@/utils/ui/without-bidi';

const A4 = { width: 595.28, height: 841.89 };
const MARGIN = 40;

/** Characters of the standard fonts' WinAnsi set (å, ä, ö, é …): all they can print. */
const WIN_ANSI = /[\x20-\x7E\xA0-\xFF€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]/u;

/** The PDF's fonts, and which characters they print. */
interface Fonts {
  font: PDFFont;
  bold: PDFFont;
  prints: (codePoint: number, char: string) => boolean;
}

/**
 * OpenType features off: kerning, ligatures and mark positioning are laid out per line by the font
 * library (~0.6 ms a line, seconds for a long comment), and a record's text reads the same without them.
 */
const PLAIN = Object.fromEntries(['kern', 'liga', 'clig', 'calt', 'ccmp', 'locl', 'mark', 'mkmk', 'rlig'].map((f) => [f, false]));

async function embedFonts(pdf: PDFDocument, fontBytes: Uint8Array | null): Promise<Fonts> {
  if (fontBytes) {
    try {
      pdf.registerFontkit(fontkit);
      const font = await pdf.embedFont(fontBytes, { subset: true, features: PLAIN });
      const printable = new Set(font.getCharacterSet());
      // One face: the title is set larger, not bold (a bold face would double what the extension carries).
      return { font, bold: font, prints: (codePoint) => printable.has(codePoint) };
    } catch {
      // A damaged font file: the standard font prints what it can.
    }
  }
  return {
    font: await pdf.embedFont(StandardFonts.Helvetica),
    bold: await pdf.embedFont(StandardFonts.HelveticaBold),
    prints: (_codePoint, char) => WIN_ANSI.test(char),
  };
}

/** Invisible characters (direction overrides, zero-width marks …): shown by number, so the reader sees they are there. */
const INVISIBLE = /^\p{Cf}$/u;

/**
 * The text as the fonts can print it: invisible characters as [U+202E], what the font cannot print
 * (emoji, scripts it lacks) as "?", both counted so the PDF can say so. The isolates around names
 * (isolate.ts) only steer right-to-left layout, which the PDF does not do: they are left out.
 */
function printer(prints: Fonts['prints']) {
  const count = { replaced: 0, invisible: 0 };
  const print = (text: string): string => {
    let out = '';
    for (const char of text.replace(/[\u2068\u2069]/g, '')) {
      const codePoint = char.codePointAt(0)!;
      if (char === '\n') out += char;
      else if (INVISIBLE.test(char)) {
        out += unicodeLabel(char);
        count.invisible++;
      } else if (prints(codePoint, char)) out += char;
      else {
        out += '?';
        count.replaced++;
      }
    }
    return out;
  };
  return { print, count };
}

/** Widths summed per character (cached): measuring a custom font's text lays all of it out each time. */
function measurer(font: PDFFont, size: number): (text: string) => number {
  const widths = new Map<string, number>();
  return (text) => {
    let width = 0;
    for (const char of text) {
      let w = widths.get(char);
      if (w === undefined) widths.set(char, (w = font.widthOfTextAtSize(char, size)));
      width += w;
    }
    return width;
  };
}

/** How a quoted line of a comment starts (quoted.ts): every printed line of it starts so too. */
const QUOTE_MARK = '> ';
/** How a record line's further printed lines start, so that none of them reads as a field of its own. */
const CONTINUED = '    ';

/**
 * Lines that fit the width, produced lazily so a 1 MB comment costs only the pages actually printed.
 * A line too long for the page goes on in lines that start with its quote mark, or indented: a
 * comment padded to wrap at the right place could otherwise print a line of its own that looks like
 * the end of the comment and a field of the record ("Kategorier: Falsklarm").
 */
function* wrap(text: string, measure: (text: string) => number, width: number): Generator<string> {
  const average = measure('abcdefghijklmnopqrstuvwxyzåäö ABCDEFGH') / 38;
  for (const paragraph of text.split('\n')) {
    const continued = paragraph.startsWith(QUOTE_MARK) ? QUOTE_MARK : CONTINUED;
    let rest = paragraph;
    let lead = '';
    while (rest.length > 0) {
      const room = width - (lead ? measure(lead) : 0);
      // Guess by average width, then step back to the last space, then shrink until it fits.
      let n = Math.min(rest.length, Math.max(1, Math.floor(room / average)));
      while (n < rest.length && measure(rest.slice(0, n + 1)) <= room) n++;
      while (n > 1 && measure(rest.slice(0, n)) > room) n--;
      const space = n < rest.length ? rest.lastIndexOf(' ', n) : -1;
      if (space > n / 2) n = space + 1;
      yield lead + rest.slice(0, n).trimEnd();
      rest = rest.slice(n);
      lead = continued;
    }
    if (paragraph.length === 0) yield '';
  }
}

/**
 * Draws a line in `font`, set on the page only when it changes: pdf-lib adds a custom font to the
 * page's resources under a new name at every drawText that names it (a name per printed line).
 */
function drawLine(page: PDFPage, text: string, at: { x: number; y: number; size: number }, font: PDFFont, current: WeakMap<PDFPage, PDFFont>): void {
  if (current.get(page) !== font) {
    page.setFont(font);
    current.set(page, font);
  }
  const runs = visualRuns(text);
  if (runs.length === 1 && !runs[0].rightToLeft) {
    page.drawText(text, at);
    return;
  }
  // Right-to-left letters in the line: each run of one direction set after the one left of it.
  let x = at.x;
  for (const run of runs) {
    const drawn = asDrawn(run);
    page.drawText(drawn, { ...at, x });
    x += font.widthOfTextAtSize(drawn, at.size);
  }
}

export interface EvidencePdfOptions {
  title: string;
  image: Uint8Array | null;
  lines: string[];
  maxPages?: number;
  /** The font file to print in; left out, the extension's own (DejaVu Sans); null: a standard font. */
  font?: Uint8Array | null;
  /** When the record was made: the PDF's dates, so the same record gives the same PDF at every delivery attempt. */
  createdAt?: string;
  /** The record's id, at the foot of every page with its number: a printed page is known for whose it is. */
  reference?: string;
}

const CUT_NOTE = '... (texten fortsätter i handling.json)';
/** Lines kept free at the foot of the last page for the cut note and the printing notes (each at most two lines). */
const CUT_ROOM = 4;

/** A PDF with the screenshot on top and the record printed under it (Perstorp asks for PDF). */
export async function buildEvidencePdf(options: EvidencePdfOptions): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(options.title);
  pdf.setProducer('Uppsikt');
  const created = options.createdAt ? new Date(options.createdAt) : null;
  if (created && !Number.isNaN(created.getTime())) {
    pdf.setCreationDate(created);
    pdf.setModificationDate(created);
  }
  const { font, bold, prints } = await embedFonts(pdf, options.font === undefined ? await loadPdfFont() : options.font);
  const { print, count } = printer(prints);
  const width = A4.width - 2 * MARGIN;
  const current = new WeakMap<PDFPage, PDFFont>();
  let page = pdf.addPage([A4.width, A4.height]);
  let y = A4.height - MARGIN;
  const titleSize = bold === font ? 14 : 13;
  for (const line of wrap(print(options.title), measurer(bold, titleSize), width)) {
    drawLine(page, line, { x: MARGIN, y: y - titleSize - 1, size: titleSize }, bold, current);
    y -= titleSize + 4;
  }
  y -= 10;
  if (options.image) {
    const png = await pdf.embedPng(options.image);
    const scale = Math.min(width / png.width, (A4.height * 0.55) / png.height, 1);
    const { width: w, height } = png.scale(scale);
    page.drawImage(png, { x: MARGIN, y: y - height, width: w, height });
    page.drawRectangle({ x: MARGIN, y: y - height, width: w, height, borderColor: rgb(0.6, 0.6, 0.6), borderWidth: 0.5 });
    y -= height + 16;
  }
  const size = 9;
  const measure = measurer(font, size);
  const maxPages = options.maxPages ?? 50;
  const lines = function* () {
    for (const text of options.lines) yield* wrap(print(text), measure, width);
    // Said last, when every printed line has been counted: what the reader sees is not all of what was written.
    for (const note of printingNotes(count)) yield* wrap(note, measure, width);
  };
  const draw = (line: string) => {
    drawLine(page, line, { x: MARGIN, y: y - size, size }, font, current);
    y -= size + 3;
  };
  let cut = false;
  for (const line of lines()) {
    const last = pdf.getPageCount() >= maxPages;
    if (y < MARGIN + size + (last ? CUT_ROOM * (size + 3) : 0)) {
      if (last) {
        // Cut here: the notes on what was printed so far go too, or a 50-page comment of emoji showed '?' unexplained.
        for (const note of [CUT_NOTE, ...printingNotes(count)]) for (const part of wrap(note, measure, width)) draw(part);
        cut = true;
        break;
      }
      page = pdf.addPage([A4.width, A4.height]);
      y = A4.height - MARGIN;
    }
    draw(line);
  }
  footers(pdf, options.reference ?? null, cut, font, current);
  return pdf.save();
}

const FOOTER_SIZE = 8;

/** "Handling e1f3a2b4-… · Sida 2 av 3" under every page, and on each, when the print stops short, that the rest is in handling.json. */
function footers(pdf: PDFDocument, reference: string | null, cut: boolean, font: PDFFont, current: WeakMap<PDFPage, PDFFont>): void {
  const pages = pdf.getPages();
  pages.forEach((page, index) => {
    const parts = [reference ? `Handling ${reference}` : null, `Sida ${index + 1} av ${pages.length}`, cut ? 'utskriften är avkortad, hela texten finns i handling.json' : null];
    drawLine(page, parts.filter(Boolean).join(' · '), { x: MARGIN, y: MARGIN / 2, size: FOOTER_SIZE }, font, current);
  });
}

/** What the PDF shows otherwise than written, said in the PDF itself. */
export function printingNotes({ replaced, invisible }: { replaced: number; invisible: number }): string[] {
  const notes: string[] = [];
  if (replaced > 0) notes.push(`${replaced} tecken kunde inte visas i PDF:en och står som "?"; den exakta texten finns i handling.json.`);
  if (invisible > 0) notes.push('Osynliga tecken (riktnings- och formattecken) står som [U+…] med sitt nummer i Unicode.');
  return notes;
}
