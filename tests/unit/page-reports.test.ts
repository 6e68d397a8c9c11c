// The background keeps each tab's report in memory and in session storage (which outlives a
// stopped service worker but holds only 10 MB for all tabs). A long thread's report must not be
// lost when that storage is full, and a report that was not kept is asked for again.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { REPORT_PERSIST_INTERVAL_MS, type PageReport, type PageWorkItem } from '@/utils/report';
import type { ReportPart } from '@/utils/report-delta';

const QUOTA = 2000;
const store = new Map<string, unknown>();
const size = () => [...store.values()].reduce<number>((n, v) => n + JSON.stringify(v).length, 0);
const sent: Array<{ type: string; tabId?: number }> = [];
let writes = 0;
/** What each tab's toolbar button shows. */
const buttons = new Map<number, { text?: string; color?: string; title?: string }>();
const button = (tabId: number) => buttons.get(tabId) ?? buttons.set(tabId, {}).get(tabId)!;
let language: 'sv' | 'en' = 'sv';

vi.mock('wxt/browser', () => ({
  browser: {
    storage: {
      session: {
        async set(items: Record<string, unknown>) {
          writes++;
          const before = new Map(store);
          for (const [k, v] of Object.entries(items)) store.set(k, v);
          if (size() > QUOTA) {
            store.clear();
            for (const [k, v] of before) store.set(k, v);
            throw new Error('Session storage quota bytes exceeded.');
          }
        },
        async get(keys: string | string[] | null) {
          return Object.fromEntries([...store].filter(([k]) => keys === null || [keys].flat().includes(k)));
        },
        async remove(keys: string | string[]) {
          for (const k of [keys].flat()) store.delete(k);
        },
      },
    },
    action: {
      setBadgeText: async ({ tabId, text }: { tabId: number; text: string }) => { button(tabId).text = text; },
      setBadgeBackgroundColor: async ({ tabId, color }: { tabId: number; color: string }) => { button(tabId).color = color; },
      setTitle: async ({ tabId, title }: { tabId: number; title: string }) => { button(tabId).title = title; },
    },
  },
}));
vi.mock('@/utils/settings/store', () => ({ loadSettings: async () => ({ settings: { language } }) }));
vi.mock('@/utils/messaging', () => ({
  sendMessage: async (type: string, _data: unknown, tabId?: number) => {
    sent.push({ type, tabId });
  },
}));

const { storePageReport, pageReport, forgetPageReport, refreshReportedPages } = await import('@/entrypoints/background/page-reports');
const { ReportAssembler, ReportSender } = await import('@/utils/report-delta');

function report(url: string, text: string): PageReport<PageWorkItem> {
  return {
    platform: 'facebook', pageKind: 'post', url, scannedAt: '2026-12-02T10:00:00.000Z', account: null, pageOwner: null,
    accountSource: 'none', commentCount: 1, truncatedCount: 0, hiddenComments: false, offPageCount: 0, items: [], profileText: text, ownComments: [], recentPostTimes: [], misses: [],
  };
}

describe('page reports in the background', () => {
  beforeEach(async () => {
    for (const id of [1, 2, 3]) await forgetPageReport(id);
    store.clear();
    sent.length = 0;
    writes = 0;
    buttons.clear();
    language = 'sv';
    await refreshReportedPages(true);
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('shows on the toolbar button how many comments need action, says in its tooltip what they are, and colours it by the worst', async () => {
    const item = (commentId: string, group: PageWorkItem['group'], more: Partial<PageWorkItem> = {}) => ({
      commentId, author: { name: 'A', handle: null, url: null }, text: 't', status: 'unanswered', ageOfficeHours: 1, due: 'ok', group,
      categories: [], action: 'answer', followUps: [], truncated: false, postedAt: null, findings: [], ...more,
    }) as PageWorkItem;
    const page = report('https://www.facebook.com/a', '');
    await storePageReport(1, { ...page, items: [item('1', 'act-now'), item('2', 'unanswered', { status: 'unknown' }), item('3', 'unanswered', { due: 'overdue' }), item('4', 'review')] }, 1);
    expect(buttons.get(1)).toEqual({
      text: '3', color: '#b3261e',
      title: 'Uppsikt: 3 kommentarer på sidan behöver åtgärd: 1 att åtgärda nu, 2 obesvarade; av dem 1 över svarstiden och 1 med dolda svar (kan vara besvarade). 1 att granska räknas inte.',
    });
    language = 'en';
    await refreshReportedPages(true); // what the background does when the settings change
    await storePageReport(2, { ...page, items: [item('5', 'unanswered')] }, 2);
    expect(buttons.get(2)).toEqual({ text: '1', color: '#0b57d0', title: 'Uppsikt: 1 comment on this page needs action: 1 unanswered' });
    await storePageReport(2, { ...page, items: [] }, 3);
    expect(buttons.get(2)).toEqual({ text: '', color: '#0b57d0', title: 'Uppsikt: nothing on this page needs action' });
    // Only the comments the page shows are read: the count may not be all there is.
    await storePageReport(2, { ...page, hiddenComments: true, items: [item('5', 'unanswered')] }, 4);
    expect(buttons.get(2)?.title).toBe('Uppsikt: 1 comment on this page needs action: 1 unanswered. The post has more comments than the page shows; those are not read.');
    // A page not read as it should be: nothing found there is not "nothing needs action".
    const misses = [{ part: 'commentTime', detail: 'no <time> in the comments' }];
    await storePageReport(2, { ...page, misses, items: [] }, 5);
    expect(buttons.get(2)).toEqual({
      text: '!', color: '#b35c00', title: 'Uppsikt: The page\'s layout was not recognised, so comments may be missing or misread; the side panel says what.',
    });
    await storePageReport(2, { ...page, misses, items: [item('5', 'unanswered')] }, 6);
    expect(buttons.get(2)).toEqual({
      text: '1', color: '#b35c00',
      title: 'Uppsikt: 1 comment on this page needs action: 1 unanswered. The page\'s layout was not recognised, so comments may be missing or misread; the side panel says what.',
    });
  });

  it('makes room in full session storage by dropping the other tabs\' copies, not the newest', async () => {
    await storePageReport(1, report('https://www.facebook.com/a', 'x'.repeat(500)), 1);
    await storePageReport(2, report('https://www.facebook.com/b', 'y'.repeat(500)), 2);
    expect(store.has('report:1') && store.has('report:2')).toBe(true);
    await storePageReport(3, report('https://www.facebook.com/c', 'z'.repeat(500)), 3);
    expect(store.has('report:3')).toBe(true);
    expect(store.has('report:1') && store.has('report:2')).toBe(false);
    // While the worker runs, every tab's report is still at hand.
    expect((await pageReport(1))?.url).toBe('https://www.facebook.com/a');
  });

  it('asks the page for its report again when none was kept', async () => {
    expect(await pageReport(2)).toBeNull();
    expect(sent).toContainEqual({ type: 'refreshPage', tabId: 2 });
  });

  it('copies a tab\'s report to session storage at once, then at most once an interval, the newest at its end', async () => {
    vi.useFakeTimers();
    await storePageReport(1, report('https://www.facebook.com/a', 'första'), 4);
    expect((store.get('report:1') as PageReport).profileText).toBe('första');
    await storePageReport(1, report('https://www.facebook.com/a', 'andra'), 5);
    await storePageReport(1, report('https://www.facebook.com/a', 'tredje'), 6);
    expect((store.get('report:1') as PageReport).profileText).toBe('första');
    expect((await pageReport(1))?.profileText).toBe('tredje'); // the worker itself always has the newest
    await vi.advanceTimersByTimeAsync(REPORT_PERSIST_INTERVAL_MS);
    expect((store.get('report:1') as PageReport).profileText).toBe('tredje');
    expect(writes).toBe(2);
  });

  it('writes nothing more for a tab that is gone', async () => {
    vi.useFakeTimers();
    await storePageReport(1, report('https://www.facebook.com/a', 'första'), 7);
    await storePageReport(1, report('https://www.facebook.com/a', 'andra'), 8);
    await forgetPageReport(1);
    await vi.advanceTimersByTimeAsync(REPORT_PERSIST_INTERVAL_MS * 2);
    expect(store.has('report:1')).toBe(false);
  });

  it('after a restart of the worker, answers with the kept copy and asks the page for its newest report', async () => {
    await storePageReport(1, report('https://www.facebook.com/a', 'kopian'), 9);
    vi.resetModules();
    const restarted = await import('@/entrypoints/background/page-reports');
    expect((await restarted.pageReport(1))?.profileText).toBe('kopian');
    expect(sent).toContainEqual({ type: 'refreshPage', tabId: 1 });
  });

  it('does not ask again for a report it has', async () => {
    await storePageReport(1, report('https://www.facebook.com/a', 'kort'), 10);
    expect((await pageReport(1))?.profileText).toBe('kort');
    expect(sent.filter((m) => m.type === 'refreshPage')).toEqual([]);
  });
});

describe('a page\'s report after the worker was stopped', () => {
  beforeEach(async () => {
    await forgetPageReport(1);
    store.clear();
    sent.length = 0;
  });
  afterEach(() => vi.useRealTimers());

  /** The background as a new worker finds it: nothing in memory, session storage as it was. */
  async function restartedWorker() {
    vi.resetModules();
    const intake = await import('@/entrypoints/background/report-intake');
    const reports = await import('@/entrypoints/background/page-reports');
    const assembler = new ReportAssembler();
    return { receive: (part: ReportPart) => intake.receiveReportPart(assembler, 1, structuredClone(part)), pageReport: reports.pageReport };
  }

  async function sendAll(receive: (part: ReportPart) => Promise<unknown>, parts: ReportPart[]) {
    const answers = [];
    for (const part of parts) answers.push(await receive(part));
    return answers.at(-1) as { ok: boolean; needsWhole?: boolean } | undefined;
  }

  it('takes the page\'s next change on the copy it kept, without asking for the whole report', async () => {
    const page = new ReportSender();
    const first = await restartedWorker();
    const whole = page.delta(report('https://www.facebook.com/a', 'före'), 100);
    expect(await sendAll(first.receive, whole.parts)).toMatchObject({ ok: true });
    whole.sent();

    const second = await restartedWorker();
    const change = page.delta(report('https://www.facebook.com/a', 'efter'), 101);
    expect(change.parts[0].base).toBe(100); // a delta, not the whole report
    const answer = await sendAll(second.receive, change.parts);
    expect(answer).toMatchObject({ ok: true });
    expect(answer?.needsWhole).toBeUndefined();
    expect((await second.pageReport(1))?.profileText).toBe('efter');
  });

  it('asks for the whole report when the copy it kept is older than the report the page built on', async () => {
    vi.useFakeTimers();
    const page = new ReportSender();
    const first = await restartedWorker();
    for (const [scan, text] of [[100, 'ett'], [101, 'två']] as const) {
      const { parts, sent: done } = page.delta(report('https://www.facebook.com/a', text), scan);
      await sendAll(first.receive, parts);
      done();
    }
    // Stopped before the second report was copied (copies are written at most once an interval).
    const second = await restartedWorker();
    const change = page.delta(report('https://www.facebook.com/a', 'tre'), 102);
    expect(await sendAll(second.receive, change.parts)).toMatchObject({ ok: true, needsWhole: true });
  });

  it('when it asks the page for its report, hears from the page even if nothing changed, and learns whether its copy is the newest', async () => {
    const page = new ReportSender();
    const first = await restartedWorker();
    const whole = page.delta(report('https://www.facebook.com/a', 'samma'), 100);
    await sendAll(first.receive, whole.parts);
    whole.sent();
    expect(page.delta(report('https://www.facebook.com/a', 'samma'), 101).parts).toEqual([]); // nothing changed: nothing sent

    const second = await restartedWorker();
    expect((await second.pageReport(1))?.profileText).toBe('samma');
    expect(sent).toContainEqual({ type: 'refreshPage', tabId: 1 });
    page.confirmBase(); // what the page does when asked
    const confirm = page.delta(report('https://www.facebook.com/a', 'samma'), 102);
    expect(confirm.parts).toHaveLength(1);
    expect(confirm.parts[0].items).toEqual([]);
    const answer = await sendAll(second.receive, confirm.parts);
    expect(answer).toMatchObject({ ok: true });
    expect(answer?.needsWhole).toBeUndefined();
    confirm.sent();
    expect(page.delta(report('https://www.facebook.com/a', 'samma'), 103).parts).toEqual([]); // confirmed once
  });
});

describe('a part of a report that is not one', () => {
  beforeEach(async () => {
    await forgetPageReport(1);
    store.clear();
    buttons.clear();
  });

  it('is refused with the reason, said on the toolbar button and to the panels, and a report coming in parts meanwhile is still taken', async () => {
    const { receiveReportPart } = await import('@/entrypoints/background/report-intake');
    const kept = await import('@/entrypoints/background/page-reports');
    const assembler = new ReportAssembler();
    const receive = (part: unknown) => receiveReportPart(assembler, 1, structuredClone(part) as ReportPart);
    const whole = new ReportSender().delta({ ...report('https://www.facebook.com/a', 'hel'), ownComments: Array.from({ length: 150 }, (_, k) => ({
      id: `own${k}`, parentId: null, author: { name: 'Sjöviks kommun', handle: null, url: null }, text: 'Hej', truncated: false, postedAt: null,
      edited: false, hiddenReplies: false, permalink: null,
    })) }, 100);
    expect(whole.parts).toHaveLength(2);
    expect(await receive(whole.parts[0])).toEqual({ ok: true, needsAction: null });

    const item = { ...whole.parts[0], scan: 100, base: null, index: 1, parts: 2 };
    sent.length = 0;
    for (const [malformed, reason] of [
      [null, /^Ogiltig sidrapport: /],
      [{ ...item, parts: 100_000, index: 5 }, /^Ogiltig sidrapport: parts /],
      [{ ...item, index: 2 }, /^Ogiltig sidrapport: index /],
      [{ ...item, items: 'många' }, /^Ogiltig sidrapport: items /],
      [{ ...item, items: Array.from({ length: 5000 }, () => ({ commentId: 'x' })) }, /^Ogiltig sidrapport: items/],
    ] as const) {
      expect(await receive(malformed)).toEqual({ ok: false, reason: expect.stringMatching(reason) });
    }
    // The toolbar button no longer shows a count that may be stale, and says why.
    expect(buttons.get(1)).toEqual({ text: '!', color: '#b35c00', title: expect.stringMatching(/^Uppsikt: sidans senaste rapport togs inte emot, så antalet kan vara inaktuellt \(Ogiltig sidrapport: items/) });
    // The panels are told, and hear why (another tab's panel hears nothing of it).
    expect(kept.reportRefusal(1)).toMatch(/^Ogiltig sidrapport: items/);
    expect(kept.reportRefusal(2)).toBeNull();
    expect(sent.map((m) => m.type)).toContain('pageReportChanged');
    expect(await receive(whole.parts[1])).toEqual({ ok: true, needsAction: 0 });
    expect(buttons.get(1)).toMatchObject({ text: '', title: 'Uppsikt: inget på sidan behöver åtgärd' });
    expect(kept.reportRefusal(1)).toBeNull();
    expect((await kept.pageReport(1))?.ownComments).toHaveLength(150);
  });
});

describe('a report of another site than its tab shows', () => {
  beforeEach(async () => {
    await forgetPageReport(1);
    store.clear();
    buttons.clear();
  });

  it('is refused, and the report of the page the tab really shows is taken', async () => {
    const { receiveReportPart } = await import('@/entrypoints/background/report-intake');
    const kept = await import('@/entrypoints/background/page-reports');
    const assembler = new ReportAssembler();
    const send = async (page: PageReport<PageWorkItem>, from: string) => {
      const parts = new ReportSender().delta(page, 100).parts;
      let answer;
      for (const part of parts) answer = await receiveReportPart(assembler, 1, structuredClone(part), from);
      return answer;
    };
    // A Facebook report from an Instagram tab, and one whose own address is another site's.
    expect(await send(report('https://www.facebook.com/sjovikskommun', 'falsk'), 'https://www.instagram.com/sjovikskommun/'))
      .toEqual({ ok: false, reason: 'Ogiltig sidrapport: den gäller en annan sajt än fliken visar.' });
    expect(await send(report('https://www.instagram.com/sjovikskommun/', 'falsk'), 'https://www.facebook.com/sjovikskommun'))
      .toEqual({ ok: false, reason: 'Ogiltig sidrapport: den gäller en annan sajt än fliken visar.' });
    expect((await kept.pageReport(1))?.profileText).not.toBe('falsk');
    expect(await send(report('https://www.facebook.com/sjovikskommun', 'äkta'), 'https://www.facebook.com/sjovikskommun')).toMatchObject({ ok: true });
    expect((await kept.pageReport(1))?.profileText).toBe('äkta');
  });
});

describe('a part of a report that comes after its tab closed', () => {
  beforeEach(async () => {
    store.clear();
    buttons.clear();
    sent.length = 0;
  });

  it('is not kept, in memory nor in session storage, and the tab gets no toolbar count', async () => {
    const { receiveReportPart } = await import('@/entrypoints/background/report-intake');
    const reports = await import('@/entrypoints/background/page-reports');
    const assembler = new ReportAssembler();
    const tabId = 3;
    const late = new ReportSender().delta(report('https://www.facebook.com/a', 'sen'), 100).parts;
    // Sent while the tab was open: its worker hears of the closing first.
    assembler.forget(tabId);
    await reports.forgetClosedTab(tabId);
    for (const part of late) expect(await receiveReportPart(assembler, tabId, structuredClone(part))).toMatchObject({ ok: true });
    expect(await reports.pageReport(tabId)).toBeNull();
    expect([...store.keys()].filter((key) => key.endsWith(`:${tabId}`))).toEqual([]);
    expect(buttons.get(tabId)?.text).toBeUndefined();
    expect(sent).not.toContainEqual({ type: 'pageReportChanged', tabId });
  });

  it('is not kept when the tab closed while the part was being taken in', async () => {
    const reports = await import('@/entrypoints/background/page-reports');
    const storing = reports.storePageReport(2, report('https://www.facebook.com/b', 'under tiden'), 100);
    await reports.forgetClosedTab(2);
    await storing;
    const later = await reports.storePageReport(2, report('https://www.facebook.com/b', 'efter'), 101);
    expect(later).toBe(0);
    expect(await reports.pageReport(2)).toBeNull();
    expect([...store.keys()].filter((key) => key.endsWith(':2'))).toEqual([]);
  });
});
