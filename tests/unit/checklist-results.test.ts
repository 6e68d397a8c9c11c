// A checklist run is kept with who and when, and the log says so; a full disk keeps neither.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppDB } from '@/utils/db/app-db';
import { lastChecklistResult, saveChecklistResult, type ChecklistToSave } from '@/utils/checklists/results';

const editor = 'Anna Berg, kommunikatör';
const run: ChecklistToSave = {
  account: 'facebook.com/sjovikskommun', kind: 'base-information', presetId: 'stockholm',
  items: [
    { id: 'sender', state: 'found', evidence: 'Sjöviks kommun' }, { id: 'contact', state: 'confirmed', evidence: null },
    { id: 'terms', state: 'missing', evidence: null }, { id: 'website', state: 'missing', evidence: null },
  ],
};
let database: AppDB;

beforeEach(() => { database = new AppDB(`checklists-${crypto.randomUUID()}`); });
afterEach(async () => { await database.delete(); });

describe('saveChecklistResult', () => {
  it('keeps the run with who and when, and logs what was met and what is missing', async () => {
    const outcome = await saveChecklistResult(database, run, editor, new Date('2026-11-23T09:00:00Z'));
    expect(outcome.ok).toBe(true);
    expect(await lastChecklistResult(database, [run.account], run.kind)).toMatchObject({ by: editor, at: '2026-11-23T09:00:00.000Z' });
    expect(await database.log.toArray()).toEqual([expect.objectContaining({
      action: 'checklist.saved', account: run.account, by: editor, at: '2026-11-23T09:00:00.000Z',
      // What was missing in the policy's words, and how many items only the editor vouched for.
      detail: 'Basinformation: 2 av 4 uppfyllda (1 bekräftad av redaktören, inte hittad i texten); '
        + 'saknas: Villkor för att delta, t.ex. att inlägg kan bli allmän handling; Länk till verksamhetens webbplats',
    })]);
  });

  it('a full disk keeps neither the run nor its log entry, and says so', async () => {
    const full = vi.spyOn(database.log, 'add').mockRejectedValueOnce(new DOMException('Quota exceeded', 'QuotaExceededError'));
    expect(await saveChecklistResult(database, run, editor)).toEqual({ ok: false, reason: expect.stringMatching(/^Kontrollen sparades inte: Lagringsutrymmet är fullt/) });
    full.mockRestore();
    expect([await database.checklists.count(), await database.log.count()]).toEqual([0, 0]);
  });
});
