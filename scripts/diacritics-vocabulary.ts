/**
 * Writes `rules/lexicons/sv/diacritics.json`'s generated lists from the words with å/ä/ö that the rules
 * know (the word lists and the rules' own patterns), and says which spellings need a choice by hand:
 *   npx tsx scripts/diacritics-vocabulary.ts [--dictionary /usr/share/dict/swedish] [--write]
 * - `restore`: a known word whose spelling without å/ä/ö ("doda" for "döda") is no Swedish word of its
 *   own and stands for no other known word;
 * - `asTyped`: Swedish words without å/ä/ö that would otherwise be read as an inflection or compound of
 *   a known word ("dotter" is no "dött|er");
 * - to decide by hand, in `choices` with a reason: a spelling that is a word of its own ("far", "vantar"),
 *   stands for two known words ("nar": när or når), or is a listed word that a common word typed without
 *   å/ä/ö also gives ("hora" for "höra").
 * The dictionary is Debian's wswedish (Latin-1, apt-get install wswedish); it is needed only here.
 */
import { readFileSync, readdirSync, writeFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LEXICON_FILES } from '../rules/lexical/lexicons';
import { diacriticsReader } from '../rules/normalize/diacritics';
import { foldDiacritics, knownWords, type DiacriticsData } from '../rules/normalize/diacritics-data';
import { argument } from './lib/argument';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const DIACRITICS_DATA = join(ROOT, 'rules/lexicons/sv/diacritics.json');


function filesUnder(dir: string, ext: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path, ext) : path.endsWith(ext) ? [path] : [];
  });
}

/** The rules' source files and word lists, whose words with å/ä/ö are the ones to restore. */
export function ruleSources(): string[] {
  return [...filesUnder(join(ROOT, 'rules'), '.ts'), ...filesUnder(join(ROOT, 'rules/lexicons'), '.json')].filter((path) => path !== DIACRITICS_DATA);
}

function main(): void {
  const known = knownWords(ruleSources().map((path) => readFileSync(path, 'utf8')));
  const dictionaryPath = argument('--dictionary') ?? '/usr/share/dict/swedish';
  let dictionary: string[];
  try {
    dictionary = [...new Set(readFileSync(dictionaryPath, 'latin1').split('\n').map((w) => w.trim().toLowerCase()).filter(Boolean))];
  } catch (error) {
    console.error(`diacritics-vocabulary: kunde inte läsa ordlistan ${dictionaryPath} (apt-get install wswedish): ${(error as Error).message}`);
    process.exit(2);
  }
  const plainWords = new Set(dictionary.filter((w) => !/[åäö]/.test(w)));
  const data = JSON.parse(readFileSync(DIACRITICS_DATA, 'utf8')) as DiacriticsData;
  const entries = LEXICON_FILES.flatMap((file) => file.entries);

  const bySpelling = new Map<string, string[]>();
  for (const word of known) bySpelling.set(foldDiacritics(word), [...(bySpelling.get(foldDiacritics(word)) ?? []), word]);
  const restore: string[] = [];
  const undecided: string[] = [];
  for (const [spelling, words] of [...bySpelling].sort(([a], [b]) => a.localeCompare(b))) {
    if (Object.hasOwn(data.choices, spelling)) continue;
    const own = plainWords.has(spelling) || known.has(spelling);
    if (words.length === 1 && !own) restore.push(words[0]);
    else undecided.push(`${spelling}: ${words.join(' / ')}${own ? ' (är ett eget ord)' : ''}`);
  }
  // Listed words that a common word typed without å/ä/ö also gives ("hora" for "höra").
  const listed = new Set(entries.flatMap((e) => [...(e.stems ?? []), ...(e.forms ?? [])]).map((w) => w.toLowerCase()).filter((w) => !/[åäö ]/.test(w)));
  for (const word of dictionary) {
    const spelling = foldDiacritics(word);
    if (spelling !== word && listed.has(spelling) && !Object.hasOwn(data.choices, spelling)) undecided.push(`${spelling}: listat ord, och ${word} utan å/ä/ö`);
  }

  const reader = diacriticsReader({ ...data, restore, asTyped: [] }, entries);
  const asTyped = [...plainWords].filter((w) => !Object.hasOwn(data.choices, w) && reader.wordFor(w) !== undefined).sort();

  console.log(`${known.size} ord med å/ä/ö; ${restore.length} återställs; ${asTyped.length} ord lämnas som de skrivs; ${undecided.length} behöver ett val i choices:`);
  for (const line of undecided) console.log(`  ${line}`);
  if (process.argv.includes('--write')) {
    writeFileSync(DIACRITICS_DATA, `${JSON.stringify({ ...data, restore, asTyped }, null, 2)}\n`);
    console.log(`skrev ${DIACRITICS_DATA}`);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
