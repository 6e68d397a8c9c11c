import type { ContextTag } from './lexicon';

// Context tags as bits, so a token's tags are one number and a lookup is one AND.
const BITS = new Map<ContextTag, number>();

export function tagBit(tag: ContextTag): number {
  let bit = BITS.get(tag);
  if (bit === undefined) {
    bit = 1 << BITS.size;
    BITS.set(tag, bit);
  }
  return bit;
}
