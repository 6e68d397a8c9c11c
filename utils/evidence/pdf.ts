import { PDFDocument, StandardFonts, rgb, type PDFFont } from 'pdf-lib';

const A4 = { width: 595.28, height: 841.89 };
const MARGIN = 40;

/**
 * Standard PDF fonts cover WinAnsi (å, ä, ö, é …); anything else is shown as "?" rather than failing.
 * The isolates around names (isolate.ts) only steer right-to-left layout, which the PDF does not do.
 */
function printable(text: string): string {
  return text.replace(/[\u2068\u2069]/g, '').replace(/[^\n\x20-\x7E\xA0-\xFF€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]/gu, '?');
}

/** Lines that fit the width, produced lazily so a 1 MB comment costs only the pages actually printed. */
function* wrap(text: string, font: PDFFont, size: number, width: number): Generator<string> {
  const average = font.widthOfTextAtSize('abcdefghijklmnopqrstuvwxyzåäö ABCDEFGH', size) / 38;
  for (const paragraph of text.split('\n')) {
    let rest = paragraph;
    while (rest.length > 0) {
      // Guess by average width, then step back to the last space, then shrink until it fits.
      let n = Math.min(rest.length, Math.max(1, Math.floor(width / average)));
      while (n < rest.length && font.widthOfTextAtSize(rest.slice(0, n + 1), size) <= width) n++;
      while (n > 1 && font.widthOfTextAtSize(rest.slice(0, n), size) > width) n--;
      const space = n < rest.length ? rest.lastIndexOf(' ', n) : -1;
      if (space > n / 2) n = space + 1;
      yield rest.slice(0, n).trimEnd();
      rest = rest.slice(n);
    }
    if (paragraph.length === 0) yield '';
  }
}

/** A PDF with the screenshot on top and the record printed under it (Perstorp asks for PDF). */
export async function buildEvidencePdf(options: { title: string; image: Uint8Array | null; lines: string[]; maxPages?: number }): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(options.title);
  pdf.setProducer('Uppsikt');
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  let page = pdf.addPage([A4.width, A4.height]);
  let y = A4.height - MARGIN;
  for (const line of wrap(printable(options.title), bold, 13, A4.width - 2 * MARGIN)) {
    page.drawText(line, { x: MARGIN, y: y - 14, size: 13, font: bold });
    y -= 17;
  }
  y -= 10;
  if (options.image) {
    const png = await pdf.embedPng(options.image);
    const scale = Math.min((A4.width - 2 * MARGIN) / png.width, (A4.height * 0.55) / png.height, 1);
    const { width, height } = png.scale(scale);
    page.drawImage(png, { x: MARGIN, y: y - height, width, height });
    page.drawRectangle({ x: MARGIN, y: y - height, width, height, borderColor: rgb(0.6, 0.6, 0.6), borderWidth: 0.5 });
    y -= height + 16;
  }
  const size = 9;
  const maxPages = options.maxPages ?? 50;
  outer: for (const text of options.lines) {
    for (const line of wrap(printable(text), font, size, A4.width - 2 * MARGIN)) {
      if (y < MARGIN + size) {
        if (pdf.getPageCount() >= maxPages) {
          page.drawText('... (texten fortsätter i handling.json)', { x: MARGIN, y: MARGIN / 2, size, font });
          break outer;
        }
        page = pdf.addPage([A4.width, A4.height]);
        y = A4.height - MARGIN;
      }
      page.drawText(line, { x: MARGIN, y: y - size, size, font });
      y -= size + 3;
    }
  }
  return pdf.save();
}
