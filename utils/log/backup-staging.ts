import { z } from 'zod';
import type { AppDB } from '@/utils/db/app-db';
import type { Result } from '@/utils/messaging';
import type { EvidenceRecord } from '@/utils/db/records';
import { sha256Hex } from '@/utils/evidence/hash';
import type { EvidenceDocument } from '@/utils/evidence/record';
import { evidenceFromBackup, writeImport, type ImportReport } from './backup';
import { sendBackup, type BackupHead } from './backup-parts';
import { BACKUP_TABLES, RECORD_SCHEMAS, backupHeadSchema, checkBackup, type BackupEvidence, type BackupTable } from './backup-schema';

// The background's side of an import sent in parts (utils/log/backup-parts): each part is checked as
// it comes and kept aside; only the commit writes, all of it in one transaction. One import at a
// time: a new one drops an unfinished one, and so does the worker stopping. Either way nothing of it
// was written, and its page is told so at its next step.

const LOST = 'Importen avbröts: Uppsikt startades om eller en annan import började. Inget har importerats; försök igen.';
const INCOMPLETE = 'Säkerhetskopian kom inte fram hel till Uppsikt. Inget har importerats; försök igen.';

const count = z.number().int().min(0);
const headSchema = backupHeadSchema.extend({ counts: z.object(Object.fromEntries(BACKUP_TABLES.map((t) => [t, count])) as Record<BackupTable, typeof count>) });
const partSchema = z.object({ importId: z.string(), table: z.enum(BACKUP_TABLES), offset: z.number().int().min(0), records: z.array(z.unknown()) });

interface Staged {
  id: string;
  head: BackupHead;
  records: Record<BackupTable, Array<{ id: string }>>;
}

/**
 * The first documentation whose record or screenshot is not what its SHA-256 says, or whose shown
 * fields are not what its record says, or -1: what was sent to the registrar is proven by those sums,
 * and an import must not bring in one that was changed.
 */
async function firstAltered(records: EvidenceRecord[]): Promise<number> {
  for (const [index, record] of records.entries()) {
    if (await sha256Hex(record.recordJson) !== record.recordSha256) return index;
    if (!shownAsRecorded(record)) return index;
    // A screenshot without its sum, or a sum without its screenshot, is as changed as one that differs.
    if ((record.image === null) !== (record.imageSha256 === null)) return index;
    if (record.image && await sha256Hex(record.image) !== record.imageSha256) return index;
  }
  return -1;
}

/**
 * A comment's documentation shows its writer, text, time and editor from fields beside the record
 * (the log page's lists, a retry's e-mail): each must say what the checksummed record says, or a
 * backup could show another writer or text than the one sent to the registrar. A field the record
 * does not hold is not compared.
 */
function shownAsRecorded(row: EvidenceRecord): boolean {
  if (row.kind !== 'comment') return true;
  let parsed: unknown;
  try {
    parsed = JSON.parse(row.recordJson);
  } catch {
    return false;
  }
  if (!parsed || typeof parsed !== 'object') return false;
  const doc = parsed as Partial<Pick<EvidenceDocument, 'platform' | 'categories' | 'editor' | 'capturedAt'>> & { comment?: Partial<EvidenceDocument['comment']> };
  const same = (recorded: unknown, shown: unknown) => recorded === undefined || JSON.stringify(recorded) === JSON.stringify(shown);
  return same(doc.platform, row.platform) && same(doc.categories, row.categories) && same(doc.editor, row.by) && same(doc.capturedAt, row.at)
    && same(doc.comment?.id, row.commentId) && same(doc.comment?.text, row.text) && same(doc.comment?.postedAt, row.postedAt)
    && same(doc.comment?.author?.name, row.author.name) && same(doc.comment?.author?.handle, row.author.handle);
}

export class BackupStaging {
  private staged: Staged | null = null;

  begin(input: unknown, dbVersion: number): Result<{ importId: string }> {
    this.staged = null;
    const checked = checkBackup(headSchema, input);
    if (!checked.ok) return checked;
    const head = checked.value;
    if (head.schemaVersion > dbVersion) {
      return { ok: false, reason: `Säkerhetskopian kommer från en nyare version av Uppsikt (databasversion ${head.schemaVersion}). Uppdatera Uppsikt och försök igen. Inget har importerats.` };
    }
    const records = Object.fromEntries(BACKUP_TABLES.map((t) => [t, []])) as unknown as Staged['records'];
    this.staged = { id: crypto.randomUUID(), head, records };
    return { ok: true, importId: this.staged.id };
  }

  /** Checks a part and keeps it; a bad one drops the whole import. */
  async add(input: unknown): Promise<Result> {
    const part = partSchema.safeParse(input);
    if (!part.success) return this.drop(INCOMPLETE);
    const staged = this.staged;
    if (!staged || staged.id !== part.data.importId) return { ok: false, reason: LOST };
    const { table, offset, records } = part.data;
    const kept = staged.records[table];
    if (offset !== kept.length) return this.drop(INCOMPLETE);
    // Named by where the record is in the file ("tables.log.42.at"), as when the file was checked whole.
    const checked = checkBackup(z.array(RECORD_SCHEMAS[table]), records, ([index, ...rest]) => ['tables', table, offset + Number(index), ...rest].join('.'));
    if (!checked.ok) return this.drop(checked.reason);
    let incoming = checked.value as Array<{ id: string }>;
    if (table === 'evidence') {
      try {
        incoming = (incoming as BackupEvidence[]).map(evidenceFromBackup);
      } catch {
        return this.drop('En skärmbild i säkerhetskopian kunde inte avkodas. Inget har importerats.');
      }
      const changed = await firstAltered(incoming as EvidenceRecord[]);
      if (this.staged !== staged) return { ok: false, reason: LOST }; // another import began meanwhile
      if (changed >= 0) return this.drop(`Dokumentationen i säkerhetskopian stämmer inte med sin kontrollsumma (tables.evidence.${offset + changed}): filen är ändrad eller skadad. Inget har importerats.`);
    }
    for (const record of incoming) kept.push(record);
    return { ok: true };
  }

  /** Writes every part kept, once all the head announced are in. */
  async commit(importId: string, db: AppDB, by: string, now = new Date()): Promise<Result<{ report: ImportReport }>> {
    const staged = this.staged;
    if (!staged || staged.id !== importId) return { ok: false, reason: LOST };
    this.staged = null;
    if (BACKUP_TABLES.some((t) => staged.records[t].length !== staged.head.counts[t])) return { ok: false, reason: INCOMPLETE };
    return writeImport(db, staged.head, staged.records, by, now);
  }

  abort(importId: string): Result {
    if (this.staged?.id === importId) this.staged = null;
    return { ok: true };
  }

  private drop(reason: string): Result {
    this.staged = null;
    return { ok: false, reason };
  }
}

/** A backup file imported in this process, through the same parts and checks as from the log page. */
export function importBackup(db: AppDB, file: Blob | string, by: string, now = new Date()): Promise<Result<{ report: ImportReport }>> {
  const staging = new BackupStaging();
  return sendBackup(file, {
    begin: async (head) => staging.begin(head, db.verno),
    part: async (part) => staging.add(part),
    commit: (id) => staging.commit(id, db, by, now),
    abort: async (id) => staging.abort(id),
  });
}
