// The text of a saved page's bytes, in the encoding it was saved in: browsers save UTF-8, but
// Windows tools write UTF-16 (with or without a byte-order mark) and old pages name windows-1252.
import { byteOrderMark } from '../../utils/byte-order-mark';

/** `<meta charset="…">` or `<meta http-equiv="Content-Type" content="text/html; charset=…">` near the start. */
const META_CHARSET = /<meta\b[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)/i;

/** "<\0h\0t\0" or "\0<\0h\0t": ASCII markup written as UTF-16 without a mark. */
function unmarkedUtf16(bytes: Uint8Array): string | null {
  const start = bytes.subarray(0, 512);
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < start.length; i++) {
    if (start[i] !== 0) continue;
    if (i % 2 === 0) evenZeros++;
    else oddZeros++;
  }
  const half = start.length / 2;
  if (oddZeros > half * 0.9 && evenZeros === 0) return 'utf-16le';
  if (evenZeros > half * 0.9 && oddZeros === 0) return 'utf-16be';
  return null;
}

function namedEncoding(bytes: Uint8Array): string | null {
  const named = META_CHARSET.exec(Buffer.from(bytes.subarray(0, 2048)).toString('latin1'))?.[1];
  if (!named) return null;
  try {
    // The label as the WHATWG standard maps it ("latin1" and "iso-8859-1" are windows-1252); unknown ones are left.
    return new TextDecoder(named).encoding;
  } catch {
    return null;
  }
}

/** The page's text, or null for bytes that are no text (an image, an archive, a PDF). */
export function savedPageText(bytes: Uint8Array): string | null {
  const mark = byteOrderMark(bytes);
  if (mark) return new TextDecoder(mark.encoding).decode(bytes.subarray(mark.length));
  const utf16 = unmarkedUtf16(bytes);
  if (utf16) return new TextDecoder(utf16).decode(bytes);
  // NUL bytes near the start and no UTF-16: binary (a page saved as UTF-8 or windows-1252 has none).
  if (bytes.subarray(0, 4096).includes(0)) return null;
  // UTF-16 named in a page that is not UTF-16 (it would have NULs) is a mislabel: read as UTF-8.
  const named = namedEncoding(bytes);
  return new TextDecoder(named && !named.startsWith('utf-16') ? named : 'utf-8').decode(bytes);
}
