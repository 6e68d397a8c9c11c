import { FLAG_THRESHOLD } from './categories';
import type { Finding } from './types';

/** A question to one reader ("Vill du tjäna 5000 kr om dagen?", "Looking for a moving company?") or a call to contact the writer: the seller's pitch. */
const PITCH = /(?<![\p{L}\p{N}])(?:du|dig|dej|din|ditt|dina)(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])(?:kontakta|skriv till|ring|sms:a|smsa|dm:a|dma|hör av dig till) (?:mig|oss)(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])(?:dm|inbox|whatsapp)(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])(?:you|your)(?![\p{L}\p{N}])|^(?:looking for|searching for|tired of|need an? )|(?<![\p{L}\p{N}])(?:contact|call|text|message) (?:me|us)(?![\p{L}\p{N}])/iu;
/** … unless it asks the organisation ("kan ni …", "kommunen"). */
const TO_ORGANISATION = /(?<![\p{L}\p{N}])(?:ni|er|ert|era|kommunen|staden)(?![\p{L}\p{N}])/iu;
/** What the pitch lowers a question to: shown as a hint, not flagged. */
const PITCH_CONFIDENCE = 0.35;

/**
 * In a comment that is advertising or spam, its questions to the reader and its "kontakta mig" are
 * the pitch, not something the organisation must answer (the spam is documented and removed instead).
 * A question in it to the organisation, or in the words of everyone ("var kan man köpa …"), stays.
 */
export function withoutSalesPitchReplies(findings: Finding[]): Finding[] {
  if (!findings.some((f) => f.category === 'prohibited.commercial' && f.confidence >= FLAG_THRESHOLD)) return findings;
  return findings.map((f) => (f.category === 'needs-reply' && f.confidence >= FLAG_THRESHOLD && PITCH.test(f.evidence) && !TO_ORGANISATION.test(f.evidence)
    ? { ...f, confidence: PITCH_CONFIDENCE, rule: 'intent.sales-pitch' } : f));
}
