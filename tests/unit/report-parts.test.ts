// A long thread's report reaches the background in parts; the background must put exactly the
// same report back together, and never mix parts of two scans.
import { describe, expect, it } from 'vitest';
import type { PageReport, WorkItem } from '@/utils/report';
import { ITEMS_PER_PART, ReportAssembler, splitReport, type ReportPart } from '@/utils/report-parts';

function item(n: number): WorkItem {
  return {
    commentId: `c${n}`, parentId: null, author: { name: `Person ${n}`, handle: null, url: null }, text: `Kommentar ${n}`,
    permalink: null, postedAt: null, status: 'unanswered', ageOfficeHours: 3, due: 'ok', group: 'unanswered',
    categories: ['needs-reply'], findings: [], action: 'answer',
  };
}

function report(count: number, url = 'https://www.facebook.com/sjovikskommun/posts/1'): PageReport {
  return {
    platform: 'facebook', pageKind: 'post', url, scannedAt: '2026-12-02T10:00:00.000Z', account: null, pageOwner: null,
    accountSource: 'none', commentCount: count, items: Array.from({ length: count }, (_, i) => item(i)), profileText: null,
    ownComments: [], recentPostTimes: [], misses: [],
  };
}

function deliver(assembler: ReportAssembler, tabId: number, parts: ReportPart[]): unknown[] {
  return parts.map((p) => assembler.add(tabId, structuredClone(p))).filter((r) => r !== null);
}

describe('a report in parts', () => {
  it('is one part when short, several when long, and whole again in the background', () => {
    expect(splitReport(report(10), 1)).toHaveLength(1);
    const long = report(ITEMS_PER_PART * 2 + 5);
    const parts = splitReport(long, 1);
    expect(parts).toHaveLength(3);
    expect(parts.every((p) => p.items.length <= ITEMS_PER_PART)).toBe(true);
    expect(deliver(new ReportAssembler(), 7, parts)).toEqual([long]);
  });

  it('is put together whatever order the parts arrive in', () => {
    const long = report(ITEMS_PER_PART * 3);
    expect(deliver(new ReportAssembler(), 7, splitReport(long, 1).reverse())).toEqual([long]);
  });

  it('never mixes two scans: a newer scan replaces an unfinished one, an older part is dropped', () => {
    const assembler = new ReportAssembler();
    const older = splitReport(report(ITEMS_PER_PART * 2, 'https://www.facebook.com/a'), 1);
    const newer = splitReport(report(ITEMS_PER_PART * 2, 'https://www.facebook.com/b'), 2);
    expect(assembler.add(7, older[0])).toBeNull();
    expect(assembler.add(7, newer[0])).toBeNull();
    expect(assembler.add(7, older[1])).toBeNull(); // stale: would have completed the old scan
    expect(assembler.add(7, newer[1])).toEqual(report(ITEMS_PER_PART * 2, 'https://www.facebook.com/b'));
  });

  it('keeps tabs apart', () => {
    const assembler = new ReportAssembler();
    const [a0, a1] = splitReport(report(ITEMS_PER_PART + 1), 1);
    const [b0, b1] = splitReport(report(ITEMS_PER_PART + 2), 1);
    expect(assembler.add(1, a0)).toBeNull();
    expect(assembler.add(2, b0)).toBeNull();
    expect((assembler.add(1, a1) as PageReport).items).toHaveLength(ITEMS_PER_PART + 1);
    expect((assembler.add(2, b1) as PageReport).items).toHaveLength(ITEMS_PER_PART + 2);
  });

  it('ignores malformed parts from a page', () => {
    const assembler = new ReportAssembler();
    for (const bad of [null, {}, { scan: 1, index: 3, parts: 2, items: [] }, { scan: 1, index: 0, parts: 1, items: 'x' }, { scan: 1.5, index: 0, parts: 1, items: [] }]) {
      expect(assembler.add(7, bad as unknown as ReportPart)).toBeNull();
    }
    // A lone part without the report's head cannot make a report.
    expect(assembler.add(7, { scan: 1, index: 0, parts: 1, items: [] })).toBeNull();
  });
});
