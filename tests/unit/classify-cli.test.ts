import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

const run = (input: string, args: string[] = []) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'scripts/classify.ts', ...args], { cwd: root, input, encoding: 'utf8', timeout: 60_000 });

function classify(input: string): string[] {
  const result = run(input);
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
    const lines = classify(input).map((l) => JSON.parse(l));
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

  it('takes no options: an unknown one is refused with how to use it, --help says it', () => {
    const refused = run('{"id":"1","text":"Hej"}', ['--preset', 'perstorp']);
    expect(refused.status).toBe(2);
    expect(refused.stdout).toBe('');
    expect(refused.stderr.trim()).toMatch(/^Okänt val --preset\. Användning: npm run --silent classify < kommentarer\.jsonl/);
    const help = run('', ['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^Användning: /);
  });
});
