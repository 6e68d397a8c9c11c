import { z } from 'zod';
import { db } from '@/utils/db/app-db';
import type { LogEntry } from '@/utils/db/records';
import { decisionOf } from '@/utils/log/actions';
import { logDecision, withdrawDecision } from '@/utils/log/decisions';
import type { LogInput, Result, DecisionToWithdraw } from '@/utils/messaging';
import { storageFailure } from '@/utils/db/storage-failure';
import { appendLog, stampEntry } from './log';
import { fromExtensionPage, NOT_FROM_EXTENSION_PAGE } from './from-extension-page';
import { isSupplemented, type SupplementOutcome } from '@/utils/evidence/supplement-record';
import { queueDecisionSupplement } from './decision-supplement';

/** What a content script may log: that its page's layout was not recognised, for its own tab. */
const FROM_CONTENT_SCRIPTS = new Set(['layout.unrecognised']);

/**
 * Logs an action for whoever sent it. The log is the account's record (documented, delivered,
 * decided): its entries are the editor's, made on the extension's own pages. A content script,
 * which a site's page can influence, may only say that its page's layout was not recognised.
 */
export async function logAction(input: LogInput, sender: { url?: string; tab?: { url?: string } }): Promise<Result<{ entry: LogEntry; supplement?: SupplementOutcome }>> {
  if (!fromExtensionPage(sender)) {
    if (!FROM_CONTENT_SCRIPTS.has(input.action)) return NOT_FROM_EXTENSION_PAGE;
    return appendLog({ ...input, pageUrl: sender.tab?.url ?? input.pageUrl });
  }
  if (isSupplemented(input.action)) {
    const logged = await appendLog(input);
    return logged.ok ? { ...logged, supplement: await queueDecisionSupplement(logged.entry) } : logged;
  }
  if (!decisionOf(input.action)) return appendLog(input);
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
