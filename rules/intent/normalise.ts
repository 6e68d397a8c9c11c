// Lowercase NFC text with a map back to the original's UTF-16 offsets, so findings cite the
// original text exactly even when normalising changes lengths (decomposed "å", "İ").
// å/ä/ö are never folded (GUIDE, Text matching in Swedish).

export interface NormalisedText {
  text: string;
  /** `toOriginal[i]` is the original offset of normalised code unit i; one extra entry for the end. */
  toOriginal: number[];
}

const COMBINING = /\p{M}/u;

export function normaliseWithMap(original: string): NormalisedText {
  let text = '';
  const toOriginal: number[] = [];
  let i = 0;
  while (i < original.length) {
    const start = i;
    const first = original.codePointAt(i) ?? 0;
    i += first > 0xffff ? 2 : 1;
    while (i < original.length && COMBINING.test(String.fromCodePoint(original.codePointAt(i) ?? 0))) {
      i += (original.codePointAt(i) ?? 0) > 0xffff ? 2 : 1;
    }
    const cluster = original.slice(start, i).normalize('NFC').toLowerCase();
    for (let k = 0; k < cluster.length; k++) toOriginal.push(start);
    text += cluster;
  }
  toOriginal.push(original.length);
  return { text, toOriginal };
}

/** Original span of a normalised span [start, end). */
export function originalSpan(normalised: NormalisedText, start: number, end: number): { start: number; end: number } {
  const originalStart = normalised.toOriginal[start] ?? 0;
  // The end maps to where the next cluster starts, so a cluster is never cut in half.
  let originalEnd = normalised.toOriginal[end] ?? normalised.toOriginal[normalised.toOriginal.length - 1];
  if (end > start && originalEnd <= originalStart) originalEnd = normalised.toOriginal[normalised.toOriginal.length - 1];
  return { start: originalStart, end: originalEnd };
}
