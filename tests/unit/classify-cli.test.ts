import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

function classify(input: string, args: string[] = []): string[] {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/classify.ts', ...args], { cwd: root, input, encoding: 'utf8', timeout: 60_000 });
  expect(result.status, result.stderr).toBe(0);
  return result.stdout.split('\n').filter(Boolean);
}

describe('classify CLI', () => {
  it('writes one result line per input line, in order, and survives a malformed line', () => {
    const input = [
      JSON.stringify({ id: 'c1', text: 'Du är en jävla idiot' }),
      '{not json',
      JSON.stringify({ id: 'c2', text: 'Kyrkan har konsert på söndag kl 16, fri entré.' }),
      JSON.stringify({ id: 'c3', text: 'Min mamma har demens' }),
    ].join('\n');
    const lines = classify(input, ['--preset', 'stockholm']).map((l) => JSON.parse(l));
    expect(lines).toHaveLength(4);
    expect(lines[0].id).toBe('c1');
    expect(lines[0].findings.some((f: { category: string }) => f.category === 'prohibited.attack')).toBe(true);
    expect(lines[1]).toMatchObject({ id: null });
    expect(typeof lines[1].error).toBe('string');
    expect(lines[2]).toEqual({ id: 'c2', findings: expect.any(Array) });
    expect(lines[2].findings.some((f: { category: string }) => f.category.startsWith('prohibited.'))).toBe(false);
    expect(lines[3].findings.some((f: { category: string }) => f.category === 'sensitive.health')).toBe(true);
    for (const f of lines[0].findings) expect('Du är en jävla idiot'.slice(f.start, f.end)).toBe(f.evidence);
  });
});
