import { db } from '@/utils/db/app-db';
import { saveChecklistResult, type ChecklistToSave, type SaveOutcome } from '@/utils/checklists/results';
import { checklistResultSchema } from '@/utils/log/backup-schema';
import { editorLabel } from '@/utils/settings/defaults';
import { loadSettings } from '@/utils/settings/store';

/** A checklist run from the popup, checked, saved with the editor from the settings, and logged. */
export async function saveChecklist(input: ChecklistToSave): Promise<SaveOutcome> {
  const parsed = checklistResultSchema.safeParse({ ...input, id: 'new', by: '', at: new Date().toISOString() });
  if (!parsed.success) return { ok: false, reason: `Kontrollen kunde inte sparas: ${parsed.error.issues[0]?.path.join('.')} ${parsed.error.issues[0]?.message}` };
  const { account, kind, presetId, items } = parsed.data;
  return saveChecklistResult(db(), { account, kind, presetId, items }, editorLabel((await loadSettings()).settings));
}
