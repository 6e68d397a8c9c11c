// The side panel's sentences with a number in them, in both languages: the number agrees with its words.
import { describe, expect, it } from 'vitest';
import { STRINGS } from '@/utils/ui/strings';

describe('numbers in the side panel\'s sentences', () => {
  it('an age in office hours: one hour is "1 office hour", not "1 office hours"', () => {
    expect([0.5, 1, 1.5, 2, 26.9].map((h) => STRINGS.en.age(h))).toEqual(['under 1 office hour', '1 office hour', '1 office hour', '2 office hours', '26 office hours']);
    expect([0.5, 1.5, 26.9].map((h) => STRINGS.sv.age(h))).toEqual(['< 1 h i kontorstid', '1 h i kontorstid', '26 h i kontorstid']);
  });

  it('shortened texts left to open on their own page: "1 opens … open it", "2 open … open them"', () => {
    expect(STRINGS.en.expandedShortened(2, 3)).toBe('Opened 2 shortened texts; they are now checked in full. 1 opens only on its own page (the site links there); open it there.');
    expect(STRINGS.en.expandedShortened(1, 3)).toBe('Opened 1 shortened text; it is now checked in full. 2 open only on their own page (the site links there); open them there.');
    expect(STRINGS.en.expandedShortened(3, 3)).toBe('Opened 3 shortened texts; they are now checked in full.');
  });
});
