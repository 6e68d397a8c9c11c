import svContext from '../lexicons/sv/context.json';
import svSensitive from '../lexicons/sv/sensitive.json';
import svProhibited from '../lexicons/sv/prohibited.json';
import svAllow from '../lexicons/sv/allow.json';
import enLexicon from '../lexicons/en/lexicon.json';
import type { LexiconEntry, LexiconFile } from './lexicon';
import { requiredFactors } from '../normalize/literal-gate';
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
}

export interface LoadedLexicons {
  entries: LexiconEntry[];
  matcher: Matcher;
  compiled: CompiledLexicon;
  patterns: CompiledPattern[];
  /** Allow-list substrings: a word containing one is never matched. */
  allowContains: string[];
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
    if (regexes.length > 0) patterns.push({ entry, regexes, factors: regexes.map(requiredFactors), gate });
  }
  const allowContains = entries.flatMap((e) => e.contains ?? []).map((s) => s.toLowerCase());
  loaded = { entries, matcher: new Matcher(compiled), compiled, patterns, allowContains };
  return loaded;
}
