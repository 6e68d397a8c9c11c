// Documenting a comment in the background, as the side panel asks for it. Whatever documenting keeps
// must come back from a backup: one record the import refuses makes the whole backup unrestorable. X
// reads up to 500,000 characters of a tweet, and a run of one swear word is a finding every few
// characters. A decision logged before documenting (a threat reported to the police first) is in the record.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { analyzeMany } from '@/rules/analyze';
import type { CapturedComment } from '@/utils/evidence/record';
import { DEFAULT_SETTINGS } from '@/utils/settings/defaults';
import { logEntry } from './log-records';

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 255, 128];
let captured: CapturedComment;

vi.mock('wxt/browser', () => ({
  browser: {
    runtime: { getManifest: () => ({ version: '0.0.0' }) },
    tabs: { get: async () => ({ windowId: 1, active: true, url: 'https://x.com/SjovikKommun/status/1' }), captureVisibleTab: async () => `data:image/png;base64,${btoa(String.fromCharCode(...PNG))}` },
  },
}));
vi.mock('@/utils/messaging', () => ({ sendMessage: async () => ({ ok: true, captured }) }));
vi.mock('@/entrypoints/background/outbox', () => ({ processOutbox: vi.fn() }));
vi.mock('@/utils/settings/store', () => ({ loadSettings: async () => ({ settings: DEFAULT_SETTINGS, locked: [] }) }));
vi.stubGlobal('navigator', { userAgent: 'Chromium 156' });

const { AppDB, db } = await import('@/utils/db/app-db');
const { documentComment } = await import('@/entrypoints/background/document-comment');
const { createBackup } = await import('@/utils/log/backup');
const { importBackup } = await import('@/utils/log/backup-staging');
const { RECORD_LIMITS } = await import('@/utils/evidence/record');
const { CAPTURE_TEXT_LIMITS } = await import('@/utils/capture-limits');
const { describeRecord } = await import('@/utils/evidence/package');

const target = new AppDB(`documented-backup-${crypto.randomUUID()}`);
afterEach(() => target.close());

describe('a backup of the longest comment documenting keeps', () => {
  it('round-trips a documented 500,000-character X comment with a finding every few characters', async () => {
    const text = 'fan '.repeat(CAPTURE_TEXT_LIMITS.x / 4);
    const author = { name: 'Arg Användare', handle: 'arg', url: 'https://x.com/arg' };
    const [findings] = analyzeMany([text]);
    const flagged = findings.filter((f) => f.confidence >= 0.5);
    expect(flagged.length).toBeGreaterThan(10_000);
    captured = {
      platform: 'x', pageUrl: 'https://x.com/SjovikKommun/status/1', account: { name: 'Sjöviks kommun', handle: 'SjovikKommun', url: 'https://x.com/SjovikKommun' },
      comment: { id: '2', parentId: '1', author, text, truncated: false, postedAt: '2026-11-23T08:00:00.000Z', edited: false, hiddenReplies: false, permalink: 'https://x.com/arg/status/2' },
      parent: null, replies: [], findings,
    };

    const documented = await documentComment(7, '2');
    expect(documented).toEqual({ ok: true, evidenceId: expect.any(String), writer: 'Arg Användare', text: 'fan '.repeat(50) });
    const result = await importBackup(target, await createBackup(db(), 'Anna Berg'), 'Erik Lund');
    // Its delivery, still queued where it was documented, comes in held back for the editor to send.
    expect(result).toMatchObject({ ok: true, report: { added: { evidence: 1, outbox: 1 }, problems: [], heldBack: 1 } });
    expect(await target.evidence.toArray()).toEqual(await db().evidence.toArray());

    // The record lists the first findings and how many there were, and keeps the whole comment.
    const record = JSON.parse((await target.evidence.toArray())[0].recordJson);
    expect(record.comment.text).toBe(text);
    expect(record.findings).toHaveLength(RECORD_LIMITS.findings);
    expect(record.findingsTotal).toBe(flagged.length);
  });
});

describe('a comment documented after a police decision', () => {
  it('has the decision in its record, with when and by whom (no supplement could tell it); a decision about another comment is not', async () => {
    await db().delete();
    await db().open();
    captured = {
      platform: 'x', pageUrl: 'https://x.com/SjovikKommun/status/1', account: { name: 'Sjöviks kommun', handle: 'SjovikKommun', url: 'https://x.com/SjovikKommun' },
      comment: { id: '2', parentId: '1', author: { name: 'Arg', handle: 'arg', url: 'https://x.com/arg' }, text: 'Jag vet var du bor.', truncated: false, postedAt: null, edited: false, hiddenReplies: false, permalink: null },
      parent: null, replies: [], findings: [],
    };
    await db().log.bulkAdd([
      logEntry({ action: 'police-report.made', platform: 'x', commentId: '2', at: '2026-12-07T13:03:00.000Z', by: 'Anna Berg, kommunikatör', detail: '' }),
      logEntry({ action: 'removed', platform: 'x', commentId: '3', at: '2026-12-07T13:04:00.000Z' }),
      logEntry({ action: 'answered', platform: 'x', commentId: '2', at: '2026-12-07T13:05:00.000Z' }),
    ]);
    expect((await documentComment(7, '2')).ok).toBe(true);
    const [evidence] = await db().evidence.toArray();
    expect(JSON.parse(evidence.recordJson).decisionsBefore).toEqual([{ action: 'police-report.made', at: '2026-12-07T13:03:00.000Z', by: 'Anna Berg, kommunikatör' }]);
    expect(describeRecord(evidence.recordJson, evidence.recordSha256).lines).toContain('Beslut före dokumentationen: polisanmäld 2026-12-07 14:03 (Anna Berg, kommunikatör)');
  });
});

describe('a comment documented when its earlier documentation cannot be read', () => {
  it('is documented all the same (a full disk made the browser close the database: the reads before the save failed, and the side panel only said Uppsikt did not answer)', async () => {
    await db().delete();
    await db().open();
    const unreadable = () => { throw Object.assign(new Error('Connection is closing'), { name: 'UnknownError' }); };
    const evidenceRead = vi.spyOn(db().evidence, 'where').mockImplementation(unreadable);
    const logRead = vi.spyOn(db().log, 'where').mockImplementation(unreadable);
    try {
      expect(await documentComment(7, '2')).toMatchObject({ ok: true, writer: 'Arg' });
    } finally {
      evidenceRead.mockRestore();
      logRead.mockRestore();
    }
    expect(await db().evidence.count()).toBe(1);
  });
});
