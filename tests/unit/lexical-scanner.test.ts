// The tokenizer finds words with a hand-written scanner; it must cut exactly where the word
// pattern it replaces does (letters, digits, '*', apostrophes inside words, emoji).
import { describe, expect, it } from 'vitest';
import { normalizeText } from '@/rules/normalize';
import { tokenize } from '@/rules/lexical/tokenize';

const WORD = /[\p{L}\p{N}*]+(?:['’][\p{L}]+)*|\p{Extended_Pictographic}/gu;
const PIECES = ['a', 'Å', '1', '٣', '*', "'", '’', ' ', ' ', '.', '😀', '©', '\ud83d', '\ude00', '𝐚', 'ß', '\u0301', '-', 'İ', 'ǅ', '\u200b', '@', '$', 'don', 't'];

describe('tokenize word boundaries', () => {
  it('cuts words where the word pattern does', () => {
    let seed = 3;
    const next = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
    let compared = 0;
    for (let n = 0; n < 5000; n++) {
      let input = '';
      const length = Math.floor(next() * 14);
      for (let k = 0; k < length; k++) input += PIECES[Math.floor(next() * PIECES.length)];
      const { tokens } = tokenize(input);
      if (tokens.some((t) => t.joined)) continue; // "a b c" spelled out is joined on purpose
      const expected = [...normalizeText(input).text.matchAll(WORD)].map((m) => m[0]);
      expect(tokens.map((t) => t.norm), JSON.stringify(input)).toEqual(expected);
      compared++;
    }
    expect(compared).toBeGreaterThan(3000);
  });

  it("keeps an apostrophe inside a word and drops one at its edge", () => {
    expect(tokenize("don't 'quote' it’s").tokens.map((t) => t.norm)).toEqual(["don't", 'quote', 'it’s']);
  });
});
