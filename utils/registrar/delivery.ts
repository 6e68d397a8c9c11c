/** What one delivery attempt came to. */
export type DeliveryOutcome =
  | { kind: 'sent'; receipt: string | null; registrationNumber: string | null }
  | { kind: 'retry'; reason: string }
  | { kind: 'failed'; reason: string };

const MINUTE = 60_000;

/** When to try again after `attempts` failures: 30 s, 1, 2, 4 … minutes, at most an hour. */
export function nextAttemptDelay(attempts: number): number {
  return Math.min(60 * MINUTE, 30_000 * 2 ** Math.max(0, attempts - 1));
}
