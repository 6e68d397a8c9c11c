/**
 * One cold start of the rules, as the background has each time the browser starts it: loads them and
 * analyses one batch of comments, printing the milliseconds of each as JSON. Run by bench:rules in a
 * fresh process (a warm one would have compiled every pattern already).
 *   npx tsx scripts/bench/rules-cold-start.ts FILE.json   (a JSON array of the batch's texts)
 */
import { readFileSync } from 'node:fs';

const texts = JSON.parse(readFileSync(process.argv[2], 'utf8')) as string[];
const started = performance.now();
const { analyzeMany } = await import('../../rules/analyze');
const loaded = performance.now();
analyzeMany(texts);
const first = performance.now();
analyzeMany(texts.map((text) => `${text} `)); // the same work warm, for comparison
console.log(JSON.stringify({ loadMs: loaded - started, firstBatchMs: first - loaded, warmBatchMs: performance.now() - first }));
