// A long thread's report reaches the background in parts, and after the first time only what
// changed: the background must hold exactly the page's report, never mix two scans, and ask for
// the whole report when it lacks the one a delta builds on.
import { describe, expect, it } from 'vitest';
import type { PageReport, PageWorkItem, WorkItem } from '@/utils/report';
import { ITEMS_PER_PART, OWN_COMMENTS_PER_PART, ReportAssembler, ReportSender, type ReportPart } from '@/utils/report-delta';
import { random } from '@/utils/random';

function item(n: number, due: WorkItem['due'] = 'ok'): PageWorkItem {
  return {
    commentId: `c${n}`, author: { name: `Person ${n}`, handle: `person${n}`, url: `https://www.facebook.com/person${n}` }, text: `Kommentar ${n}?`,
    status: 'unanswered', ageOfficeHours: 3, due, group: 'unanswered', categories: ['needs-reply'],
    findings: [{ category: 'needs-reply', start: 0, end: 12, confidence: 0.9, rule: 'intent.question', evidence: `Kommentar ${n}?` }], action: 'answer', followUps: [], truncated: false, postedAt: '2026-12-02T08:00:00.000Z',
  };
}

function report(items: PageWorkItem[], url = 'https://www.facebook.com/sjovikskommun/posts/1'): PageReport<PageWorkItem> {
  return {
    platform: 'facebook', pageKind: 'post', url, scannedAt: '2026-12-02T10:00:00.000Z', account: null, pageOwner: null,
    accountSource: 'none', commentCount: items.length, truncatedCount: 0, hiddenComments: false, offPageCount: 0, items, profileText: null, ownComments: [], recentPostTimes: [], misses: [],
  };
}

const many = (count: number, from = 0) => Array.from({ length: count }, (_, i) => item(from + i));

/** The page's report as the background should hold it: the findings and profile links stay on the page. */
function asSent(page: PageReport<PageWorkItem>): PageReport {
  return { ...page, items: page.items.map(({ findings: _kept, author: { url: _link, ...author }, ...sent }) => ({ ...sent, author })) };
}

/** Sends a report through the sender to the assembler, as the content script and background do. */
function send(sender: ReportSender, assembler: ReportAssembler, tabId: number, page: PageReport<PageWorkItem>, scan: number, order?: (p: ReportPart[]) => ReportPart[]) {
  const { parts, sent } = sender.delta(page, scan);
  let held: PageReport | null = null;
  let needsWhole = false;
  for (const part of order ? order(parts) : parts) {
    const delta = assembler.add(tabId, structuredClone(part));
    if (!delta) continue;
    held = assembler.apply(tabId, delta);
    needsWhole = held === null;
  }
  if (parts.length && !needsWhole) sent();
  return { parts, held, needsWhole };
}

describe('a report in parts', () => {
  it('is one part when short, several when long, and whole again in the background', () => {
    expect(new ReportSender().delta(report(many(10)), 1).parts).toHaveLength(1);
    const long = report(many(ITEMS_PER_PART * 2 + 5));
    const { parts, held } = send(new ReportSender(), new ReportAssembler(), 7, long, 1);
    expect(parts).toHaveLength(3);
    expect(parts.every((p) => p.items.length <= ITEMS_PER_PART)).toBe(true);
    expect(held).toEqual(asSent(long));
  });

  it('sends the account\'s own comments in parts of their own, first, each of a bounded size', () => {
    const own = Array.from({ length: OWN_COMMENTS_PER_PART * 2 + 5 }, (_, i) => ({
      id: `o${i}`, parentId: null, author: { name: 'Sjöviks kommun', handle: null, url: null }, text: 'Hej! /Anna, kommunikatör'.repeat(20),
      truncated: false, postedAt: null, edited: false, hiddenReplies: false, permalink: null,
    }));
    const page = { ...report(many(ITEMS_PER_PART + 1)), ownComments: own };
    const sender = new ReportSender();
    const assembler = new ReportAssembler();
    const { parts, held } = send(sender, assembler, 7, page, 1, (p) => [...p].reverse());
    expect(parts.map((p) => p.items.length)).toEqual([0, 0, 0, ITEMS_PER_PART, 1]);
    expect(parts.map((p) => p.ownComments?.length)).toEqual([OWN_COMMENTS_PER_PART, OWN_COMMENTS_PER_PART, 5, undefined, undefined]);
    expect(held).toEqual(asSent(page));
    // None left: the first part says so, and the background keeps none.
    const none = send(sender, assembler, 7, { ...page, ownComments: [] }, 2);
    expect(none.parts.map((p) => p.ownComments)).toEqual([[]]);
    expect(none.held?.ownComments).toEqual([]);
  });

  it('is put together whatever order the parts arrive in', () => {
    const long = report(many(ITEMS_PER_PART * 3));
    expect(send(new ReportSender(), new ReportAssembler(), 7, long, 1, (p) => [...p].reverse()).held).toEqual(asSent(long));
  });

  it('never mixes two scans: a newer scan replaces an unfinished one, an older part is dropped', () => {
    const assembler = new ReportAssembler();
    const older = new ReportSender().delta(report(many(ITEMS_PER_PART * 2), 'https://www.facebook.com/a'), 1).parts;
    const newer = new ReportSender().delta(report(many(ITEMS_PER_PART * 2), 'https://www.facebook.com/b'), 2).parts;
    expect(assembler.add(7, older[0])).toBeNull();
    expect(assembler.add(7, newer[0])).toBeNull();
    expect(assembler.add(7, older[1])).toBeNull(); // stale: would have completed the old scan
    const delta = assembler.add(7, newer[1]);
    expect(assembler.apply(7, delta!)).toEqual(asSent(report(many(ITEMS_PER_PART * 2), 'https://www.facebook.com/b')));
  });

  it('takes a reloaded page\'s report while a part of the old page\'s is missing, even if the clock went back since', () => {
    const assembler = new ReportAssembler();
    // The old page sent one part of two, and was reloaded; the clock was then set back an hour.
    const left = new ReportSender().delta(report(many(ITEMS_PER_PART * 2), 'https://www.facebook.com/a'), 10_000_000).parts;
    expect(assembler.add(7, left[0])).toBeNull();
    const reloaded = report(many(ITEMS_PER_PART * 2 + 1), 'https://www.facebook.com/b');
    const { held } = send(new ReportSender(), assembler, 7, reloaded, 10_000_000 - 3_600_000);
    expect(held).toEqual(asSent(reloaded));
    // The old page's last part, come late, is not taken for anything.
    expect(assembler.add(7, left[1])).toBeNull();
  });

  it('keeps tabs apart', () => {
    const assembler = new ReportAssembler();
    expect(send(new ReportSender(), assembler, 1, report(many(ITEMS_PER_PART + 1)), 1).held?.items).toHaveLength(ITEMS_PER_PART + 1);
    expect(send(new ReportSender(), assembler, 2, report(many(ITEMS_PER_PART + 2)), 1).held?.items).toHaveLength(ITEMS_PER_PART + 2);
  });

  it('ignores malformed parts from a page', () => {
    const assembler = new ReportAssembler();
    for (const bad of [null, {}, { scan: 1, base: null, index: 3, parts: 2, items: [] }, { scan: 1, base: null, index: 0, parts: 1, items: 'x' },
      { scan: 1.5, base: null, index: 0, parts: 1, items: [] }, { scan: 1, base: 'x', index: 0, parts: 1, items: [] }]) {
      expect(assembler.add(7, bad as unknown as ReportPart)).toBeNull();
    }
    // A lone part without the report's head cannot make a report.
    expect(assembler.add(7, { scan: 1, base: null, index: 0, parts: 1, items: [] })).toBeNull();
  });
});

describe('after the first report, only what changed', () => {
  it('sends nothing when nothing changed, and only the new and changed items when some did', () => {
    const sender = new ReportSender();
    const assembler = new ReportAssembler();
    const items = many(3 * ITEMS_PER_PART);
    send(sender, assembler, 7, report(items), 1);
    expect(sender.delta(report(items), 2).parts).toEqual([]);

    // 100 comments appended while scrolling, one answered (gone from the list), one overdue.
    const next = [...items.slice(1), ...many(100, 5000)];
    next[10] = item(11, 'overdue');
    const { parts, held } = send(sender, assembler, 7, report(next), 3);
    expect(parts).toHaveLength(1);
    expect(parts[0].items.map((i) => i.commentId)).toEqual(['c11', ...many(100, 5000).map((i) => i.commentId)]);
    expect(parts[0].removed).toEqual(['c0']);
    expect(parts[0].order).toBeUndefined(); // each new item says where it goes instead of the whole list
    expect(held).toEqual(asSent(report(next)));
  });

  it('sends the whole order when items that did not change moved among themselves', () => {
    const sender = new ReportSender();
    const assembler = new ReportAssembler();
    const items = many(10);
    send(sender, assembler, 7, report(items), 1);
    const moved = [items[3], ...items.slice(0, 3), ...items.slice(4)];
    const { parts, held } = send(sender, assembler, 7, report(moved), 2);
    expect(parts[0].order).toHaveLength(10);
    expect(held).toEqual(asSent(report(moved)));
  });

  it('holds exactly the page\'s list through any run of changes', () => {
    const sender = new ReportSender();
    const assembler = new ReportAssembler();
    const next = random(11);
    let list = many(30);
    let fresh = 1000;
    let current: PageReport | null = null;
    for (let scan = 1; scan <= 300; scan++) {
      const changes = 1 + Math.floor(next() * 4);
      for (let c = 0; c < changes; c++) {
        const at = Math.floor(next() * (list.length + 1));
        const kind = next();
        if (kind < 0.35) list = [...list.slice(0, at), ...many(1 + Math.floor(next() * 3), fresh++ * 10)]
          .concat(list.slice(at)); // new comments anywhere
        else if (kind < 0.6 && list.length) list = list.filter((_, k) => k !== at % list.length); // answered or removed
        else if (kind < 0.85 && list.length) list = list.map((i, k) => (k === at % list.length ? { ...i, due: 'overdue' as const } : i)); // changed
        else if (list.length > 1) { // moved
          const [item] = list.splice(at % list.length, 1);
          list.splice(Math.floor(next() * list.length), 0, item);
        }
      }
      const { parts, held, needsWhole } = send(sender, assembler, 7, report(list), scan);
      expect(needsWhole).toBe(false);
      if (parts.length) current = held;
      expect(current).toEqual(asSent(report(list)));
    }
  });

  it('asks for the whole report when it lacks the base (the worker restarted), and then holds it', () => {
    const sender = new ReportSender();
    send(sender, new ReportAssembler(), 7, report(many(50)), 1);
    const restarted = new ReportAssembler();
    const changed = [item(0, 'overdue'), ...many(49, 1)];
    expect(send(sender, restarted, 7, report(changed), 2).needsWhole).toBe(true);
    sender.reset();
    expect(send(sender, restarted, 7, report(changed), 3).held).toEqual(asSent(report(changed)));
  });

  it('leaves the findings and the authors\' profile links on the page: the work list reads neither', () => {
    const { parts, held } = send(new ReportSender(), new ReportAssembler(), 7, report(many(2)), 1);
    expect(parts.flatMap((p) => p.items).map((i) => [Object.keys(i).includes('findings'), i.author])).toEqual([
      [false, { name: 'Person 0', handle: 'person0' }], [false, { name: 'Person 1', handle: 'person1' }],
    ]);
    expect(held?.items.map((i) => i.categories)).toEqual([['needs-reply'], ['needs-reply']]);
  });

  it('is whole again after a reset (a navigation, or a send that failed)', () => {
    const sender = new ReportSender();
    send(sender, new ReportAssembler(), 7, report(many(5)), 1);
    sender.reset();
    const { parts } = sender.delta(report(many(5)), 2);
    expect(parts[0].base).toBeNull();
    expect(parts[0].items).toHaveLength(5);
  });
});
