// Documenting a comment saves the record, queues it for the registrar and logs both steps. A full
// disk must not leave documentation the log does not show (or a log that claims what was not kept).
import 'fake-indexeddb/auto';
import { resolveObjectURL } from 'node:buffer';
import { unzipSync } from 'fflate';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '@/utils/settings/defaults';
import { reasonText } from '@/utils/ui/reason-text';
import { evidence } from './log-records';

const processOutbox = vi.fn();
/** The files the browser's downloads were given (their bytes read as the browser reads them), and whether the disk takes them. */
const downloads: Array<{ filename: string; url: string; bytes: Promise<Uint8Array> }> = [];
let downloadEnds = 'complete';
const onChanged = new Set<(delta: object) => void>();
vi.mock('wxt/browser', () => ({
  browser: {
    runtime: { getManifest: () => ({ version: '0.0.0' }) },
    downloads: {
      onChanged: { addListener: (f: (delta: object) => void) => onChanged.add(f), removeListener: (f: (delta: object) => void) => onChanged.delete(f) },
      download: async (options: { filename: string; url: string }) => {
        // A blob: URL is read at once: it is let go once the download has ended.
        const blob = options.url.startsWith('blob:') ? resolveObjectURL(options.url) : null;
        const bytes = blob ? blob.arrayBuffer().then((b) => new Uint8Array(b)) : Promise.resolve(Uint8Array.from(atob(options.url.split(',')[1]), (c) => c.charCodeAt(0)));
        downloads.push({ ...options, bytes });
        const id = downloads.length;
        const delta = downloadEnds === 'complete' ? { id, state: { current: 'complete' } } : { id, state: { current: 'interrupted' }, error: { current: downloadEnds } };
        setTimeout(() => onChanged.forEach((f) => f(delta)), 0);
        return id;
      },
    },
  },
}));
vi.mock('@/entrypoints/background/outbox', () => ({ processOutbox }));
vi.mock('@/utils/settings/store', () => ({ loadSettings: async () => ({ settings: DEFAULT_SETTINGS, locked: [] }) }));

const { db } = await import('@/utils/db/app-db');
const { saveAndQueue } = await import('@/entrypoints/background/capture');

const counts = async () => [await db().evidence.count(), await db().outbox.count(), await db().log.count()];

beforeEach(async () => {
  processOutbox.mockClear();
  downloads.length = 0;
  downloadEnds = 'complete';
  await db().delete();
  await db().open();
});

describe('saving documentation', () => {
  it('keeps the record, queues it and logs the documenting and the queueing, by the one who documented', async () => {
    const record = evidence({ by: 'Anna Berg, kommunikatör' });
    expect(await saveAndQueue(record, DEFAULT_SETTINGS, `facebook:${record.commentId}`, 'documented')).toEqual({ ok: true, evidenceId: record.id });
    expect(await counts()).toEqual([1, 1, 2]);
    const logged = await db().log.orderBy('action').toArray();
    expect(logged.map((e) => [e.action, e.by, e.commentId, e.data?.evidenceId])).toEqual([
      ['delivery.queued', 'Anna Berg, kommunikatör', record.commentId, record.id],
      ['documented', 'Anna Berg, kommunikatör', record.commentId, record.id],
    ]);
    expect(logged.find((e) => e.action === 'documented')?.detail).toBe(`SHA-256 ${record.recordSha256}`);
    expect(logged.find((e) => e.action === 'delivery.queued')?.detail).toBe('E-post till registrator (.eml)');
    expect(processOutbox).toHaveBeenCalledOnce();
  });

  it('a full disk keeps nothing in Uppsikt and queues nothing, but saves the package in the downloads and says so', async () => {
    const record = evidence();
    const full = vi.spyOn(db().log, 'bulkAdd').mockRejectedValueOnce(new DOMException('Quota exceeded', 'QuotaExceededError'));
    const result = await saveAndQueue(record, DEFAULT_SETTINGS, null, 'documented');
    full.mockRestore();
    expect(await counts()).toEqual([0, 0, 0]);
    expect(processOutbox).not.toHaveBeenCalled();

    // The screenshot and the hashed record, as the download delivery packs them.
    expect(downloads.map((d) => d.filename)).toEqual([`Uppsikt/2026-03-10-${record.id}.zip`]);
    const zip = unzipSync(await downloads[0].bytes);
    expect(new TextDecoder().decode(zip['handling.json'])).toBe(record.recordJson);
    expect(zip['skarmbild.png']).toEqual(record.image);
    expect(new TextDecoder().decode(zip['SHA256SUMS.txt'])).toContain(`${record.recordSha256}  handling.json`);
    expect(result).toEqual({ ok: false, reason: expect.stringMatching(/^Dokumentationen kunde inte sparas i Uppsikt: Lagringsutrymmet är fullt\. Frigör diskutrymme/) });
    expect(result.ok === false && result.reason).toContain(`sparades i stället i Hämtade filer (Uppsikt/2026-03-10-${record.id}.zip)`);
    expect(result.ok === false && reasonText(result.reason, 'en')).toBe('The documentation could not be saved in Uppsikt: The storage is full. Free disk space, or export the log '
      + `and run gallring; nothing was overwritten. The screenshot and the record were saved in Downloads instead (Uppsikt/2026-03-10-${record.id}.zip); hand the file to the registrar.`);
  });

  it('says so when the downloads cannot take the package either', async () => {
    downloadEnds = 'FILE_NO_SPACE';
    const full = vi.spyOn(db().log, 'bulkAdd').mockRejectedValueOnce(new DOMException('Quota exceeded', 'QuotaExceededError'));
    const result = await saveAndQueue(evidence(), DEFAULT_SETTINGS, null, 'documented');
    full.mockRestore();
    expect(result).toEqual({ ok: false, reason: expect.stringMatching(/^Dokumentationen kunde inte sparas i Uppsikt: .* Filen kunde inte sparas i Hämtade filer: disken är full \(FILE_NO_SPACE\)\. Inget har sparats; frigör diskutrymme och dokumentera igen\.$/) });
    expect(result.ok === false && reasonText(result.reason, 'en')).toMatch(/^The documentation could not be saved in Uppsikt: The storage is full\..* The file could not be saved in Downloads: the disk is full \(FILE_NO_SPACE\)\. Nothing was saved; free disk space and document again\.$/);
  });
});
