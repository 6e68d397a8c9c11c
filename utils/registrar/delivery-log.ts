import type { EvidenceRecord, OutboxItem } from '@/utils/db/records';
import { SETTINGS_STRINGS } from '@/utils/ui/settings-strings';

/** Where a delivery's log entries point: the documented comment (or account), as far as it is known; a supplement's, its comment. */
export function placeOf(evidence: EvidenceRecord | undefined) {
  return {
    platform: evidence?.platform ?? null, account: evidence?.account ?? null, pageUrl: evidence?.pageUrl ?? null,
    commentId: evidence && evidence.kind !== 'account' ? evidence.commentId : null, categories: evidence?.categories ?? [],
  };
}

/** The log's words (Swedish, as the settings name the ways) for a delivery going another way than it was queued. */
export function transportChanged(from: OutboxItem['transport'], to: OutboxItem['transport']): string {
  const names = SETTINGS_STRINGS.sv.transports;
  return `Skickas nu som inställningarna säger: ${names[to]} (köades som ${names[from]}).`;
}
