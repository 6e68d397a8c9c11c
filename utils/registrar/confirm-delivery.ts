import type { AppDB } from '@/utils/db/app-db';
import { entryOf } from '@/utils/log/entry';
import type { Result } from '@/utils/messaging';
import { placeOf } from './delivery-log';
import { isDelivered } from './outbox-state';

/** What the editor says: the delivery reached the registrar, with the diarienummer if there is one yet. */
export interface DeliveryConfirmation {
  outboxId: string;
  registrationNumber: string;
}

/**
 * The editor's word that a draft was sent or a ZIP handed over (or the documentation reached the
 * registrar another way): from now it counts as delivered, and the diarienummer shows as an HTTP one does.
 */
export async function confirmDelivery(db: AppDB, request: DeliveryConfirmation, by: string): Promise<Result> {
  const registrationNumber = String(request?.registrationNumber ?? '').trim().slice(0, 200) || null;
  return db.transaction('rw', db.outbox, db.evidence, db.log, async (): Promise<Result> => {
    const item = await db.outbox.get(String(request?.outboxId));
    if (!item) return { ok: false, reason: 'Utskicket finns inte längre i Uppsikt.' };
    if (isDelivered(item)) return { ok: false, reason: 'Dokumentationen är redan markerad som levererad till registrator.' };
    if (item.state === 'sending') return { ok: false, reason: 'Dokumentationen skickas just nu; vänta tills sändningen är klar.' };
    const evidence = await db.evidence.get(item.evidenceId);
    const at = new Date();
    const receipt = registrationNumber ? `Diarienummer ${registrationNumber}` : 'Skickad till registrator enligt redaktören';
    await db.outbox.update(item.id, { state: 'sent', confirmedBy: by, confirmedAt: at.toISOString(), lastError: null, receipt, failureLogged: null });
    if (evidence && registrationNumber) await db.evidence.update(evidence.id, { registrationNumber });
    await db.log.add(entryOf({
      ...placeOf(evidence), action: 'delivery.confirmed', detail: receipt, data: { evidenceId: item.evidenceId, registrationNumber },
    }, by, at));
    return { ok: true };
  });
}
