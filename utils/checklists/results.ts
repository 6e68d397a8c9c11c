import type { AppDB } from '@/utils/db/app-db';
import type { ChecklistResult } from '@/utils/db/records';
import { storageFailure } from '@/utils/db/storage-failure';
import { entryOf } from '@/utils/log/entry';
import { stockholmDate } from '@/rules/stockholm-time';
import { getPreset } from '@/rules/presets';

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

const KIND_NAMES: Record<ChecklistKind, string> = { 'base-information': 'Basinformation', signature: 'Signatur', 'half-year': 'Halvårsdokumentation' };

/**
 * The log's line for a run, in Swedish: how many items were met and how many of them only by the
 * editor's word, and what was missing by the policy's own words ("saknas: content" said nothing).
 */
export function checklistDetail(result: Pick<ChecklistResult, 'kind' | 'presetId' | 'items'>): string {
  const labels = new Map(getPreset(result.presetId).baseInformation.map((item) => [item.id, item.sv.replace(/\{organisation\}/g, 'organisationen')]));
  const missing = result.items.filter((i) => i.state === 'missing').map((i) => labels.get(i.id) ?? i.id);
  const confirmed = result.items.filter((i) => i.state === 'confirmed').length;
  const met = `${result.items.length - missing.length} av ${result.items.length} uppfyllda`;
  const byHand = confirmed ? ` (${confirmed} ${confirmed === 1 ? 'bekräftad av redaktören, inte hittad' : 'bekräftade av redaktören, inte hittade'} i texten)` : '';
  return `${KIND_NAMES[result.kind] ?? result.kind}: ${met}${byHand}${missing.length ? `; saknas: ${missing.join('; ')}` : ''}`;
}

/** Stores one run with who and when, and logs `checklist.saved` with it. */
export async function saveChecklistResult(database: AppDB, input: ChecklistToSave, editor: string, now: Date = new Date()): Promise<SaveOutcome> {
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
  const entry = entryOf({
    action: 'checklist.saved',
    account: input.account,
    detail: checklistDetail(result),
    data: { checklistId: result.id, kind: input.kind, presetId: input.presetId },
  }, editor, now);
  try {
    await database.transaction('rw', database.checklists, database.log, async () => {
      await database.checklists.add(result);
      await database.log.add(entry);
    });
  } catch (error) {
    return { ok: false, reason: `Kontrollen sparades inte: ${storageFailure(error)}` };
  }
  return { ok: true, result };
}

/** The newest saved run of a checklist for an account under any of its keys (see accountKeys), or undefined. */
export async function lastChecklistResult(database: AppDB, keys: readonly string[], kind: ChecklistKind): Promise<ChecklistResult | undefined> {
  const runs = await database.checklists.where('[account+kind]').anyOf(keys.map((key) => [key, kind])).sortBy('at');
  return runs.at(-1);
}

/** How a saved run came out: items met (found on the page or confirmed by hand) and items missing (not shown, or not confirmed). */
export interface ChecklistSummary {
  total: number;
  met: number;
  missing: number;
  /** Every item met: only then does the run show the requirement fulfilled. */
  complete: boolean;
}

export function checklistSummary(result: Pick<ChecklistResult, 'items'>): ChecklistSummary {
  const total = result.items.length;
  const met = result.items.filter((i) => i.state === 'found' || i.state === 'confirmed').length;
  return { total, met, missing: total - met, complete: total > 0 && met === total };
}

/** "3 av 5 uppfyllda, 2 saknas" / "5 av 5 uppfyllda". */
export function summaryText(summary: ChecklistSummary, lang: 'sv' | 'en'): string {
  const { total, met, missing } = summary;
  if (total === 0) return lang === 'sv' ? 'inga punkter kontrollerades' : 'no items were checked';
  const metText = lang === 'sv' ? `${met} av ${total} uppfyllda` : `${met} of ${total} met`;
  if (missing === 0) return metText;
  return lang === 'sv' ? `${metText}, ${missing} saknas` : `${metText}, ${missing} missing`;
}

/** "2026-11-23" in Swedish local time. */
export function checklistDate(iso: string): string {
  return stockholmDate(Date.parse(iso));
}
