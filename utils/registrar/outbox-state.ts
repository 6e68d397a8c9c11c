import type { AppDB } from '@/utils/db/app-db';
import type { OutboxItem, OutboxState } from '@/utils/db/records';

// Documentation is with the registrar only on an HTTP receipt or the editor's word: a draft or a ZIP
// in Downloads still has to be sent, and until then it is an allmän handling to keep.

type Stated = Pick<OutboxItem, 'state' | 'transport' | 'confirmedAt'>;

/** Where a delivery really is. Before 'saved' existed, a file saved in Downloads was written 'sent'. */
export function deliveryState(item: Stated): OutboxState {
  return item.state === 'sent' && item.transport !== 'http' && !item.confirmedAt ? 'saved' : item.state;
}

export const isDelivered = (item: Stated): boolean => deliveryState(item) === 'sent';

/** States where nothing is on its way to the registrator: failed, or blocked for want of access to its address. */
const NOT_ON_ITS_WAY: ReadonlySet<OutboxState> = new Set<OutboxState>(['failed', 'blocked']);

/**
 * How far a comment's documentation has come, from its deliveries' states as `deliveryState` gives
 * them, for the removal gate (R7: saved and sent to the registrator before the comment is removed):
 * none yet; 'undelivered' when no delivery is on its way; 'onItsWay' while one is queued, being
 * sent or saved as a file the editor has still to send; 'delivered' once one is with the registrator.
 */
export function documentationOf(states: OutboxState[]): 'none' | 'undelivered' | 'onItsWay' | 'delivered' {
  if (states.length === 0) return 'none';
  if (states.includes('sent')) return 'delivered';
  return states.every((state) => NOT_ON_ITS_WAY.has(state)) ? 'undelivered' : 'onItsWay';
}

/** Every outbox item not yet with the registrar, oldest first. */
export async function undeliveredItems(db: AppDB): Promise<OutboxItem[]> {
  const waiting = await db.outbox.where('state').anyOf(['queued', 'sending', 'failed', 'saved', 'blocked']).toArray();
  const savedAsSent = await db.outbox.where('state').equals('sent').filter((item) => !isDelivered(item)).toArray();
  return [...waiting, ...savedAsSent].sort((a, b) => a.at.localeCompare(b.at));
}
