import type { OutboxItem } from '@/utils/db/records';
import { deliveryState } from '@/utils/registrar/outbox-state';
import { reasonText } from '@/utils/ui/reason-text';
import { STRINGS, type Lang } from '@/utils/ui/strings';

/** The registrar's number in an HTTP receipt ("Diarienummer KS 2026/12"); null for a bare "Mottaget (HTTP 201)". */
const numberIn = (receipt: string | null) => /^Diarienummer (.+)$/s.exec(receipt ?? '')?.[1] ?? null;

/**
 * What the status line says once a comment is documented (or its delivery tried again), by how it
 * goes and how it went: only an HTTP receipt is "sent"; a draft or a ZIP is the editor's to hand
 * over; a refusal is said with why. `settled` false: no outcome yet, it is on its way.
 */
export function deliveryMessage(done: 'documented' | 'retried', author: string, delivery: { item: OutboxItem | undefined; settled: boolean }, lang: Lang): string {
  const t = STRINGS[lang].delivery;
  const head = t[done](author);
  const { item, settled } = delivery;
  if (!item) return t.pending.http(head);
  if (!settled) return t.pending[item.transport](head);
  const state = deliveryState(item);
  if (state === 'sent') return t.sent(head, numberIn(item.receipt));
  if (state === 'saved') return item.transport === 'download' ? t.download(head) : t.email(head);
  const reason = reasonText(item.lastError ?? '', lang).trim();
  const then = state === 'queued' || state === 'blocked' ? t.then[state] : t.then.failed;
  return `${t.notReached(head, /[.!?]$/.test(reason) ? reason : `${reason}.`)} ${then}`;
}

/** What the status line adds after a removal or police decision, once its supplement to the registrator has had a first try. */
export function supplementMessage(transport: OutboxItem['transport'], delivery: { item: OutboxItem | undefined; settled: boolean }, lang: Lang): string {
  const t = STRINGS[lang];
  const { item, settled } = delivery;
  if (!item || !settled) return t.supplementQueued[transport];
  const state = deliveryState(item);
  if (state === 'sent') return t.supplementSent(numberIn(item.receipt));
  if (state === 'saved') return t.supplementQueued[item.transport];
  const reason = reasonText(item.lastError ?? '', lang).trim();
  const then = state === 'queued' || state === 'blocked' ? t.delivery.then[state] : t.delivery.then.failed;
  return t.supplementNotReached(/[.!?]$/.test(reason) ? reason : `${reason}.`, then);
}
