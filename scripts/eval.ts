/**
 * Scores the rules against the labelled corpus and the Swedish RTP-LX development half.
 *   npm run eval [-- --corpus PATH] [--rtp PATH] [--quiet]
 * Paths default to ../shared/... relative to the repository root (CI keeps shared/ beside the clone).
 * A comment is flagged for a category when a finding of it reaches FLAG_THRESHOLD (0.5).
 */
import { readFileSync, existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze } from '../rules/analyze';
import { CATEGORIES, FLAG_THRESHOLD, type Category } from '../rules/categories';
import { argument } from './lib/argument';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const HARM: Category[] = ['prohibited.hate', 'prohibited.threat', 'prohibited.incitement', 'prohibited.sexual', 'prohibited.attack', 'prohibited.csam'];


/** A JSON Lines file; one that cannot be read, or a line that is no JSON, stops the run with where and why (no stack trace). */
function readJsonLines<T>(path: string): T[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    return fail(`kunde inte läsa ${path}: ${(error as Error).message}`);
  }
  return text.split('\n').flatMap((line, i) => {
    if (!line.trim()) return [];
    try {
      return [JSON.parse(line) as T];
    } catch {
      return fail(`${path}, rad ${i + 1}, är ingen JSON (en rad {"text", "labels"} per kommentar)`);
    }
  });
}

function fail(message: string): never {
  console.error(`eval: ${message}`);
  process.exit(2);
}

function flagged(text: string): Set<Category> {
  return new Set(analyze(text).filter((f) => f.confidence >= FLAG_THRESHOLD).map((f) => f.category));
}

const pct = (x: number) => (Number.isFinite(x) ? x.toFixed(2) : '  - ');

interface Scores {
  tp: number;
  fp: number;
  fn: number;
}

function prf({ tp, fp, fn }: Scores): { precision: number; recall: number; f1: number } {
  const precision = tp + fp === 0 ? NaN : tp / (tp + fp);
  const recall = tp + fn === 0 ? NaN : tp / (tp + fn);
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : NaN;
  return { precision, recall, f1 };
}

interface CorpusLine {
  id: string;
  text: string;
  labels: string[];
  /** "UNSURE[cat,cat]": the author was unsure of those categories here, which are left out of the scores ("*": the whole line). */
  note?: string;
}

/** The categories a line's note leaves out of the scores. */
function unsureOf(line: CorpusLine): Set<string> {
  const match = /UNSURE\[([^\]]*)\]/.exec(line.note ?? '');
  return new Set(match ? match[1].split(',').map((c) => c.trim()) : []);
}

function evalCorpus(path: string, quiet: boolean): void {
  const lines = readJsonLines<CorpusLine>(path);
  const scores = new Map<Category, Scores>(CATEGORIES.map((c) => [c, { tp: 0, fp: 0, fn: 0 }]));
  const misses: string[] = [];
  const alarms: string[] = [];
  for (const line of lines) {
    const unsure = unsureOf(line);
    if (unsure.has('*')) continue;
    const got = flagged(line.text);
    const want = new Set(line.labels as Category[]);
    for (const c of CATEGORIES) {
      if (unsure.has(c)) continue;
      const s = scores.get(c) as Scores;
      if (got.has(c) && want.has(c)) s.tp++;
      else if (got.has(c)) {
        s.fp++;
        alarms.push(`${c.padEnd(22)} ${line.id}  ${line.text.slice(0, 110)}`);
      } else if (want.has(c)) {
        s.fn++;
        misses.push(`${c.padEnd(22)} ${line.id}  ${line.text.slice(0, 110)}`);
      }
    }
  }
  console.log(`\nCorpus ${path} (${lines.length} lines), flagged at confidence >= ${FLAG_THRESHOLD}`);
  console.log(`${'category'.padEnd(24)}  n    P     R     F1`);
  for (const c of CATEGORIES) {
    const s = scores.get(c) as Scores;
    const { precision, recall, f1 } = prf(s);
    console.log(`${c.padEnd(24)} ${String(s.tp + s.fn).padStart(3)}  ${pct(precision)}  ${pct(recall)}  ${pct(f1)}`);
  }
  // All categories pooled: the figure the README quotes per corpus.
  const all = [...scores.values()].reduce((sum, s) => ({ tp: sum.tp + s.tp, fp: sum.fp + s.fp, fn: sum.fn + s.fn }), { tp: 0, fp: 0, fn: 0 });
  const pooled = prf(all);
  console.log(`${'all categories'.padEnd(24)} ${String(all.tp + all.fn).padStart(3)}  ${pct(pooled.precision)}  ${pct(pooled.recall)}  ${pct(pooled.f1)}`);
  if (!quiet) {
    console.log(`\nMisses (${misses.length}):`);
    for (const m of misses) console.log(`  ${m}`);
    console.log(`\nFalse alarms (${alarms.length}):`);
    for (const a of alarms) console.log(`  ${a}`);
  }
}

interface RtpRow {
  id: string;
  text: string;
  toxicity: number;
}

function evalRtp(path: string, quiet: boolean): void {
  const rows = readJsonLines<RtpRow>(path);
  const results = rows.map((r) => ({ row: r, harm: [...flagged(r.text)].some((c) => HARM.includes(c)) }));
  console.log(`\nRTP-LX Swedish ${path} (${rows.length} rows); harm = any of ${HARM.join(', ')} flagged`);
  for (const threshold of [2, 3]) {
    const s: Scores = { tp: 0, fp: 0, fn: 0 };
    for (const { row, harm } of results) {
      const positive = row.toxicity >= threshold;
      if (harm && positive) s.tp++;
      else if (harm) s.fp++;
      else if (positive) s.fn++;
    }
    const { precision, recall, f1 } = prf(s);
    console.log(`toxicity >= ${threshold}: positives ${s.tp + s.fn}, P ${pct(precision)}  R ${pct(recall)}  F1 ${pct(f1)}`);
  }
  const clean = results.filter((r) => r.row.toxicity < 1.5);
  const fpClean = clean.filter((r) => r.harm);
  console.log(`false-positive rate on clean rows (toxicity < 1.5): ${fpClean.length}/${clean.length} = ${pct(fpClean.length / clean.length)}`);
  if (!quiet) {
    const missed = results.filter((r) => !r.harm && r.row.toxicity >= 2);
    console.log(`\nRTP misses at toxicity >= 2 (${missed.length}):`);
    for (const r of missed) console.log(`  ${r.row.toxicity.toFixed(1)} ${r.row.id}  ${r.row.text.slice(0, 110)}`);
    console.log(`\nRTP false alarms on clean rows (${fpClean.length}):`);
    for (const r of fpClean) console.log(`  ${r.row.toxicity.toFixed(1)} ${r.row.id}  ${r.row.text.slice(0, 110)}`);
  }
}

function main(): void {
  const corpus = argument('--corpus') ?? resolve(ROOT, '../shared/corpus/comments-dev.jsonl');
  const rtp = argument('--rtp') ?? resolve(ROOT, '../shared/data/rtp-lx-sv/dev.jsonl');
  const quiet = process.argv.includes('--quiet');
  let ran = false;
  if (existsSync(corpus)) {
    evalCorpus(corpus, quiet);
    ran = true;
  } else console.error(`corpus not found: ${corpus} (pass --corpus PATH)`);
  if (existsSync(rtp)) {
    evalRtp(rtp, quiet);
    ran = true;
  } else console.error(`RTP-LX not found: ${rtp} (pass --rtp PATH)`);
  if (!ran) process.exitCode = 1;
}

main();
