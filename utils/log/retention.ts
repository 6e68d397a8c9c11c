import type { AppDB } from '@/utils/db/app-db';
import type { LogEntry } from '@/utils/db/records';
import type { Result } from '@/utils/messaging';
import { deliveryState, isDelivered, undeliveredItems } from '@/utils/registrar/outbox-state';
import { purgeSummary, type KeptCounts, type RemovedCounts } from './retention-text';
import { swedishDate, swedishDayStart } from './time';

// Gallring: records older than the organisation's retention period are removed. Documentation not
// yet with the registrar (an HTTP receipt or the editor's word) is never removed, whatever its age,
// nor its outbox item or the log entries about it: it is an allmän handling still to be delivered.
// The editor's decisions on comments (false alarm, answered another way, moved to case handling)
// go with the log entries that recorded them: they name the editor and may quote the comment.
// Gallring's own entries stay: what was gallrat, when, by whom and by which decision (arkivlagen).

export type RetentionCounts = RemovedCounts & KeptCounts;

const DAY_MS = 86_400_000;

/** The start of the Swedish day `days` calendar days before today's: "older than 730 days (before 2024-11-23)" means that. */
function cutoffFor(days: number, now: Date): string {
  const [y, m, d] = swedishDate(now).split('-').map(Number);
  return swedishDayStart(new Date(Date.UTC(y, m - 1, d) - days * DAY_MS).toISOString().slice(0, 10))!;
}

function validDays(days: number): boolean {
  return Number.isInteger(days) && days >= 1 && days <= 36_500;
}

const TABLES = (db: AppDB) => [db.log, db.evidence, db.outbox, db.ignored, db.handled];

/** What a purge would remove now, without removing it (for the confirmation). */
export async function previewRetention(db: AppDB, days: number, now = new Date()): Promise<Result<{ counts: RetentionCounts; cutoff: string }>> {
  if (!validDays(days)) return { ok: false, reason: invalidDays(days) };
  const cutoff = cutoffFor(days, now);
  const counts = await db.transaction('r', TABLES(db), async () => (await purgeable(db, cutoff)).counts);
  return { ok: true, counts, cutoff };
}

/**
 * Removes log entries, documentation, delivered outbox items and decisions older than `days`, in one
 * transaction, and appends a `retention.purged` entry saying what went, what stayed and who did it.
 */
export async function purgeExpired(
  db: AppDB, days: number, by: string, now = new Date(),
  /** The gallringsbeslut the organisation's settings name; the entry says when none is named. */
  decision = '',
): Promise<Result<{ counts: RetentionCounts; entry: LogEntry }>> {
  if (!validDays(days)) return { ok: false, reason: invalidDays(days) };
  const cutoff = cutoffFor(days, now);
  try {
    return await db.transaction('rw', TABLES(db), async () => {
      const { counts, evidenceIds, outboxIds, ignoredIds, handledIds, keptLogIds } = await purgeable(db, cutoff);
      await db.outbox.bulkDelete(outboxIds);
      await db.evidence.bulkDelete(evidenceIds);
      await db.ignored.bulkDelete(ignoredIds);
      await db.handled.bulkDelete(handledIds);
      const old = db.log.where('at').below(cutoff);
      await (keptLogIds.size ? old.filter((e) => !keptLogIds.has(e.id)) : old).delete();
      const entry: LogEntry = {
        id: crypto.randomUUID(), at: now.toISOString(), by, action: 'retention.purged', platform: null, account: null,
        pageUrl: null, commentId: null, categories: [],
        detail: `${describePurge(counts, days, cutoff)} ${decision.trim() ? `Gallringsbeslut: ${decision.trim()}.` : 'Inget gallringsbeslut är angivet i inställningarna.'}`,
        data: { retentionDays: days, cutoff, ...counts, ...(decision.trim() ? { retentionDecision: decision.trim() } : {}) },
      };
      await db.log.add(entry);
      return { ok: true as const, counts, entry };
    });
  } catch (error) {
    return { ok: false, reason: `Gallringen kunde inte genomföras (${(error as { name?: string })?.name || String(error)}). Inget har tagits bort.` };
  }
}

/** "Gallring: 120 loggposter, 1 dokumentationspost, 3 skickade utskick och 2 beslut om kommentarer äldre än 730 dagar (före 2024-11-23) togs bort." */
export function describePurge(counts: RetentionCounts, days: number, cutoff: string): string {
  return purgeSummary(counts, days, swedishDate(new Date(cutoff)), 'sv');
}

function invalidDays(days: number): string {
  return `Gallringsfristen måste vara ett helt antal dagar mellan 1 och 36 500 (angiven: ${days}). Inget har tagits bort.`;
}

interface Purgeable {
  counts: RetentionCounts;
  evidenceIds: string[];
  outboxIds: string[];
  ignoredIds: string[];
  handledIds: string[];
  /** Old log entries kept: about documentation kept, and gallring's own. */
  keptLogIds: Set<string>;
}

async function purgeable(db: AppDB, cutoff: string): Promise<Purgeable> {
  const undelivered = new Map((await undeliveredItems(db)).map((item) => [item.evidenceId, deliveryState(item)]));
  const oldEvidence = await db.evidence.where('at').below(cutoff).primaryKeys();
  const evidenceIds = oldEvidence.filter((id) => !undelivered.has(id));
  const kept = oldEvidence.map((id) => undelivered.get(id)).filter((state) => state !== undefined);
  const outboxIds = await db.outbox.where('state').equals('sent').filter((item) => isDelivered(item) && item.at < cutoff).primaryKeys();
  // Decisions have no index on their time: a few thousand at most, looked through once.
  const ignoredIds = await db.ignored.filter((decision) => decision.at < cutoff).primaryKeys();
  const handledIds = await db.handled.filter((decision) => decision.at < cutoff).primaryKeys();
  // A kept delivery keeps its history (documented, queued, failed): the log says why it is still here.
  const aboutKept = (entry: LogEntry) => undelivered.has(String(entry.data?.evidenceId));
  const aboutKeptIds = undelivered.size ? await db.log.where('at').below(cutoff).filter(aboutKept).primaryKeys() : [];
  // By their action's index: a first gallring after years walks no more than these few.
  const gallringIds = await db.log.where('action').equals('retention.purged').filter((entry) => entry.at < cutoff).primaryKeys();
  const keptLogIds = new Set([...aboutKeptIds, ...gallringIds]);
  const counts: RetentionCounts = {
    log: (await db.log.where('at').below(cutoff).count()) - keptLogIds.size,
    evidence: evidenceIds.length, outbox: outboxIds.length, decisions: ignoredIds.length + handledIds.length,
    keptUndelivered: kept.length,
    keptFailed: kept.filter((state) => state === 'failed' || state === 'blocked').length,
    keptWaiting: kept.filter((state) => state === 'queued' || state === 'sending').length,
    keptSaved: kept.filter((state) => state === 'saved').length,
    keptLog: aboutKeptIds.length,
  };
  return { counts, evidenceIds, outboxIds, ignoredIds, handledIds, keptLogIds };
}
