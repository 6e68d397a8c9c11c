import { FLAG_THRESHOLD } from './categories';
import type { Finding } from './types';

/** Abuse an order can carry out: hate, threats, incitement. */
const ABUSE = new Set(['prohibited.hate', 'prohibited.threat', 'prohibited.incitement']);
/** What such an order is lowered to as a request: shown as a hint, not flagged. */
const ORDER_CONFIDENCE = 0.35;

/**
 * "Sätt upp grisfötter på tomten så slipper vi dem": an order that opens with the hate, threat or
 * incitement itself asks nothing of the organisation; it is documented and removed instead. A request
 * that reports a danger ("Mannen kommer att döda någon om ni inte gör något") still asks.
 */
export function withoutAbusiveOrders(findings: Finding[]): Finding[] {
  const abuse = findings.filter((f) => ABUSE.has(f.category) && f.confidence >= FLAG_THRESHOLD);
  if (abuse.length === 0) return findings;
  return findings.map((f) => (f.category === 'needs-reply' && f.rule === 'intent.request' && abuse.some((a) => a.start - f.start <= 2 && a.end <= f.end)
    ? { ...f, confidence: ORDER_CONFIDENCE, rule: 'intent.abusive-order' } : f));
}
