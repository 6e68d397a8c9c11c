// A threat reported to the police before it was documented: no supplement could tell the registrator,
// as there was no documentation yet. The documentation made afterwards says so itself.
import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import type { CapturedComment } from '@/utils/evidence/record';
import { DEFAULT_SETTINGS } from '@/utils/settings/defaults';
import { logEntry } from './log-records';

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 255, 128];
const captured: CapturedComment = {
  platform: 'x', pageUrl: 'https://x.com/SjovikKommun/status/1', account: { name: 'Sjöviks kommun', handle: 'SjovikKommun', url: 'https://x.com/SjovikKommun' },
  comment: { id: '2', parentId: '1', author: { name: 'Arg', handle: 'arg', url: 'https://x.com/arg' }, text: 'Jag vet var du bor.', truncated: false, postedAt: null, edited: false, hiddenReplies: false, permalink: null },
  parent: null, replies: [], findings: [],
};

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

const { db } = await import('@/utils/db/app-db');
const { documentComment } = await import('@/entrypoints/background/document-comment');
const { describeRecord } = await import('@/utils/evidence/package');

describe('a comment documented after a police decision', () => {
  it('has the decision in its record, with when and by whom; a decision about another comment is not', async () => {
    await db().log.bulkAdd([
      logEntry({ action: 'police-report.made', platform: 'x', commentId: '2', at: '2026-12-07T13:03:00.000Z', by: 'Anna Berg, kommunikatör', detail: '' }),
      logEntry({ action: 'removed', platform: 'x', commentId: '3', at: '2026-12-07T13:04:00.000Z' }),
      logEntry({ action: 'answered', platform: 'x', commentId: '2', at: '2026-12-07T13:05:00.000Z' }),
    ]);
    const documented = await documentComment(7, '2');
    expect(documented.ok).toBe(true);
    const [evidence] = await db().evidence.toArray();
    expect(JSON.parse(evidence.recordJson).decisionsBefore).toEqual([{ action: 'police-report.made', at: '2026-12-07T13:03:00.000Z', by: 'Anna Berg, kommunikatör' }]);
    const { lines } = describeRecord(evidence.recordJson, evidence.recordSha256);
    expect(lines).toContain('Beslut före dokumentationen: polisanmäld 2026-12-07 14:03 (Anna Berg, kommunikatör)');
  });
});
