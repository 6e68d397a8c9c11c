// The background analyses a page's comments in batches with analyzeMany: it must find exactly what
// analyze finds in each text, whatever else is in the batch, for every preset.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze, analyzeMany } from '@/rules/analyze';

const corpus = fs.readFileSync(path.resolve(import.meta.dirname, '../../../shared/corpus/comments-dev.jsonl'), 'utf8')
  .split('\n').filter((line) => line.trim()).map((line) => (JSON.parse(line) as { text: string }).text);

const ODD = ['', 'a', '?'.repeat(3000), '<img src=x onerror=alert(1)>', '\u202eidiot\u202c', 'i d i o t', 'Ring 070-123 45 67 eller 19121212-1212'];

describe('analyzeMany', () => {
  it('finds what analyze finds in each text', () => {
    const texts = [...corpus, ...ODD];
    const own = { emails: ['info@sjovik.se'], phones: ['0771-123 456'], addresses: [], websites: ['sjovik.se'] };
    expect(analyzeMany(texts, { own })).toEqual(texts.map((text) => analyze(text, { own })));
  });

  it('gives one list per text, in order, also for an empty batch', () => {
    expect(analyzeMany([])).toEqual([]);
    const [first, second] = analyzeMany(['Du är en idiot', 'Tack för hjälpen!']);
    expect(first.map((f) => f.category)).toContain('prohibited.attack');
    expect(second.filter((f) => f.confidence >= 0.5)).toEqual([]);
  });
});
