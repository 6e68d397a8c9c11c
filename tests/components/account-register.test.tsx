// The account register page (kontoregistret, R9/R15): the overview's base-information column, its
// empty state, the form's checks, and the report, on a seeded fake-indexeddb.
import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AccountForm, emptyAccount } from '@/components/AccountForm';
import { AccountOverview } from '@/components/AccountOverview';
import { AccountStatus } from '@/components/AccountStatus';
import { RegisterReport } from '@/components/RegisterReport';
import { getPreset } from '@/rules/presets';
import { AppDB, db } from '@/utils/db/app-db';
import type { AccountRecord, ChecklistResult, LogEntry, OutboxItem } from '@/utils/db/records';
import { DEFAULT_OFFICE_HOURS } from '@/rules/office-hours';
import { swedishNonWorkingDays } from '@/utils/holidays';
import type { PageReport } from '@/utils/report';
import { sendMessage } from '@/utils/messaging';

// The background's answers; a page only asks it to log (it writes nothing itself).
vi.mock('@/utils/messaging', () => ({ sendMessage: vi.fn(async () => ({ ok: true })) }));

let database: AppDB;
const account = (overrides: Partial<AccountRecord>): AccountRecord => ({
  ...emptyAccount(), by: 'Anna Berg', at: '2026-11-01T09:00:00.000Z', responsible: 'Anna Berg', purpose: 'Information', editors: ['Anna Berg'], ...overrides,
});
const check = (accountKey: string, states: Array<ChecklistResult['items'][number]['state']>, at = '2026-12-05T11:52:00.000Z'): ChecklistResult => ({
  id: crypto.randomUUID(), by: 'Anna Berg', at, account: accountKey, kind: 'base-information', presetId: 'stockholm',
  items: states.map((state, i) => ({ id: `item-${i}`, state, evidence: null })),
});

const policy = { monitoringRounds: 3, office: DEFAULT_OFFICE_HOURS };
const holidays = new Set(swedishNonWorkingDays([2026]));
const logged = (action: LogEntry['action'], key: string, at: string): LogEntry => ({
  id: crypto.randomUUID(), at, by: 'Anna Berg', action, platform: 'facebook', account: key, pageUrl: null, commentId: null, categories: [], detail: '',
});

beforeEach(() => { database = new AppDB(`register-${crypto.randomUUID()}`); });
afterEach(async () => {
  cleanup();
  await database.delete();
});

const row = async (key: string) => {
  await screen.findByRole('table');
  return document.querySelector(`tr[data-account="${key}"]`) as HTMLElement;
};

describe('AccountOverview', () => {
  it('says how many base-information items were missing at the last check, not only when it was made', async () => {
    await database.accounts.bulkAdd([
      account({ name: 'Kulturskolan', url: 'https://www.facebook.com/kulturskolan', key: 'facebook.com/kulturskolan' }),
      account({ name: 'Sjöviks kommun', url: 'https://www.facebook.com/sjovikskommun', key: 'facebook.com/sjovikskommun' }),
      account({ name: 'Biblioteket', platform: 'instagram', url: 'https://www.instagram.com/biblioteket', key: 'instagram.com/biblioteket' }),
    ]);
    await database.checklists.bulkAdd([
      check('facebook.com/kulturskolan', ['found', 'found', 'found', 'found', 'found'], '2026-11-01T09:00:00.000Z'),
      // The newer check counts: two items were not there (or not confirmed by hand).
      check('facebook.com/kulturskolan', ['found', 'confirmed', 'found', 'missing', 'missing']),
      check('facebook.com/sjovikskommun', ['found', 'found', 'confirmed', 'found', 'found']),
    ]);
    render(<AccountOverview preset={getPreset('stockholm')} policy={policy} holidays={holidays} onEdit={vi.fn()} onAdd={vi.fn()} addButton={{ current: null }} lang="sv" database={database} />);
    expect(await screen.findByRole('columnheader', { name: 'Basinformation' })).toBeTruthy();
    const incomplete = within(await row('facebook.com/kulturskolan')).getByText('2 av 5 saknas (kontrollerad 2026-12-05 12:52)');
    expect(incomplete.className).toBe('due');
    expect(within(await row('facebook.com/sjovikskommun')).getByText('5 av 5 finns (kontrollerad 2026-12-05 12:52)').className).toBe('');
    expect(within(await row('instagram.com/biblioteket')).getByText('inte kontrollerad')).toBeTruthy();
    expect(document.body.textContent).not.toContain('Basinformation kontrollerad');
  });

  it('asks for a new check of base information saved under another policy: its items were that policy\'s', async () => {
    await database.accounts.add(account({ name: 'Kulturskolan', url: 'https://www.facebook.com/kulturskolan', key: 'facebook.com/kulturskolan' }));
    await database.checklists.add({ ...check('facebook.com/kulturskolan', ['found', 'found']), presetId: 'helsingborg' });
    render(<AccountOverview preset={getPreset('stockholm')} policy={policy} holidays={holidays} onEdit={vi.fn()} onAdd={vi.fn()} addButton={{ current: null }} lang="sv" database={database} />);
    const cell = within(await row('facebook.com/kulturskolan')).getByText('kontrollerad 2026-12-05 12:52 mot Helsingborgs stad; kontrollera igen mot nuvarande policy');
    expect(cell.className).toBe('due');
    expect(cell.getAttribute('data-base-complete')).toBe('false');
  });

  it('and in English', async () => {
    await database.accounts.add(account({ name: 'Kulturskolan', url: 'https://www.facebook.com/kulturskolan', key: 'facebook.com/kulturskolan' }));
    await database.checklists.add(check('facebook.com/kulturskolan', ['missing', 'missing', 'missing', 'missing', 'missing']));
    render(<AccountOverview preset={getPreset('stockholm')} policy={policy} holidays={holidays} onEdit={vi.fn()} onAdd={vi.fn()} addButton={{ current: null }} lang="en" database={database} />);
    expect(within(await row('facebook.com/kulturskolan')).getByText('5 of 5 missing (checked 2026-12-05 12:52)')).toBeTruthy();
  });

  it('left open, says a round was missed once its time passes, without anything else changing', async () => {
    vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'] });
    try {
      vi.setSystemTime(new Date('2026-11-24T11:29:00Z')); // 12:29, before the 12:30 round
      await database.accounts.add(account({ name: 'Kulturskolan', url: 'https://www.facebook.com/kulturskolan', key: 'facebook.com/kulturskolan' }));
      await database.log.add(logged('monitoring-round', 'facebook.com/kulturskolan', '2026-11-24T09:50:00.000Z')); // 10:50, the first round's
      render(<AccountOverview preset={getPreset('helsingborg')} policy={policy} holidays={holidays} onEdit={vi.fn()} onAdd={vi.fn()} addButton={{ current: null }} lang="sv" database={database} />);
      const watched = () => row('facebook.com/kulturskolan').then((r) => within(r).getAllByRole('cell')[0].textContent);
      expect(await watched()).toBe('2026-11-24 10:50');
      await act(async () => { vi.advanceTimersByTime(2 * 60_000); }); // 12:31
      expect(await watched()).toBe('2026-11-24 10:50 – inte bevakat sedan 11:00 (rundan 12:30)');
    } finally {
      vi.useRealTimers();
    }
  });

  describe('finding one account among 40', () => {
    const many = () => database.accounts.bulkAdd(Array.from({ length: 40 }, (_, i) => account({
      name: i === 7 ? 'Stadsbiblioteket' : i === 8 ? 'Biblioteket Väst' : `Förskola ${i + 1}`,
      url: `https://www.facebook.com/konto${i}`, key: `facebook.com/konto${i}`, started: '2024-01-01',
      // Two accounts lack their responsible person: the register itself asks for action on them.
      responsible: i < 2 ? '' : 'Anna Berg', status: i === 39 ? 'closed' : 'active',
    })));
    const shownRows = () => within(screen.getByRole('table')).getAllByRole('rowheader').map((cell) => cell.textContent);
    /** The 40 shown where only the first two need action: base information complete for every open account but the
     * first (which also lacks its responsible, as the second does), all watched just now whatever the time of day. */
    const twoNeedingAction = async () => {
      await many();
      await database.checklists.bulkAdd(Array.from({ length: 38 }, (_, i) => check(`facebook.com/konto${i + 1}`, ['found', 'found'])));
      await database.log.bulkAdd(Array.from({ length: 40 }, (_, i) => logged('monitoring-round', `facebook.com/konto${i}`, new Date().toISOString())));
      render(<AccountOverview preset={getPreset('stockholm')} policy={policy} holidays={holidays} onEdit={vi.fn()} onAdd={vi.fn()} addButton={{ current: null }} lang="sv" database={database} />);
      await screen.findByRole('table');
    };

    it('puts "Lägg till konto" and the search before the first row, and finds accounts by any word of their name', async () => {
      const user = userEvent.setup();
      await many();
      const onAdd = vi.fn();
      render(<AccountOverview preset={getPreset('stockholm')} policy={policy} holidays={holidays} onEdit={vi.fn()} onAdd={onAdd} addButton={{ current: null }} lang="sv" database={database} />);
      const table = await screen.findByRole('table');
      const add = screen.getByRole('button', { name: 'Lägg till konto' });
      expect(add.compareDocumentPosition(table) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
      await user.click(add);
      expect(onAdd).toHaveBeenCalledOnce();
      expect(table.querySelector('caption')?.textContent).toBe('40 konton');

      await user.type(screen.getByRole('searchbox', { name: 'Sök konto' }), 'BIBLIOTEK');
      expect(shownRows()).toEqual(['Biblioteket Väst (Facebook)', 'Stadsbiblioteket (Facebook)']);
      expect(screen.getByRole('status').textContent).toBe('Visar 2 av 40 konton');
    });

    it('shows only what needs action, with how many in the choice, and says when nothing matches, with a way back', async () => {
      const user = userEvent.setup();
      await twoNeedingAction();
      const show = screen.getByRole('combobox', { name: 'Visa' });
      expect(within(show).getByRole('option', { name: 'Att åtgärda (2)' })).toBeTruthy();
      await user.selectOptions(show, 'action');
      expect(shownRows()).toEqual(['Förskola 1 (Facebook)', 'Förskola 2 (Facebook)']);

      await user.type(screen.getByRole('searchbox', { name: 'Sök konto' }), 'museet');
      expect(screen.queryByRole('table')).toBeNull();
      expect(screen.getByText(/^Inga konton passar sökningen och urvalet\./)).toBeTruthy();
      await user.click(screen.getByRole('button', { name: 'Visa alla konton' }));
      expect(shownRows()).toHaveLength(40);
      const search = screen.getByRole('searchbox', { name: 'Sök konto' }) as HTMLInputElement;
      expect(search.value).toBe('');
      // The button is gone with the message: the keyboard is in the search field, not on the page.
      expect(document.activeElement).toBe(search);
    });

    it('keeps the keyboard in the table when the account it was on leaves the view (fixed, it needs no action)', async () => {
      const user = userEvent.setup();
      await twoNeedingAction();
      await user.selectOptions(screen.getByRole('combobox', { name: 'Visa' }), 'action');
      screen.getByRole('button', { name: 'Ändra: Förskola 2' }).focus();
      // Förskola 2 gets its responsible person (as the form would save it): it needs nothing more and leaves the list.
      const second = (await database.accounts.where('key').equals('facebook.com/konto1').first())!;
      await database.accounts.put({ ...second, responsible: 'Eva Lind' });
      await vi.waitFor(() => expect(shownRows()).toEqual(['Förskola 1 (Facebook)']));
      expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Ändra: Förskola 1' }));
    });

    it('orders the longest unwatched first, and says which column the order is by', async () => {
      const user = userEvent.setup();
      await many();
      await database.log.bulkAdd(Array.from({ length: 40 }, (_, i) => logged('monitoring-round', `facebook.com/konto${i}`, new Date(Date.UTC(2026, 10, 23, 8, 0) + (i === 20 ? -86_400_000 : i * 60_000)).toISOString())));
      render(<AccountOverview preset={getPreset('stockholm')} policy={policy} holidays={holidays} onEdit={vi.fn()} onAdd={vi.fn()} addButton={{ current: null }} lang="sv" database={database} />);
      await screen.findByRole('table');
      expect(screen.getByRole('columnheader', { name: 'Konto' }).getAttribute('aria-sort')).toBe('ascending');
      await user.selectOptions(screen.getByRole('combobox', { name: 'Ordning' }), 'lastRound');
      expect(shownRows().slice(0, 3)).toEqual(['Förskola 21 (Facebook)', 'Förskola 1 (Facebook)', 'Förskola 2 (Facebook)']);
      expect(screen.getByRole('columnheader', { name: 'Senaste bevakning' }).getAttribute('aria-sort')).toBe('ascending');
      expect(screen.getByRole('columnheader', { name: 'Konto' }).getAttribute('aria-sort')).toBeNull();
      // The order alone narrows nothing.
      expect(screen.getByRole('table').querySelector('caption')?.textContent).toBe('40 konton');
    });
  });

  describe('on Tuesday 24 November 2026 at 13:00, after the 12:30 round', () => {
    beforeEach(() => {
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(new Date('2026-11-24T12:00:00Z'));
    });
    afterEach(() => { vi.useRealTimers(); });

    it('marks in words the active accounts not watched in the 12:30 round\'s part of the day (from 11:00), and a closed account shows its status and nothing due', async () => {
      await database.accounts.bulkAdd([
        account({ name: 'Kulturskolan', url: 'https://www.facebook.com/kulturskolan', key: 'facebook.com/kulturskolan' }),
        account({ name: 'Sjöviks kommun', url: 'https://www.facebook.com/sjovikskommun', key: 'facebook.com/sjovikskommun' }),
        account({ name: 'Fritidsgården', url: 'https://www.facebook.com/fritid', key: 'facebook.com/fritid', status: 'closed', closedOn: '2026-11-20', responsible: '', purpose: '' }),
      ]);
      await database.log.bulkAdd([
        logged('monitoring-round', 'facebook.com/kulturskolan', '2026-11-24T11:40:00.000Z'), // 12:40
        logged('monitoring-round', 'facebook.com/sjovikskommun', '2026-11-24T09:50:00.000Z'), // 10:50
      ]);
      render(<AccountOverview preset={getPreset('helsingborg')} policy={policy} holidays={holidays} onEdit={vi.fn()} onAdd={vi.fn()} addButton={{ current: null }} lang="sv" database={database} />);
      const watched = within(await row('facebook.com/kulturskolan')).getAllByRole('cell')[0];
      expect([watched.textContent, watched.className]).toEqual(['2026-11-24 12:40', '']);
      const missed = within(await row('facebook.com/sjovikskommun')).getAllByRole('cell')[0];
      expect([missed.textContent, missed.className]).toEqual(['2026-11-24 10:50 – inte bevakat sedan 11:00 (rundan 12:30)', 'due']);

      const closed = await row('facebook.com/fritid');
      expect(within(closed).getByRole('rowheader').textContent).toBe('Fritidsgården (Facebook) · Avslutat 2026-11-20');
      expect(closed.textContent).not.toMatch(/inte bevakat|dags att dokumentera|saknas/); // e.g. 'Ersättare … saknas'
      expect(closed.querySelector('.due')).toBeNull();
    });

    it('says why an account was closed without documentation with the registrar, as text and shortened', async () => {
      const reason = `Sidan är redan borttagen av Meta. <img src=x onerror=alert(1)> \u202e${'och mer '.repeat(60)}`;
      await database.accounts.bulkAdd([
        account({ name: 'Fritidsgården', url: 'https://www.facebook.com/fritid', key: 'facebook.com/fritid', status: 'closed', closedOn: '2026-11-20', closingNote: reason }),
        account({ name: 'Badet', url: 'https://www.facebook.com/badet', key: 'facebook.com/badet', status: 'closed', closedOn: '2026-11-21' }),
      ]);
      render(<AccountOverview preset={getPreset('helsingborg')} policy={policy} holidays={holidays} onEdit={vi.fn()} onAdd={vi.fn()} addButton={{ current: null }} lang="sv" database={database} />);
      const said = within(await row('facebook.com/fritid')).getAllByRole('cell').at(-2)!;
      expect(said.textContent).toMatch(/^Avslutat utan dokumentation hos registrator: ”Sidan är redan borttagen av Meta\. <img src=x onerror=alert\(1\)> och mer och mer .*…”$/);
      expect(said.textContent!.length).toBeLessThan(260);
      expect(said.querySelector('img')).toBeNull();
      expect(said.textContent).not.toContain('\u202e');
      expect(within(await row('facebook.com/badet')).getAllByRole('cell').at(-2)!.textContent).toBe('—');
    });

    it('shows each account\'s own latest round and documentation, whatever else the log holds', async () => {
      await database.accounts.bulkAdd([
        account({ name: 'Kulturskolan', url: 'https://www.facebook.com/kulturskolan', key: 'facebook.com/kulturskolan' }),
        account({ name: 'Sjöviks kommun', url: 'https://www.facebook.com/sjovikskommun', key: 'facebook.com/sjovikskommun' }),
      ]);
      await database.log.bulkAdd([
        logged('monitoring-round', 'facebook.com/kulturskolan', '2026-11-23T08:00:00.000Z'),
        logged('monitoring-round', 'facebook.com/kulturskolan', '2026-11-24T09:10:00.000Z'),
        logged('answered', 'facebook.com/kulturskolan', '2026-11-24T10:00:00.000Z'), // newer, but not a round
        logged('account.documented', 'facebook.com/kulturskolan', '2026-10-02T08:00:00.000Z'),
        logged('monitoring-round', 'facebook.com/sjovikskommun', '2026-11-20T13:00:00.000Z'),
        logged('monitoring-round', 'facebook.com/annat', '2026-11-24T11:00:00.000Z'), // another account's
      ]);
      render(<AccountOverview preset={getPreset('helsingborg')} policy={policy} holidays={holidays} onEdit={vi.fn()} onAdd={vi.fn()} addButton={{ current: null }} lang="sv" database={database} />);
      const cells = async (key: string) => within(await row(key)).getAllByRole('cell').map((c) => c.textContent);
      expect((await cells('facebook.com/kulturskolan')).slice(0, 4)).toEqual(['2026-11-24 10:10 – inte bevakat sedan 11:00 (rundan 12:30)', '—', 'inte kontrollerad', '2026-10-02 10:00']);
      expect((await cells('facebook.com/sjovikskommun'))[0]).toBe('2026-11-20 14:00 – inte bevakat sedan 11:00 (rundan 12:30)');
      expect((await cells('facebook.com/sjovikskommun'))[3]).toBe('— – dags att dokumentera');
    });

    it('keeps the rounds, documentation and checks logged before the account\'s link changed (under its former key)', async () => {
      await database.accounts.add(account({ name: 'Kulturskolan', url: 'https://www.facebook.com/kulturskolansjovik', key: 'facebook.com/kulturskolansjovik', formerKeys: ['facebook.com/kulturskolan'] }));
      await database.log.bulkAdd([
        logged('monitoring-round', 'facebook.com/kulturskolan', '2026-11-24T11:40:00.000Z'), // 12:40, under the old link
        logged('account.documented', 'facebook.com/kulturskolan', '2026-10-02T08:00:00.000Z'),
      ]);
      render(<AccountOverview preset={getPreset('helsingborg')} policy={policy} holidays={holidays} onEdit={vi.fn()} onAdd={vi.fn()} addButton={{ current: null }} lang="sv" database={database} />);
      const cells = within(await row('facebook.com/kulturskolansjovik')).getAllByRole('cell').map((c) => c.textContent);
      expect([cells[0], cells[3]]).toEqual(['2026-11-24 12:40', '2026-10-02 10:00']);
    });

    it('counts documentation whose delivery failed or is blocked as not done, and says so; a saved draft counts', async () => {
      const documented = async (key: string, at: string, state: OutboxItem['state']) => {
        const evidenceId = crypto.randomUUID();
        await database.log.add({ ...logged('account.documented', key, at), data: { evidenceId } });
        await database.outbox.add({
          id: crypto.randomUUID(), at, by: 'Anna Berg', evidenceId, transport: 'email', state, attempts: 1, nextAttemptAt: 0,
          lastError: null, receipt: null, commentKey: null, idempotencyKey: evidenceId,
        });
      };
      await database.accounts.bulkAdd([
        account({ name: 'Kulturskolan', key: 'facebook.com/kulturskolan' }),
        account({ name: 'Sjöviks kommun', key: 'facebook.com/sjovikskommun' }),
        account({ name: 'Biblioteket', key: 'facebook.com/biblioteket' }),
      ]);
      await documented('facebook.com/kulturskolan', '2026-11-20T09:00:00.000Z', 'failed');
      await documented('facebook.com/sjovikskommun', '2026-10-02T08:00:00.000Z', 'saved');
      await documented('facebook.com/sjovikskommun', '2026-11-20T09:00:00.000Z', 'blocked');
      await documented('facebook.com/biblioteket', '2026-11-20T09:00:00.000Z', 'saved');
      render(<AccountOverview preset={getPreset('helsingborg')} policy={policy} holidays={holidays} onEdit={vi.fn()} onAdd={vi.fn()} addButton={{ current: null }} lang="sv" database={database} />);
      const documentation = async (key: string) => within(await row(key)).getAllByRole('cell')[3];
      expect((await documentation('facebook.com/kulturskolan')).textContent)
        .toBe('— – dags att dokumentera; 2026-11-20 10:00 dokumenterat, men inte levererat till registrator');
      expect((await documentation('facebook.com/kulturskolan')).className).toBe('due');
      expect((await documentation('facebook.com/sjovikskommun')).textContent)
        .toBe('2026-10-02 10:00; 2026-11-20 10:00 dokumenterat, men inte levererat till registrator');
      expect((await documentation('facebook.com/biblioteket')).textContent).toBe('2026-11-20 10:00');
    });

    it('and in English', async () => {
      await database.accounts.add(account({ name: 'Kulturskolan', url: 'https://www.facebook.com/kulturskolan', key: 'facebook.com/kulturskolan' }));
      render(<AccountOverview preset={getPreset('stockholm')} policy={policy} holidays={holidays} onEdit={vi.fn()} onAdd={vi.fn()} addButton={{ current: null }} lang="en" database={database} />);
      expect(within(await row('facebook.com/kulturskolan')).getAllByRole('cell')[0].textContent).toBe('— – not monitored since 11:00 (the 12:30 round)');
    });
  });

  it('the popup finds an account registered by its handle only, with its last round, and offers no second registration', async () => {
    const registeredByHandle = account({ name: 'Sjöviks bibliotek', platform: 'instagram', url: '', handle: 'sjoviksbibliotek', key: 'sjoviksbibliotek' });
    await db().accounts.add(registeredByHandle);
    await db().log.add({ ...logged('monitoring-round', 'sjoviksbibliotek', '2026-12-04T08:30:00.000Z'), platform: 'instagram' });
    try {
      const report = {
        platform: 'instagram', url: 'https://www.instagram.com/sjoviksbibliotek/', accountSource: 'page', items: [], recentPostTimes: [],
        account: { name: 'Sjöviks bibliotek', handle: 'sjoviksbibliotek', url: 'https://www.instagram.com/sjoviksbibliotek/' },
      } as unknown as PageReport;
      render(<AccountStatus report={report} tabId={1} preset={getPreset('stockholm')} lang="sv" />);
      expect(await screen.findByText('2026-12-04 09:30')).toBeTruthy();
      expect(screen.queryByRole('button', { name: 'Lägg till i kontoregistret' })).toBeNull();
    } finally {
      await db().accounts.delete(registeredByHandle.id);
      await db().log.clear();
    }
  });

  it('shows a page-given account name without bidi controls, so a page cannot pass itself off as another', async () => {
    const report = {
      platform: 'facebook', url: 'https://www.facebook.com/falsk', accountSource: 'page', items: [], recentPostTimes: [],
      account: { name: '\u202Enummok skivöjS', handle: 'falsk', url: 'https://www.facebook.com/falsk' },
    } as unknown as PageReport;
    render(<AccountStatus report={report} tabId={1} preset={getPreset('stockholm')} lang="sv" />);
    expect((await screen.findByText('nummok skivöjS')).textContent).not.toContain('\u202E');
  });

  it('the popup\'s correction of the account: a refused address said at its field, a saved one said, the keyboard kept', async () => {
    const user = userEvent.setup();
    const report = {
      platform: 'facebook', url: 'https://www.facebook.com/kulturskolan', account: { name: 'Kulturskolan', handle: 'kulturskolan', url: 'https://www.facebook.com/kulturskolan' },
      accountSource: 'page', items: [], recentPostTimes: [],
    } as unknown as PageReport;
    render(<AccountStatus report={report} tabId={1} preset={getPreset('stockholm')} lang="sv" />);
    const change = screen.getByRole('button', { name: 'Ändra' });
    expect(change.getAttribute('aria-expanded')).toBe('false');
    await user.click(change);
    expect(change.getAttribute('aria-expanded')).toBe('true');
    const field = screen.getByLabelText('Kontots adress eller @användarnamn');
    vi.mocked(sendMessage).mockResolvedValueOnce({ ok: false, reason: 'Ange kontots adress (https://…) eller @användarnamn.' });
    await user.type(field, '!!!{Enter}');
    const refused = await screen.findByRole('alert');
    expect(refused.textContent).toBe('Ange kontots adress (https://…) eller @användarnamn.');
    expect([field.getAttribute('aria-invalid'), field.getAttribute('aria-describedby')]).toEqual(['true', refused.id]);
    vi.mocked(sendMessage).mockResolvedValueOnce({ ok: true });
    await user.clear(field);
    await user.type(field, '@sjovikskultur{Enter}');
    const said = await screen.findByText('Kontot är rättat för den här sidan.');
    expect(screen.queryByLabelText('Kontots adress eller @användarnamn')).toBeNull();
    expect(document.activeElement).toBe(said); // the form went with the focus in it
  });

  it('the empty register names the button the popup really shows, in both languages', async () => {
    const report = {
      platform: 'facebook', url: 'https://www.facebook.com/kulturskolan', account: { name: 'Kulturskolan', handle: 'kulturskolan', url: 'https://www.facebook.com/kulturskolan' },
      accountSource: 'page', items: [], recentPostTimes: [],
    } as unknown as PageReport;
    for (const lang of ['sv', 'en'] as const) {
      const overview = render(<AccountOverview preset={getPreset('stockholm')} policy={policy} holidays={holidays} onEdit={vi.fn()} onAdd={vi.fn()} addButton={{ current: null }} lang={lang} database={database} />);
      const empty = (await screen.findByText(/^(Registret är tomt|The register is empty)/)).textContent!;
      const named = /"([^"]+)"/.exec(empty)![1];
      overview.unmount();
      const popup = render(<AccountStatus report={report} tabId={1} preset={getPreset('stockholm')} lang={lang} />);
      expect(await screen.findByRole('button', { name: named })).toBeTruthy();
      popup.unmount();
    }
  });
});

describe('AccountForm', () => {
  const fill = async (user: ReturnType<typeof userEvent.setup>, label: string, value: string) => {
    const input = screen.getByLabelText(label);
    await user.clear(input);
    await user.type(input, value);
  };

  it('refuses a Facebook entry with an Instagram link, and an impossible start date, at the field, sending nothing', async () => {
    const user = userEvent.setup();
    const onSave = vi.fn(async () => null);
    render(<AccountForm preset={getPreset('stockholm')} initial={emptyAccount()} onSave={onSave} onCancel={vi.fn()} lang="sv" />);
    await fill(user, 'Namn', 'Kulturskolan');
    await fill(user, 'Länk till kontot', 'https://www.instagram.com/kulturskolan');
    await user.click(screen.getByRole('button', { name: 'Spara' }));
    expect(screen.getByRole('alert').textContent).toBe('Länken går till Instagram, inte till Facebook. Välj rätt plattform eller ange kontots länk på Facebook.');
    expect(screen.getByLabelText('Länk till kontot').getAttribute('aria-invalid')).toBe('true');
    expect(onSave).not.toHaveBeenCalled();

    await user.selectOptions(screen.getByLabelText('Plattform'), 'instagram');
    await fill(user, 'Startade', '2024-02-31');
    await user.click(screen.getByRole('button', { name: 'Spara' }));
    expect(screen.getByRole('alert').textContent).toBe('"2024-02-31" är inget giltigt datum. Skriv när kontot startade som ÅÅÅÅ-MM-DD, till exempel 2024-02-29.');
    expect(onSave).not.toHaveBeenCalled();

    await fill(user, 'Startade', '2024-02-29');
    await user.click(screen.getByRole('button', { name: 'Spara' }));
    expect(onSave).toHaveBeenCalledWith(expect.objectContaining({ platform: 'instagram', url: 'https://www.instagram.com/kulturskolan', started: '2024-02-29' }));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('closes on Escape as on "Stäng"; with typed changes the first Escape says they are not saved', async () => {
    const user = userEvent.setup();
    const onCancel = vi.fn();
    render(<AccountForm preset={getPreset('stockholm')} initial={account({ name: 'Kulturskolan' })} onSave={vi.fn(async () => null)} onCancel={onCancel} lang="sv" />);
    await user.keyboard('{Escape}');
    expect(onCancel).toHaveBeenCalledOnce();

    onCancel.mockClear();
    await fill(user, 'Syfte', 'Information om kulturskolans kurser');
    await user.keyboard('{Escape}');
    expect(onCancel).not.toHaveBeenCalled();
    expect(screen.getByRole('status').textContent).toBe('Ändringarna är inte sparade. Tryck Escape igen för att stänga utan att spara, eller välj Spara.');
    expect((screen.getByLabelText('Syfte') as HTMLTextAreaElement).value).toBe('Information om kulturskolans kurser');
    await user.keyboard('{Escape}');
    expect(onCancel).toHaveBeenCalledOnce();
  });

  it('closes on Escape also with the keyboard gone on past the form, but not from another field (the search clears)', async () => {
    const user = userEvent.setup();
    const onCancel = vi.fn();
    render(<><AccountForm preset={getPreset('stockholm')} initial={account({ name: 'Kulturskolan' })} onSave={vi.fn(async () => null)} onCancel={onCancel} lang="sv" /><button type="button">Lägg till konto</button><input type="search" aria-label="Sök konto" /></>);
    screen.getByRole('searchbox', { name: 'Sök konto' }).focus();
    await user.keyboard('{Escape}');
    expect(onCancel).not.toHaveBeenCalled();
    screen.getByRole('button', { name: 'Lägg till konto' }).focus();
    await user.keyboard('{Escape}');
    expect(onCancel).toHaveBeenCalledOnce();
  });

  it('says what a closing needs first when the editor chooses to close an account (R14), and nothing for one already closed', async () => {
    const user = userEvent.setup();
    render(<AccountForm preset={getPreset('stockholm')} initial={account({ name: 'Kulturskolan', url: 'https://www.facebook.com/kulturskolan' })} onSave={vi.fn(async () => null)} onCancel={vi.fn()} lang="sv" />);
    expect(screen.queryByRole('note')).toBeNull();
    await user.selectOptions(screen.getByLabelText('Status'), 'closed');
    const steps = screen.getByRole('note');
    expect(steps.textContent).toMatch(/^Innan kontot avslutas: dokumentera det med ”Dokumentera inför avslut” .* hänvisa till organisationens andra kanaler\./);
    expect(screen.getByLabelText('Status').getAttribute('aria-describedby')).toBe(steps.id);
    cleanup();
    render(<AccountForm preset={getPreset('stockholm')} initial={account({ name: 'Fritidsgården', status: 'closed', closedOn: '2026-11-20' })} onSave={vi.fn(async () => null)} onCancel={vi.fn()} lang="sv" />);
    expect(screen.queryByRole('note')).toBeNull();
  });

  describe('closing where the policy asks for the content with the registrar first (Helsingborg, R14)', () => {
    const kulturskolan = () => account({ name: 'Kulturskolan', url: 'https://www.facebook.com/kulturskolan', key: 'facebook.com/kulturskolan' });
    const documentedBeforeClosing = async (state: OutboxItem['state'], transport: OutboxItem['transport'] = 'http') => {
      const evidenceId = crypto.randomUUID();
      await database.log.add({ ...logged('account.documented', 'facebook.com/kulturskolan', '2026-12-04T08:30:00.000Z'), data: { evidenceId, reason: 'closing' } });
      await database.outbox.add({
        id: crypto.randomUUID(), at: '2026-12-04T08:30:00.000Z', by: 'Anna Berg', evidenceId, transport, state, attempts: 1, nextAttemptAt: 0,
        lastError: null, receipt: null, commentKey: null, idempotencyKey: evidenceId,
      });
    };
    const closeIn = async (lang: 'sv' | 'en' = 'sv') => {
      const user = userEvent.setup();
      const onSave = vi.fn(async () => null);
      render(<AccountForm preset={getPreset('helsingborg')} initial={kulturskolan()} onSave={onSave} onCancel={vi.fn()} lang={lang} database={database} />);
      await user.selectOptions(screen.getByLabelText('Status'), 'closed');
      return { user, onSave };
    };

    it('with no documentation: says so and what the policy says, and saves only with a written reason', async () => {
      const { user, onSave } = await closeIn();
      expect((await screen.findByText(/^Loggen har ingen dokumentation/)).textContent).toBe('Loggen har ingen dokumentation inför avslut av kontot.');
      expect(screen.getByText(/^Helsingborgs stad: ”Innan ett konto stängs ner ska allt innehåll sparas och skickas/)).toBeTruthy();
      await user.click(screen.getByRole('button', { name: 'Spara' }));
      expect(onSave).not.toHaveBeenCalled();
      const reason = screen.getByLabelText('Varför kontot avslutas utan dokumentation hos registrator');
      expect(reason.getAttribute('aria-invalid')).toBe('true');
      expect(screen.getByText('Skriv varför kontot avslutas utan dokumentation hos registrator, eller dokumentera det först.')).toBeTruthy();
      await user.type(reason, 'Sidan är redan borttagen av Meta.');
      await user.click(screen.getByRole('button', { name: 'Spara' }));
      expect(onSave).toHaveBeenCalledWith(expect.objectContaining({ status: 'closed', closingNote: 'Sidan är redan borttagen av Meta.' }));
    });

    it('with it saved as an e-mail draft not yet confirmed sent: not with the registrar, so still a reason', async () => {
      await documentedBeforeClosing('sent', 'email');
      const { user, onSave } = await closeIn();
      expect((await screen.findByText(/^Dokumenterat inför avslut/)).textContent).toMatch(/^Dokumenterat inför avslut 2026-12-04 09:30, men ännu inte hos registrator/);
      await user.click(screen.getByRole('button', { name: 'Spara' }));
      expect(onSave).not.toHaveBeenCalled();
    });

    it('with it delivered: says so and saves without a reason', async () => {
      await documentedBeforeClosing('sent');
      const { user, onSave } = await closeIn();
      expect((await screen.findByText(/Dokumenterat inför avslut/)).textContent).toBe('✓ Dokumenterat inför avslut 2026-12-04 09:30 och levererat till registrator.');
      expect(screen.queryByLabelText('Varför kontot avslutas utan dokumentation hos registrator')).toBeNull();
      await user.click(screen.getByRole('button', { name: 'Spara' }));
      expect(onSave).toHaveBeenCalledWith(expect.objectContaining({ status: 'closed' }));
    });

    it('in English', async () => {
      await documentedBeforeClosing('failed');
      await closeIn('en');
      expect((await screen.findByText(/^Documented before closing/)).textContent)
        .toBe('Documented before closing 2026-12-04 09:30, but the delivery to the registrar failed. Send it again under “Not delivered to the registrar” in the log.');
      expect(screen.getByText(/^Helsingborgs stad: “Before an account is shut down, all its content/)).toBeTruthy();
      expect(screen.getByLabelText('Why the account is closed without documentation with the registrar')).toBeTruthy();
    });
  });

  it('closes under a policy that asks for no documentation first (Stockholm) without a reason, telling where the documentation is', async () => {
    const user = userEvent.setup();
    const onSave = vi.fn(async () => null);
    render(<AccountForm preset={getPreset('stockholm')} initial={account({ name: 'Kulturskolan', url: 'https://www.facebook.com/kulturskolan', key: 'facebook.com/kulturskolan' })}
      onSave={onSave} onCancel={vi.fn()} lang="sv" database={database} />);
    await user.selectOptions(screen.getByLabelText('Status'), 'closed');
    expect(await screen.findByText('Loggen har ingen dokumentation inför avslut av kontot.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Spara' }));
    expect(onSave).toHaveBeenCalledWith(expect.objectContaining({ status: 'closed' }));
  });

  it('takes the editors as typed, a letter at a time with spaces and commas, and saves each name apart; a name has a length it stops at', async () => {
    const user = userEvent.setup();
    const onSave = vi.fn(async () => null);
    render(<AccountForm preset={getPreset('stockholm')} initial={account({ name: 'Kulturskolan', url: 'https://www.facebook.com/kulturskolan', editors: ['Anna Berg'] })} onSave={onSave} onCancel={vi.fn()} lang="sv" />);
    expect(document.activeElement).toBe(screen.getByLabelText('Namn')); // opened from a row or "Lägg till konto": the keyboard goes to it
    const editors = screen.getByLabelText('Redaktörer (kommaseparerade)') as HTMLInputElement;
    expect(editors.value).toBe('Anna Berg');
    await user.type(editors, ', Johan Ek,  Lisa Holm ');
    expect(editors.value).toBe('Anna Berg, Johan Ek,  Lisa Holm ');
    expect((screen.getByLabelText('Namn') as HTMLInputElement).maxLength).toBe(200);
    await user.click(screen.getByRole('button', { name: 'Spara' }));
    expect(onSave).toHaveBeenCalledWith(expect.objectContaining({ editors: ['Anna Berg', 'Johan Ek', 'Lisa Holm'] }));
  });

  it('shows the fields the organisation\'s policy gives locked, with a drawn padlock and the words saying why, and lets the editors set the rest', async () => {
    const user = userEvent.setup();
    const onSave = vi.fn(async () => null);
    const managed = account({
      name: 'Sjöviks kommun', url: 'https://www.facebook.com/sjovikskommun', key: 'facebook.com/sjovikskommun', managed: true,
      managedFields: ['name', 'platform', 'url', 'handle', 'purpose'], responsible: '',
    });
    render(<AccountForm preset={getPreset('stockholm')} initial={managed} onSave={onSave} onCancel={vi.fn()} lang="sv" />);
    const legend = document.querySelector('legend')!;
    expect(legend.textContent).toMatch(/Sjöviks kommun.* fälten med lås styrs av organisationens policy$/);
    expect(legend.querySelector('svg')?.getAttribute('aria-hidden')).toBe('true'); // not the 🔒 emoji, which needs an emoji font
    const locked = (label: RegExp) => (screen.getByLabelText(label) as HTMLInputElement).disabled;
    expect([locked(/^Namn/), locked(/^Plattform/), locked(/^Länk till kontot/), locked(/^Syfte/)]).toEqual([true, true, true, true]);
    // What the policy leaves out is the editors' to keep: the responsible person (R16), the start date (R15), closing (R14).
    expect([locked(/^Ansvarig/), locked(/^Startade/), locked(/^Status/), locked(/^Mätbara mål/)]).toEqual([false, false, false, false]);
    await user.type(screen.getByLabelText(/^Ansvarig/), 'Erik Lund');
    await user.type(screen.getByLabelText(/^Startade/), '2019-05-01');
    await user.selectOptions(screen.getByLabelText(/^Status/), 'paused');
    await user.click(screen.getByRole('button', { name: 'Spara' }));
    expect(onSave).toHaveBeenCalledWith(expect.objectContaining({ name: 'Sjöviks kommun', responsible: 'Erik Lund', started: '2019-05-01', status: 'paused' }));
  });

  it('an entry the policy laid in before it said which fields it gives shows all the policy\'s fields locked', () => {
    const managed = account({ name: 'Sjöviks kommun', url: 'https://www.facebook.com/sjovikskommun', key: 'facebook.com/sjovikskommun', managed: true });
    render(<AccountForm preset={getPreset('stockholm')} initial={managed} onSave={vi.fn(async () => null)} onCancel={vi.fn()} lang="sv" />);
    for (const label of [/^Namn/, /^Syfte/, /^Ansvarig/, /^Redaktörer/, /^Ersättare/]) expect((screen.getByLabelText(label) as HTMLInputElement).disabled).toBe(true);
    expect((screen.getByLabelText(/^Status/) as HTMLSelectElement).disabled).toBe(false);
  });

  it('says it in English', async () => {
    const user = userEvent.setup();
    const onSave = vi.fn(async () => null);
    render(<AccountForm preset={getPreset('stockholm')} initial={emptyAccount()} onSave={onSave} onCancel={vi.fn()} lang="en" />);
    await fill(user, 'Link to the account', 'https://www.instagram.com/kulturskolan');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.getByRole('alert').textContent).toBe('The link goes to Instagram, not to Facebook. Choose the right platform or give the account\'s link on Facebook.');
    expect(onSave).not.toHaveBeenCalled();
  });
});

describe('RegisterReport', () => {
  it('names each platform as people write it', async () => {
    await database.accounts.bulkAdd([
      account({ name: 'Kulturskolan', url: 'https://www.facebook.com/kulturskolan', key: 'facebook.com/kulturskolan' }),
      account({ name: 'Sjöviks kommun på X', platform: 'x', url: 'https://x.com/sjovik', key: 'x.com/sjovik' }),
    ]);
    render(<RegisterReport lang="sv" organisation="Sjöviks kommun" database={database} />);
    const table = await screen.findByRole('table');
    const cells = within(table).getAllByRole('row').slice(1).map((r) => within(r).getAllByRole('cell')[1].textContent);
    expect(cells).toEqual(['Facebook', 'X']);
  });

  it('shows a direction control in a name by number, in the overview and the report (on paper it would turn the name around)', async () => {
    await database.accounts.add(account({ name: 'Sjöviks \u202Egnalsnok', url: 'https://www.facebook.com/kulturskolan', key: 'facebook.com/kulturskolan' }));
    render(<RegisterReport lang="sv" organisation="Sjöviks kommun" database={database} />);
    const table = await screen.findByRole('table');
    expect(within(table).getAllByRole('row')[1].textContent).toContain('Sjöviks [U+202E]gnalsnok');
    cleanup();
    render(<AccountOverview preset={getPreset('helsingborg')} policy={policy} holidays={holidays} onEdit={vi.fn()} onAdd={vi.fn()} addButton={{ current: null }} lang="sv" database={database} />);
    expect(within(await row('facebook.com/kulturskolan')).getByRole('rowheader').textContent).toMatch(/^Sjöviks \[U\+202E\]gnalsnok/);
  });

  describe('on Monday 14 September 2026, the last report marked on 10 February', () => {
    beforeEach(async () => {
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(new Date('2026-09-14T08:00:00Z'));
      vi.mocked(sendMessage).mockClear();
      await database.accounts.bulkAdd([
        account({ name: 'Kulturskolan', key: 'facebook.com/kulturskolan', started: '2019-05-01' }),
        account({ name: 'Sommarlovet', key: 'facebook.com/sommarlovet', started: '2026-06-01' }),
        account({ name: 'Fritidsgården', key: 'facebook.com/fritid', status: 'closed', closedOn: '2026-06-30' }),
        account({ name: 'Valet 2022', key: 'facebook.com/valet', status: 'closed', closedOn: '2023-01-31' }),
      ]);
      await database.log.add({ ...logged('register.reported', 'x', '2026-02-10T08:00:00.000Z'), account: null });
    });
    afterEach(() => { vi.useRealTimers(); });

    it('heads the report with the organisation and the day, and marks what started or closed since the last report', async () => {
      render(<RegisterReport lang="sv" organisation="Sjöviks kommun, Kulturförvaltningen" database={database} />);
      const table = await screen.findByRole('table');
      expect(screen.getByText(/^Kontoregister – /).textContent).toBe('Kontoregister – Sjöviks kommun, Kulturförvaltningen – 2026-09-14');
      expect(screen.getByText(/^Förra rapporten/).textContent).toMatch(/^Förra rapporten markerades 2026-02-10\./);
      const columns = within(table).getAllByRole('columnheader').map((h) => h.textContent);
      expect(columns.slice(6)).toEqual(['Startat', 'Avslutat', 'Status', 'Ny / Avslutad sedan förra rapporten']);
      const rows = within(table).getAllByRole('row').slice(1).map((r) => within(r).getAllByRole('cell').map((c) => c.textContent));
      expect(rows.map((r) => [r[0], ...r.slice(6)])).toEqual([
        ['Fritidsgården', '', '2026-06-30', 'Avslutat', 'Avslutad'],
        ['Kulturskolan', '2019-05-01', '', 'Aktivt', ''],
        ['Sommarlovet', '2026-06-01', '', 'Aktivt', 'Ny'],
      ]); // Valet 2022 closed before the last report: it was reported closed then.
    });

    it('counts as reported only when marked: printing and exporting log nothing', async () => {
      const user = userEvent.setup();
      const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
      Object.defineProperty(URL, 'createObjectURL', { configurable: true, value: () => 'blob:uppsikt' });
      const download = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
      render(<RegisterReport lang="sv" organisation="Sjöviks kommun" database={database} />);
      await user.click(await screen.findByRole('button', { name: 'Skriv ut' }));
      await user.click(screen.getByRole('button', { name: 'Exportera CSV (Excel)' }));
      expect([print.mock.calls.length, download.mock.calls.length]).toEqual([1, 1]);
      expect(sendMessage).not.toHaveBeenCalled();

      await user.click(screen.getByRole('button', { name: 'Markera som rapporterad' }));
      expect(sendMessage).toHaveBeenCalledWith('logAction', {
        action: 'register.reported', detail: '3 konton i rapporten: 1 nystartade och 1 avslutade sedan förra rapporten',
      });
      expect((await screen.findByText(/^Registret är markerat/)).textContent).toBe('Registret är markerat som rapporterat 2026-09-14.');
      print.mockRestore();
      download.mockRestore();
    });

    it('says in English when marking fails', async () => {
      const user = userEvent.setup();
      const markReported = vi.fn(async () => ({ ok: false as const, reason: 'Bara Uppsikts egna sidor får ändra registren.' }));
      render(<RegisterReport lang="en" organisation="" database={database} markReported={markReported} />);
      expect((await screen.findByText(/^Account register – /)).textContent).toBe('Account register – the organisation\'s name is missing in the settings – 2026-09-14');
      await user.click(screen.getByRole('button', { name: 'Mark as reported' }));
      expect((await screen.findByRole('alert')).textContent).toBe('The register could not be marked as reported: Only Uppsikt\'s own pages may change the registers.');
    });
  });
});
