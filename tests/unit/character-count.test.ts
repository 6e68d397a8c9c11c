import { describe, expect, it } from 'vitest';
import { characterCount } from '@/utils/ui/display-text';

// "(N tecken)" in the work list: what an editor counts as characters, whatever the text holds.
describe('characterCount', () => {
  it.each([
    ['plain Swedish', 'Hej på er, åäö!'],
    ['emoji as one each', 'Varför? 😡🤬'],
    ['a lone first half of a pair (a broken or hostile text)', 'a\uD83D b\uD83D'],
    ['a lone second half', '\uDE00x\uDE00'],
    ['a first half at the very end', 'slut\uD83D'],
    ['two first halves before one second half', '\uD83D\uD83D\uDE00'],
    ['empty', ''],
  ])('counts %s as the code points it has', (_, text) => {
    expect(characterCount(text)).toBe([...text].length);
  });
});
