/** What one delivery attempt came to. */
export type DeliveryOutcome =
  /** With the registrar: an HTTP receipt. */
  | { kind: 'sent'; receipt: string | null; registrationNumber: string | null }
  /** A draft or a ZIP in Downloads: the editor still sends it and says so. */
  | { kind: 'saved'; receipt: string }
  | { kind: 'retry'; reason: string }
  | { kind: 'failed'; reason: string }
  /** The browser has not granted the registrar's address: waiting does not help, granting it does. */
  | { kind: 'blocked'; reason: string };

const MINUTE = 60_000;

/** When to try again after `attempts` failures: 30 s, 1, 2, 4 … minutes, at most an hour. */
export function nextAttemptDelay(attempts: number): number {
  return Math.min(60 * MINUTE, 30_000 * 2 ** Math.max(0, attempts - 1));
}
