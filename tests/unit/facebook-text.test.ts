// Facebook's text helpers: tidying visible text (most texts have nothing to tidy and are given back
// as they are) and finding a label's words anywhere in a comment before its elements are looked at.
import { describe, expect, it } from 'vitest';
import { isLabel, labelVariants, mentionsLabel } from '@/entrypoints/facebook.content/labels';
import { tidy } from '@/entrypoints/facebook.content/read-text';
import { random } from '@/utils/random';

/** The tidying rule as written, without the shortcut. */
const tidyAsWritten = (text: string) => text.split('\n').map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim()).filter((line) => line.length > 0).join('\n');

describe('tidy', () => {
  it('gives what the rule gives for any mix of words and whitespace', () => {
    const rand = random(3);
    const pieces = ['ord', 'Hej', 'ö', ' ', '  ', '\n', '\t', '\u00a0', '\u2003', '\r', '\ufeff', '.', '😀'];
    for (let i = 0; i < 5000; i++) {
      const text = Array.from({ length: Math.floor(rand() * 12) }, () => pieces[Math.floor(rand() * pieces.length)]).join('');
      expect(tidy(text)).toBe(tidyAsWritten(text));
    }
  });
});

describe('mentionsLabel', () => {
  it('finds every text a label matches, inside a whole comment, in any case and spacing', () => {
    for (const key of ['seeMore', 'edited'] as const) {
      for (const variant of labelVariants(key)) {
        const spaced = variant.toUpperCase().replace(/ /g, ' \n ');
        expect(isLabel(spaced, key)).toBe(true);
        expect(mentionsLabel(`Anna Berg\nTack för svaret!\n${spaced}\n2 d`, key)).toBe(true);
      }
    }
  });

  it('lets a comment without the words through unlooked', () => {
    expect(mentionsLabel('Anna Berg\nNär öppnar simhallen?\n2 d', 'seeMore')).toBe(false);
    expect(mentionsLabel('Anna Berg\nNär öppnar simhallen?\n2 d', 'edited')).toBe(false);
    expect(mentionsLabel(null, 'edited')).toBe(false);
  });
});
