import type { AppDB } from '@/utils/db/app-db';
import type { ChecklistResult } from '@/utils/db/records';
import type { LogInput } from '@/utils/messaging';
import { stockholmDate } from '@/rules/stockholm-time';

// Saved checklist runs, so the popup can say "senast kontrollerad 2026-11-23 av Anna Berg".

export type ChecklistKind = ChecklistResult['kind'];
export type ChecklistItemState = ChecklistResult['items'][number];

export interface ChecklistToSave {
  account: string;
  kind: ChecklistKind;
  presetId: string;
  items: ChecklistItemState[];
}

export type SaveOutcome = { ok: true; result: ChecklistResult } | { ok: false; reason: string };

/** Stores one run with who and when; logs `checklist.saved` through `log` when given. */
export async function saveChecklistResult(
  database: AppDB,
  input: ChecklistToSave,
  editor: string,
  log?: (entry: LogInput) => unknown,
  now: Date = new Date(),
): Promise<SaveOutcome> {
  if (!input.account.trim()) return { ok: false, reason: 'Kontot är okänt; öppna kontots sida och försök igen.' };
  const result: ChecklistResult = {
    id: crypto.randomUUID(),
    at: now.toISOString(),
    by: editor,
    account: input.account,
    kind: input.kind,
    presetId: input.presetId,
    items: input.items.map((i) => ({ id: i.id, state: i.state, evidence: i.evidence })),
  };
  try {
    await database.checklists.add(result);
  } catch (error) {
    return { ok: false, reason: `Kunde inte spara kontrollen i den lokala databasen (${(error as Error)?.name ?? String(error)}).` };
  }
  const missing = result.items.filter((i) => i.state === 'missing').map((i) => i.id);
  await log?.({
    action: 'checklist.saved',
    account: input.account,
    detail: `${input.kind}: ${result.items.length - missing.length} av ${result.items.length} uppfyllda${missing.length ? `; saknas: ${missing.join(', ')}` : ''}`,
    data: { checklistId: result.id, kind: input.kind, presetId: input.presetId },
  });
  return { ok: true, result };
}

/** The newest saved run of a checklist for an account, or undefined. */
export async function lastChecklistResult(database: AppDB, account: string, kind: ChecklistKind): Promise<ChecklistResult | undefined> {
  const runs = await database.checklists.where('[account+kind]').equals([account, kind]).sortBy('at');
  return runs.at(-1);
}

/** "2026-11-23" in Swedish local time. */
export function checklistDate(iso: string): string {
  return stockholmDate(Date.parse(iso));
}
