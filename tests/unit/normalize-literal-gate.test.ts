// The gates that let the phrase patterns skip a text must never skip one the pattern matches:
// findings stay exactly what the plain regex gives.
import { describe, expect, it } from 'vitest';
import * as intentPatterns from '@/rules/intent/patterns';
import { lexicons } from '@/rules/lexical/lexicons';
import { GatedRegex, requiredFactors, requiredFactorSets, TextIndex } from '@/rules/normalize/literal-gate';
import { random } from '@/utils/random';


const PIECES = [
  'jag undrar', 'om', 'när', 'har inte kommit', 'på', 'två veckor', 'sopbilen', 'min ansökan', 'kan ni ringa mig', 'du', 'är', 'en',
  'idiot', 'fungerar inte', 'någon som vet', 'eller hur', 'hur svårt kan det vara', 'svara', 'ta bort det', 'hej', 'kommunen', '?', '!',
  '.', ',', 'Text: Anna Berg', '500 kr', 'www.fejk.xyz', 'mp3', '© 2024', 'upphovsrättslagen', 'ÅÄÖ', 'i d i o t', '😀', '\n',
];

function texts(count: number, seed: number): string[] {
  const next = random(seed);
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const words: string[] = [];
    const length = 1 + Math.floor(next() * 10);
    for (let w = 0; w < length; w++) words.push(PIECES[Math.floor(next() * PIECES.length)]);
    out.push(words.join(next() < 0.8 ? ' ' : ''));
  }
  return out;
}

describe('requiredFactors', () => {
  it('finds the words every match must contain', () => {
    expect(requiredFactors(/(?<![\p{L}\p{N}])(?:jag undrar|vi undrar)(?![\p{L}\p{N}])/u)?.sort()).toEqual(['jag undr', 'vi undra']);
    expect(requiredFactors(/\p{L}*gården/u)).toEqual(['gården']);
    expect(requiredFactors(/n[*e]gr\p{L}*/u)?.sort()).toEqual(['n*gr', 'negr']);
    expect(requiredFactors(/(?:^|(?<=[.!?]\s{1,3}))(?:pappa|mamma)/u)?.sort()).toEqual(['mamma', 'pappa']);
  });

  it('gives up (no gate) where a match needs no particular letters or the flags change what a letter matches', () => {
    expect(requiredFactors(/x(?:\s+y){0,3}z/u)).toBeNull();
    expect(requiredFactors(/a|b/u)).toBeNull();
    expect(requiredFactors(/\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+/u)).toBeNull();
    expect(requiredFactors(/passnummer/iu)).toBeNull();
  });
});

describe('requiredFactorSets', () => {
  it('finds every set a match holds a string of, the requiredFactors set first', () => {
    const sets = requiredFactorSets(/(?:grannen|granne)[^]{0,200}?(?:nämnden|tillsyn)/u).map((set) => [...set].sort());
    expect(sets).toEqual([['nämnden', 'tillsyn'], ['granne']]);
    // One set per branch of an alternation, joined: "min … beslut" or "my … decision" holds a noun of either.
    const branches = requiredFactorSets(/(?:min|mitt)\s+(?:ansökan|beslut)|(?:my|our)\s+(?:application|decision)/u).map((set) => [...set].sort());
    expect(branches).toContainEqual(['ansökan', 'applicat', 'beslut', 'decision']);
    expect(branches).toContainEqual(['min', 'mitt', 'my', 'our']);
  });
});

describe('GatedRegex', () => {
  const regexes: RegExp[] = [
    ...Object.values(intentPatterns).filter((v): v is RegExp => v instanceof RegExp),
    ...lexicons().patterns.flatMap((p) => p.regexes.map((r) => new RegExp(r.source, 'u'))),
  ];

  it('answers exactly as the plain regex on the whole text and on its parts', () => {
    let matched = 0;
    for (const regex of regexes) {
      const gated = new GatedRegex(regex);
      for (const text of texts(300, regex.source.length)) {
        const index = new TextIndex(text);
        const expected = regex.test(text);
        if (expected) matched++;
        expect(gated.test(index), `${regex.source.slice(0, 60)} on ${JSON.stringify(text)}`).toBe(expected);
        const part = text.slice(Math.floor(text.length / 3));
        expect(gated.test(index, part)).toBe(regex.test(part));
      }
    }
    expect(matched).toBeGreaterThan(200); // the texts do exercise the patterns
  });
});

describe('TextIndex', () => {
  it('serves any number of gates and texts prepared in any order', () => {
    // More gates than have a bit of their own, and an index kept while newer ones are made.
    const gates = Array.from({ length: 40 }, (_, i) => new GatedRegex(new RegExp(`ord${i}x|w${i}rd`, 'u')));
    const older = new TextIndex('här står ord7x och w33rd');
    const newer = new TextIndex('och här ord39x');
    gates.forEach((gate, i) => {
      expect(gate.test(older)).toBe(i === 7 || i === 33);
      expect(gate.test(newer)).toBe(i === 39);
    });
    const later = new GatedRegex(/ord7x/u);
    expect(later.test(older)).toBe(true); // made after the index: still answers right
  });
});
