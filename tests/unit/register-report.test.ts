import { describe, expect, it } from 'vitest';
import { getPreset } from '@/rules/presets';
import { emptyAccount } from '@/components/AccountForm';
import { accountWarnings } from '@/utils/accounts/register';
import { registerReportRows } from '@/utils/accounts/register-report';
import type { AccountRecord } from '@/utils/db/records';

const account = (overrides: Partial<AccountRecord>): AccountRecord => ({ ...emptyAccount(), ...overrides });

describe('the register report', () => {
  const accounts = [
    account({ name: 'Sjöviks bibliotek', platform: 'instagram', url: 'https://www.instagram.com/sjoviksbibliotek/', purpose: 'Boktips', goals: '1 000 följare', responsible: 'Eva Lund', editors: ['Eva', 'Omar'], status: 'paused' }),
    account({ name: 'Sjöviks kommun', platform: 'facebook', url: 'https://www.facebook.com/sjovikskommun', purpose: 'Information', responsible: 'Anna Berg', editors: ['Anna'], status: 'active' }),
  ];

  it('says each account\'s status in words, sorted by name, in Swedish', () => {
    expect(registerReportRows(accounts, null)).toEqual([
      ['Namn', 'Plattform', 'Länk', 'Beskrivning och syfte', 'Ansvarig', 'Redaktörer', 'Startat', 'Avslutat', 'Status', 'Ny / Avslutad sedan förra rapporten'],
      ['Sjöviks bibliotek', 'Instagram', 'https://www.instagram.com/sjoviksbibliotek/', 'Boktips – 1 000 följare', 'Eva Lund', 'Eva, Omar', '', '', 'Vilande', ''],
      ['Sjöviks kommun', 'Facebook', 'https://www.facebook.com/sjovikskommun', 'Information', 'Anna Berg', 'Anna', '', '', 'Aktivt', ''],
    ]);
  });

  it('and in English', () => {
    const [header, first, second] = registerReportRows(accounts, null, 'en');
    expect(header).toEqual(['Name', 'Platform', 'Link', 'Description and purpose', 'Responsible', 'Editors', 'Started', 'Closed', 'Status', 'New / closed since the last report']);
    expect([first.at(-2), second.at(-2)]).toEqual(['Paused', 'Active']);
    expect([first[1], second[1]]).toEqual(['Instagram', 'Facebook']);
  });

  it('lists the accounts in Swedish order, å ä ö after z and numbers by their value', () => {
    const names = ['Örby fritid', 'Bibliotek 102', 'Zinkens park', 'Åsö skola', 'Bibliotek 12', 'Äldreomsorgen', 'bibliotek 2'];
    const rows = registerReportRows(names.map((name) => account({ name })), null).slice(1).map((row) => row[0]);
    expect(rows).toEqual(['bibliotek 2', 'Bibliotek 12', 'Bibliotek 102', 'Zinkens park', 'Åsö skola', 'Äldreomsorgen', 'Örby fritid']);
  });

  it('gives an account registered by its handle alone by its handle where the link would be', () => {
    const [, row] = registerReportRows([account({ name: 'Kulturhuset', platform: 'instagram', url: '', handle: 'kulturhuset_sjovik', key: 'kulturhuset_sjovik' })], null);
    expect(row[2]).toBe('@kulturhuset_sjovik');
  });

  it('names X as X, not by its id', () => {
    const [, row] = registerReportRows([account({ name: 'Sjöviks kommun på X', platform: 'x', url: 'https://x.com/SjovikKommun' })], null);
    expect(row[1]).toBe('X');
  });
});

describe('new, existing and closed accounts (Stockholm: reported in February and September)', () => {
  // The last report was marked on 10 February 2026, 09:00 Swedish time.
  const previous = '2026-02-10T08:00:00.000Z';
  const register = [
    account({ name: 'Kulturskolan', started: '2019-05-01', status: 'active' }),
    account({ name: 'Sommarlovet', started: '2026-04-02', status: 'active' }),
    account({ name: 'Fritidsgården', started: '2018-01-15', status: 'closed', closedOn: '2026-06-30' }),
    account({ name: 'Valet 2022', started: '2022-06-01', status: 'closed', closedOn: '2023-01-31' }),
    account({ name: 'Julkalendern', started: '2026-03-01', status: 'closed', closedOn: '2026-03-24' }),
    // Closed before Uppsikt kept the closing day, and not changed since the last report.
    account({ name: 'Gamla nyhetsbrevet', status: 'closed', at: '2025-10-01T09:00:00.000Z' }),
  ];
  const byName = (rows: string[][]) => Object.fromEntries(rows.slice(1).map((row) => [row[0], row.slice(6)]));

  it('gives each account\'s start and closing day, marks what started or closed since the last report, and leaves out what closed before it', () => {
    expect(byName(registerReportRows(register, previous))).toEqual({
      Kulturskolan: ['2019-05-01', '', 'Aktivt', ''],
      Sommarlovet: ['2026-04-02', '', 'Aktivt', 'Ny'],
      Fritidsgården: ['2018-01-15', '2026-06-30', 'Avslutat', 'Avslutad'],
      Julkalendern: ['2026-03-01', '2026-03-24', 'Avslutat', 'Ny, Avslutad'],
    });
    expect(byName(registerReportRows(register, previous, 'en')).Julkalendern).toEqual(['2026-03-01', '2026-03-24', 'Closed', 'New, Closed']);
  });

  it('counts an account started or closed on the day of the last report as since it, so none falls between two reports', () => {
    const sameDay = [account({ name: 'Biblioteket', started: '2026-02-10' }), account({ name: 'Museet', status: 'closed', closedOn: '2026-02-10' })];
    expect(byName(registerReportRows(sameDay, previous))).toEqual({ Biblioteket: ['2026-02-10', '', 'Aktivt', 'Ny'], Museet: ['', '2026-02-10', 'Avslutat', 'Avslutad'] });
  });

  it('does not count again what the last report already held: registered, started or closed before it was marked that day', () => {
    const before = '2026-02-10T07:30:00.000Z';
    const after = '2026-02-10T09:00:00.000Z';
    const sameDay = [
      account({ name: 'Biblioteket', started: '2026-02-10', registeredAt: before }),
      account({ name: 'Badhuset', started: null, registeredAt: before }),
      account({ name: 'Museet', status: 'closed', closedOn: '2026-02-10', registeredAt: '2025-01-01T10:00:00.000Z', at: before }),
      account({ name: 'Konsthallen', started: '2026-02-10', registeredAt: after }),
      account({ name: 'Simhallen', status: 'closed', closedOn: '2026-02-10', registeredAt: '2025-01-01T10:00:00.000Z', at: after }),
      // Closed before the report was marked, and its purpose edited since: the edit is no new closing.
      account({ name: 'Stadsarkivet', status: 'closed', closedOn: '2026-02-10', closedAt: before, registeredAt: '2025-01-01T10:00:00.000Z', at: '2026-03-05T09:00:00.000Z' }),
    ];
    expect(byName(registerReportRows(sameDay, previous))).toEqual({
      Biblioteket: ['2026-02-10', '', 'Aktivt', ''],
      Badhuset: ['', '', 'Aktivt', ''],
      Museet: ['', '2026-02-10', 'Avslutat', ''],
      Konsthallen: ['2026-02-10', '', 'Aktivt', 'Ny'],
      Simhallen: ['', '2026-02-10', 'Avslutat', 'Avslutad'],
      Stadsarkivet: ['', '2026-02-10', 'Avslutat', ''],
    });
  });

  it('counts an account without a start date as new when it came into the register since the last report', () => {
    const undated = [
      account({ name: 'Nya sidan', started: null, registeredAt: '2026-03-02T10:00:00.000Z' }),
      account({ name: 'Gamla sidan', started: null, registeredAt: '2025-11-02T10:00:00.000Z' }),
      account({ name: 'Okänd', started: null }), // registered before the date was kept
      account({ name: 'Startad förr', started: '2015-01-01', registeredAt: '2026-03-02T10:00:00.000Z' }), // a start date says when it started
    ];
    expect(byName(registerReportRows(undated, previous))).toEqual({
      'Nya sidan': ['', '', 'Aktivt', 'Ny'], 'Gamla sidan': ['', '', 'Aktivt', ''], Okänd: ['', '', 'Aktivt', ''], 'Startad förr': ['2015-01-01', '', 'Aktivt', ''],
    });
  });

  it('lists every account, closed ones too, when no report has been marked before, and marks none', () => {
    const rows = registerReportRows(register, null);
    expect(rows).toHaveLength(register.length + 1);
    expect(rows.slice(1).map((row) => row.at(-1))).toEqual(register.map(() => ''));
  });
});

describe('what the register lacks', () => {
  const bare = account({ name: 'Sjöviks fritidsgård', editors: ['Omar'] });

  it('names what the policy asks for, in the interface\'s language', () => {
    // Helsingborg asks for two editors; Perstorp for a substitute.
    expect(accountWarnings(bare, getPreset('helsingborg'))).toEqual([
      'Helsingborgs stad kräver minst 2 redaktörer per konto; registret har 1.', 'Ansvarig person saknas.', 'Syfte saknas.',
    ]);
    expect(accountWarnings(bare, getPreset('perstorp'))).toEqual(['Ersättare för den ansvarige saknas.', 'Ansvarig person saknas.', 'Syfte saknas.']);
    expect(accountWarnings(bare, getPreset('helsingborg'), 'en')).toEqual([
      'Helsingborgs stad requires at least 2 editors per account; the register has 1.', 'The responsible person is missing.', 'The purpose is missing.',
    ]);
    expect(accountWarnings(bare, getPreset('perstorp'), 'en')[0]).toBe('The substitute for the responsible person is missing.');
    const noEditors = account({ name: 'Sjöviks kommun', editors: [], responsible: 'Anna Berg', purpose: 'Information' });
    // Stockholm reports the newly started accounts (R15): by their start date, so one without it is said.
    expect(accountWarnings(noEditors, getPreset('stockholm'))).toEqual([
      'Stockholms stad kräver minst 1 redaktör per konto; registret har 0.', 'Startdatum saknas: rapporten av kontoregistret kan inte säga om kontot är nystartat.',
    ]);
    expect(accountWarnings({ ...noEditors, started: '2021-08-15' }, getPreset('stockholm'), 'en')).toEqual(['Stockholms stad requires at least 1 editor per account; the register has 0.']);
  });

  it('is nothing when the entry is complete', () => {
    const complete = account({ editors: ['Anna', 'Omar'], substitute: 'Eva', responsible: 'Anna Berg', purpose: 'Information' });
    expect(accountWarnings(complete, getPreset('helsingborg'), 'en')).toEqual([]);
  });
});
