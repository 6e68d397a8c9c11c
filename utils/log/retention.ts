import type { AppDB } from '@/utils/db/app-db';
import type { LogEntry } from '@/utils/db/records';
import type { Result } from '@/utils/messaging';
import { swedishDate } from './time';

// Gallring: records older than the organisation's retention period are removed. Documentation
// still waiting to reach the registrar is never removed, whatever its age, nor is its outbox item.
// The editor's decisions on comments (false alarm, answered another way, moved to case handling)
// go with the log entries that recorded them: they name the editor and may quote the comment.

export interface RetentionCounts {
  log: number;
  evidence: number;
  outbox: number;
  /** Decisions on comments (false alarms, handled elsewhere): those comments may be flagged again. */
  decisions: number;
  /** Old documentation kept because its delivery is queued, under way or failed. */
  keptUndelivered: number;
}

const DAY_MS = 86_400_000;

function cutoffFor(days: number, now: Date): string {
  return new Date(now.getTime() - days * DAY_MS).toISOString();
}

function validDays(days: number): boolean {
  return Number.isInteger(days) && days >= 1 && days <= 36_500;
}

/** What a purge would remove now, without removing it (for the confirmation). */
export async function previewRetention(db: AppDB, days: number, now = new Date()): Promise<Result<{ counts: RetentionCounts; cutoff: string }>> {
  if (!validDays(days)) return { ok: false, reason: invalidDays(days) };
  const cutoff = cutoffFor(days, now);
  const counts = await db.transaction('r', [db.log, db.evidence, db.outbox, db.ignored, db.handled], async () => {
    const { evidenceIds, keptUndelivered, outboxIds, ignoredIds, handledIds } = await purgeable(db, cutoff);
    return {
      log: await db.log.where('at').below(cutoff).count(), evidence: evidenceIds.length, outbox: outboxIds.length,
      decisions: ignoredIds.length + handledIds.length, keptUndelivered,
    };
  });
  return { ok: true, counts, cutoff };
}

/**
 * Removes log entries, documentation, sent outbox items and decisions older than `days`, in one transaction,
 * and appends a `retention.purged` entry saying what went and who did it.
 */
export async function purgeExpired(db: AppDB, days: number, by: string, now = new Date()): Promise<Result<{ counts: RetentionCounts; entry: LogEntry }>> {
  if (!validDays(days)) return { ok: false, reason: invalidDays(days) };
  const cutoff = cutoffFor(days, now);
  try {
    return await db.transaction('rw', [db.log, db.evidence, db.outbox, db.ignored, db.handled], async () => {
      const { evidenceIds, keptUndelivered, outboxIds, ignoredIds, handledIds } = await purgeable(db, cutoff);
      await db.outbox.bulkDelete(outboxIds);
      await db.evidence.bulkDelete(evidenceIds);
      await db.ignored.bulkDelete(ignoredIds);
      await db.handled.bulkDelete(handledIds);
      const log = await db.log.where('at').below(cutoff).delete();
      const counts: RetentionCounts = { log, evidence: evidenceIds.length, outbox: outboxIds.length, decisions: ignoredIds.length + handledIds.length, keptUndelivered };
      const entry: LogEntry = {
        id: crypto.randomUUID(), at: now.toISOString(), by, action: 'retention.purged', platform: null, account: null,
        pageUrl: null, commentId: null, categories: [],
        detail: describePurge(counts, days, cutoff),
        data: { retentionDays: days, cutoff, log: counts.log, evidence: counts.evidence, outbox: counts.outbox, decisions: counts.decisions, keptUndelivered },
      };
      await db.log.add(entry);
      return { ok: true as const, counts, entry };
    });
  } catch (error) {
    return { ok: false, reason: `Gallringen kunde inte genomföras (${(error as { name?: string })?.name || String(error)}). Inget har tagits bort.` };
  }
}

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "Gallring: 120 loggposter, 1 dokumentationspost, 3 skickade utskick och 2 beslut om kommentarer äldre än 730 dagar (före 2024-11-23) togs bort." */
export function describePurge(counts: RetentionCounts, days: number, cutoff: string): string {
  const kept = counts.keptUndelivered
    ? ` ${count(counts.keptUndelivered, 'äldre dokumentationspost behölls eftersom den', 'äldre dokumentationsposter behölls eftersom de')} ännu inte har nått registrator.`
    : '';
  const what = `${count(counts.log, 'loggpost', 'loggposter')}, ${count(counts.evidence, 'dokumentationspost', 'dokumentationsposter')}, `
    + `${count(counts.outbox, 'skickat utskick', 'skickade utskick')} och ${counts.decisions} beslut om kommentarer`;
  return `Gallring: ${what} äldre än ${days} dagar (före ${swedishDate(new Date(cutoff))}) togs bort.${kept}`;
}

function invalidDays(days: number): string {
  return `Gallringsfristen måste vara ett helt antal dagar mellan 1 och 36 500 (angiven: ${days}). Inget har tagits bort.`;
}

interface Purgeable {
  evidenceIds: string[];
  outboxIds: string[];
  ignoredIds: string[];
  handledIds: string[];
  keptUndelivered: number;
}

async function purgeable(db: AppDB, cutoff: string): Promise<Purgeable> {
  const pending = await db.outbox.where('state').anyOf(['queued', 'sending', 'failed']).toArray();
  const protectedEvidence = new Set(pending.map((item) => item.evidenceId));
  const oldEvidence = await db.evidence.where('at').below(cutoff).primaryKeys();
  const evidenceIds = oldEvidence.filter((id) => !protectedEvidence.has(id));
  const outboxIds = await db.outbox.where('state').equals('sent').filter((item) => item.at < cutoff).primaryKeys();
  // Decisions have no index on their time: a few thousand at most, looked through once.
  const ignoredIds = await db.ignored.filter((decision) => decision.at < cutoff).primaryKeys();
  const handledIds = await db.handled.filter((decision) => decision.at < cutoff).primaryKeys();
  return { evidenceIds, outboxIds, ignoredIds, handledIds, keptUndelivered: oldEvidence.length - evidenceIds.length };
}
