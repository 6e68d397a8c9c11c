import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isCategory } from '@/rules/categories';
import { LEXICON_FILES } from '@/rules/lexical/lexicons';

const entries = LEXICON_FILES.flatMap((f) => f.entries);

describe('word lists (rules/lexicons)', () => {
  it('give every entry a unique id and a note that says why it is there', () => {
    const ids = entries.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const e of entries) expect(e.note.length, e.id).toBeGreaterThan(10);
  });

  it('give every entry either a known finding category or a context tag, and something to match', () => {
    for (const e of entries) {
      expect(e.category !== undefined || e.tag !== undefined, e.id).toBe(true);
      if (e.category !== undefined) expect(isCategory(e.category), e.id).toBe(true);
      const words = (e.stems?.length ?? 0) + (e.forms?.length ?? 0) + (e.phrases?.length ?? 0) + (e.patterns?.length ?? 0) + (e.contains?.length ?? 0);
      expect(words, e.id).toBeGreaterThan(0);
    }
  });

  it('spell every word the way the tokenizer splits text (no hyphens or colons inside a word)', () => {
    const word = /^(?:[\p{L}\p{N}*'’]+|\p{Extended_Pictographic}+)$/u;
    for (const e of entries) {
      for (const w of [...(e.stems ?? []), ...(e.forms ?? []), ...(e.phrases ?? [])].flatMap((p) => p.split(' '))) {
        expect(word.test(w), `${e.id}: "${w}"`).toBe(true);
      }
    }
  });

  it('give every entry with patterns a gate that each of its matches holds (one entry without lets every pattern run on every comment)', () => {
    const corpora = ['../../../shared/corpus/comments-dev.jsonl', ...['', '-2', '-3', '-4', '-5', '-6', '-7', '-8', '-9', '-10'].map((n) => `../fixtures/corpus/everyday-sv${n}.jsonl`)];
    const texts = corpora.flatMap((file) => readFileSync(path.resolve(import.meta.dirname, file), 'utf8').split('\n').filter((l) => l.trim()))
      .map((line) => (JSON.parse(line) as { text: string }).text);
    for (const e of entries.filter((entry) => entry.patterns?.length)) {
      expect(e.gate?.length, e.id).toBeGreaterThan(0);
      for (const source of e.patterns!) {
        const regex = new RegExp(source, 'u');
        for (const text of texts.filter((t) => regex.test(t))) expect(e.gate!.some((g) => text.includes(g)), `${e.id}: ${text}`).toBe(true);
      }
    }
  });

  it('hold patterns that compile and cannot match the empty string', () => {
    for (const e of entries) {
      for (const source of e.patterns ?? []) {
        const regex = new RegExp(source, 'gu');
        expect(regex.test(''), `${e.id}: ${source}`).toBe(false);
      }
    }
  });

  it('cover every sensitive and prohibited category', () => {
    const covered = new Set(entries.map((e) => e.category).filter(Boolean));
    for (const c of ['ethnicity', 'politics', 'religion', 'union', 'health', 'sexuality', 'biometric']) expect(covered).toContain(`sensitive.${c}`);
    for (const c of ['hate', 'threat', 'incitement', 'csam', 'sexual', 'attack', 'obscene', 'commercial', 'copyright']) expect(covered).toContain(`prohibited.${c}`);
  });
});
