import { db } from '@/utils/db/app-db';
import type { OutboxState } from '@/utils/db/records';
import type { Settings } from '@/utils/settings/schema';
import { processOutbox } from './outbox';

// What waits on the registrar's settings or the browser's permission is tried again as soon as they
// change, the way the settings say now (an address put right, HTTP chosen instead of e-mail).

async function requeue(states: OutboxState[]): Promise<void> {
  // A delivery held back from a backup waits for the editor's own "Försök igen".
  await db().outbox.where('state').anyOf(states).filter((item) => !item.heldBack).modify({ state: 'queued', nextAttemptAt: Date.now() });
  await processOutbox();
}

/** The registrar's settings were saved changed, or the organisation's policy changed. */
export const afterRegistrarChange = () => requeue(['failed', 'blocked', 'queued']);

/** The browser granted an address: a delivery blocked for want of it may now get through. */
export const afterAccessGranted = () => requeue(['blocked']);

export function registrarChanged(next: Settings | null | undefined, before: Settings | null | undefined): boolean {
  return JSON.stringify(next?.registrar ?? null) !== JSON.stringify(before?.registrar ?? null);
}
