import { PDFArray, PDFDocument, PDFHexString, PDFRawStream, PDFRef, decodePDFRawStream } from 'pdf-lib';

// The text drawn on a PDF's pages, a line per drawn line, as a reader of the PDF would see it.
// Standard fonts draw WinAnsi bytes; an embedded font draws glyph numbers, read back through the
// font's own Unicode map (ToUnicode), which is how a PDF reader copies its text.

const decode = (stream: PDFRawStream) => new TextDecoder('latin1').decode(decodePDFRawStream(stream).decode());

function unicodeMap(pdf: PDFDocument): Map<string, string> {
  const map = new Map<string, string>();
  for (const [, object] of pdf.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFRawStream)) continue;
    const text = decode(object);
    if (!text.includes('begincmap')) continue;
    for (const [, code, unicode] of text.matchAll(/<([0-9A-Fa-f]{4})>\s*<([0-9A-Fa-f]+)>/g)) {
      map.set(code.toUpperCase(), String.fromCodePoint(...(unicode.match(/.{4}/g) ?? []).map((u) => parseInt(u, 16))));
    }
  }
  return map;
}

/** Each drawn text with where it starts on its page. */
interface DrawnText {
  page: number;
  x: number;
  y: number;
  text: string;
}

async function drawnTexts(bytes: Uint8Array): Promise<DrawnText[]> {
  const pdf = await PDFDocument.load(bytes);
  const glyphs = unicodeMap(pdf);
  const text = (hex: string) => (glyphs.size
    ? (hex.toUpperCase().match(/.{4}/g) ?? []).map((code) => glyphs.get(code) ?? '�').join('')
    : new TextDecoder('windows-1252').decode(PDFHexString.of(hex).asBytes()));
  const drawn: DrawnText[] = [];
  pdf.getPages().forEach((page, index) => {
    const contents = page.node.Contents();
    for (const ref of contents instanceof PDFArray ? contents.asArray() : [contents]) {
      const stream = ref instanceof PDFRef ? pdf.context.lookup(ref) : ref;
      if (!(stream instanceof PDFRawStream)) continue;
      for (const [, x, y, hex] of decode(stream).matchAll(/1 0 0 1 ([\d.-]+) ([\d.-]+) Tm\s+<([0-9A-Fa-f]*)> Tj/g)) {
        drawn.push({ page: index, x: Number(x), y: Number(y), text: text(hex) });
      }
    }
  });
  return drawn;
}

/** The lines as a reader sees them: the texts drawn at one height, left to right. */
export async function shownLines(bytes: Uint8Array): Promise<string[]> {
  const lines = new Map<string, DrawnText[]>();
  for (const d of await drawnTexts(bytes)) {
    const key = `${d.page}:${d.y}`;
    lines.set(key, [...(lines.get(key) ?? []), d]);
  }
  return [...lines.values()].map((parts) => parts.sort((a, b) => a.x - b.x).map((p) => p.text).join(''));
}

export async function drawnLines(bytes: Uint8Array): Promise<string[]> {
  return (await drawnTexts(bytes)).map((drawn) => drawn.text);
}
