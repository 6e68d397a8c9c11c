import type { Table } from 'dexie';
import type { AppDB } from '@/utils/db/app-db';
import type { HandledComment, HandledHow, IgnoredComment, LogEntry } from '@/utils/db/records';
import type { CommentDecision, DecisionToWithdraw, LogInput, Result } from '@/utils/messaging';
import { decisionOf } from './actions';

// What the editor decided about a comment that changes how it is judged: a false alarm goes on the
// ignore list (its findings are not shown again); an answer given elsewhere or a move to case
// handling ends its wait for a reply. The first decision per comment stands until it is withdrawn.

/** What was withdrawn, in the log's words, with the reason or case number given then. */
function withdrawnWords(record: IgnoredComment | HandledComment): string {
  const said = 'reason' in record ? record.reason : record.detail;
  const what = 'reason' in record ? 'falsklarm (fynden visas igen)'
    : record.how === 'case-handling' ? 'flyttad till ärendehantering (väntar på åtgärd igen)' : 'besvarad på annat sätt (väntar på svar igen)';
  return said ? `${what}: ${said}` : what;
}

const keyOf = (platform: string, commentId: string) => `${platform}:${commentId}`;
const tableOf = (database: AppDB, decision: CommentDecision) => (decision === 'false-alarm' ? database.ignored : database.handled);

/** Remembers the decision a logged action made, if it made one and none stands for the comment. */
export async function rememberDecision(database: AppDB, entry: LogEntry): Promise<void> {
  const decision = decisionOf(entry.action);
  if (!decision || !entry.platform || !entry.commentId) return;
  const commentKey = keyOf(entry.platform, entry.commentId);
  if (await tableOf(database, decision).where('commentKey').equals(commentKey).count()) return;
  const made = { id: crypto.randomUUID(), commentKey, by: entry.by, at: entry.at };
  if (decision === 'false-alarm') await database.ignored.add({ ...made, reason: entry.detail });
  else await database.handled.add({ ...made, how: entry.action as HandledHow, detail: entry.detail });
}

/** Logs a deciding action and remembers its decision: both or neither (a decision the log does not show must not act). */
export async function logDecision(database: AppDB, entry: LogEntry): Promise<void> {
  await database.transaction('rw', database.log, database.ignored, database.handled, async () => {
    await database.log.add(entry);
    await rememberDecision(database, entry);
  });
}

const NOTHING_TO_WITHDRAW: Result = { ok: false, reason: 'Det fanns inget beslut att ångra för kommentaren.' };

/**
 * Takes a decision back (a slip of the hand): the comment is judged as before, and the log says who
 * withdrew what. `stamp` makes the log entry (editor, time); the undo and its entry are written together.
 */
export async function withdrawDecision(database: AppDB, request: DecisionToWithdraw, stamp: (input: LogInput) => Promise<Result<{ entry: LogEntry }>>): Promise<Result> {
  const table = tableOf(database, request.decision) as Table<IgnoredComment | HandledComment, string>;
  const record = await table.where('commentKey').equals(keyOf(request.platform, request.commentId)).first();
  if (!record) return NOTHING_TO_WITHDRAW;
  const stamped = await stamp({
    action: 'decision.withdrawn', platform: request.platform, account: request.account, pageUrl: request.pageUrl,
    commentId: request.commentId, detail: `Ångrat: ${withdrawnWords(record)}`,
  });
  if (!stamped.ok) return stamped;
  return database.transaction('rw', database.log, table, async () => {
    if (!(await table.get(record.id))) return NOTHING_TO_WITHDRAW; // withdrawn meanwhile (a second click)
    await table.delete(record.id);
    await database.log.add(stamped.entry);
    return { ok: true };
  });
}

/** Whether the decision is still in force (it may have been withdrawn elsewhere, on the log page). */
export async function decisionStands(database: AppDB, decision: DecisionToWithdraw): Promise<boolean> {
  return (await tableOf(database, decision.decision).where('commentKey').equals(keyOf(decision.platform, decision.commentId)).count()) > 0;
}

/** The decisions that stand, by comment key. */
export interface StandingDecisions {
  ignored: ReadonlyMap<string, IgnoredComment>;
  handled: ReadonlyMap<string, HandledComment>;
}

export async function standingDecisions(database: AppDB): Promise<StandingDecisions> {
  const [ignored, handled] = await Promise.all([database.ignored.toArray(), database.handled.toArray()]);
  return { ignored: new Map(ignored.map((r) => [r.commentKey, r])), handled: new Map(handled.map((r) => [r.commentKey, r])) };
}

/** The decision this log entry made that still stands (the entry that made it, not a later repeat), as a request to withdraw it. */
export function standingDecisionOf(entry: LogEntry, standing: StandingDecisions): DecisionToWithdraw | null {
  const decision = decisionOf(entry.action);
  if (!decision || !entry.platform || !entry.commentId) return null;
  const record = (decision === 'false-alarm' ? standing.ignored : standing.handled).get(keyOf(entry.platform, entry.commentId));
  if (!record || record.at !== entry.at || record.by !== entry.by) return null;
  return { platform: entry.platform, commentId: entry.commentId, decision, account: entry.account, pageUrl: entry.pageUrl };
}
