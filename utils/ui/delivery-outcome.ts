import type { OutboxItem } from '@/utils/db/records';

// After documenting (or trying a delivery again) the side panel waits a little for the delivery's
// outcome, so its status line says what happened rather than "queued" before a 401. That outcome is
// said there once: the comment's delivery line, a live region for later changes, leaves it out.

/** How long the panel waits for an attempt's outcome before saying only that the documentation is saved. */
export const OUTCOME_WAIT_MS = 5000;
const POLL_MS = 200;

/**
 * The delivery as it is once an attempt after `attemptsBefore` has settled (sent, saved as a file,
 * failed, blocked, or queued again with why), or as it is after `waitMs` (`settled` false).
 */
export async function awaitOutcome(read: () => Promise<OutboxItem | undefined>, attemptsBefore: number, waitMs = OUTCOME_WAIT_MS): Promise<{ item: OutboxItem | undefined; settled: boolean }> {
  const until = Date.now() + waitMs;
  for (;;) {
    const item = await read().catch(() => undefined);
    if (item && item.attempts > attemptsBefore && item.state !== 'sending') return { item, settled: true };
    if (Date.now() >= until) return { item, settled: false };
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

/** Comments (platform:id) whose delivery outcome the status line is waiting to say, and outcomes it said ("outboxId:attempts"). */
const waiting = new Map<string, number>();
const said = new Set<string>();

/**
 * The status line will say the outcome for the comment `key`: until `done` is called, and then for
 * the outcome it was given, the delivery line does not announce it again. `done(null)` when it said none.
 */
export function speakFor(key: string): (outcome: OutboxItem | null) => void {
  waiting.set(key, (waiting.get(key) ?? 0) + 1);
  return (outcome) => {
    const left = (waiting.get(key) ?? 1) - 1;
    if (left > 0) waiting.set(key, left);
    else waiting.delete(key);
    if (outcome) said.add(`${outcome.id}:${outcome.attempts}`);
  };
}

/** Whether this state of a delivery is (or is about to be) said by the status line. */
export const spokenFor = (item: Pick<OutboxItem, 'id' | 'attempts' | 'commentKey'>): boolean =>
  (item.commentKey !== null && waiting.has(item.commentKey)) || said.has(`${item.id}:${item.attempts}`);
