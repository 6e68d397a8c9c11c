// What the editor decides about a comment in the side panel changes how it is judged from then on:
// a false alarm drops its findings, an answer given elsewhere or a move to case handling ends its
// wait for a reply. Only the extension's own pages decide; a slip is taken back in one click, logged.
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '@/utils/settings/defaults';
import type { Settings } from '@/utils/settings/schema';
import type { LogInput } from '@/utils/messaging';

const SIDE_PANEL = { url: 'chrome-extension://uppsiktid/sidepanel.html' };
const CONTENT_SCRIPT = { url: 'https://www.facebook.com/sjovikskommun/posts/1' };
let settings: Settings;

vi.mock('wxt/browser', () => ({ browser: { runtime: { getURL: (path: string) => `chrome-extension://uppsiktid${path}` } } }));
vi.mock('@/utils/settings/store', () => ({ loadSettings: async () => ({ settings, locked: [] }) }));
vi.mock('@/utils/accounts/overrides', () => ({ accountOverrides: { getValue: async () => ({}) } }));

const { db } = await import('@/utils/db/app-db');
const { logAction, withdrawDecisionFor: withdrawDecision } = await import('@/entrypoints/background/comment-decisions');
const { pageContext } = await import('@/entrypoints/background/page-context');
const { validateReportDelta } = await import('@/entrypoints/background/validate-report');
const { AnalysisCache, judgePage } = await import('@/utils/page/scan');
const { ReportSender } = await import('@/utils/report-delta');

const onComment = (action: LogInput['action'], commentId: string, detail = ''): LogInput => ({
  action, platform: 'facebook', account: 'facebook.com/sjovikskommun', pageUrl: CONTENT_SCRIPT.url, commentId, detail,
});
const context = () => pageContext({ platform: 'facebook', url: CONTENT_SCRIPT.url, pageOwner: null });

beforeEach(async () => {
  settings = { ...DEFAULT_SETTINGS, editor: { ...DEFAULT_SETTINGS.editor, firstName: 'Anna', lastName: 'Berg', title: 'kommunikatör' } };
  await db().delete();
  await db().open();
});

describe('decisions about a comment', () => {
  it('an answer given elsewhere and a move to case handling end the wait; the page context carries them', async () => {
    expect((await logAction(onComment('answered', 'c1'), SIDE_PANEL)).ok).toBe(true);
    expect((await logAction(onComment('case-handling', 'c2', 'KS 2026/123'), SIDE_PANEL)).ok).toBe(true);
    expect((await logAction(onComment('answered', 'c1'), SIDE_PANEL)).ok).toBe(true); // twice: one record
    expect((await logAction(onComment('removed', 'c3'), SIDE_PANEL)).ok).toBe(true); // not a decision about its wait
    const handled = (await db().handled.toArray()).sort((a, b) => a.commentKey.localeCompare(b.commentKey));
    expect(handled.map((h) => [h.commentKey, h.how, h.detail, h.by])).toEqual([
      ['facebook:c1', 'answered', '', 'Anna Berg, kommunikatör'],
      ['facebook:c2', 'case-handling', 'KS 2026/123', 'Anna Berg, kommunikatör'],
    ]);
    expect((await context()).handled.sort()).toEqual(['facebook:c1', 'facebook:c2']);
    expect((await context()).movedToCase).toEqual(['facebook:c2']);
    expect((await db().log.toArray()).length).toBe(4);
    // A page on another platform is told only of its own platform's decisions.
    expect((await logAction({ ...onComment('answered', 'c9'), platform: 'x' }, SIDE_PANEL)).ok).toBe(true);
    expect((await context()).handled.sort()).toEqual(['facebook:c1', 'facebook:c2']);
    expect((await pageContext({ platform: 'x', url: 'https://x.com/SjovikKommun/status/1', pageOwner: null })).handled).toEqual(['x:c9']);
  });

  it('tells the page the Swedish holidays of this year and the two before, so a comment from the year before last is aged without its Christmas', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-12-31T23:30:00Z') }); // 00:30 on New Year's Day in Sweden
    try {
      const { holidays } = await context();
      expect(holidays).toEqual(expect.arrayContaining(['2025-12-24', '2026-12-25', '2027-01-01']));
      expect(holidays).not.toContain('2024-12-24');
    } finally {
      vi.useRealTimers();
    }
  });

  it('decisions that cannot be read are not taken as none: the page\'s report says they could not be read', async () => {
    expect((await logAction(onComment('false-alarm', 'c1', 'Ironi'), SIDE_PANEL)).ok).toBe(true);
    expect((await context()).decisionsUnread).toBeUndefined();
    const broken = vi.spyOn(db().handled, 'where').mockImplementation(() => { throw new DOMException('The database is gone', 'UnknownError'); });
    const unread = await context().finally(() => broken.mockRestore());
    expect([unread.decisionsUnread, unread.ignored, unread.handled]).toEqual([true, [], []]);
    // The page reports it, and the background takes the report with it.
    const snapshot = {
      platform: 'facebook' as const, pageKind: 'post' as const, url: CONTENT_SCRIPT.url, capturedAt: '2026-11-23T12:00:00.000Z', pageOwner: null,
      signedIn: null, post: null, comments: [], profileText: null, recentPostTimes: [], uiLanguage: 'sv', misses: [],
    };
    const { report } = judgePage({ snapshot, elements: new Map(), composer: null }, unread, new AnalysisCache(), new Date());
    const [part] = new ReportSender().delta(report, 1).parts;
    expect(validateReportDelta(part)).toMatchObject({ ok: true, delta: { head: { decisionsUnread: true } } });
  });

  it('a content script cannot decide for the editor: nothing is logged or remembered', async () => {
    for (const action of ['answered', 'case-handling', 'false-alarm'] as const) {
      const result = await logAction(onComment(action, 'c1', 'från sidan'), CONTENT_SCRIPT);
      expect(result).toEqual({ ok: false, reason: expect.stringMatching(/Uppsikts egna sidor/) });
    }
    expect(await db().log.count()).toBe(0);
    expect(await db().handled.count() + await db().ignored.count()).toBe(0);
    // What a content script logs of its own (a layout it did not recognise) still lands, at its tab's address.
    const tab = { ...CONTENT_SCRIPT, tab: { url: CONTENT_SCRIPT.url } };
    expect((await logAction({ action: 'layout.unrecognised', platform: 'facebook', detail: 'commentArticle', pageUrl: 'https://example.org/' }, tab)).ok).toBe(true);
    expect((await db().log.toArray()).map((e) => [e.action, e.pageUrl])).toEqual([['layout.unrecognised', CONTENT_SCRIPT.url]]);
  });

  it('a content script cannot write the account\'s record: documented, delivered, reported to the police, removed', async () => {
    for (const action of ['documented', 'delivery.sent', 'police-report.made', 'removed', 'settings.changed'] as const) {
      const result = await logAction({ ...onComment(action, 'c1'), detail: 'från sidan' }, CONTENT_SCRIPT);
      expect(result).toEqual({ ok: false, reason: expect.stringMatching(/Uppsikts egna sidor/) });
    }
    expect(await db().log.count()).toBe(0);
    expect((await logAction({ ...onComment('removed', 'c1') }, SIDE_PANEL)).ok).toBe(true);
  });

  it('withdrawing a decision takes it off and logs who did, with what was withdrawn', async () => {
    await logAction(onComment('false-alarm', 'c1', 'Citat ur en bok'), SIDE_PANEL);
    await logAction(onComment('answered', 'c1'), SIDE_PANEL);
    const where = { platform: 'facebook' as const, commentId: 'c1', account: 'facebook.com/sjovikskommun', pageUrl: CONTENT_SCRIPT.url };
    expect(await withdrawDecision({ ...where, decision: 'handled' })).toEqual({ ok: true });
    expect(await db().handled.count()).toBe(0);
    expect((await context()).ignored).toEqual(['facebook:c1']); // the false alarm stands
    expect(await withdrawDecision({ ...where, decision: 'false-alarm' })).toEqual({ ok: true });
    expect((await context()).ignored).toEqual([]);
    const withdrawn = (await db().log.where('action').equals('decision.withdrawn').toArray()).map((e) => [e.commentId, e.detail, e.by]);
    expect(withdrawn).toEqual(expect.arrayContaining([
      ['c1', 'Ångrat: besvarad på annat sätt (väntar på svar igen)', 'Anna Berg, kommunikatör'],
      ['c1', 'Ångrat: falsklarm (fynden visas igen): Citat ur en bok', 'Anna Berg, kommunikatör'],
    ]));
    expect(withdrawn).toHaveLength(2);
  });

  it('a full disk while deciding keeps neither the log entry nor the decision, and says so', async () => {
    const full = vi.spyOn(db().handled, 'add').mockRejectedValueOnce(new DOMException('Quota exceeded', 'QuotaExceededError'));
    const result = await logAction(onComment('answered', 'c1'), SIDE_PANEL);
    expect(result).toEqual({ ok: false, reason: expect.stringMatching(/^Beslutet sparades inte: Lagringsutrymmet är fullt/) });
    expect(await db().log.count()).toBe(0); // no entry for a decision that does not act
    expect(await db().handled.count()).toBe(0);
    full.mockRestore();
    expect((await logAction(onComment('answered', 'c1'), SIDE_PANEL)).ok).toBe(true); // tried again once there is room
    expect([await db().log.count(), await db().handled.count()]).toEqual([1, 1]);
  });

  it('an undo the log cannot hold is not made: the decision stands', async () => {
    await logAction(onComment('case-handling', 'c1', 'KS 2026/123'), SIDE_PANEL);
    const full = vi.spyOn(db().log, 'add').mockRejectedValueOnce(new DOMException('Quota exceeded', 'QuotaExceededError'));
    const where = { platform: 'facebook' as const, commentId: 'c1', account: null, pageUrl: null };
    expect(await withdrawDecision({ ...where, decision: 'handled' })).toEqual({ ok: false, reason: expect.stringMatching(/^Lagringsutrymmet är fullt/) });
    full.mockRestore();
    expect((await context()).movedToCase).toEqual(['facebook:c1']);
    expect((await db().log.toArray()).map((e) => e.action)).toEqual(['case-handling']);
    // A second click on "Ångra" after the first went through finds nothing left to undo, and logs nothing more.
    expect(await withdrawDecision({ ...where, decision: 'handled' })).toEqual({ ok: true });
    expect(await withdrawDecision({ ...where, decision: 'handled' })).toEqual({ ok: false, reason: expect.stringMatching(/inget beslut att ångra/) });
    expect(await db().log.where('action').equals('decision.withdrawn').count()).toBe(1);
  });

  it('withdrawing what was never decided, or a malformed request, says so and changes nothing', async () => {
    const where = { platform: 'facebook' as const, commentId: 'c9', account: null, pageUrl: null };
    expect(await withdrawDecision({ ...where, decision: 'handled' })).toEqual({ ok: false, reason: expect.stringMatching(/inget beslut att ångra/) });
    const malformed = { ...where, platform: 'myspace', decision: 'handled' } as unknown as Parameters<typeof withdrawDecision>[0];
    expect(await withdrawDecision(malformed)).toEqual({ ok: false, reason: expect.stringMatching(/inget har ändrats/) });
    expect(await db().log.count()).toBe(0);
  });
});
