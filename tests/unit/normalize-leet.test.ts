// Leetspeak is undone only in runs that mix letters and leet characters; the runs are found from
// their leet characters. The oracle below reads every word run, as the first version did.
import { describe, expect, it } from 'vitest';
import { normalizeText } from '@/rules/normalize';

const LEET: Record<string, string> = { '4': 'a', '0': 'o', '3': 'e', '1': 'i', '@': 'a', $: 's', '!': 'i', '5': 's', '7': 't' };
const isWordish = (ch: string) => /\p{L}/u.test(ch) || ch in LEET || ch === '*' || (ch >= '0' && ch <= '9');

/** The first version: every wordish run of the lowercase text, rewritten when it mixes letters and leet. */
function oracle(lower: string): string {
  return lower.replace(/[\p{L}\p{N}@$!*]+/gu, (run) => {
    if (!/[0-9@$!]/.test(run) || !/\p{L}/u.test(run)) return run;
    const chars = run.split('');
    let start = 0;
    while (start < chars.length) {
      if (!isWordish(chars[start])) {
        start++;
        continue;
      }
      let end = start;
      let letters = 0;
      let leet = 0;
      while (end < chars.length && isWordish(chars[end])) {
        if (/\p{L}/u.test(chars[end])) letters++;
        else if (chars[end] in LEET) leet++;
        end++;
      }
      if (letters >= 1 && leet >= 1 && letters + leet >= 3) {
        // A closing run of "!" and "1" with a "!" in it is shouting ("idiot!!1").
        const shout = /[!1]*!1*$/.exec(chars.slice(start, end).join(''));
        const wordEnd = shout ? end - shout[0].length : end;
        for (let k = start; k < wordEnd; k++) {
          const c = chars[k];
          if (!(c in LEET)) continue;
          // A run of the same @ or ! that reaches the word's edge is punctuation or a mention ("idiot!!", "@@anna").
          const same = (j: number) => chars[j] === c;
          let before = k;
          while (before > start && same(before - 1)) before--;
          let after = k + 1;
          while (after < end && same(after)) after++;
          if ((c === '@' || c === '!') && (before === start || after === end)) continue;
          if (c === '$' && k === start) continue;
          chars[k] = LEET[c];
        }
      }
      start = end;
    }
    return chars.join('');
  });
}

const PIECES = ['a', 'Ö', '0', '4', '1', '@', '$', '!', '*', ' ', '.', '-', '𝐚', '\ud835', '\udc1a', '٣', 'idi0t', 'j@vla', '5000', 'kr', '!!', 'x', '!!1', '@@'];

describe('normalizeText leetspeak', () => {
  it('rewrites the same runs as reading every word would', () => {
    let seed = 5;
    const next = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
    for (let n = 0; n < 5000; n++) {
      let input = '';
      const length = Math.floor(next() * 10);
      for (let k = 0; k < length; k++) input += PIECES[Math.floor(next() * PIECES.length)];
      expect(normalizeText(input).text, JSON.stringify(input)).toBe(oracle(input.toLowerCase()));
    }
  });

  it('reads exclamation marks after a word as punctuation, not as the letter i', () => {
    expect(normalizeText('Du är en idiot!!').text).toBe('du är en idiot!!');
    expect(normalizeText('sätt eld på kontoret!!!').text).toBe('sätt eld på kontoret!!!');
    expect(normalizeText('h!v @@anna').text).toBe('hiv @@anna');
    expect(normalizeText('idiot!!1 idi0t!1!').text).toBe('idiot!!1 idiot!1!');
  });

  it('undoes leetspeak next to a letter outside the BMP and leaves plain numbers', () => {
    expect(normalizeText('𝐚idi0t 5000').text).toBe('𝐚idiot 5000');
    expect(normalizeText('j@vla 070-12 h3j').text).toBe('javla 070-12 hej');
  });
});
