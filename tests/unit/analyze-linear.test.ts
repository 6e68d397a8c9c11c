// analyze() on hostile input: long, repetitive and unicode-heavy texts give well-formed findings
// and never throw (rules issue: stays linear, no catastrophic backtracking).
import { describe, expect, it } from 'vitest';
import { analyze } from '@/rules/analyze';

const HOSTILE: Array<[string, string]> = [
  ['1 MB of Swedish comments', 'Varför har sopbilen inte kommit? Ring mig på 070-123 45 67, din jävla idiot! '.repeat(13_000)],
  ['10,000 repeated letters', 'a'.repeat(10_000)],
  ['10,000 repeated digits with separators', '1 '.repeat(10_000)],
  ['10,000 question marks', '?'.repeat(10_000)],
  ['stacked combining marks', 'i\u0337\u0338\u0336d'.repeat(5_000)],
  ['emoji and skin tones', '👍🏽😡'.repeat(5_000)],
  ['broken surrogates and bidi controls', '\ud83d\u202ejävla\udc4d\u200b'.repeat(5_000)],
  ['letters split by spaces', 'i d i o t '.repeat(5_000)],
  ['at-signs and dots', 'a@b.'.repeat(5_000)],
];

describe('analyze on hostile input', () => {
  it.each(HOSTILE)('%s: returns findings that cite the text exactly', (_label, text) => {
    const findings = analyze(text);
    expect(Array.isArray(findings)).toBe(true);
    for (const f of findings) {
      expect(text.slice(f.start, f.end)).toBe(f.evidence);
      expect(f.confidence).toBeGreaterThanOrEqual(0);
      expect(f.confidence).toBeLessThanOrEqual(1);
    }
  }, 60_000);

  it('finds the same things in a comment whether or not it follows a hostile one', () => {
    const comment = 'Min ansökan om bygglov har legat hos er i tre månader. Ring mig på 070-123 45 67!';
    const before = analyze(comment);
    for (const [, text] of HOSTILE) analyze(text.slice(0, 20_000));
    expect(analyze(comment)).toEqual(before);
    expect(before.map((f) => f.category)).toEqual(expect.arrayContaining(['personal.case', 'personal.contact']));
  });
});
