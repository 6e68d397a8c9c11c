// A backup of a few dozen documentations is tens of MB (each screenshot 1–4 MB as base64), and
// Chrome refuses a message over 64 MiB: the log page sends it to the background in parts of a few
// MB, and the background writes nothing until the last is in, so a cut-off import changes nothing.
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '@/utils/settings/defaults';
import { evidence, logEntry } from './log-records';

/** Every message the log page sent, by name, with its size as JSON. */
const sent: Array<{ name: string; chars: number }> = [];
/** Set by a test: the message that never arrives (the service worker stopped). */
let lostAt: number | null = null;

vi.mock('wxt/browser', () => ({ browser: {} }));
vi.mock('@/utils/settings/store', () => ({ loadSettings: async () => ({ settings: DEFAULT_SETTINGS, locked: [] }) }));
vi.mock('@/utils/messaging', async () => {
  const background = await import('@/entrypoints/background/log-maintenance');
  const handlers: Record<string, (data: never) => unknown> = {
    importBackupBegin: background.beginBackupImport, importBackupPart: background.addBackupPart,
    importBackupCommit: background.commitBackupImport, importBackupAbort: background.abortBackupImport,
  };
  return {
    sendMessage: async (name: string, data: never) => {
      sent.push({ name, chars: JSON.stringify(data).length });
      if (sent.length === lostAt) throw new Error('Could not establish connection. Receiving end does not exist.');
      return handlers[name](data);
    },
  };
});

const { AppDB, db } = await import('@/utils/db/app-db');
const { BACKUP_TABLES, createBackup } = await import('@/utils/log/backup');
const { PART_CHARS, splitBackup } = await import('@/utils/log/backup-parts');
const { BackupStaging } = await import('@/utils/log/backup-staging');
const { importBackup } = await import('@/utils/ui/backup-import');
const { isLinedBackup, linesOf } = await import('@/utils/log/backup-lines');

/** A screenshot of about 1 MB, different each time. */
function screenshot(): Uint8Array {
  const bytes = new Uint8Array(1_000_000);
  for (let i = 0; i < bytes.length; i += 65_536) crypto.getRandomValues(bytes.subarray(i, i + 65_536));
  return bytes;
}

/** A backup of 12 documentations with their screenshots and 500 log entries: about 16 MB. */
async function largeBackup(): Promise<string> {
  const source = new AppDB(`backup-parts-${crypto.randomUUID()}`);
  await source.evidence.bulkAdd(Array.from({ length: 12 }, () => evidence({ image: screenshot() })));
  await source.log.bulkAdd(Array.from({ length: 500 }, () => logEntry()));
  const text = await (await createBackup(source, 'Anna Berg')).text();
  source.close();
  return text;
}

const counts = async () => Object.fromEntries(await Promise.all(BACKUP_TABLES.map(async (t) => [t, await db().table(t).count()])));

beforeEach(async () => {
  sent.length = 0;
  lostAt = null;
  await db().delete();
  await db().open();
});

describe('importing a backup larger than a message may carry', () => {
  it('sends it in parts of a few MB each and imports all of it', async () => {
    const text = await largeBackup();
    expect(text.length).toBeGreaterThan(3 * PART_CHARS);
    const result = await importBackup(new Blob([text]));
    expect(result).toMatchObject({ ok: true, report: { added: { evidence: 12, log: 500 }, problems: [] } });
    expect(sent.filter((m) => m.name === 'importBackupPart').length).toBeGreaterThan(3);
    // No message near Chrome's 64 MiB: a part is at most PART_CHARS, plus one record that did not fit.
    expect(Math.max(...sent.map((m) => m.chars))).toBeLessThan(PART_CHARS + 2_000_000);
    expect(await db().evidence.count()).toBe(12);
  });

  it('imports nothing when a part does not arrive, and says so', async () => {
    const text = await largeBackup();
    lostAt = 3; // the begin, one part, then the worker is gone
    const result = await importBackup(new Blob([text]));
    expect(result).toEqual({ ok: false, reason: expect.stringMatching(/^Uppsikt svarade inte .*Inget har sparats; försök igen\.$/) });
    expect(sent.at(-1)?.name).toBe('importBackupAbort');
    expect(await counts()).toEqual(Object.fromEntries(BACKUP_TABLES.map((t) => [t, 0])));
  });

  it('is written one record per line, still one JSON document, and read back as it streams in', async () => {
    const text = await largeBackup();
    const lines = text.split('\n');
    expect(lines[0]).toMatch(/^\{"format":"uppsikt-sakerhetskopia",.*"counts":\{"log":500,"evidence":12,.*\},"tables":\{$/);
    expect(lines.filter((line) => line.startsWith('{"id"') || line.startsWith('{"by"') || line.startsWith('{"at"')).length).toBeGreaterThanOrEqual(512);
    expect(JSON.parse(text).tables.evidence).toHaveLength(12);
    // Saved again on Windows, with CR LF line ends: still read line by line (one record each), the same way.
    const crlf = new Blob([text.replaceAll('\n', '\r\n')]);
    expect(await isLinedBackup(crlf)).toBe(true);
    const seen: string[] = [];
    for await (const line of linesOf(crlf)) seen.push(line);
    expect(seen).toEqual(lines.filter((line, i) => line || i < lines.length - 1));
    expect(await importBackup(crlf)).toMatchObject({ ok: true, report: { added: { evidence: 12, log: 500 } } });
    await db().delete();
    await db().open();
    // A backup written before (the whole document on one line) is read as well.
    const oneLine = JSON.stringify(JSON.parse(text));
    expect(oneLine.includes('\n')).toBe(false);
    expect(await importBackup(new Blob([oneLine]))).toMatchObject({ ok: true, report: { added: { evidence: 12, log: 500 } } });
  });

  it('imports nothing from a file cut off before its end, or with a broken line, and says the file could not be read', async () => {
    const text = await largeBackup();
    const cut = text.slice(0, Math.floor(text.length * 0.7));
    const broken = text.replace('"log":[\n', '"log":[\n{trasig\n');
    for (const file of [cut, broken]) {
      sent.length = 0;
      expect(await importBackup(new Blob([file]))).toEqual({ ok: false, reason: 'Filen kunde inte läsas som JSON. Inget har importerats.' });
      expect(sent.at(-1)?.name).toBe('importBackupAbort');
      expect(await counts()).toEqual(Object.fromEntries(BACKUP_TABLES.map((t) => [t, 0])));
    }
  });

  it('drops an unfinished import when another begins (or the worker restarts), and tells its page so', async () => {
    const split = splitBackup(await largeBackup());
    if (!split.ok) throw new Error(split.reason);
    const staging = new BackupStaging();
    const first = staging.begin(split.head, db().verno);
    if (!first.ok) throw new Error(first.reason);
    expect(await staging.add({ importId: first.importId, ...split.parts[0] })).toEqual({ ok: true });
    expect(staging.begin(split.head, db().verno)).toMatchObject({ ok: true });
    const lost = { ok: false, reason: expect.stringMatching(/^Importen avbröts: .*Inget har importerats; försök igen\.$/) };
    expect(await staging.add({ importId: first.importId, ...split.parts[1] })).toEqual(lost);
    expect(await staging.commit(first.importId, db(), 'Anna Berg')).toEqual(lost);
    expect(await counts()).toEqual(Object.fromEntries(BACKUP_TABLES.map((t) => [t, 0])));
  });
});
