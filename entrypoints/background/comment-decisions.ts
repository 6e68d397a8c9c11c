import { z } from 'zod';
import { db } from '@/utils/db/app-db';
import type { LogEntry } from '@/utils/db/records';
import { decisionOf } from '@/utils/log/actions';
import { logDecision, withdrawDecision } from '@/utils/log/decisions';
import type { LogInput, Result, DecisionToWithdraw } from '@/utils/messaging';
import { storageFailure } from '@/utils/db/storage-failure';
import { appendLog, stampEntry } from './log';
import { fromExtensionPage, NOT_FROM_EXTENSION_PAGE } from './from-extension-page';

/**
 * Logs an action for whoever sent it. A decision that changes how comments are judged (a false
 * alarm, an answer given elsewhere, a move to case handling) is the editor's, made on the
 * extension's own pages: a content script's is refused.
 */
export async function logAction(input: LogInput, sender: { url?: string }): Promise<Result<{ entry: LogEntry }>> {
  if (!decisionOf(input.action)) return appendLog(input);
  if (!fromExtensionPage(sender)) return NOT_FROM_EXTENSION_PAGE;
  const stamped = await stampEntry(input);
  if (!stamped.ok) return stamped;
  try {
    await logDecision(db(), stamped.entry);
    return stamped;
  } catch (error) {
    return { ok: false, reason: `Beslutet sparades inte: ${storageFailure(error)}` };
  }
}

const withdrawSchema = z.object({
  platform: z.enum(['facebook', 'instagram', 'x']),
  commentId: z.string().min(1).max(500),
  decision: z.enum(['false-alarm', 'handled']),
  account: z.string().max(500).nullable(),
  pageUrl: z.string().max(4000).nullable(),
});

/** A decision taken back at an extension page's request, once the request is checked. */
export async function withdrawDecisionFor(input: DecisionToWithdraw): Promise<Result> {
  const parsed = withdrawSchema.safeParse(input);
  if (!parsed.success) return { ok: false, reason: 'Beslutet att ångra var inte läsbart; inget har ändrats.' };
  try {
    return await withdrawDecision(db(), parsed.data, stampEntry);
  } catch (error) {
    return { ok: false, reason: storageFailure(error) };
  }
}
