// The intent normaliser works in runs of plain characters for speed; it must give exactly what
// normalising cluster by cluster gives, so findings cite the same original text.
import { describe, expect, it } from 'vitest';
import { normaliseWithMap, originalSpan } from '@/rules/intent/normalise';

/** The straightforward definition: each character with its combining marks, NFC, lowercased. */
function byCluster(original: string): { text: string; toOriginal: number[] } {
  let text = '';
  const toOriginal: number[] = [];
  let i = 0;
  while (i < original.length) {
    const start = i;
    i += (original.codePointAt(i) ?? 0) > 0xffff ? 2 : 1;
    while (i < original.length && /\p{M}/u.test(String.fromCodePoint(original.codePointAt(i) ?? 0))) {
      i += (original.codePointAt(i) ?? 0) > 0xffff ? 2 : 1;
    }
    const cluster = original.slice(start, i).normalize('NFC').toLowerCase();
    for (let k = 0; k < cluster.length; k++) toOriginal.push(start);
    text += cluster;
  }
  toOriginal.push(original.length);
  return { text, toOriginal };
}

const PIECES = ['a', 'Å', 'a\u030a', 'o\u0308', 'İ', 'ΟΔΟΣ', 'ß', 'Ǆ', '\u0301', '😀', '👍🏽', '\ud83d', '\udc4d', 'ﬀ', '\u212b', 'x\u0301\u0302', ' ', '?', 'NÄR', '\u200b', '𝐀'];

describe('normaliseWithMap', () => {
  it('matches normalising cluster by cluster on mixed Swedish, accents, emoji and broken surrogates', () => {
    let seed = 11;
    const next = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
    for (let n = 0; n < 3000; n++) {
      let input = '';
      const length = Math.floor(next() * 12);
      for (let k = 0; k < length; k++) input += PIECES[Math.floor(next() * PIECES.length)];
      expect(normaliseWithMap(input), JSON.stringify(input)).toEqual(byCluster(input));
    }
  });

  it('maps a span of the lowercase text back to the original, decomposed letters included', () => {
    const input = 'NÄR o\u0308ppnar Badet?';
    const normalised = normaliseWithMap(input);
    expect(normalised.text).toBe('när öppnar badet?');
    const at = normalised.text.indexOf('öppnar');
    const span = originalSpan(normalised, at, at + 'öppnar'.length);
    expect(input.slice(span.start, span.end)).toBe('o\u0308ppnar');
  });
});
