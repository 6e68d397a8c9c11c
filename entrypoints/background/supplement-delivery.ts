import { db } from '@/utils/db/app-db';
import type { EvidenceRecord, OutboxItem } from '@/utils/db/records';
import { sha256Hex } from '@/utils/evidence/hash';
import { withRegistrationNumber, type SupplementDocument } from '@/utils/evidence/supplement-record';
import { isDelivered } from '@/utils/registrar/outbox-state';

/** How long a supplement waits for its documentation to go first. */
export const SUPPLEMENT_WAIT_MS = 30_000;

/** The states in which a documentation is still on its way to the registrar by itself. */
const ON_ITS_WAY = new Set<OutboxItem['state']>(['queued', 'sending', 'blocked']);

/**
 * Whether a supplement may go now, and its record as it goes. Over HTTP the registrator registers what
 * comes in the order it comes: the documentation goes first (a registrar back after an outage got a
 * supplement to a record it did not have yet). A diarienummer the documentation got since the supplement
 * was made is written into it: it was sent saying it had none.
 */
export async function supplementToSend(evidence: EvidenceRecord, transport: OutboxItem['transport']): Promise<{ wait: true } | { wait: false; evidence: EvidenceRecord }> {
  const doc = JSON.parse(evidence.recordJson) as SupplementDocument;
  const original = await db().evidence.get(doc.supplements.id);
  if (!original) return { wait: false, evidence };
  const deliveries = await db().outbox.where('evidenceId').equals(original.id).toArray();
  if (transport === 'http' && !deliveries.some(isDelivered) && deliveries.some((d) => ON_ITS_WAY.has(d.state))) return { wait: true };
  if (doc.supplements.registrationNumber || !original.registrationNumber) return { wait: false, evidence };
  const recordJson = JSON.stringify(withRegistrationNumber(doc, original.registrationNumber), null, 2);
  const recordSha256 = await sha256Hex(recordJson);
  await db().evidence.update(evidence.id, { recordJson, recordSha256 });
  return { wait: false, evidence: { ...evidence, recordJson, recordSha256 } };
}
