/**
 * Classifies comments from JSON Lines on stdin: `{"id","text"}` in, `{"id","findings":[...]}` out,
 * one line per input line, in order, streaming (bounded memory however long the input).
 *   npm run --silent classify < comments.jsonl
 * A malformed line gives `{"id":null,"error":"..."}` and processing continues. The findings are the
 * same under every policy (the policy decides what is done with them), so it takes no options.
 */
import { createInterface } from 'node:readline';
import { analyze } from '../rules/analyze';
import type { AnalyzeOptions } from '../rules/types';

export function classifyLine(line: string, options: AnalyzeOptions): string {
  let input: unknown;
  try {
    input = JSON.parse(line);
  } catch (error) {
    return JSON.stringify({ id: null, error: `invalid JSON: ${(error as Error).message}` });
  }
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return JSON.stringify({ id: null, error: 'expected an object {"id","text"}' });
  }
  const { id, text } = input as { id?: unknown; text?: unknown };
  const validId = typeof id === 'string' || typeof id === 'number' ? id : null;
  if (typeof text !== 'string') return JSON.stringify({ id: validId, error: 'missing "text" string' });
  try {
    return JSON.stringify({ id: validId, findings: analyze(text, options) });
  } catch (error) {
    return JSON.stringify({ id: validId, error: `analysis failed: ${(error as Error).message}` });
  }
}

const USAGE = 'Användning: npm run --silent classify < kommentarer.jsonl (en rad {"id","text"} per kommentar; inga val)';

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args.includes('--help') || args.includes('-h')) {
    console.log(USAGE);
    return;
  }
  if (args.length) {
    console.error(`Okänt val ${args[0]}. ${USAGE}`);
    process.exitCode = 2;
    return;
  }
  const options: AnalyzeOptions = {};
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    if (line.trim() === '') continue;
    const out = classifyLine(line, options) + '\n';
    // Respect back-pressure so memory stays bounded when stdout is slower than stdin.
    if (!process.stdout.write(out)) await new Promise<void>((resolve) => process.stdout.once('drain', () => resolve()));
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
