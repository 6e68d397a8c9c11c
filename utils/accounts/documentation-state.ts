import type { AppDB } from '@/utils/db/app-db';
import type { LogEntry, OutboxState } from '@/utils/db/records';
import { deliveryState, documentationOf } from '@/utils/registrar/outbox-state';

// 'account.documented' is logged when the page is captured, before anything reaches the registrar.
// The half-year documentation (R13) is done only when it is on its way: queued, being sent, sent, or
// saved as a draft or ZIP (the editor's to send). A delivery that failed or is blocked is not done.

/** Per account key: the latest documentation that counts, and a later one that failed or is blocked. */
export interface AccountDocumentation {
  done?: LogEntry;
  undelivered?: LogEntry;
}

/** Every account's documentation, from its log entries and their deliveries, in one read of each. */
export async function accountDocumentation(database: AppDB): Promise<Map<string, AccountDocumentation>> {
  const entries = await database.log.where('action').equals('account.documented').filter((e) => Boolean(e.account)).toArray();
  const ids = entries.map((e) => e.data?.evidenceId).filter((id): id is string => typeof id === 'string');
  const states = new Map<string, OutboxState[]>();
  for (const item of await database.outbox.where('evidenceId').anyOf(ids).toArray()) {
    states.set(item.evidenceId, [...(states.get(item.evidenceId) ?? []), deliveryState(item)]);
  }
  const byAccount = new Map<string, AccountDocumentation>();
  for (const entry of entries.sort((a, b) => b.at.localeCompare(a.at))) {
    const found = byAccount.get(entry.account!) ?? {};
    byAccount.set(entry.account!, found);
    if (found.done) continue;
    // No delivery to read (an entry from before the outbox, or one delivered and since gallrad) counts as done.
    const id = entry.data?.evidenceId;
    const undelivered = typeof id === 'string' && documentationOf(states.get(id) ?? []) === 'undelivered';
    if (!undelivered) found.done = entry;
    else found.undelivered ??= entry;
  }
  return byAccount;
}
