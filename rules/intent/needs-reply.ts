import {
  CLAUSE_QUESTION,
  FAULT_REPORT,
  INSULT,
  LEADING_NOISE,
  QUESTION_OPENERS,
  READER_QUESTION,
  REQUEST,
  RHETORICAL,
  UNMARKED_QUESTION_OPENERS,
  UNMARKED_VERB_FIRST,
  VERB_FIRST_QUESTION,
} from './patterns';
import { GatedRegex, TextIndex } from '../normalize/literal-gate';
import type { Sentence } from './sentences';

export interface ReplyScore {
  confidence: number;
  rule: string;
}

/**
 * A verb-first clause that is a condition, not a question: what follows it says what then happens
 * ("Stänger ni skolan kommer det hända saker", "Har ni inte plogat till fredag, så ringer jag"); a "så" that
 * only means "so" ("… de va så kul") is none.
 */
const VERB_FIRST_CONDITION = /^\p{L}+\s+\p{L}+[^.!?\n]{0,80}?(?:,\s*|(?<!eller|och|men)\s)(?:så\s+\p{L}+\s+(?:det|ni|vi|jag|man|dom|de|du|han|hon|nån|någon|ingen|alla)(?![\p{L}\p{N}])|(?:kommer|blir|får|ska|kan|måste|går|tänker)\s+(?:det|ni|vi|jag|man|dom|de)\s)/u;

/** A handle that names the organisation or one of its services ("@kommunen", "@stockholmsstad", "@VästbyVatten") rather than another reader. */
const ORGANISATION_HANDLE = /@[\p{L}\p{N}_.]*(?:kommun|stad|region|förvaltning|forvaltning|council|city|official|bibliotek|library|museum|museet|konsthall|teater|arena|simhall|badhus|ungdomenshus|fritidsgård|vatten|energi|trafik|avfall|renhållning|räddningstjänst|fritid|kultur)[\p{L}\p{N}_.]*/u;
const MENTION = /^@[\p{L}\p{N}_.]+/u;

/** A greeting before the handle: "Eyy @alexia.w kommer ni …", "Hej @kommunen när …". */
const GREETING = /^(?:hej|hejsan|tjena|tja|hallå|eyy?|yo|hi|hey)[\s,!]+(?=@)/u;

/** The handle a text opens with, after a greeting; the regex is not called for a text with no '@' near its start (nearly all). */
function mentionAtStart(text: string): RegExpExecArray | null {
  if (text.charCodeAt(0) === 64) return MENTION.exec(text);
  const at = text.indexOf('@');
  if (at < 0 || at > 12) return null;
  const greeting = GREETING.exec(text);
  return greeting ? MENTION.exec(text.slice(greeting[0].length)) : null;
}
/** "Så fint 😍 @linnea_k nästa år?": a question with a friend tagged in it, and no organisation tagged, is put to the friend. */
function tagsOnlyReaders(sentence: string): boolean {
  if (!sentence.includes('@')) return false;
  const handles = sentence.match(HANDLE_ANYWHERE);
  return handles !== null && handles.every((handle) => !ORGANISATION_HANDLE.test(handle)) && !ORGANISATION_ADDRESSED.test(sentence);
}
const HANDLE_ANYWHERE = /(?<![\p{L}\p{N}_.])@[\p{L}\p{N}_.]+/gu;
/** Addressed to "you", one reader … */
const SECOND_PERSON = new GatedRegex(/(?<![\p{L}\p{N}])(?:du|dig|din|ditt|dina)(?![\p{L}\p{N}])/u);
/** … rather than to the organisation. */
const ORGANISATION_ADDRESSED = /(?<![\p{L}\p{N}])(?:ni|er|ert|era|kommunen|staden)(?![\p{L}\p{N}])/u;
// Unanchored phrase lists are gated: most sentences hold none of their words, and skip them.
const REQUEST_GATED = new GatedRegex(REQUEST);
const FAULT_REPORT_GATED = new GatedRegex(FAULT_REPORT);
const READER_QUESTION_GATED = new GatedRegex(READER_QUESTION);
const RHETORICAL_GATED = new GatedRegex(RHETORICAL);
const INSULT_GATED = new GatedRegex(INSULT);
const CLAUSE_QUESTION_GATED = new GatedRegex(CLAUSE_QUESTION);

/** Speaking to the organisation: "ni", "kommunen", its handle, or in English "you", "the city", "the council". */
const ORGANISATION_ADDRESSED_EN = /(?<![\p{L}\p{N}])(?:you|your|the city|the council|the municipality|the kommun)(?![\p{L}\p{N}])/u;

/** Longest sentence without a question mark read as a call to the other readers ("nån som vet", "anyone know"). */
const READER_CALL_WORDS = 6;

/** "vilken låt var det? nån som vet": a short sentence without its mark that asks the other readers. */
export function callsOnReaders(sentence: Sentence, index: TextIndex): boolean {
  return !sentence.question && sentence.text.split(/\s+/u).length <= READER_CALL_WORDS && READER_QUESTION_GATED.test(index, sentence.text);
}

export function addressesOrganisation(sentence: string): boolean {
  return ORGANISATION_ADDRESSED.test(sentence) || ORGANISATION_ADDRESSED_EN.test(sentence) || ORGANISATION_HANDLE.test(sentence);
}

/** Quoted passages of at most a line: in double, curly or angle quotes, or in single quotes standing apart from words. */
const QUOTED = /"[^"\n]{1,80}"|“[^”\n]{1,80}”|«[^»\n]{1,80}»|(?<![\p{L}\p{N}])'[^'\n]{1,60}'(?![\p{L}\p{N}])/gu;
const QUOTE_MARK = /["“«']/;

/** The sentence with its quoted passages blanked out (most sentences hold no quote mark and are returned as they are). */
function withoutQuotes(text: string): string {
  return QUOTE_MARK.test(text) ? text.replace(QUOTED, ' ') : text;
}

/**
 * How likely a sentence asks the organisation something it must answer. Questions (with or without
 * '?'), requests and fault reports score; questions to other readers, rhetorical questions and
 * sentences made of insults score below the flag threshold. `index` is `wholeText` prepared once for
 * all its sentences.
 */
export function scoreNeedsReply(sentence: Sentence, wholeText: string, index: TextIndex = new TextIndex(wholeText)): ReplyScore | null {
  const body = sentence.text.replace(LEADING_NOISE, '');
  let confidence = 0;
  let rule = '';
  // Only a question ('?') asks how it opens; most sentences are not, and skip both patterns.
  const opensWithQuestionWord = sentence.question && QUESTION_OPENERS.test(body);
  const verbFirst = sentence.question && VERB_FIRST_QUESTION.test(body);
  if (sentence.question) {
    confidence = opensWithQuestionWord || verbFirst ? 0.9 : 0.8;
    rule = 'intent.question';
  } else if (UNMARKED_QUESTION_OPENERS.test(body) || (UNMARKED_VERB_FIRST.test(body) && !VERB_FIRST_CONDITION.test(body))) {
    // "Varför är biblioteket stängt idag", "hur gör man för att …": a question without its mark.
    confidence = 0.7;
    rule = 'intent.question-unmarked';
  } else if (CLAUSE_QUESTION_GATED.test(index, sentence.text)) {
    // "Min fru är gravid, hur anmäler vi oss …": the question follows a comma.
    confidence = 0.7;
    rule = 'intent.question-clause';
  }
  if (REQUEST_GATED.test(index, sentence.text) && confidence < 0.75) {
    confidence = 0.75;
    rule = 'intent.request';
  }
  if (confidence === 0 && FAULT_REPORT_GATED.test(index, sentence.text)) {
    confidence = 0.6;
    rule = 'intent.fault-report';
  }
  if (confidence === 0) return null;

  // Who is asked: another reader ("@anna vet du …", "någon som har tips?") is not the organisation.
  const mention = mentionAtStart(sentence.text) ?? mentionAtStart(wholeText.trimStart());
  const toReader =
    READER_QUESTION_GATED.test(index, sentence.text) ||
    (mention !== null && !ORGANISATION_HANDLE.test(mention[0])) ||
    tagsOnlyReaders(sentence.text) ||
    (SECOND_PERSON.test(index, sentence.text) && !ORGANISATION_ADDRESSED.test(sentence.text) && rule !== 'intent.question');
  if (toReader) return { confidence: 0.3, rule: 'intent.question-to-reader' };
  if (RHETORICAL_GATED.test(index, sentence.text)) return { confidence: 0.35, rule: 'intent.rhetorical' };
  // A slur in quotes is what someone else said ("Min son blev kallad "jävla blatte", vad gör skolan?"), not the writer's abuse.
  if (INSULT_GATED.test(index, withoutQuotes(sentence.text))) return { confidence: 0.35, rule: 'intent.insult-question' };
  // "Tre månader till?!": a short exclamation shaped as a question mocks rather than asks.
  if (sentence.exclamatoryQuestion && !opensWithQuestionWord && !verbFirst && body.split(/\s+/u).length <= 4) {
    return { confidence: 0.4, rule: 'intent.rhetorical' };
  }
  return { confidence, rule };
}
