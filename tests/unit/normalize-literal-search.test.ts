// The one-pass search for a list of strings must answer exactly as includes() on each string.
import { describe, expect, it } from 'vitest';
import { LiteralSearch } from '@/rules/normalize/literal-search';
import { lexicons } from '@/rules/lexical/lexicons';
import { random } from '@/utils/random';

describe('LiteralSearch', () => {
  it('answers as includes() for the word lists’ gate strings, their parts and neighbours', () => {
    const strings = lexicons().patterns.flatMap((p) => p.gate ?? []);
    const search = new LiteralSearch(strings);
    const pieces = [...strings, ...strings.map((s) => s.slice(0, -1)), ...strings.map((s) => s.slice(1)), 'a', ' ', 'K', 'R', '\ud83d', '.', '(', 'å'];
    const next = random(17);
    let found = 0;
    for (let n = 0; n < 20_000; n++) {
      let text = '';
      const length = Math.floor(next() * 6);
      for (let k = 0; k < length; k++) text += pieces[Math.floor(next() * pieces.length)];
      const expected = strings.some((s) => text.includes(s));
      if (expected) found++;
      expect(search.foundIn(text), JSON.stringify(text)).toBe(expected);
    }
    expect(found).toBeGreaterThan(1000);
  });

  it('finds strings of one, two and more units at the very start and end', () => {
    const search = new LiteralSearch(['@', 'kr', 'http']);
    expect(search.foundIn('@')).toBe(true);
    expect(search.foundIn('500 kr')).toBe(true);
    expect(search.foundIn('http')).toBe(true);
    expect(search.foundIn('htt')).toBe(false);
    expect(search.foundIn('')).toBe(false);
    expect(new LiteralSearch(['']).foundIn('')).toBe(true);
  });
});
