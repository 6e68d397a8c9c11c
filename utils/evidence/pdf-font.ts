import { browser } from 'wxt/browser';

// The PDF's font. The standard PDF fonts print only Western European letters; DejaVu Sans (in the
// extension's own files, public/fonts) also prints Sami, Polish, Baltic, Greek, Cyrillic, Arabic and
// Hebrew letters, so a comment's text in the PDF is the text as written, not question marks.
// Read once per service worker; null where it cannot be read (the PDF then uses a standard font).

let bundled: Promise<Uint8Array | null> | null = null;

export function loadPdfFont(): Promise<Uint8Array | null> {
  bundled ??= readBundledFont();
  return bundled;
}

async function readBundledFont(): Promise<Uint8Array | null> {
  try {
    const response = await fetch(browser.runtime.getURL('/fonts/DejaVuSans.ttf'));
    return response.ok ? new Uint8Array(await response.arrayBuffer()) : null;
  } catch {
    return null;
  }
}
