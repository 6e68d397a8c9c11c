// "Does the text contain any of these strings?" for a fixed list, asked of every comment. A regex
// alternation of the strings answers it too, but tries every branch's first characters at every
// position and brings its own machine code along; this reads each position once, in small tables.

/** Slots of the tables of string starts (a power of two). */
const SLOTS = 4096;

function pairSlot(a: number, b: number): number {
  return (a * 31 + b) & (SLOTS - 1);
}

function tripleSlot(a: number, b: number, c: number): number {
  return ((a * 31 + b) * 37 + c) & (SLOTS - 1);
}

/**
 * Answers exactly as `strings.some((s) => text.includes(s))` (UTF-16 code units, case-sensitive):
 * a position is looked up by its first one, two and three units, and only the strings that start
 * with those are compared there.
 */
export class LiteralSearch {
  /** Per UTF-16 unit: 1 when a one-unit string is that unit. */
  private readonly singles = new Uint8Array(0x10000);
  /** Per slot of either table: 1 when a string is filed there (most positions are ruled out with this one read). */
  private readonly starts = new Uint8Array(SLOTS);
  /** Strings of two units, by the slot of their two units. */
  private readonly pairs: Array<string[] | undefined> = new Array<string[] | undefined>(SLOTS);
  /** Longer strings, by the slot of their first three units. */
  private readonly triples: Array<string[] | undefined> = new Array<string[] | undefined>(SLOTS);
  private readonly hasEmpty: boolean;

  constructor(strings: readonly string[]) {
    this.hasEmpty = strings.includes('');
    for (const s of new Set(strings)) {
      if (s.length === 1) this.singles[s.charCodeAt(0)] = 1;
      else if (s.length === 2) {
        const slot = pairSlot(s.charCodeAt(0), s.charCodeAt(1));
        add(this.pairs, slot, s);
        this.starts[slot] = 1;
      } else if (s.length > 2) {
        const slot = tripleSlot(s.charCodeAt(0), s.charCodeAt(1), s.charCodeAt(2));
        add(this.triples, slot, s);
        this.starts[slot] = 1;
      }
    }
  }

  foundIn(text: string): boolean {
    if (this.hasEmpty) return true;
    const n = text.length;
    const { singles, starts } = this;
    let a = n > 0 ? text.charCodeAt(0) : 0;
    let b = n > 1 ? text.charCodeAt(1) : 0;
    for (let i = 0; i < n; i++) {
      const c = i + 2 < n ? text.charCodeAt(i + 2) : 0;
      if (singles[a] === 1) return true;
      if (starts[pairSlot(a, b)] !== 0 || starts[tripleSlot(a, b, c)] !== 0) {
        if (i + 1 < n && startsHere(this.pairs[pairSlot(a, b)], text, i)) return true;
        if (i + 2 < n && startsHere(this.triples[tripleSlot(a, b, c)], text, i)) return true;
      }
      a = b;
      b = c;
    }
    return false;
  }
}

function add(table: Array<string[] | undefined>, slot: number, s: string): void {
  (table[slot] ??= []).push(s);
}

/** Does one of `candidates` occur in `text` at `at`? */
function startsHere(candidates: string[] | undefined, text: string, at: number): boolean {
  if (candidates === undefined) return false;
  for (const s of candidates) if (text.startsWith(s, at)) return true;
  return false;
}
