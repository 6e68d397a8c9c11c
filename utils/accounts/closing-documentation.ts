import { Dexie } from 'dexie';
import type { AppDB } from '@/utils/db/app-db';
import type { Preset } from '@/rules/presets';
import type { LogEntry } from '@/utils/db/records';
import { deliveryState, documentationOf, isDelivered } from '@/utils/registrar/outbox-state';

/**
 * Where the account's latest documentation before closing (R14) is: with the registrar (an HTTP
 * receipt, or the editor's word that she sent the draft or ZIP), on its way (queued, being sent, or
 * a draft or ZIP still to send), or undelivered (failed or blocked).
 */
export interface ClosingDocumentation {
  entry: LogEntry;
  state: 'delivered' | 'on-its-way' | 'undelivered';
}

/** The newest "Dokumentera inför avslut" logged under any of the account's keys, and how far it has come; null when there is none. */
export async function closingDocumentation(database: AppDB, keys: readonly string[]): Promise<ClosingDocumentation | null> {
  const documented = await Promise.all(keys.map((key) => database.log.where('[action+account+at]')
    .between(['account.documented', key, Dexie.minKey], ['account.documented', key, Dexie.maxKey]).toArray()));
  const entry = documented.flat().filter((e) => e.data?.reason === 'closing').sort((a, b) => a.at.localeCompare(b.at)).at(-1);
  if (!entry) return null;
  const deliveries = await database.outbox.where('evidenceId').equals(String(entry.data?.evidenceId)).toArray();
  if (deliveries.some(isDelivered)) return { entry, state: 'delivered' };
  return { entry, state: documentationOf(deliveries.map(deliveryState)) === 'saved' ? 'on-its-way' : 'undelivered' };
}

/** Whether closing needs the editor's written reason: the policy asks for the content with the registrar first (R14), and it is not. */
export const closingNeedsReason = (documentation: ClosingDocumentation | null, preset: Pick<Preset, 'closing'>): boolean =>
  preset.closing.documentationRequired && documentation?.state !== 'delivered';
