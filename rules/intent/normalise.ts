// Lowercase NFC text with a map back to the original's UTF-16 offsets, so findings cite the
// original text exactly even when normalising changes lengths (decomposed "å", "İ").
// å/ä/ö are never folded (GUIDE, Text matching in Swedish).

export interface NormalisedText {
  text: string;
  /** `toOriginal[i]` is the original offset of normalised code unit i; one extra entry for the end. */
  toOriginal: number[];
}

const COMBINING = /\p{M}/u;
/** Per BMP code unit: 0 not yet known, 1 a combining mark, 2 not one. */
const combiningBmp = new Uint8Array(0x10000);

function isCombining(codePoint: number): boolean {
  // No combining mark lies below U+0300.
  if (codePoint < 0x300) return false;
  if (codePoint > 0xffff) return COMBINING.test(String.fromCodePoint(codePoint));
  let known = combiningBmp[codePoint];
  if (known === 0) {
    known = COMBINING.test(String.fromCharCode(codePoint)) ? 1 : 2;
    combiningBmp[codePoint] = known;
  }
  return known === 1;
}

/**
 * Characters below U+0300 other than İ (U+0130) are their own NFC form, lowercase to one code unit
 * whatever surrounds them, and never combine with a neighbour below U+0300; runs of them need no
 * per-character work.
 */
function isPlain(code: number): boolean {
  return code < 0x300 && code !== 0x130;
}

/** A character that is not plain (see isPlain): U+0130 and everything from U+0300 on. */
const NOT_PLAIN = /[\u0300-\uffff\u0130]/;

const clusterCache = new Map<string, string>();
const CLUSTER_CACHE_LIMIT = 10_000;

/** A base character with its marks, in NFC and lowercase (cached: emoji and accents repeat). */
function normaliseCluster(cluster: string): string {
  let out = clusterCache.get(cluster);
  if (out === undefined) {
    out = cluster.normalize('NFC').toLowerCase();
    if (clusterCache.size >= CLUSTER_CACHE_LIMIT) clusterCache.clear();
    clusterCache.set(cluster, out);
  }
  return out;
}

export function normaliseWithMap(original: string): NormalisedText {
  const n = original.length;
  // Most comments are plain throughout: one lowercase call and an identity map, built at its full size.
  if (!NOT_PLAIN.test(original)) {
    const toOriginal = new Array<number>(n + 1);
    for (let k = 0; k <= n; k++) toOriginal[k] = k;
    return { text: original.toLowerCase(), toOriginal };
  }
  const parts: string[] = [];
  const toOriginal: number[] = [];
  let i = 0;
  while (i < n) {
    // A run of plain characters, except one that a combining mark right after it belongs to.
    let end = i;
    while (end < n && isPlain(original.charCodeAt(end))) end++;
    if (end < n && end > i && isCombining(original.codePointAt(end) ?? 0)) end--;
    if (end > i) {
      parts.push(original.slice(i, end).toLowerCase());
      for (let k = i; k < end; k++) toOriginal.push(k);
      i = end;
      if (i >= n) break;
    }
    // One cluster: a character (whatever it is) and the combining marks that follow it.
    const start = i;
    const first = original.codePointAt(i) ?? 0;
    i += first > 0xffff ? 2 : 1;
    while (i < n) {
      const next = original.codePointAt(i) ?? 0;
      if (!isCombining(next)) break;
      i += next > 0xffff ? 2 : 1;
    }
    const cluster = normaliseCluster(original.slice(start, i));
    parts.push(cluster);
    for (let k = 0; k < cluster.length; k++) toOriginal.push(start);
  }
  toOriginal.push(n);
  return { text: parts.length === 1 ? parts[0] : parts.join(''), toOriginal };
}

/** Original span of a normalised span [start, end). */
export function originalSpan(normalised: NormalisedText, start: number, end: number): { start: number; end: number } {
  const originalStart = normalised.toOriginal[start] ?? 0;
  // The end maps to where the next cluster starts, so a cluster is never cut in half.
  let originalEnd = normalised.toOriginal[end] ?? normalised.toOriginal[normalised.toOriginal.length - 1];
  if (end > start && originalEnd <= originalStart) originalEnd = normalised.toOriginal[normalised.toOriginal.length - 1];
  return { start: originalStart, end: originalEnd };
}
