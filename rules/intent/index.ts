import type { AnalyzeOptions, Finding } from '../types';
import { detectConfidential } from './confidential';
import { TextIndex } from '../normalize/literal-gate';
import { addressesOrganisation, callsOnReaders, scoreNeedsReply } from './needs-reply';
import { normaliseWithMap, originalSpan, type NormalisedText } from './normalise';
import { detectPersonalCase } from './personal-case';
import { splitSentences } from './sentences';

/** Comments are short; past this length only the beginning is read, so hostile input stays cheap. */
const MAX_INTENT_LENGTH = 20_000;
/** Questions (with or without their mark), as scored: a request or a fault report asks the organisation whoever else is asked. */
const QUESTION_RULES = new Set(['intent.question', 'intent.question-unmarked', 'intent.question-clause']);
/** A verdict of a word or three after a question: the writer's own answer to it. */
const VERDICT = /^\s*(?:\p{L}+\s+){0,2}(?:dubbelmoral|orimligt|skandal|skandalöst|pinsamt|typiskt|löjligt|sjukt|absurt|hyckleri|patetiskt|skämt|såklart|självklart|galet|bedrövligt|uselt|fegt|genant)[\s.!]*$/u;
/** Sentence findings below this are dropped: they would only be noise for the editor. */
const MIN_REPORTED_CONFIDENCE = 0.3;

/**
 * What the writer wants from the organisation: `needs-reply` (questions and requests to answer),
 * `personal.case` (their own matter, to move to case handling) and `confidential` (secret
 * information to remove). Never throws.
 */
export function detectIntent(text: string, _options: AnalyzeOptions = {}): Finding[] {
  if (typeof text !== 'string' || text.trim().length === 0) return [];
  const original = text.length > MAX_INTENT_LENGTH ? text.slice(0, MAX_INTENT_LENGTH) : text;
  const normalised = normaliseWithMap(original);
  const lower = normalised.text;
  // Prepared once: the phrase patterns ask it which of their words occur before running.
  const index = new TextIndex(lower);
  const findings: Finding[] = [];

  const personalCase = detectPersonalCase(lower, index);
  if (personalCase) findings.push(finding(text, normalised, 'personal.case', personalCase.start, personalCase.end, personalCase.confidence, personalCase.rule));

  let bestReply = 0;
  const sentences = splitSentences(lower);
  const scores = sentences.map((sentence) => scoreNeedsReply(sentence, lower, index));
  // "Has anyone tried the new bike app? Worth it or not?": beside a question put to the other readers,
  // a question that names no one asks them too, unless it speaks to the organisation ("… sist? nån som vet").
  if (scores.some((score) => score?.rule === 'intent.question-to-reader') || sentences.some((sentence) => callsOnReaders(sentence, index))) {
    sentences.forEach((sentence, k) => {
      const score = scores[k];
      if (score && QUESTION_RULES.has(score.rule) && !addressesOrganisation(sentence.text)) scores[k] = { confidence: 0.3, rule: 'intent.question-to-reader' };
    });
  }
  // "Varför hissades inte flaggan för Ukraina lika länge? Dubbelmoral.": a question the writer answers with a verdict is rhetorical.
  for (let k = 0; k + 1 < sentences.length; k++) {
    if (scores[k] && QUESTION_RULES.has(scores[k]!.rule) && !sentences[k + 1].question && VERDICT.test(sentences[k + 1].text)) scores[k] = { confidence: 0.35, rule: 'intent.rhetorical' };
  }
  for (const [k, sentence] of sentences.entries()) {
    const score = scores[k];
    if (!score || score.confidence < MIN_REPORTED_CONFIDENCE) continue;
    bestReply = Math.max(bestReply, score.confidence);
    findings.push(finding(text, normalised, 'needs-reply', sentence.start, sentence.end, score.confidence, score.rule));
  }
  // Someone raising their own matter is owed an answer, at least with where to turn (categories.md).
  if (personalCase && personalCase.confidence >= 0.5 && bestReply < 0.5) {
    findings.push(finding(text, normalised, 'needs-reply', personalCase.start, personalCase.end, 0.6, 'intent.case-needs-answer'));
  }

  const confidential = detectConfidential(original, lower, index);
  if (confidential) findings.push(finding(text, normalised, 'confidential', confidential.start, confidential.end, confidential.confidence, confidential.rule));
  return findings;
}

/** A finding at a span of the normalised text, cited from the original. */
function finding(text: string, normalised: NormalisedText, category: Finding['category'], start: number, end: number, confidence: number, rule: string): Finding {
  const span = originalSpan(normalised, start, end);
  return { category, start: span.start, end: span.end, confidence, rule, evidence: text.slice(span.start, span.end) };
}
