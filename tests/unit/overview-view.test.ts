// Finding one account among hundreds in the overview: what the search looks in, what "Att åtgärda"
// shows (the same decisions as the cells' markings), and the orders.
import { describe, expect, it } from 'vitest';
import { getPreset } from '@/rules/presets';
import { emptyEntry } from '@/utils/accounts/register';
import { rowState, type OverviewRow } from '@/utils/accounts/overview-row';
import { ALL_ACCOUNTS, isFiltered, visibleRows, type OverviewView } from '@/utils/accounts/overview-view';
import type { AccountRecord, ChecklistResult, LogEntry } from '@/utils/db/records';

const preset = getPreset('helsingborg'); // two editors, a substitute, documentation every 6 months
const now = new Date('2026-11-24T12:00:00Z');
const round = { date: '2026-11-24', time: '12:30', from: '11:00' };

const account = (name: string, overrides: Partial<AccountRecord> = {}): AccountRecord => ({
  ...emptyEntry(), id: name, by: 'Anna Berg', at: '2026-01-01T09:00:00.000Z', name, platform: 'facebook',
  url: `https://www.facebook.com/${name.toLowerCase().replace(/\W/g, '')}`, key: `facebook.com/${name.toLowerCase().replace(/\W/g, '')}`, handle: null,
  purpose: 'Information', responsible: 'Anna Berg', editors: ['Anna Berg', 'Johan Ek'], substitute: 'Eva Lind', started: '2024-01-01', ...overrides,
});
const entry = (at: string): LogEntry => ({
  id: at, at, by: 'Anna Berg', action: 'monitoring-round', platform: 'facebook', account: null, pageUrl: null, commentId: null, categories: [], detail: '',
});
const complete: ChecklistResult = {
  id: 'c', by: 'Anna Berg', at: '2026-11-20T09:00:00.000Z', account: '', kind: 'base-information', presetId: 'helsingborg',
  items: [{ id: 'a', state: 'found', evidence: null }, { id: 'b', state: 'confirmed', evidence: null }],
};
/** An account with nothing due at 13:00: watched in this round, documented in October, base information complete. */
const fine = (name: string, overrides: Partial<OverviewRow> = {}, accountOverrides: Partial<AccountRecord> = {}): OverviewRow => ({
  account: account(name, accountOverrides), lastRound: entry('2026-11-24T11:40:00.000Z'), lastDocumented: entry('2026-10-01T09:00:00.000Z'),
  undelivered: undefined, lastBaseCheck: complete, ...overrides,
});
const judged = (rows: OverviewRow[]) => rows.map((row) => ({ row, state: rowState(row, { preset, round, now, lang: 'sv' }) }));
const names = (rows: OverviewRow[], view: Partial<OverviewView>) => visibleRows(judged(rows), { ...ALL_ACCOUNTS, ...view }).shown.map(({ row }) => row.account.name);

describe('what needs action (rowState)', () => {
  it('an account watched, documented and complete needs none; each missing part on its own does', () => {
    expect(rowState(fine('Badet'), { preset, round, now, lang: 'sv' }).needsAction).toBe(false);
    const due = {
      round: fine('Badet', { lastRound: entry('2026-11-24T09:50:00.000Z') }), // 10:50, before this round's part of the day
      documentation: fine('Badet', { lastDocumented: entry('2026-04-01T09:00:00.000Z') }),
      neverChecked: fine('Badet', { lastBaseCheck: undefined }),
      incomplete: fine('Badet', { lastBaseCheck: { ...complete, items: [{ id: 'a', state: 'missing', evidence: null }] } }),
      otherPolicy: fine('Badet', { lastBaseCheck: { ...complete, presetId: 'stockholm' } }),
      undelivered: fine('Badet', { undelivered: entry('2026-11-20T09:00:00.000Z') }),
      oneEditor: fine('Badet', {}, { editors: ['Anna Berg'] }), // Helsingborg asks for two
    };
    for (const [why, row] of Object.entries(due)) expect([why, rowState(row, { preset, round, now, lang: 'sv' }).needsAction]).toEqual([why, true]);
  });

  it('a closed account owes nothing, whatever is missing, but documentation that never reached the registrar', () => {
    const closed = fine('Badet', { lastRound: undefined, lastDocumented: undefined, lastBaseCheck: undefined }, { status: 'closed', editors: [] });
    expect(rowState(closed, { preset, round, now, lang: 'sv' })).toMatchObject({ needsAction: false, baseDue: false, roundMissed: false, warnings: [] });
    expect(rowState({ ...closed, undelivered: entry('2026-11-20T09:00:00.000Z') }, { preset, round, now, lang: 'sv' }).needsAction).toBe(true);
  });

  it('a paused account still owes its rounds', () => {
    expect(rowState(fine('Badet', { lastRound: undefined }, { status: 'paused' }), { preset, round, now, lang: 'sv' }).roundMissed).toBe(true);
  });
});

describe('the overview\'s search, choice and order (visibleRows)', () => {
  const rows = [
    fine('Kulturhuset', {}, { platform: 'instagram', url: 'https://www.instagram.com/kulturhuset_sjovik', key: 'instagram.com/kulturhuset_sjovik', handle: 'kulturhuset_sjovik' }),
    fine('Äldreomsorgen', { lastRound: undefined }, { responsible: 'Åsa Öberg' }),
    fine('\u202EBiblioteket', { lastDocumented: entry('2026-03-01T09:00:00.000Z') }, { status: 'paused' }),
    fine('Fritidsgården', { lastRound: undefined, lastDocumented: undefined }, { status: 'closed', editors: ['Omar Said'] }),
    fine('Bibliotek 12'),
  ];

  it('finds an account by any part of its name, handle with or without @, link, or the people who run it, case aside', () => {
    expect(names(rows, { query: 'KULTUR' })).toEqual(['Kulturhuset']);
    expect(names(rows, { query: '@kulturhuset_sjovik' })).toEqual(['Kulturhuset']);
    expect(names(rows, { query: 'instagram.com/kulturhuset' })).toEqual(['Kulturhuset']);
    expect(names(rows, { query: 'åsa öberg' })).toEqual(['Äldreomsorgen']);
    expect(names(rows, { query: 'omar' })).toEqual(['Fritidsgården']);
    // Every word must be there, in any order; a name with a direction control is found by its letters.
    expect(names(rows, { query: 'biblioteket' })).toEqual(['\u202EBiblioteket']);
    expect(names(rows, { query: 'bibliotek 12' })).toEqual(['Bibliotek 12']);
    expect(names(rows, { query: '12 bibliotek' })).toEqual(['Bibliotek 12']);
    expect(names(rows, { query: 'museet' })).toEqual([]);
    expect(names(rows, { query: '   ' })).toHaveLength(5);
    // A name stored decomposed (pasted from a Mac) is found as typed.
    expect(names([fine('H\u0061\u0308sselby simhall')], { query: 'hässelby' })).toHaveLength(1);
  });

  it('finds an account by any link to it, as the address bar or another site writes it', () => {
    for (const link of ['https://www.instagram.com/kulturhuset_sjovik/', 'instagram.com/kulturhuset_sjovik?hl=sv', 'https://m.instagram.com/Kulturhuset_Sjovik']) {
      expect([link, names(rows, { query: link })]).toEqual([link, ['Kulturhuset']]);
    }
    expect(names(rows, { query: 'https://www.instagram.com/annat_konto/' })).toEqual([]);
  });

  it('shows what needs action (open accounts only), a status, or a platform', () => {
    expect(names(rows, { show: 'action' })).toEqual(['\u202EBiblioteket', 'Äldreomsorgen']);
    expect(names(rows, { show: 'closed' })).toEqual(['Fritidsgården']);
    expect(names(rows, { show: 'paused' })).toEqual(['\u202EBiblioteket']);
    expect(names(rows, { show: 'active' })).toEqual(['Bibliotek 12', 'Kulturhuset', 'Äldreomsorgen']);
    expect(names(rows, { platform: 'instagram' })).toEqual(['Kulturhuset']);
    expect(names(rows, { platform: 'x' })).toEqual([]);
    // "Att åtgärda (N)" counts within the search and platform chosen.
    const count = (view: Partial<OverviewView>) => visibleRows(judged(rows), { ...ALL_ACCOUNTS, ...view }).needingAction;
    expect([count({}), count({ platform: 'instagram' }), count({ query: 'bibliotek' })]).toEqual([2, 0, 1]);
  });

  it('orders by name in Swedish (Ä after Z), or the longest unwatched or undocumented first, never before anything', () => {
    expect(names(rows, {})).toEqual(['Bibliotek 12', '\u202EBiblioteket', 'Fritidsgården', 'Kulturhuset', 'Äldreomsorgen']);
    // A closed account owes no rounds and no documentation: last, however long ago.
    expect(names(rows, { sort: 'lastRound' })).toEqual(['Äldreomsorgen', 'Bibliotek 12', '\u202EBiblioteket', 'Kulturhuset', 'Fritidsgården']);
    expect(names(rows, { sort: 'documented' })).toEqual(['\u202EBiblioteket', 'Bibliotek 12', 'Kulturhuset', 'Äldreomsorgen', 'Fritidsgården']);
  });

  it('counts as narrowed only when something is chosen: the order alone shows every account', () => {
    expect(isFiltered({ ...ALL_ACCOUNTS, sort: 'documented' })).toBe(false);
    expect(isFiltered({ ...ALL_ACCOUNTS, query: ' x' })).toBe(true);
    expect(isFiltered({ ...ALL_ACCOUNTS, platform: 'x' })).toBe(true);
  });
});
