import { describe, expect, it } from 'vitest';
import { normalizeText } from '@/rules/normalize';

/** The original text behind a span of the normalised text. */
function originalOf(input: string, from: number, to: number): string {
  const n = normalizeText(input);
  return input.slice(n.startOf(from), n.endOf(to - 1));
}

describe('normalizeText', () => {
  it('lowercases but never folds å, ä, ö into a or o', () => {
    expect(normalizeText('ÅSA ÄR HÖG').text).toBe('åsa är hög');
  });

  it('undoes Swedish leetspeak inside words and marks 4/0 as possibly ä/ö', () => {
    const n = normalizeText('idi0t j@vla d0d4 z!g3n4r3');
    expect(n.text).toBe('idiot javla doda zigenare');
    expect(n.ambiguous.has(3)).toBe(true); // the 0 in idi0t could be ö
  });

  it('leaves numbers that are not inside words alone', () => {
    expect(normalizeText('Tjäna 5000 kr, ring 070-1234567').text).toBe('tjäna 5000 kr, ring 070-1234567');
  });

  it('maps Cyrillic and Greek look-alikes to Latin letters', () => {
    expect(normalizeText('hоran Kоmmunаlrådet').text).toBe('horan kommunalrådet'); // о and а are Cyrillic
    expect(normalizeText('ΙDΙΟΤ').text).toBe('idiot'); // Greek capitals
  });

  it('strips zero-width and bidi control characters and keeps offsets into the original', () => {
    const input = 'du är en i\u200Bdi\u202Eo\u202Ct';
    const n = normalizeText(input);
    expect(n.text).toBe('du är en idiot');
    const at = n.text.indexOf('idiot');
    expect(originalOf(input, at, at + 5)).toBe('i\u200Bdi\u202Eo\u202Ct');
  });

  it('composes a letter with its combining mark and drops marks that do not compose', () => {
    expect(normalizeText('ja\u0308vla').text).toBe('jävla'); // a + combining diaeresis
    expect(normalizeText('i\u0337\u0338d\u0336\u0335iot').text).toBe('idiot'); // stacked overlays
  });

  it('keeps emoji as they are', () => {
    expect(normalizeText('🔪💣 🍆').text).toBe('🔪💣 🍆');
  });

  it('gives every normalised unit an offset inside the original text', () => {
    const input = 'Ｘ\u0301\u0302 Hоra 😡 İstanbul';
    const n = normalizeText(input);
    for (let k = 0; k < n.text.length; k++) {
      expect(n.startOf(k)).toBeGreaterThanOrEqual(0);
      expect(n.endOf(k)).toBeLessThanOrEqual(input.length);
      expect(n.startOf(k)).toBeLessThan(n.endOf(k));
    }
  });
});
