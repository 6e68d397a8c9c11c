import type { ContextTag } from './lexicon';

// Context tags as bits, so a token's tags are one number and a lookup is one AND.
// The known tags have fixed bits in a plain object (read for every token the rules look at);
// a tag only the data knows gets the next free bit.
const KNOWN_TAGS: readonly ContextTag[] = [
  'self', 'you', 'person', 'name', 'predicate', 'opinion', 'group', 'hostile', 'victim', 'modal',
  'hortative', 'lawobj', 'child', 'sexcue', 'trade', 'solicit', 'media', 'nonperson', 'condemn', 'allow', 'sport', 'place',
];
const FIXED_BITS: Record<string, number> = Object.create(null) as Record<string, number>;
KNOWN_TAGS.forEach((tag, i) => {
  FIXED_BITS[tag] = 1 << i;
});
const EXTRA_BITS = new Map<string, number>();

export function tagBit(tag: ContextTag): number {
  const fixed = FIXED_BITS[tag];
  if (fixed !== undefined) return fixed;
  let bit = EXTRA_BITS.get(tag);
  if (bit === undefined) {
    bit = 1 << (KNOWN_TAGS.length + EXTRA_BITS.size);
    EXTRA_BITS.set(tag, bit);
  }
  return bit;
}
