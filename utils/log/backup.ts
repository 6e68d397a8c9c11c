import type { Table } from 'dexie';
import type { AppDB } from '@/utils/db/app-db';
import type { EvidenceRecord, LogEntry } from '@/utils/db/records';
import type { Result } from '@/utils/messaging';
import { keyedAsToday } from '@/utils/accounts/link';
import type { AccountRecord, OutboxItem } from '@/utils/db/records';
import { base64ToBytes, bytesToBase64 } from './base64';
import { BACKUP_FORMAT, BACKUP_TABLES, type BackupEvidence, type BackupHeadFields, type BackupTable } from './backup-schema';
import { swedishDateTime } from './time';
import { LINED_HEAD_END } from './backup-lines';
import { isStorageFull } from '@/utils/db/storage-failure';

export { BACKUP_TABLES, type BackupTable };

/** Each table in words, singular and plural, for messages and the import's log entry. */
export const BACKUP_TABLE_LABELS: Record<BackupTable, [one: string, many: string]> = {
  log: ['loggpost', 'loggposter'], evidence: ['dokumentationspost', 'dokumentationsposter'], outbox: ['utskick', 'utskick'],
  accounts: ['konto', 'konton'], consents: ['samtycke', 'samtycken'], checklists: ['checklista', 'checklistor'],
  ignored: ['falsklarm', 'falsklarm'], handled: ['hanterad kommentar', 'hanterade kommentarer'],
};

/** The same in English, for the log page in English (the import's log entry stays Swedish). */
const BACKUP_TABLE_LABELS_EN: Record<BackupTable, [one: string, many: string]> = {
  log: ['log entry', 'log entries'], evidence: ['documentation record', 'documentation records'], outbox: ['delivery', 'deliveries'],
  accounts: ['account', 'accounts'], consents: ['consent', 'consents'], checklists: ['checklist', 'checklists'],
  ignored: ['false alarm', 'false alarms'], handled: ['handled comment', 'handled comments'],
};

function counted(table: BackupTable, n: number, lang: 'sv' | 'en' = 'sv'): string {
  return `${n} ${(lang === 'sv' ? BACKUP_TABLE_LABELS : BACKUP_TABLE_LABELS_EN)[table][n === 1 ? 0 : 1]}`;
}

/** Tables with a unique index besides the id: a record with a new id but a taken key cannot be added. */
const UNIQUE_KEYS: Partial<Record<BackupTable, 'key' | 'commentKey'>> = { accounts: 'key', ignored: 'commentKey', handled: 'commentKey' };

export interface ImportReport {
  added: Record<BackupTable, number>;
  /** Records whose id was already in the database: kept as they were, never overwritten. */
  alreadyPresent: Record<BackupTable, number>;
  /** Records left out, each with why. */
  problems: string[];
  /** Deliveries the file had on their way, imported held back until the editor sends them. */
  heldBack: number;
}

/**
 * The whole database as one JSON document, screenshots as base64, one record per line
 * (utils/log/backup-lines reads it back line by line). Built as a file of parts, never as one string:
 * a database with a few hundred screenshots is more than the longest string a browser can hold.
 */
export async function createBackup(db: AppDB, by: string, now = new Date()): Promise<Blob> {
  const file = new BlobBuilder();
  await db.transaction('r', [...BACKUP_TABLES], async () => {
    const counts = Object.fromEntries(await Promise.all(BACKUP_TABLES.map(async (t) => [t, await db.table(t).count()]))) as Record<BackupTable, number>;
    const head: BackupHeadFields = { format: BACKUP_FORMAT, version: 1, schemaVersion: db.verno, exportedAt: now.toISOString(), exportedBy: by };
    file.line(`${JSON.stringify({ ...head, counts }).slice(0, -1)}${LINED_HEAD_END}`);
    for (const [index, name] of BACKUP_TABLES.entries()) {
      file.line(`${JSON.stringify(name)}:[`);
      let left = counts[name];
      // Record by record: the screenshots are never all in memory at once.
      await db.table(name).each((record: unknown) => {
        left--;
        const shown = name === 'evidence' ? evidenceToBackup(record as EvidenceRecord) : record;
        file.line(`${JSON.stringify(shown)}${left > 0 ? ',' : ''}`);
      });
      file.line(index < BACKUP_TABLES.length - 1 ? '],' : ']');
    }
    file.line('}}');
  });
  return file.done('application/json');
}

/** Lines gathered into a Blob a few MB at a time, so the strings can go as soon as they are in it. */
class BlobBuilder {
  private parts: BlobPart[] = [];
  private pending: string[] = [];
  private pendingChars = 0;

  line(text: string): void {
    this.pending.push(text, '\n');
    this.pendingChars += text.length + 1;
    if (this.pendingChars > 8_000_000) this.flush();
  }

  done(type: string): Blob {
    this.flush();
    return new Blob(this.parts, { type });
  }

  private flush(): void {
    if (this.pending.length) this.parts.push(new Blob(this.pending));
    this.pending = [];
    this.pendingChars = 0;
  }
}

function evidenceToBackup(record: EvidenceRecord): BackupEvidence {
  return { ...record, image: record.image ? bytesToBase64(record.image) : null };
}

/** The record with its screenshot as bytes again; throws when the base64 cannot be decoded. */
export function evidenceFromBackup(record: BackupEvidence): EvidenceRecord {
  return { ...record, image: record.image === null ? null : base64ToBytes(record.image) };
}

function emptyCounts(): Record<BackupTable, number> {
  return Object.fromEntries(BACKUP_TABLES.map((t) => [t, 0])) as Record<BackupTable, number>;
}

/** "120 loggposter, 3 dokumentationsposter" — the tables with a count, in words. */
export function describeCounts(counts: Record<BackupTable, number>, lang: 'sv' | 'en' = 'sv'): string {
  const parts = BACKUP_TABLES.filter((t) => counts[t] > 0).map((t) => counted(t, counts[t], lang));
  return parts.length ? parts.join(', ') : lang === 'sv' ? 'inga poster' : 'no records';
}

/**
 * Adds the records of a backup that the database does not have, matched by id; existing records are
 * never overwritten (the log is append-only). The records were checked before (utils/log/backup-staging)
 * and are written in one transaction, so a failed write changes nothing. Logs the import when it added anything.
 */
export async function writeImport(
  db: AppDB, head: Pick<BackupHeadFields, 'exportedAt' | 'exportedBy'>, incoming: Record<BackupTable, Array<{ id: string }>>, by: string, now = new Date(),
): Promise<Result<{ report: ImportReport }>> {
  const report: ImportReport = { added: emptyCounts(), alreadyPresent: emptyCounts(), problems: [], heldBack: 0 };
  try {
    await db.transaction('rw', [...BACKUP_TABLES], async () => {
      for (const name of BACKUP_TABLES) {
        const table = db.table(name) as Table<{ id: string }, string>;
        // Register entries from before a keying rule changed are keyed as the upgrades keyed those in the database.
        const records = name === 'accounts' ? (incoming.accounts as AccountRecord[]).map(keyedAsToday) : incoming[name];
        let fresh = await newRecords(table, name, records, report);
        if (name === 'outbox') fresh = heldBack(fresh as OutboxItem[], report);
        if (fresh.length) await table.bulkAdd(fresh);
        report.added[name] = fresh.length;
      }
      const total = BACKUP_TABLES.reduce((sum, t) => sum + report.added[t], 0);
      if (total > 0) await db.log.add(importEntry(head, report, by, now));
    });
  } catch (error) {
    const name = (error as { name?: string } | null)?.name ?? '';
    const full = isStorageFull(error);
    return {
      ok: false,
      reason: full
        ? 'Lagringsutrymmet räcker inte för säkerhetskopian. Inget har importerats.'
        : `Importen kunde inte sparas (${name || String(error)}). Inget har importerats.`,
    };
  }
  return { ok: true, report };
}

/** Why an imported delivery waits for the editor; the file, not she, had it on its way. */
export const IMPORTED_UNSENT = 'Kom med en säkerhetskopia och har inte skickats härifrån. Skicka den med Försök igen om den ska till registrator.';

/**
 * Deliveries the file has on their way (queued, being sent, waiting for access) are held back as not
 * delivered: the outbox would otherwise send them at once, with this browser's registrar and its key,
 * whatever the file says they are. The editor sees them among those not delivered and sends them
 * herself; a change of the registrar's settings, which tries failed deliveries again, leaves them.
 */
function heldBack(items: OutboxItem[], report: ImportReport): OutboxItem[] {
  const held = items.map((item) => (item.heldBack || ['queued', 'sending', 'blocked'].includes(item.state)
    ? { ...item, state: 'failed' as const, lastError: IMPORTED_UNSENT, nextAttemptAt: 0, heldBack: true } : item));
  report.heldBack = held.filter((item) => item.heldBack).length;
  return held;
}

/** The records of one table to add: not already there by id, not repeated in the file, no taken unique key. */
async function newRecords(
  table: Table<{ id: string }, string>, name: BackupTable, records: Array<{ id: string }>, report: ImportReport,
): Promise<Array<{ id: string }>> {
  const existing = await table.bulkGet(records.map((r) => r.id));
  const seenIds = new Set<string>();
  const candidates: Array<{ id: string }> = [];
  records.forEach((record, i) => {
    if (existing[i]) report.alreadyPresent[name]++;
    else if (seenIds.has(record.id)) report.problems.push(`${BACKUP_TABLE_LABELS[name][1]}: id ${record.id} finns två gånger i filen; den andra hoppades över.`);
    else candidates.push(record);
    seenIds.add(record.id);
  });
  const keyField = UNIQUE_KEYS[name];
  if (!keyField) return candidates;
  const keyOf = (r: { id: string }) => (r as unknown as Record<string, string>)[keyField];
  const taken = new Set((await table.where(keyField).anyOf(candidates.map(keyOf)).toArray()).map(keyOf));
  return candidates.filter((record) => {
    const key = keyOf(record);
    if (taken.has(key)) {
      report.problems.push(`${BACKUP_TABLE_LABELS[name][1]}: ${key} finns redan med ett annat id; posten i filen hoppades över.`);
      return false;
    }
    taken.add(key);
    return true;
  });
}

function importEntry(backup: Pick<BackupHeadFields, 'exportedAt' | 'exportedBy'>, report: ImportReport, by: string, now: Date): LogEntry {
  return {
    id: crypto.randomUUID(), at: now.toISOString(), by, action: 'note', platform: null, account: null, pageUrl: null,
    commentId: null, categories: [],
    detail: `Säkerhetskopia från ${swedishDateTime(backup.exportedAt)} (${backup.exportedBy}) importerad; tillagt: ${describeCounts(report.added)}.`,
    data: { kind: 'backup.imported', backupExportedAt: backup.exportedAt, backupExportedBy: backup.exportedBy, ...prefixed(report.added) },
  };
}

function prefixed(counts: Record<BackupTable, number>): Record<string, number> {
  return Object.fromEntries(BACKUP_TABLES.map((t) => [`added.${t}`, counts[t]]));
}
