import { describe, expect, it } from 'vitest';
import { compileLexicon, Matcher } from '@/rules/lexical/matcher';
import type { LexiconEntry } from '@/rules/lexical/lexicon';
import { tokenize } from '@/rules/lexical/tokenize';

const entries: LexiconEntry[] = [
  { id: 't.idiot', category: 'prohibited.attack', stems: ['idiot'], compound: 'head', note: 'test' },
  { id: 't.svin', category: 'prohibited.attack', stems: ['svin'], compound: 'modifier', note: 'test' },
  { id: 't.fan', category: 'prohibited.obscene', forms: ['fan', 'jävla'], note: 'test' },
  { id: 't.phrase', category: 'prohibited.threat', phrases: ['vi vet var du bor'], note: 'test' },
  { id: 't.union', category: 'sensitive.union', forms: ['Kommunal'], caseSensitive: true, note: 'test' },
  { id: 't.fitta', category: 'prohibited.sexual', stems: ['fitta'], note: 'test' },
];
const matcher = new Matcher(compileLexicon(entries));

function idsIn(text: string): string[] {
  const { tokens } = tokenize(text);
  return matcher.scan(tokens).map((h) => h.entry.id);
}

describe('lexicon matcher', () => {
  it('matches a stem with Swedish inflection endings', () => {
    for (const word of ['idiot', 'idioter', 'idioterna', 'idiotens', 'idioten']) expect(idsIn(`ni är ${word}`)).toContain('t.idiot');
  });

  it('matches listed words as compound parts', () => {
    expect(idsIn('jävlaidioter hela bunten')).toContain('t.idiot');
    expect(idsIn('svinkommunen gör det igen')).toContain('t.svin');
  });

  it('matches exact forms only as whole words', () => {
    expect(idsIn('fan också')).toContain('t.fan');
    expect(idsIn('det fanns inga fans där')).not.toContain('t.fan');
  });

  it('sees through repeated letters, split letters, masks and leetspeak', () => {
    expect(idsIn('vilket jävvvvla väder')).toContain('t.fan');
    expect(idsIn('i d i o t')).toContain('t.idiot');
    expect(idsIn('i.d.i.o.t.e.r allihop')).toContain('t.idiot');
    expect(idsIn('f*n ta det')).toContain('t.fan');
    expect(idsIn('idi0t')).toContain('t.idiot');
    expect(idsIn('fittttta')).toContain('t.fitta');
  });

  it('matches phrases word by word', () => {
    expect(idsIn('Vi vet var du bor.')).toContain('t.phrase');
    expect(idsIn('vi vet var biblioteket finns')).not.toContain('t.phrase');
  });

  it('honours case-sensitive entries (the union Kommunal, not the adjective)', () => {
    expect(idsIn('Jag är med i Kommunal')).toContain('t.union');
    expect(idsIn('en kommunal förvaltning')).not.toContain('t.union');
  });

  it('reports token ranges that map to the original words', () => {
    const text = 'Hej, i.d.i.o.t!';
    const { tokens } = tokenize(text);
    const hit = matcher.scan(tokens).find((h) => h.entry.id === 't.idiot');
    expect(hit).toBeDefined();
    const token = tokens[hit!.first];
    expect(text.slice(token.start, token.end)).toBe('i.d.i.o.t');
  });
});
