// Documenting a comment saves the record, queues it for the registrar and logs both steps. A full
// disk must not leave documentation the log does not show (or a log that claims what was not kept).
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '@/utils/settings/defaults';
import { evidence } from './log-records';

const processOutbox = vi.fn();
vi.mock('wxt/browser', () => ({ browser: { runtime: { getManifest: () => ({ version: '0.0.0' }) } } }));
vi.mock('@/entrypoints/background/outbox', () => ({ processOutbox }));
vi.mock('@/utils/settings/store', () => ({ loadSettings: async () => ({ settings: DEFAULT_SETTINGS, locked: [] }) }));

const { db } = await import('@/utils/db/app-db');
const { saveAndQueue } = await import('@/entrypoints/background/capture');

const counts = async () => [await db().evidence.count(), await db().outbox.count(), await db().log.count()];

beforeEach(async () => {
  processOutbox.mockClear();
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
    expect(processOutbox).toHaveBeenCalledOnce();
  });

  it('a full disk keeps nothing, queues nothing and says so', async () => {
    const full = vi.spyOn(db().log, 'bulkAdd').mockRejectedValueOnce(new DOMException('Quota exceeded', 'QuotaExceededError'));
    const result = await saveAndQueue(evidence(), DEFAULT_SETTINGS, null, 'documented');
    full.mockRestore();
    expect(result).toEqual({ ok: false, reason: expect.stringMatching(/^Lagringsutrymmet är fullt/) });
    expect(await counts()).toEqual([0, 0, 0]);
    expect(processOutbox).not.toHaveBeenCalled();
  });
});
