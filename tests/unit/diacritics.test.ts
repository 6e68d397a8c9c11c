// Comments typed without å, ä and ö (a foreign keyboard, a phone set to English) are read as the
// words the rules know, so they are flagged as the same comment typed with them.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '@/rules/analyze';
import { FLAG_THRESHOLD, type Category } from '@/rules/categories';
import { withDiacritics } from '@/rules/normalize/diacritics';
import { foldDiacritics, knownWords, type DiacriticsData } from '@/rules/normalize/diacritics-data';
import data from '@/rules/lexicons/sv/diacritics.json';
import { ruleSources } from '../../scripts/diacritics-vocabulary';

const flagged = (text: string): Category[] =>
  [...new Set(analyze(text).filter((f) => f.confidence >= FLAG_THRESHOLD).map((f) => f.category))].sort();

describe('withDiacritics', () => {
  it.each([
    ['nar oppnar badhuset i helgen', 'när öppnar badhuset i helgen'],
    ['NAR KOMMER PLOGBILEN, VI AR INSNOADE', 'NÄR KOMMER PLOGBILEN, VI ÄR INSNOADE'],
    ['jag ska doda dig', 'jag ska döda dig'],
    ['Han dodade katten', 'Han dödade katten'], // an inflection of a listed word
    ['era invandrarjavlar ska bort', 'era invandrarjävlar ska bort'], // a listed compound head
  ])('puts å, ä and ö back in %j', (typed, read) => {
    expect(withDiacritics(typed)).toBe(read);
  });

  it.each([
    ['far jag parkera har?', 'får jag parkera har?'],
    ['min far ar sjuk', 'min far är sjuk'],
    ['barnet far illa hemma', null],
    ['kul att hora att det ar lost', 'kul att höra att det är lost'],
    ['du ar en hora', 'du är en hora'],
    ['Brann ner hela kommunhuset', 'Bränn ner hela kommunhuset'],
    ['det brann ner i natt och vi undrar om bussen gar', 'det brann ner i natt och vi undrar om bussen går'],
    ['Var son far inte plats pa forskolan', 'Vår son får inte plats på förskolan'],
    ['var bor du och var ar ni', 'var bor du och var är ni'],
    ['min dotter har fatt en diagnos', 'min dotter har fått en diagnos'], // 'dotter' is no 'dött|er'
    ['Grannen bor pa Larkvagen 9', 'Grannen bor på Larkvägen 9'], // a street name's last part
    ['Graffitin ska bort. Och satt upp kameror', 'Graffitin ska bort. Och sätt upp kameror'],
    ['Kommunen satt upp kameror vid torget och det ar bra', 'Kommunen satt upp kameror vid torget och det är bra'],
  ])('reads a spelling that is also a word by its neighbours: %j', (typed, read) => {
    expect(withDiacritics(typed)).toBe(read);
  });

  it.each([
    'När öppnar badhuset? Jag ska doda dig', // å/ä/ö typed: the writer has the letters
    'I will kill you for that, see you at the gym', // English
    'Maila jonas.p(at)telia.com eller @sta_nord, se www.kop.se och pa.se/nar', // addresses and handles
    '12345 ?? !!',
    'jag ska d0da dig, h!ora', // letters written as digits or signs: the normaliser reads the whole word
  ])('leaves %j as typed', (text) => {
    expect(withDiacritics(text)).toBeNull();
  });

  it.each(['İNTE pa SKOLAN, DODA İDİOTEN', 'nar\u0301 oppnar pa', 'ﬁnns det nagon'])('keeps the length of %j, whatever its letters', (text) => {
    const read = withDiacritics(text);
    expect(read).not.toBeNull();
    expect(read!.length).toBe(text.length);
  });

  it('keeps the length, so findings cite the comment as typed', () => {
    const typed = 'Kommunalradet borde hangas i narmaste lyktstolpe, forradare!';
    const findings = analyze(typed).filter((f) => f.confidence >= FLAG_THRESHOLD);
    expect(findings.map((f) => f.category)).toContain('prohibited.threat');
    for (const f of findings) expect(f.evidence).toBe(typed.slice(f.start, f.end));
    expect(findings.map((f) => f.evidence)).toContain('hangas');
  });
});

describe('comments typed without å, ä and ö are flagged as with them', () => {
  it.each<[string, Category[]]>([
    ['När tömmer ni soporna på Björkvägen?', ['needs-reply']],
    ['jag ska döda dig din jävla idiot', ['prohibited.attack', 'prohibited.threat']],
    ['Min son har adhd och får ingen hjälp i skolan, vem kan vi prata med?', ['needs-reply', 'personal.case', 'sensitive.health']],
    ['Skicka bilder på din dotter i badkläder så betalar jag bra', ['prohibited.csam']],
    ['Min dotter är muslim och äter inte fläsk, finns det alternativ i skolmaten?', ['needs-reply', 'sensitive.religion']],
    ['Kommunalrådet borde hängas i närmaste lyktstolpe', ['prohibited.threat']],
    ['Kul att höra att badet öppnar igen!', []],
    ['jag ska d0da dig', ['prohibited.threat']],
    ['Snö på taket på skolan ser farligt ut', []],
    ['kan ni inte låta bussen stanna närmare, jag är gravid och orkar inte gå', ['needs-reply', 'sensitive.health']],
  ])('%s', (text, expected) => {
    expect(flagged(text)).toEqual(expected);
    expect(flagged(foldDiacritics(text))).toEqual(expected);
  });

  /** Precision and recall over a labelled corpus, all categories together. */
  function scores(items: Array<{ text: string; labels: Category[] }>): { precision: number; recall: number } {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const { text, labels } of items) {
      const got = new Set(flagged(text));
      for (const label of labels) {
        if (got.has(label)) tp++;
        else fn++;
      }
      for (const category of got) if (!labels.includes(category)) fp++;
    }
    return { precision: tp / (tp + fp), recall: tp / (tp + fn) };
  }

  it.each([
    '../../../shared/corpus/comments-dev.jsonl',
    '../fixtures/corpus/everyday-sv.jsonl',
    '../fixtures/corpus/everyday-sv-2.jsonl',
    '../fixtures/corpus/everyday-sv-3.jsonl',
    '../fixtures/corpus/everyday-sv-4.jsonl',
    '../fixtures/corpus/everyday-sv-5.jsonl',
    '../fixtures/corpus/everyday-sv-6.jsonl',
    '../fixtures/corpus/everyday-sv-7.jsonl',
    '../fixtures/corpus/everyday-sv-8.jsonl',
    '../fixtures/corpus/everyday-sv-9.jsonl',
    '../fixtures/corpus/everyday-sv-10.jsonl',
    '../fixtures/corpus/everyday-sv-11.jsonl',
    '../fixtures/corpus/everyday-en.jsonl',
    '../fixtures/corpus/everyday-sv-12.jsonl',
    '../fixtures/corpus/everyday-sv-13.jsonl',
    '../fixtures/corpus/everyday-sv-14.jsonl',
    '../fixtures/corpus/everyday-sv-15.jsonl',
    '../fixtures/corpus/everyday-sv-16.jsonl',
    '../fixtures/corpus/everyday-sv-17.jsonl',
    '../fixtures/corpus/everyday-sv-18.jsonl',
    '../fixtures/corpus/everyday-sv-19.jsonl',
    '../fixtures/corpus/everyday-sv-20.jsonl',
    '../fixtures/corpus/everyday-sv-21.jsonl',
  ])('%s typed without å/ä/ö scores within 0.03 of itself', (file) => {
    const items = fs.readFileSync(path.resolve(import.meta.dirname, file), 'utf8').split('\n').filter((l) => l.trim())
      .map((line) => JSON.parse(line) as { text: string; labels: Category[] })
      .filter(({ text }) => /[åäöÅÄÖ]/.test(text));
    const typed = scores(items);
    const folded = scores(items.map((item) => ({ ...item, text: foldDiacritics(item.text) })));
    expect(folded.recall).toBeGreaterThanOrEqual(typed.recall - 0.03);
    expect(folded.precision).toBeGreaterThanOrEqual(typed.precision - 0.03);
  });
});

describe('the word list', () => {
  const { restore, choices } = data as DiacriticsData;

  it('restores or decides every word with å/ä/ö that the rules know (npx tsx scripts/diacritics-vocabulary.ts --write)', () => {
    const decided = new Set([...restore.map(foldDiacritics), ...Object.keys(choices)]);
    const known = knownWords(ruleSources().map((file) => fs.readFileSync(file, 'utf8')));
    expect([...known].filter((word) => !decided.has(foldDiacritics(word)))).toEqual([]);
  });

  it('decides each spelling by hand with a reason, for a word of the same letters', () => {
    for (const [spelling, choice] of Object.entries(choices)) {
      expect(choice.why.length, spelling).toBeGreaterThan(5);
      if (choice.as) expect(foldDiacritics(choice.as), spelling).toBe(spelling);
    }
  });
});
