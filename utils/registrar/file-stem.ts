import type { EvidenceRecord } from '@/utils/db/records';

/** A delivery file's name after its date: the record's id, a supplement's told apart ("komplettering-<id>"). */
export function fileStem(evidence: Pick<EvidenceRecord, 'id' | 'kind'>): string {
  return evidence.kind === 'supplement' ? `komplettering-${evidence.id}` : evidence.id;
}
