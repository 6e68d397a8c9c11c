import { describe, expect, it } from 'vitest';
import { latinClasses } from '@/rules/normalize/latin-classes';
import { re, words } from '@/rules/intent/patterns';

describe('patterns compiled with Latin letter classes', () => {
  it('writes \\p{L} and \\p{N} as Latin letters and digits, in a class and out of one', () => {
    expect(latinClasses('(?<![\\p{L}\\p{N}])när\\p{L}*')).toBe('(?<![A-Za-zªºÀ-ÖØ-öø-ɏ0-9])när[A-Za-zªºÀ-ÖØ-öø-ɏ]*');
  });

  it('leaves other escapes as written: an escaped backslash, a bracket, \\p{Lu}', () => {
    expect(latinClasses('\\\\p{L}')).toBe('\\\\p{L}');
    expect(latinClasses('[\\]\\p{L}]')).toBe('[\\]A-Za-zªºÀ-ÖØ-öø-ɏ]');
    expect(latinClasses('\\p{Lu}\\p{Ll}+')).toBe('\\p{Lu}\\p{Ll}+');
  });

  it.each([
    ['när öppnar badhuset', true],
    ['snär', false], // inside a word
    ['når', false],
    ['7när', false], // after a digit
    ['Łódź när', true], // after a word in another Latin alphabet
    ['ökennär', false],
  ])('a whole word is still a whole word: %j', (text, found) => {
    expect(re(words(['när'])).test(text)).toBe(found);
  });

  it('matches as the Unicode classes do on Swedish and English text', () => {
    const sources = ['(?<![\\p{L}\\p{N}])(?:min|mitt) \\p{L}+ansökan(?![\\p{L}\\p{N}])', '\\p{L}*faktura\\p{L}*', '\\d+ \\p{L}{2,}'];
    const texts = ['Min bygglovsansökan är borta', 'min byggansökan2', 'vattenfakturan för maj', 'Fakturan', '12 år gammal', 'rum 12 b', 'éclair-fakturan', 'Ärendet gäller min ansökan'];
    for (const source of sources) {
      for (const text of texts) expect(new RegExp(latinClasses(source), 'u').exec(text.toLowerCase())?.[0]).toBe(new RegExp(source, 'u').exec(text.toLowerCase())?.[0]);
    }
  });
});
