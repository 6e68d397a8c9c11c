// A threat's police-report decision (R8) is shown by the comment once logged, with who made it and
// when, so neither editor of the account decides it twice; a later decision replaces an earlier one.
import { cleanup, configure, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PoliceDecision } from '@/components/PoliceDecision';
import { AppDB } from '@/utils/db/app-db';
import type { LogEntry } from '@/utils/db/records';

configure({ asyncUtilTimeout: 5_000 });

let db: AppDB;
const entry = (overrides: Partial<LogEntry>): LogEntry => ({
  id: crypto.randomUUID(), at: '2026-12-05T09:05:00.000Z', by: 'Anna Berg, kommunikatör', action: 'documented', platform: 'facebook',
  account: 'facebook.com/sjovikskommun', pageUrl: 'https://www.facebook.com/sjovikskommun/posts/1', commentId: 'c1',
  categories: ['prohibited.threat'], detail: '', ...overrides,
});

beforeEach(() => {
  db = new AppDB(`police-${crypto.randomUUID()}`);
});
afterEach(() => {
  cleanup();
  db.close();
});

describe('PoliceDecision', () => {
  it('shows nothing until a decision is logged, then the latest one with who and when', async () => {
    await db.log.bulkAdd([
      entry({}), // documented: not a decision
      entry({ action: 'police-report.made', commentId: 'c1', platform: 'x' }), // the same id on another platform
      entry({ action: 'police-report.made', commentId: 'c2' }), // another comment
    ]);
    const { container } = render(<PoliceDecision platform="facebook" commentId="c1" lang="sv" database={db} />);
    await new Promise((r) => setTimeout(r, 300));
    expect(container.textContent).toBe('');

    await db.log.add(entry({ action: 'police-report.considered', at: '2026-12-05T09:10:00.000Z', by: 'Johan Ek, webbredaktör' }));
    expect((await screen.findByText(/^Polisanmälan övervägd/)).textContent).toBe('Polisanmälan övervägd 2026-12-05 10:10 · Johan Ek, webbredaktör');
    await db.log.add(entry({ action: 'police-report.made', at: '2026-12-05T09:30:00.000Z' }));
    expect((await screen.findByText(/^Polisanmäld/)).textContent).toBe('Polisanmäld 2026-12-05 10:30 · Anna Berg, kommunikatör');
    expect(screen.queryByText(/övervägd/)).toBeNull();
  });

  it('says it in English in the English interface', async () => {
    await db.log.add(entry({ action: 'police-report.made' }));
    render(<PoliceDecision platform="facebook" commentId="c1" lang="en" database={db} />);
    expect((await screen.findByText(/^Reported to the police/)).textContent).toBe('Reported to the police 2026-12-05 10:05 · Anna Berg, kommunikatör');
  });
});
