import svContext from '../lexicons/sv/context.json';
import svSensitive from '../lexicons/sv/sensitive.json';
import svProhibited from '../lexicons/sv/prohibited.json';
import svAllow from '../lexicons/sv/allow.json';
import enLexicon from '../lexicons/en/lexicon.json';
import type { LexiconEntry, LexiconFile } from './lexicon';
import { requiredFactors } from '../normalize/literal-gate';
import { LiteralSearch } from '../normalize/literal-search';
import { compileLexicon, Matcher, type CompiledLexicon } from './matcher';

/** Every word-list file the lexical detector uses, Swedish first. */
export const LEXICON_FILES: LexiconFile[] = [svContext, svSensitive, svProhibited, svAllow, enLexicon] as unknown as LexiconFile[];

/** An entry's patterns, run only when its gate (if any) matches the text. */
export interface CompiledPattern {
  entry: LexiconEntry;
  regexes: RegExp[];
  /** Per regex, strings of which every match contains one (null: always run); see literal-gate. */
  factors: Array<string[] | null>;
  gate?: string[];
  /** The gate as one regex (a literal alternation: one pass instead of one search per string). */
  gateRegex?: RegExp;
}

export interface LoadedLexicons {
  entries: LexiconEntry[];
  matcher: Matcher;
  compiled: CompiledLexicon;
  patterns: CompiledPattern[];
  /** Allow-list substrings: a word containing one is never matched. */
  allowContains: string[];
  /** Every pattern's gate strings in one search: a text without any runs no pattern; null when a pattern has no gate. */
  anyGate: LiteralSearch | null;
}

interface LiteralTrie {
  /** A string ends here: for "contains any?" nothing longer needs checking. */
  end: boolean;
  next: Map<number, LiteralTrie>;
}

/** One code unit as a regex atom: letters and digits as they are, everything else escaped. */
function codeUnitAtom(code: number): string {
  const ch = String.fromCharCode(code);
  return /[a-zA-Z0-9]/.test(ch) ? ch : `\\u${code.toString(16).padStart(4, '0')}`;
}

function trieSource(node: LiteralTrie): string {
  if (node.end) return '';
  const alternatives = [...node.next].map(([code, child]) => codeUnitAtom(code) + trieSource(child));
  return alternatives.length === 1 ? alternatives[0] : `(?:${alternatives.join('|')})`;
}

/**
 * A regex that finds any of `strings` exactly as `String.prototype.includes` would (code units,
 * case-sensitive). Written as a trie ("t(?:inyurl|orrent)"), so at each position of a text the engine
 * follows one branch instead of trying every string.
 */
function literalAlternation(strings: string[]): RegExp {
  const root: LiteralTrie = { end: false, next: new Map() };
  for (const s of strings) {
    let node = root;
    for (let i = 0; i < s.length; i++) {
      let child = node.next.get(s.charCodeAt(i));
      if (!child) {
        child = { end: false, next: new Map() };
        node.next.set(s.charCodeAt(i), child);
      }
      node = child;
    }
    node.end = true;
  }
  return new RegExp(trieSource(root));
}

let loaded: LoadedLexicons | undefined;

/** Compiles the word lists once per process (lazily, so importing the module costs nothing). */
export function lexicons(): LoadedLexicons {
  if (loaded) return loaded;
  const entries = LEXICON_FILES.flatMap((file) => file.entries);
  const compiled = compileLexicon(entries);
  const patterns: CompiledPattern[] = [];
  for (const entry of entries) {
    const gate = entry.gate;
    const regexes: RegExp[] = [];
    for (const source of entry.patterns ?? []) {
      try {
        regexes.push(new RegExp(source, 'gu'));
      } catch {
        // A broken pattern in the data must not take the detector down; the lexicon test reports it.
      }
    }
    if (regexes.length > 0) patterns.push({ entry, regexes, factors: regexes.map(requiredFactors), gate, gateRegex: gate && gate.length > 0 ? literalAlternation(gate) : undefined });
  }
  const allowContains = entries.flatMap((e) => e.contains ?? []).map((s) => s.toLowerCase());
  const anyGate = patterns.every((p) => p.gateRegex) ? new LiteralSearch(patterns.flatMap((p) => p.gate ?? [])) : null;
  loaded = { entries, matcher: new Matcher(compiled), compiled, patterns, allowContains, anyGate };
  return loaded;
}
