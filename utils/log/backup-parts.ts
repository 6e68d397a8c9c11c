import type { Result } from '@/utils/messaging';
import type { ImportReport } from './backup';
import { BACKUP_FORMAT, BACKUP_TABLES, backupOutlineSchema, checkBackup, type BackupHeadFields, type BackupTable } from './backup-schema';

// A backup is as large as the documentation in it (each screenshot 1–4 MB as base64), and Chrome
// refuses a message over 64 MiB: the log page reads the file and sends it to the background a few
// MB at a time. The background keeps the parts aside and writes nothing until the last is in
// (utils/log/backup-staging), so an import cut off midway leaves the database as it was.

/** About how much JSON one part carries; a record larger than this goes in a part of its own. */
export const PART_CHARS = 4_000_000;

/** The file's head, and how many records of each table follow. */
export interface BackupHead extends BackupHeadFields {
  counts: Record<BackupTable, number>;
}

/** Records of one table, from `offset` on in the file's list. Unchecked: the background checks them. */
export interface BackupPart {
  importId: string;
  table: BackupTable;
  offset: number;
  records: unknown[];
}

/** The background's side of an import, one message each. */
export interface BackupTransport {
  begin(head: BackupHead): Promise<Result<{ importId: string }>>;
  part(part: BackupPart): Promise<Result>;
  commit(importId: string): Promise<Result<{ report: ImportReport }>>;
  abort(importId: string): Promise<unknown>;
}

/** The file read, its outline checked, and its records in parts of about `partChars` each. */
export function splitBackup(text: string, partChars = PART_CHARS): Result<{ head: BackupHead; parts: Array<Omit<BackupPart, 'importId'>> }> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'Filen kunde inte läsas som JSON. Inget har importerats.' };
  }
  if ((json as { format?: unknown } | null)?.format !== BACKUP_FORMAT) {
    return { ok: false, reason: 'Filen är inte en säkerhetskopia från Uppsikt. Inget har importerats.' };
  }
  const outline = checkBackup(backupOutlineSchema, json);
  if (!outline.ok) return outline;
  const { tables, ...fields } = outline.value;
  const parts: Array<Omit<BackupPart, 'importId'>> = [];
  for (const table of BACKUP_TABLES) {
    const records = tables[table];
    let chars = 0;
    for (let offset = 0; offset < records.length; offset++) {
      const size = JSON.stringify(records[offset])?.length ?? 0;
      if (offset === 0 || chars + size > partChars) {
        parts.push({ table, offset, records: [] });
        chars = 0;
      }
      parts[parts.length - 1].records.push(records[offset]);
      chars += size;
    }
  }
  const counts = Object.fromEntries(BACKUP_TABLES.map((t) => [t, tables[t].length])) as Record<BackupTable, number>;
  return { ok: true, head: { ...fields, counts }, parts };
}

/** Sends a backup file's text to be imported, part by part; on any failure the parts sent are dropped. */
export async function sendBackup(text: string, transport: BackupTransport, partChars = PART_CHARS): Promise<Result<{ report: ImportReport }>> {
  const split = splitBackup(text, partChars);
  if (!split.ok) return split;
  const begun = await transport.begin(split.head);
  if (!begun.ok) return begun;
  for (const part of split.parts) {
    const sent = await transport.part({ importId: begun.importId, ...part });
    if (!sent.ok) {
      await transport.abort(begun.importId).catch(() => undefined); // the background may be gone: it then has nothing kept either
      return sent;
    }
  }
  return transport.commit(begun.importId);
}
