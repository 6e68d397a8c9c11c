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

/** Why an account documentation was made: logged with it since 2026-12, before that only in its record. */
async function reasonOf(database: AppDB, entry: LogEntry): Promise<unknown> {
  if (entry.data?.reason !== undefined) return entry.data.reason;
  const evidence = await database.evidence.get(String(entry.data?.evidenceId));
  try {
    return evidence ? (JSON.parse(evidence.recordJson) as { reason?: unknown }).reason : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The account's documentation before closing (R14) under any of its keys, and how far it came: the
 * newest one delivered when any was (a later attempt that failed takes nothing away from it), else
 * the newest; null when there is none.
 */
export async function closingDocumentation(database: AppDB, keys: readonly string[]): Promise<ClosingDocumentation | null> {
  const documented = await Promise.all(keys.map((key) => database.log.where('[action+account+at]')
    .between(['account.documented', key, Dexie.minKey], ['account.documented', key, Dexie.maxKey]).toArray()));
  const newestFirst = documented.flat().sort((a, b) => b.at.localeCompare(a.at));
  const found: ClosingDocumentation[] = [];
  for (const entry of newestFirst) {
    if (await reasonOf(database, entry) !== 'closing') continue;
    const deliveries = await database.outbox.where('evidenceId').equals(String(entry.data?.evidenceId)).toArray();
    if (deliveries.some(isDelivered)) return { entry, state: 'delivered' };
    found.push({ entry, state: documentationOf(deliveries.map(deliveryState)) === 'onItsWay' ? 'on-its-way' : 'undelivered' });
  }
  return found[0] ?? null;
}

/** Whether closing needs the editor's written reason: the policy asks for the content with the registrar first (R14), and it is not. */
export const closingNeedsReason = (documentation: ClosingDocumentation | null, preset: Pick<Preset, 'closing'>): boolean =>
  preset.closing.documentationRequired && documentation?.state !== 'delivered';
