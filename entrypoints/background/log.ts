import { z } from 'zod';
import { db } from '@/utils/db/app-db';
import { storageFailure } from '@/utils/db/storage-failure';
import type { LogAction, LogEntry } from '@/utils/db/records';
import { LOG_ACTIONS } from '@/utils/log/actions';
import { entryOf } from '@/utils/log/entry';
import { editorLabel } from '@/utils/settings/schema';
import { loadSettings } from '@/utils/settings/store';
import type { LogInput, Result } from '@/utils/messaging';
import { CATEGORIES } from '@/rules/categories';


// Messages from content scripts are untrusted: bound every field.
const logInputSchema = z.object({
  action: z.enum(LOG_ACTIONS as [LogAction, ...LogAction[]]),
  platform: z.enum(['facebook', 'instagram', 'x']).nullish(),
  account: z.string().max(500).nullish(),
  pageUrl: z.string().max(4000).nullish(),
  commentId: z.string().max(500).nullish(),
  categories: z.array(z.enum(CATEGORIES)).max(CATEGORIES.length).optional(),
  detail: z.string().max(10_000).optional(),
  data: z.record(z.string().max(100), z.union([z.string().max(2000), z.number(), z.boolean(), z.null()])).optional(),
});

/** The entry an input makes, stamped with the editor and the time, once it is checked; not yet written. */
export async function stampEntry(input: LogInput): Promise<Result<{ entry: LogEntry }>> {
  const parsed = logInputSchema.safeParse(input);
  if (!parsed.success) return { ok: false, reason: `Ogiltig loggpost: ${parsed.error.issues[0]?.message ?? 'okänt fel'}` };
  const { settings } = await loadSettings();
  return { ok: true, entry: entryOf(parsed.data, editorLabel(settings)) };
}

/** Appends one entry to the log, stamped with the editor and the time. */
export async function appendLog(input: LogInput): Promise<Result<{ entry: LogEntry }>> {
  const stamped = await stampEntry(input);
  if (!stamped.ok) return stamped;
  try {
    await db().log.add(stamped.entry);
    return stamped;
  } catch (error) {
    return { ok: false, reason: storageFailure(error) };
  }
}
