import type { AnalyzeOptions, Finding } from './types';
import { detectIdentifiers } from './identifiers';
import { detectIntent } from './intent';
import { detectLexical } from './lexical';
import { withDiacritics } from './normalize/diacritics';
import { withoutSalesPitchReplies } from './sales-pitch';
import { withoutAbusiveOrders } from './abusive-orders';

type Detector = (text: string, options: AnalyzeOptions) => Finding[];

const DETECTORS: Array<[string, Detector]> = [
  ['identifiers', detectIdentifiers],
  ['lexical', detectLexical],
  ['intent', detectIntent],
];

/**
 * A detector that failed is said in the console (the extension's background, where the rules run),
 * so "no findings" from a broken rule does not pass for a clean text unnoticed.
 */
function reportFailure(name: string, error: unknown): void {
  console.error(`Uppsikt: the ${name} rules failed on a text and found nothing in it`, error);
}

/**
 * Everything in `text` the editor must act on. Never throws: a detector that fails is skipped,
 * so one broken rule cannot hide the others' findings.
 */
export function analyze(text: string, options: AnalyzeOptions = {}): Finding[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const read = readable(text);
  const findings: Finding[] = [];
  for (const [name, detect] of DETECTORS) {
    try {
      for (const finding of detect(read, options)) findings.push(citedFrom(text, read, finding));
    } catch (error) {
      reportFailure(name, error); // a failing detector must not stop the others (GUIDE, Errors)
    }
  }
  return findings.length > 1 ? settled(findings) : findings;
}

/** The text as the rules read it: with å/ä/ö put back when it was typed without them (same length). */
function readable(text: string): string {
  try {
    return withDiacritics(text) ?? text;
  } catch (error) {
    reportFailure('diacritics', error);
    return text;
  }
}

/** A finding in the text as read, citing the text as typed (the offsets are the same). */
function citedFrom(text: string, read: string, finding: Finding): Finding {
  return read === text ? finding : { ...finding, evidence: text.slice(finding.start, finding.end) };
}

/**
 * `analyze` for many texts at once (the content script sends comments in batches): the same
 * findings for each text, with each detector family run over the whole batch in turn, which keeps
 * one family's code and tables warm in the processor's caches (about a fifth faster than text by text).
 */
export function analyzeMany(texts: readonly string[], options: AnalyzeOptions = {}): Finding[][] {
  const results = texts.map((): Finding[] => []);
  const read = texts.map((text) => (typeof text === 'string' ? readable(text) : text));
  for (const [name, detect] of DETECTORS) {
    texts.forEach((text, i) => {
      if (typeof text !== 'string' || text.length === 0) return;
      try {
        const found = detect(read[i], options);
        for (const finding of found) results[i].push(citedFrom(text, read[i], finding));
      } catch (error) {
        reportFailure(name, error); // as in analyze: a failing detector must not stop the others
      }
    });
  }
  return results.map((findings) => (findings.length > 1 ? settled(findings) : findings));
}

/** A comment's findings weighed against each other (a pitch or an abusive order is no question to answer), in text order. */
function settled(findings: Finding[]): Finding[] {
  return withoutAbusiveOrders(withoutSalesPitchReplies(findings)).sort(byStartThenConfidence);
}

function byStartThenConfidence(a: Finding, b: Finding): number {
  return a.start - b.start || b.confidence - a.confidence;
}
