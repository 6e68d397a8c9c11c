// A cheap test that tells when a phrase regex cannot match a text, so most comments skip most
// patterns. From the regex source it derives "required factors": strings of which every match
// contains at least one. A text that contains none of them cannot match, which makes skipping
// exact (same findings), not a heuristic. A source it cannot reason about gets no gate (always run).
// A regex may need several such sets at once ("min" … "ansökan"): a text must pass each of them.

/** Factors shorter than this select too little to be worth checking. */
const MIN_FACTOR = 2;
/** Longer factors are cut to this length (any part of a required string is required too). */
const MAX_FACTOR = 8;
/** Above this many alternatives a literal run stops growing (bounded work at start-up). */
const MAX_STRINGS = 256;
/** At most this many ways to combine the required sets of an alternation's branches (bounded work at start-up). */
const MAX_COMBINATIONS = 16;

/** What a piece of regex can match, as far as literals go. */
interface Piece {
  /** Every string the piece can match, when it matches only literals; otherwise null. */
  exact: string[] | null;
  /** Strings of which every match of the piece contains one; null when unknown. */
  factor: string[] | null;
  /**
   * Every such set found, `factor` among them: a match contains a string of each ("min ansökan": one of
   * the possessives and one of the nouns), so each set is a further test a text must pass.
   */
  all: string[][];
}

const ZERO_WIDTH: Piece = { exact: [''], factor: null, all: [] };
const OPAQUE: Piece = { exact: null, factor: null, all: [] };

class Parser {
  private pos = 0;

  constructor(private readonly source: string) {}

  parse(): Piece {
    const piece = this.alternation();
    return this.pos === this.source.length ? piece : OPAQUE;
  }

  private alternation(): Piece {
    const alternatives: Piece[] = [this.sequence()];
    while (this.source[this.pos] === '|') {
      this.pos++;
      alternatives.push(this.sequence());
    }
    if (alternatives.length === 1) return alternatives[0];
    const exact = alternatives.every((a) => a.exact !== null) ? unique(alternatives.flatMap((a) => a.exact as string[])) : null;
    const factors = alternatives.map((a) => bestFactor(a));
    const factor = factors.every((f) => f !== null) ? unique(factors.flatMap((f) => f as string[])) : null;
    return { exact: exact && exact.length <= MAX_STRINGS ? exact : null, factor, all: combinedSets(alternatives) };
  }

  private sequence(): Piece {
    // The literal run being read, the best factor seen so far, and whether the whole sequence is literal.
    let run: string[] = [''];
    let best: string[] | null = null;
    let allExact = true;
    const required: string[][] = [];
    const closeRun = () => {
      best = better(best, run);
      if (usable(run)) required.push(run);
      run = [''];
    };
    while (this.pos < this.source.length && this.source[this.pos] !== '|' && this.source[this.pos] !== ')') {
      const atom = this.atom();
      const { min, max } = this.quantifier();
      if (atom === ZERO_WIDTH) continue;
      if (min === 1 && max === 1 && atom.exact !== null && run.length * atom.exact.length <= MAX_STRINGS) {
        run = unique(run.flatMap((r) => (atom.exact as string[]).map((e) => r + e)));
        continue;
      }
      allExact = false;
      if (min >= 1 && atom.exact !== null && run.length * atom.exact.length <= MAX_STRINGS) {
        // "ab+c": the first repetition joins what came before, the last one what follows.
        run = unique(run.flatMap((r) => (atom.exact as string[]).map((e) => r + e)));
        closeRun();
        run = [...atom.exact];
        continue;
      }
      closeRun();
      // A non-literal atom still contributes what it must contain.
      if (min >= 1) {
        best = better(best, bestFactor(atom));
        required.push(...atom.all);
        const own = bestFactor(atom);
        if (own && usable(own)) required.push(own);
      }
    }
    const exact = allExact ? run : null;
    best = better(best, run);
    if (usable(run)) required.push(run);
    return { exact, factor: best, all: required };
  }

  private atom(): Piece {
    const c = this.source[this.pos];
    if (c === '(') return this.group();
    if (c === '[') return this.charClass();
    if (c === '\\') return this.escape();
    this.pos++;
    if (c === '^' || c === '$') return ZERO_WIDTH;
    if (c === '.' || c === '*' || c === '+' || c === '?' || c === '{' || c === '}' || c === ']') return OPAQUE;
    return { exact: [c], factor: null, all: [] };
  }

  private group(): Piece {
    const rest = this.source.slice(this.pos, this.pos + 4);
    let lookaround = false;
    if (rest.startsWith('(?:')) this.pos += 3;
    else if (rest.startsWith('(?=') || rest.startsWith('(?!')) {
      this.pos += 3;
      lookaround = true;
    } else if (rest.startsWith('(?<=') || rest.startsWith('(?<!')) {
      this.pos += 4;
      lookaround = true;
    } else if (rest.startsWith('(?<')) {
      const close = this.source.indexOf('>', this.pos);
      if (close < 0) return this.fail();
      this.pos = close + 1;
    } else if (rest.startsWith('(?')) return this.fail();
    else this.pos += 1;
    const inner = this.alternation();
    if (this.source[this.pos] !== ')') return this.fail();
    this.pos++;
    return lookaround ? ZERO_WIDTH : inner;
  }

  private charClass(): Piece {
    const chars: string[] = [];
    let literal = this.source[this.pos + 1] !== '^';
    this.pos++;
    while (this.pos < this.source.length && this.source[this.pos] !== ']') {
      const c = this.source[this.pos];
      if (c === '\\') {
        const next = this.source[this.pos + 1] ?? '';
        if (/[\\.*+?()[\]{}|^$\-'’/]/.test(next)) chars.push(next);
        else literal = false;
        this.skipEscape();
        continue;
      }
      if (c === '-' && chars.length > 0 && this.source[this.pos + 1] !== ']') literal = false; // a range
      chars.push(c);
      this.pos++;
    }
    if (this.source[this.pos] !== ']') return this.fail();
    this.pos++;
    return literal && chars.length > 0 && chars.length <= 8 ? { exact: unique(chars), factor: null, all: [] } : OPAQUE;
  }

  private escape(): Piece {
    const next = this.source[this.pos + 1] ?? '';
    this.skipEscape();
    if (next === 'b' || next === 'B') return ZERO_WIDTH;
    if (/[\\.*+?()[\]{}|^$\-'’/ ]/.test(next)) return { exact: [next], factor: null, all: [] };
    return OPAQUE; // \s \d \w \p{…} \u… \x… back-references and the like
  }

  /** Moves past one escape sequence: \p{…}, \u{…}, \uXXXX, \xXX, \cX, \k<name>, \123 or \X. */
  private skipEscape(): void {
    const next = this.source[this.pos + 1] ?? '';
    const rest = this.source.slice(this.pos + 2);
    let length = 2;
    if ((next === 'p' || next === 'P' || next === 'u') && rest.startsWith('{')) length += rest.indexOf('}') + 1 || rest.length;
    else if (next === 'u') length += 4;
    else if (next === 'x') length += 2;
    else if (next === 'c') length += 1;
    else if (next === 'k' && rest.startsWith('<')) length += rest.indexOf('>') + 1 || rest.length;
    else if (/\d/.test(next)) length += (/^\d*/.exec(rest) as RegExpExecArray)[0].length;
    this.pos += length;
  }

  private quantifier(): { min: number; max: number } {
    const c = this.source[this.pos];
    let min = 1;
    let max = 1;
    if (c === '?' || c === '*' || c === '+') {
      this.pos++;
      min = c === '+' ? 1 : 0;
      max = c === '?' ? 1 : Infinity;
    } else if (c === '{') {
      const match = /^\{(\d+)(,(\d*))?\}/.exec(this.source.slice(this.pos));
      if (!match) return { min, max };
      this.pos += match[0].length;
      min = Number(match[1]);
      max = match[2] === undefined ? min : match[3] === '' ? Infinity : Number(match[3]);
    } else return { min, max };
    if (this.source[this.pos] === '?') this.pos++; // lazy
    return { min, max };
  }

  private fail(): Piece {
    this.pos = this.source.length + 1; // makes parse() give up
    return OPAQUE;
  }
}

function unique(strings: string[]): string[] {
  return [...new Set(strings)];
}

/** A factor set worth testing: no string in it shorter than MIN_FACTOR. */
function usable(strings: string[]): boolean {
  return shortest(strings) >= MIN_FACTOR;
}

/**
 * Required sets of an alternation: a match is a match of one branch, so picking one required set per
 * branch and joining them gives a set every match contains a string of. Every such pick, while few.
 */
function combinedSets(alternatives: Piece[]): string[][] {
  const choices = alternatives.map((a) => {
    const own = bestFactor(a);
    return own ? [own, ...a.all] : a.all;
  });
  if (choices.some((c) => c.length === 0)) return [];
  if (choices.reduce((n, c) => n * c.length, 1) > MAX_COMBINATIONS) return [unique(choices.flatMap((c) => c[0]))];
  let combined: string[][] = [[]];
  for (const c of choices) combined = combined.flatMap((sofar) => c.map((set) => [...sofar, ...set]));
  return combined.map(unique).filter((set) => set.length <= MAX_STRINGS);
}

function shortest(strings: string[]): number {
  return strings.reduce((min, s) => Math.min(min, s.length), Infinity);
}

/** Of two factor sets, the more selective: the one whose shortest string is longer. */
function better(a: string[] | null, b: string[] | null): string[] | null {
  if (!b || shortest(b) < MIN_FACTOR) return a;
  if (!a) return b;
  return shortest(b) > shortest(a) || (shortest(b) === shortest(a) && b.length < a.length) ? b : a;
}

function bestFactor(piece: Piece): string[] | null {
  return better(piece.factor, piece.exact);
}

/**
 * Strings of which every match of `regex` contains one, cut to at most MAX_FACTOR characters and
 * without strings that contain another; null when the source has no such set (or uses flags that
 * change what a literal matches).
 */
export function requiredFactors(regex: RegExp): string[] | null {
  const piece = parsed(regex);
  return piece ? tidy(bestFactor(piece)) : null;
}

/**
 * Every set of strings found of which each match of `regex` contains one, the requiredFactors set
 * first: a text must hold a string of each set to match. Empty when nothing is known.
 */
export function requiredFactorSets(regex: RegExp): string[][] {
  const piece = parsed(regex);
  if (!piece) return [];
  const sets: string[][] = [];
  const seen = new Set<string>();
  for (const set of [bestFactor(piece), ...piece.all]) {
    const tidied = tidy(set);
    const key = tidied ? [...tidied].sort().join('\u0000') : '';
    if (!tidied || seen.has(key)) continue;
    seen.add(key);
    sets.push(tidied);
  }
  return sets;
}

function parsed(regex: RegExp): Piece | null {
  if (regex.flags.includes('i') || regex.flags.includes('v')) return null;
  try {
    return new Parser(regex.source).parse();
  } catch {
    return null;
  }
}

/** A factor set cut to MAX_FACTOR characters, without strings that contain a shorter one; null when unusable. */
function tidy(factors: string[] | null): string[] | null {
  if (!factors || factors.length === 0 || shortest(factors) < MIN_FACTOR) return null;
  const cut = unique(factors.map((f) => f.slice(0, MAX_FACTOR))).sort((a, b) => a.length - b.length);
  return cut.filter((f, i) => !cut.slice(0, i).some((shorter) => f.includes(shorter)));
}

// Two- and three-character windows of the text, stamped in a shared table: a factor whose first
// characters are not stamped cannot occur, and most are rejected with one array read.
// One byte a slot keeps the table small enough for the CPU's fast caches: an index stamps its number
// modulo 255, and the table is cleared whenever those numbers come round again.
const TABLE_BITS = 16;
const TABLE_MASK = (1 << TABLE_BITS) - 1;
const STAMP_VALUES = 255;
const stamps = new Uint8Array(1 << TABLE_BITS);
/** Indexes made so far; only the newest one's stamps are in the table. */
let generation = 0;

// Per table slot, a bit for each gate with a factor that starts there (gates past 32 share bits).
// An index ORs the bits of every slot its text stamps: a gate whose bit is not set has no factor
// in the text, which one AND says instead of a table read per factor.
const GATE_BITS = 32;
const owners = new Uint32Array(1 << TABLE_BITS);
let gatesMade = 0;

function bigramHash(a: number, b: number): number {
  return (a * 31 + b) & TABLE_MASK;
}

function trigramHash(a: number, b: number, c: number): number {
  return ((a * 31 + b) * 37 + c + 0x5bd1) & TABLE_MASK;
}

/** The table slot a factor's first two or three characters stamp. */
function factorHash(factor: string): number {
  const a = factor.charCodeAt(0);
  const b = factor.charCodeAt(1);
  return factor.length > 2 ? trigramHash(a, b, factor.charCodeAt(2)) : bigramHash(a, b);
}

/** The table slot a factor's last three characters stamp (its first two when it is shorter). */
function factorTailHash(factor: string): number {
  const n = factor.length;
  return n > 3 ? trigramHash(factor.charCodeAt(n - 3), factor.charCodeAt(n - 2), factor.charCodeAt(n - 1)) : factorHash(factor);
}

/** A text prepared for many "does it contain this?" questions. */
export class TextIndex {
  private readonly generation: number;
  private readonly stamp: number;
  /** The owner bits of every slot the text stamps. */
  readonly gateBits: number = 0;
  /** Gates made before this index: only their bits are in `gateBits`. */
  readonly gatesKnown = gatesMade;

  constructor(readonly text: string) {
    generation++;
    const stamp = (generation % STAMP_VALUES) + 1;
    if (stamp === 1) stamps.fill(0);
    this.generation = generation;
    this.stamp = stamp;
    const n = text.length;
    if (n < 2) return;
    let a = text.charCodeAt(0);
    let b = text.charCodeAt(1);
    let hash = bigramHash(a, b);
    stamps[hash] = stamp;
    let bits = owners[hash];
    for (let i = 2; i < n; i++) {
      const c = text.charCodeAt(i);
      hash = trigramHash(a, b, c);
      stamps[hash] = stamp;
      bits |= owners[hash];
      hash = bigramHash(b, c);
      stamps[hash] = stamp;
      bits |= owners[hash];
      a = b;
      b = c;
    }
    this.gateBits = bits;
  }

  /** The stamp to compare table slots with, or -1 when a newer index owns the table (nothing can be ruled out). */
  currentStamp(): number {
    return this.generation === generation ? this.stamp : -1;
  }

  /** Might the text contain a string whose factorHash is `hash`? False is certain. */
  mayContain(hash: number): boolean {
    // Only the newest index owns the table; an older one cannot rule anything out.
    return this.generation !== generation || stamps[hash] === this.stamp;
  }

  contains(factor: string): boolean {
    return factor.length < 2 || this.mayContain(factorHash(factor)) ? this.text.includes(factor) : false;
  }
}

/** Strings of which every match holds one, with the table slots their first and last characters stamp. */
class FactorSet {
  private readonly hashes: Int32Array;
  /** A second slot per factor: a text holding the factor stamps both (fewer needless searches). */
  private readonly tailHashes: Int32Array;

  constructor(readonly strings: string[]) {
    this.hashes = Int32Array.from(strings, factorHash);
    this.tailHashes = Int32Array.from(strings, factorTailHash);
  }

  /** The table slots the strings start at (for the owner bits). */
  startSlots(): Int32Array {
    return this.hashes;
  }

  /** Does `text` hold one of the strings? `stamp` is the index's, or -1 when the table cannot rule anything out. */
  anyIn(text: string, stamp: number): boolean {
    const { strings, hashes, tailHashes } = this;
    for (let f = 0; f < strings.length; f++) {
      if ((stamp < 0 || (stamps[hashes[f]] === stamp && stamps[tailHashes[f]] === stamp)) && text.includes(strings[f])) return true;
    }
    return false;
  }
}

/** A regex with its gate: `test` and `exec` answer as the regex would, skipping texts it cannot match. */
export class GatedRegex {
  readonly factors: string[] | null;
  /** The factor sets a matching text must all pass, `factors` first. */
  private readonly sets: FactorSet[];
  /** Order of making, and the owner bit it sets in the slots its factors start at. */
  private readonly id = gatesMade++;
  private readonly bit = 1 << (this.id % GATE_BITS);
  private lastIndexChecked: TextIndex | null = null;
  private lastAnswer = true;

  constructor(readonly regex: RegExp) {
    this.sets = requiredFactorSets(regex).map((strings) => new FactorSet(strings));
    this.factors = this.sets.length > 0 ? this.sets[0].strings : null;
    if (this.sets.length > 0) for (const hash of this.sets[0].startSlots()) owners[hash] |= this.bit;
  }

  /** False only when no text inside `index.text` can match. */
  mayMatch(index: TextIndex): boolean {
    if (this.sets.length === 0) return true;
    if (this.lastIndexChecked !== index) {
      this.lastIndexChecked = index;
      if (this.id < index.gatesKnown && (index.gateBits & this.bit) === 0) {
        this.lastAnswer = false; // no slot the text stamps starts one of the first set's factors
        return false;
      }
      const stamp = index.currentStamp();
      let answer = true;
      for (let s = 0; s < this.sets.length && answer; s++) answer = this.sets[s].anyIn(index.text, stamp);
      this.lastAnswer = answer;
    }
    return this.lastAnswer;
  }

  /** `regex.test(text)` where `text` is `index.text` or a part of it. */
  test(index: TextIndex, text: string = index.text): boolean {
    return this.mayMatch(index) && this.regex.test(text);
  }

  /** `regex.exec(text)` where `text` is `index.text` or a part of it. */
  exec(index: TextIndex, text: string = index.text): RegExpExecArray | null {
    return this.mayMatch(index) ? this.regex.exec(text) : null;
  }
}
