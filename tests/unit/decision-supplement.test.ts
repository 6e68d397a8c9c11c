// What the editor does with a documented comment after documenting it (removes it, reports it to the
// police or decides not to) reaches the registrator as a supplement to the documentation: the record
// names the documentation it completes and its diarienummer, says what was done, by whom and when,
// and repeats neither the comment nor its writer. Without documentation there is nothing to supplement.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '@/utils/settings/defaults';
import type { Settings } from '@/utils/settings/schema';
import type { LogInput } from '@/utils/messaging';
import { buildEvidenceDocument, serialiseRecord } from '@/utils/evidence/record';
import { describeRecord } from '@/utils/evidence/package';
import { documentationOf, deliveryState } from '@/utils/registrar/outbox-state';
import { reasonText } from '@/utils/ui/reason-text';
import { evidence, outboxItem } from './log-records';
import { fake } from './fake-extension-browser';

let settings: Settings;
vi.mock('wxt/browser', () => ({ browser: fake.browser }));
vi.mock('@/utils/settings/store', () => ({ loadSettings: async () => ({ settings, locked: [] }) }));
vi.mock('@/utils/accounts/overrides', () => ({ accountOverrides: { getValue: async () => ({}) } }));

const { db } = await import('@/utils/db/app-db');
const { logAction } = await import('@/entrypoints/background/comment-decisions');
const { processOutbox } = await import('@/entrypoints/background/outbox');

const SIDE_PANEL = { url: 'chrome-extension://uppsiktid/sidepanel.html' };
const PAGE = 'https://www.facebook.com/sjovikskommun/posts/1';
const COMMENT_TEXT = 'Jag ska komma och hämta er, Kalle vet var ni bor';

const onComment = (action: LogInput['action'], commentId = 'c1', detail = ''): LogInput => ({
  action, platform: 'facebook', account: 'facebook.com/sjovikskommun', pageUrl: PAGE, commentId, detail, categories: ['prohibited.threat'],
});

/** The comment documented and delivered, as the registrator numbered it. */
async function documented(registrationNumber: string | null = 'KS 2026/0001') {
  const captured = {
    platform: 'facebook' as const, pageUrl: PAGE, account: { name: 'Sjöviks kommun', handle: 'sjovikskommun', url: 'https://www.facebook.com/sjovikskommun' },
    parent: null, replies: [], findings: [],
    comment: { id: 'c1', parentId: null, author: { name: 'Kalle Kommentar', handle: null, url: null }, text: COMMENT_TEXT, truncated: false, postedAt: null, edited: false, hiddenReplies: false, permalink: `${PAGE}?comment_id=c1` },
  };
  const id = crypto.randomUUID();
  const record = await serialiseRecord(buildEvidenceDocument({
    id, captured, editor: 'Anna Berg, kommunikatör', capturedAt: '2026-12-07T13:03:00.000Z', browser: 'Chromium', extensionVersion: '0.0.0', imageSha256: null,
    settings: { ...DEFAULT_SETTINGS, organisation: { ...DEFAULT_SETTINGS.organisation, name: 'Sjöviks kommun', department: 'Kommunstyrelsen' } },
  }));
  const saved = evidence({
    id, at: '2026-12-07T13:03:00.000Z', commentUrl: captured.comment.permalink, author: captured.comment.author, text: COMMENT_TEXT,
    recordJson: record.json, recordSha256: record.sha256, registrationNumber,
  });
  await db().evidence.add(saved);
  await db().outbox.add(outboxItem(saved.id, { transport: 'http', state: 'sent', receipt: `Diarienummer ${registrationNumber}` }));
  return saved;
}

/** What the registrator's intake received, per POST: its handling.json and the names of its files. */
async function received(): Promise<Array<{ record: Record<string, unknown>; files: string[] }>> {
  return Promise.all(vi.mocked(fetch).mock.calls.map(async ([, init]) => {
    const form = init!.body as FormData;
    const files = [...form.keys()];
    return { record: JSON.parse(await (form.get('handling') as Blob).text()) as Record<string, unknown>, files };
  }));
}

beforeEach(async () => {
  settings = {
    ...DEFAULT_SETTINGS, editor: { firstName: 'Anna', lastName: 'Berg', title: 'kommunikatör' },
    registrar: { ...DEFAULT_SETTINGS.registrar, transport: 'http', endpoint: 'https://diarium.sjovik.se/intake' },
  };
  Object.assign(fake.state, { ending: 'complete', started: [], urls: [], alarms: [], notices: [], session: {}, local: {}, granted: true });
  vi.spyOn(globalThis, 'fetch').mockImplementation(async () => new Response('{"diarienummer":"KS 2026/0002"}', { status: 201, headers: { 'content-type': 'application/json' } }));
  await db().delete();
  await db().open();
});
afterEach(() => vi.restoreAllMocks());

describe('a decision about a documented comment', () => {
  it('removed: the registrator gets a supplement naming the documentation and its diarienummer, with no comment text, writer or picture', async () => {
    const original = await documented();
    const result = await logAction(onComment('removed'), SIDE_PANEL);
    expect(result).toMatchObject({ ok: true, supplement: { queued: expect.any(String) } });
    await processOutbox();
    const [post] = await received();
    expect(post.files).toEqual(['handling', 'sha256']);
    expect(post.record).toMatchObject({
      schema: 'uppsikt.supplement/1', decision: 'removed', editor: 'Anna Berg, kommunikatör',
      supplements: { id: original.id, capturedAt: original.at, registrationNumber: 'KS 2026/0001' },
      organisation: { name: 'Sjöviks kommun', department: 'Kommunstyrelsen' },
    });
    // No address of the page or the comment either: on X it names the writer (x.com/<handle>/status/…).
    const json = JSON.stringify(post.record);
    expect(json).not.toContain('Kalle');
    expect(json).not.toContain('hämta er');
    expect(json).not.toContain('comment_id');
    // Its own diarienummer, and the log under the comment: queued as a supplement, then sent.
    const supplement = (await db().evidence.filter((e) => e.kind === 'supplement').toArray())[0];
    expect(supplement).toMatchObject({ registrationNumber: 'KS 2026/0002', text: '', image: null });
    const log = await db().log.where('commentId').equals('c1').toArray();
    expect(log.map((e) => [e.action, e.detail]).sort()).toEqual([
      ['delivery.queued', 'Komplettering: HTTP till diarie- eller e-arkivsystem'], ['delivery.sent', 'Diarienummer KS 2026/0002'], ['removed', ''],
    ]);
  });

  it('reads to the registrator as what was done with which documentation, in a subject that names no writer', async () => {
    const original = await documented();
    await logAction(onComment('police-report.made', 'c1', 'Anmäld till Polisen, K123456-26'), SIDE_PANEL);
    const supplement = (await db().evidence.filter((e) => e.kind === 'supplement').toArray())[0];
    const { subject, lines } = describeRecord(supplement.recordJson, supplement.recordSha256);
    expect(subject).toMatch(/^Komplettering till KS 2026\/0001 – Sjöviks kommun \(Facebook\) 2026-\d\d-\d\d \d\d:\d\d – beslut om polisanmälan \([0-9a-f]{8}\)$/);
    expect(lines).toEqual(expect.arrayContaining([
      expect.stringMatching(new RegExp(`^Kompletterar: dokumentationen ${original.id} från 2026-12-07 14:03 \\(svensk tid\\), diarienummer KS 2026/0001$`)),
      'Åtgärd: Kommentaren har polisanmälts.',
      'Redaktörens anteckning: Anmäld till Polisen, K123456-26',
      'Organisation: Sjöviks kommun, Kommunstyrelsen',
      'Beslutat av: Anna Berg, kommunikatör',
      `SHA-256 för handling.json: ${supplement.recordSha256}`,
    ]));
    expect(lines.join('\n')).not.toContain('Kalle');
  });

  it('before the registrator gave a number, names the documentation by its record', async () => {
    const original = await documented(null);
    await logAction(onComment('police-report.considered'), SIDE_PANEL);
    const supplement = (await db().evidence.filter((e) => e.kind === 'supplement').toArray())[0];
    const { subject, lines } = describeRecord(supplement.recordJson, supplement.recordSha256);
    expect(subject).toContain(`Komplettering till handling ${original.id.slice(0, 8)} – `);
    expect(lines).toContain('Åtgärd: En polisanmälan har övervägts; ingen anmälan görs.');
    expect(lines.some((l) => l.endsWith('(inget diarienummer mottaget när kompletteringen gjordes)'))).toBe(true);
  });

  it('does not count as the comment\'s documentation: the removal gate reads only the documentation\'s own deliveries', async () => {
    const original = await documented();
    await db().outbox.where('evidenceId').equals(original.id).modify({ state: 'failed' });
    await logAction(onComment('police-report.considered'), SIDE_PANEL);
    await processOutbox();
    const forComment = await db().outbox.where('commentKey').equals('facebook:c1').toArray();
    expect(documentationOf(forComment.map(deliveryState))).toBe('undelivered');
    expect(await db().outbox.count()).toBe(2);
  });

  it('sends nothing for a comment never documented, for other actions, or when the organisation does not want supplements', async () => {
    expect(await logAction(onComment('removed', 'c2', 'Borttagen utan dokumentation i Uppsikt'), SIDE_PANEL)).toMatchObject({ ok: true, supplement: 'none' });
    await documented();
    expect(await logAction(onComment('answered'), SIDE_PANEL)).not.toHaveProperty('supplement');
    settings = { ...settings, registrar: { ...settings.registrar, sendDecisions: false } };
    expect(await logAction(onComment('removed'), SIDE_PANEL)).toMatchObject({ ok: true, supplement: 'none' });
    expect(await db().evidence.filter((e) => e.kind === 'supplement').count()).toBe(0);
    expect(await db().log.where('action').equals('removed').count()).toBe(2);
  });

  it('keeps the decision logged and says why when the supplement cannot be saved (a full disk)', async () => {
    await documented();
    vi.spyOn(db().outbox, 'add').mockRejectedValueOnce(new DOMException('Quota exceeded', 'QuotaExceededError'));
    const result = await logAction(onComment('removed'), SIDE_PANEL);
    expect(result.ok).toBe(true);
    const reason = result.ok && typeof result.supplement === 'object' && 'failed' in result.supplement ? result.supplement.failed : '';
    expect(reason).toMatch(/^Kompletteringen till registrator kunde inte sparas i Uppsikt: Lagringsutrymmet är fullt\..* Den sparades i stället i Hämtade filer \(Uppsikt\/2026-\d\d-\d\d-komplettering-[0-9a-f-]+\.zip\); lämna filen till registrator\.$/);
    expect(reasonText(reason, 'en')).toMatch(/^The supplement to the registrar could not be saved in Uppsikt: The storage is full\..* It was saved in Downloads instead/);
    expect(fake.state.started).toEqual([expect.stringMatching(/^Uppsikt\/.*\.zip$/)]);
    expect(await db().log.where('action').equals('removed').count()).toBe(1);
  });

  it('logged twice by a double click, is one removal and one supplement', async () => {
    await documented();
    const [first, second] = await Promise.all([logAction(onComment('removed'), SIDE_PANEL), logAction(onComment('removed'), SIDE_PANEL)]);
    expect([first, second].map((r) => (r.ok && typeof r.supplement === 'object' ? 'queued' : r.ok && r.supplement)).sort()).toEqual(['none', 'queued']);
    expect(await db().log.where('action').equals('removed').count()).toBe(1);
    expect(await db().evidence.filter((e) => e.kind === 'supplement').count()).toBe(1);
  });

  it('a police decision changed says so, and which supplement it changes', async () => {
    await documented();
    await logAction(onComment('police-report.made'), SIDE_PANEL);
    await logAction(onComment('police-report.considered'), SIDE_PANEL);
    const [made, considered] = (await db().evidence.filter((e) => e.kind === 'supplement').sortBy('at')).map((e) => describeRecord(e.recordJson, e.recordSha256));
    expect(made.subject).toMatch(/ – beslut om polisanmälan \([0-9a-f]{8}\)$/);
    expect(considered.subject).toMatch(/ – ändrat beslut om polisanmälan \([0-9a-f]{8}\)$/);
    expect(considered.lines).toContainEqual(expect.stringMatching(/^Ändrar beslutet i kompletteringen [0-9a-f-]{36} från 2026-.* \(polisanmäld\)\.$/));
  });

  it('goes after its documentation when the registrar was away, with the diarienummer the documentation got', async () => {
    const original = await documented(null);
    await db().outbox.where('evidenceId').equals(original.id).modify({ state: 'queued', nextAttemptAt: Date.now(), at: '2026-12-07T13:03:00.000Z' });
    await logAction(onComment('removed', 'c1', 'Borttagen innan dokumentationen nått registrator'), SIDE_PANEL);
    // The registrar is down: neither goes, and the supplement does not go ahead of its documentation.
    vi.mocked(fetch).mockRejectedValue(new TypeError('Failed to fetch'));
    await processOutbox();
    vi.mocked(fetch).mockClear();
    // Back: both due again; the documentation goes first and is numbered, then the supplement, naming that number.
    let n = 0;
    vi.mocked(fetch).mockImplementation(async () => new Response(JSON.stringify({ diarienummer: `KS 2026/00${++n}0` }), { status: 201, headers: { 'content-type': 'application/json' } }));
    await db().outbox.toCollection().modify({ nextAttemptAt: Date.now() - 1 });
    await processOutbox();
    await db().outbox.toCollection().modify({ nextAttemptAt: Date.now() - 1 });
    await processOutbox();
    const posts = await received();
    expect(posts.map((p) => p.record.schema)).toEqual(['uppsikt.evidence/1', 'uppsikt.supplement/1']);
    expect(posts[1].record).toMatchObject({ supplements: { id: original.id, registrationNumber: 'KS 2026/0010' } });
  });
});
