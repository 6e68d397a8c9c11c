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
    const logged = await appendStepOnce(input);
    if (!logged.ok) return logged;
    return { ok: true, entry: logged.entry, supplement: logged.repeated ? 'none' : await queueDecisionSupplement(logged.entry) };
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

/**
 * A removal or police decision, logged unless it is the comment's standing one already: a double click
 * logged the removal twice and sent the registrator two supplements. Checked and written in one
 * transaction, so two clicks at once are one entry.
 */
async function appendStepOnce(input: LogInput): Promise<Result<{ entry: LogEntry; repeated: boolean }>> {
  const stamped = await stampEntry(input);
  if (!stamped.ok) return stamped;
  const { entry } = stamped;
  const database = db();
  try {
    return await database.transaction('rw', database.log, async () => {
      const steps = entry.commentId ? await database.log.where('commentId').equals(entry.commentId)
        .filter((e) => e.platform === entry.platform && (e.action === 'removed' || e.action.startsWith('police-report.'))).sortBy('at') : [];
      const standing = entry.action === 'removed' ? steps.find((e) => e.action === 'removed') : steps.findLast((e) => e.action.startsWith('police-report.'));
      if (standing?.action === entry.action) return { ok: true as const, entry: standing, repeated: true };
      await database.log.add(entry);
      return { ok: true as const, entry, repeated: false };
    });
  } catch (error) {
    return { ok: false, reason: storageFailure(error) };
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
