import { useEffect, useRef } from 'react';
import type { OutboxItem } from '@/utils/db/records';
import { deliveryState } from '@/utils/registrar/outbox-state';
import { spokenFor } from '@/utils/ui/delivery-outcome';

/** What a delivery line says, to tell a change of it from the same outcome again. */
const lineOf = (item: OutboxItem) => [deliveryState(item), item.receipt, item.lastError, item.confirmedBy].join('|');

/**
 * Hands the last delivery whose outcome changed while shown to `announce` (a live region). Not the
 * list as first shown (a panel opened on a long thread says nothing), nor a delivery being sent, an
 * automatic retry failing as before, or an outcome the panel's status line says
 * (utils/ui/delivery-outcome). After the editor asks to try again (queued with no new attempt), the
 * next outcome is said even when it is the same.
 */
export function useDeliveryChange(items: OutboxItem[] | undefined, announce: (item: OutboxItem) => void): void {
  /** Per delivery: the last outcome seen, '' once trying again was asked for; and its attempts then. */
  const seen = useRef(new Map<string, { line: string; attempts: number }>());
  // Runs again with the same items harmlessly: what was seen is kept, so nothing is announced twice.
  useEffect(() => {
    if (!items) return;
    let latest: OutboxItem | null = null;
    for (const item of items) {
      const state = deliveryState(item);
      const before = seen.current.get(item.id);
      if (state === 'sending') continue;
      if (before && state === 'queued' && item.attempts === before.attempts && before.line !== lineOf(item)) {
        seen.current.set(item.id, { line: '', attempts: item.attempts }); // asked to try again: no outcome yet
        continue;
      }
      const line = lineOf(item);
      seen.current.set(item.id, { line, attempts: item.attempts });
      if (before && before.line !== line && !spokenFor(item)) latest = item;
    }
    if (latest) announce(latest);
  }, [items, announce]);
}
