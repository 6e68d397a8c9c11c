// Steps logged for a comment that leave it on the page are shown by it, with who and when: a threat's
// police-report decision (R8), so neither editor of the account decides it twice, and a removal
// logged while the site still shows the comment. A later decision replaces an earlier one.
import { cleanup, configure, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LoggedSteps } from '@/components/LoggedSteps';
import { AppDB } from '@/utils/db/app-db';
import type { LogEntry } from '@/utils/db/records';

configure({ asyncUtilTimeout: 5_000 });

let db: AppDB;
const entry = (overrides: Partial<LogEntry>): LogEntry => ({
  id: crypto.randomUUID(), at: '2026-12-05T09:05:00.000Z', by: 'Anna Berg, kommunikatör', action: 'documented', platform: 'facebook',
  account: 'facebook.com/sjovikskommun', pageUrl: 'https://www.facebook.com/sjovikskommun/posts/1', commentId: 'c1',
  categories: ['prohibited.threat'], detail: '', ...overrides,
});
const lines = () => [...document.querySelectorAll('.logged-step')].map((p) => p.textContent);

beforeEach(() => {
  db = new AppDB(`logged-steps-${crypto.randomUUID()}`);
});
afterEach(() => {
  cleanup();
  db.close();
});

describe('LoggedSteps', () => {
  it('shows nothing until a decision is logged, then the latest police decision and the removal, with who and when', async () => {
    await db.log.bulkAdd([
      entry({}), // documented: shown by its delivery, not here
      entry({ action: 'police-report.made', platform: 'x' }), // the same id on another platform
      entry({ action: 'police-report.made', commentId: 'c2' }), // another comment
      entry({ action: 'false-alarm' }),
    ]);
    render(<LoggedSteps platform="facebook" commentId="c1" lang="sv" database={db} />);
    await new Promise((r) => setTimeout(r, 300));
    expect(lines()).toEqual([]);

    await db.log.add(entry({ action: 'police-report.considered', at: '2026-12-05T09:10:00.000Z', by: 'Johan Ek, webbredaktör' }));
    await screen.findByText(/^Polisanmälan övervägd/);
    expect(lines()).toEqual(['Polisanmälan övervägd 2026-12-05 10:10 · Johan Ek, webbredaktör']);
    await db.log.bulkAdd([entry({ action: 'police-report.made', at: '2026-12-05T09:30:00.000Z' }), entry({ action: 'removed', at: '2026-12-05T09:40:00.000Z' })]);
    await screen.findByText(/^Borttagen/);
    expect(lines()).toEqual(['Polisanmäld 2026-12-05 10:30 · Anna Berg, kommunikatör', 'Borttagen 2026-12-05 10:40 · Anna Berg, kommunikatör']);
  });

  it('shows a move to case handling with its case number while it stands, and not after it is undone', async () => {
    render(<LoggedSteps platform="facebook" commentId="c1" lang="sv" database={db} />);
    const id = crypto.randomUUID();
    await db.handled.add({ id, commentKey: 'facebook:c1', by: 'Johan Ek, webbredaktör', at: '2026-12-05T09:20:00.000Z', how: 'case-handling', detail: 'BN 2026/1142' });
    await db.handled.add({ id: crypto.randomUUID(), commentKey: 'facebook:c2', by: 'Anna Berg', at: '2026-12-05T09:20:00.000Z', how: 'case-handling', detail: 'KS 1' });
    expect((await screen.findByText(/^Flyttad till ärendehantering/)).textContent)
      .toBe('Flyttad till ärendehantering 2026-12-05 10:20 · Johan Ek, webbredaktör · diarienummer BN 2026/1142');
    await db.handled.delete(id);
    await vi.waitFor(() => expect(lines()).toEqual([]));
  });

  it('says it in English in the English interface', async () => {
    await db.log.add(entry({ action: 'police-report.made' }));
    render(<LoggedSteps platform="facebook" commentId="c1" lang="en" database={db} />);
    expect((await screen.findByText(/^Reported to the police/)).textContent).toBe('Reported to the police 2026-12-05 10:05 · Anna Berg, kommunikatör');
  });
});
