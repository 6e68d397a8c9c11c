import type { Result } from '@/utils/messaging';
import type { ImportReport } from './backup';
import { BACKUP_FORMAT, BACKUP_TABLES, backupOutlineSchema, checkBackup, type BackupHeadFields, type BackupTable } from './backup-schema';
import { isLinedBackup, linesOf } from './backup-lines';

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

const NOT_JSON = 'Filen kunde inte läsas som JSON. Inget har importerats.';
const NOT_A_BACKUP = 'Filen är inte en säkerhetskopia från Uppsikt. Inget har importerats.';

/** The file read, its outline checked, and its records in parts of about `partChars` each. */
export function splitBackup(text: string, partChars = PART_CHARS): Result<{ head: BackupHead; parts: Array<Omit<BackupPart, 'importId'>> }> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, reason: NOT_JSON };
  }
  if ((json as { format?: unknown } | null)?.format !== BACKUP_FORMAT) {
    return { ok: false, reason: NOT_A_BACKUP };
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

/**
 * Sends a backup file to be imported, part by part; on any failure the parts sent are dropped. A file
 * written one record per line is read as it streams in (it may be larger than a string can be); an
 * older one, written as one line, is read whole (the browser could only write it because it was smaller).
 */
export async function sendBackup(file: Blob | string, transport: BackupTransport, partChars = PART_CHARS): Promise<Result<{ report: ImportReport }>> {
  const blob = typeof file === 'string' ? new Blob([file]) : file;
  if (await isLinedBackup(blob)) return sendLinedBackup(blob, transport, partChars);
  const split = splitBackup(await blob.text(), partChars);
  if (!split.ok) return split;
  return sendParts(split.head, split.parts, transport);
}

async function sendParts(head: BackupHead, parts: Iterable<Omit<BackupPart, 'importId'>>, transport: BackupTransport): Promise<Result<{ report: ImportReport }>> {
  const begun = await transport.begin(head);
  if (!begun.ok) return begun;
  for (const part of parts) {
    const sent = await transport.part({ importId: begun.importId, ...part });
    if (!sent.ok) {
      await transport.abort(begun.importId).catch(() => undefined); // the background may be gone: it then has nothing kept either
      return sent;
    }
  }
  return transport.commit(begun.importId);
}

/** The head line, a line `"table":[` before each table's records, one record per line, `]` or `],` after them, `}}` last. */
async function sendLinedBackup(file: Blob, transport: BackupTransport, partChars: number): Promise<Result<{ report: ImportReport }>> {
  const lines = linesOf(file);
  const first = await lines.next();
  let head: BackupHead;
  try {
    head = JSON.parse(`${first.value as string}}}`) as BackupHead;
  } catch {
    return { ok: false, reason: NOT_JSON };
  }
  if ((head as { format?: unknown }).format !== BACKUP_FORMAT) return { ok: false, reason: NOT_A_BACKUP };
  delete (head as { tables?: unknown }).tables;
  const begun = await transport.begin(head);
  if (!begun.ok) return begun;
  const failed = async (reason: string) => {
    await transport.abort(begun.importId).catch(() => undefined);
    return { ok: false as const, reason };
  };
  let table: BackupTable | null = null;
  let offset = 0;
  let records: unknown[] = [];
  let chars = 0;
  let ended = false;
  const flush = async (): Promise<Result> => {
    if (!table || records.length === 0) return { ok: true };
    const sent = await transport.part({ importId: begun.importId, table, offset, records });
    offset += records.length;
    records = [];
    chars = 0;
    return sent;
  };
  for await (const line of lines) {
    const opened = /^"([a-z]+)":\[$/.exec(line);
    let sent: Result = { ok: true };
    if (ended) return failed(NOT_JSON);
    if (opened) {
      if (table || !(BACKUP_TABLES as readonly string[]).includes(opened[1])) return failed(NOT_A_BACKUP);
      [table, offset] = [opened[1] as BackupTable, 0];
    } else if (line === ']' || line === '],') {
      sent = await flush();
      table = null;
    } else if (line === '}}') {
      ended = true;
    } else if (table) {
      const text = line.endsWith(',') ? line.slice(0, -1) : line;
      try {
        records.push(JSON.parse(text));
      } catch {
        return failed(NOT_JSON);
      }
      chars += text.length;
      if (chars > partChars) sent = await flush();
    } else if (line.trim()) {
      return failed(NOT_JSON);
    }
    if (!sent.ok) return failed(sent.reason);
  }
  if (!ended || table) return failed(NOT_JSON); // cut off before its end
  return transport.commit(begun.importId);
}
