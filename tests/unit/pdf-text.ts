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

export async function drawnLines(bytes: Uint8Array): Promise<string[]> {
  const pdf = await PDFDocument.load(bytes);
  const glyphs = unicodeMap(pdf);
  const text = (hex: string) => (glyphs.size
    ? (hex.toUpperCase().match(/.{4}/g) ?? []).map((code) => glyphs.get(code) ?? '�').join('')
    : new TextDecoder('windows-1252').decode(PDFHexString.of(hex).asBytes()));
  const lines: string[] = [];
  for (const page of pdf.getPages()) {
    const contents = page.node.Contents();
    for (const ref of contents instanceof PDFArray ? contents.asArray() : [contents]) {
      const stream = ref instanceof PDFRef ? pdf.context.lookup(ref) : ref;
      if (!(stream instanceof PDFRawStream)) continue;
      for (const [, hex] of decode(stream).matchAll(/<([0-9A-Fa-f]*)> Tj/g)) lines.push(text(hex));
    }
  }
  return lines;
}
