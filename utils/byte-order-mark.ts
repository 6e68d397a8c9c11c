// A byte-order mark at the start of a file says its encoding: Windows tools write UTF-16 with one,
// and some editors put one before UTF-8. Shared by settings files and saved pages (npm run extract).

/** Each mark and the encoding it names. */
const MARKS: Array<[number[], string]> = [[[0xef, 0xbb, 0xbf], 'utf-8'], [[0xff, 0xfe], 'utf-16le'], [[0xfe, 0xff], 'utf-16be']];

/** The encoding a byte-order mark names, and how long the mark is; null without one. */
export function byteOrderMark(bytes: Uint8Array): { encoding: string; length: number } | null {
  const found = MARKS.find(([mark]) => mark.every((byte, i) => bytes[i] === byte));
  return found ? { encoding: found[1], length: found[0].length } : null;
}
