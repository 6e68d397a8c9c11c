import { describe, expect, it } from 'vitest';
import { getPreset } from '@/rules/presets';
import { emptyAccount } from '@/components/AccountForm';
import { accountWarnings, registerReportRows } from '@/utils/accounts/register';
import type { AccountRecord } from '@/utils/db/records';

const account = (overrides: Partial<AccountRecord>): AccountRecord => ({ ...emptyAccount(), ...overrides });

describe('the register report', () => {
  const accounts = [
    account({ name: 'Sjöviks bibliotek', platform: 'instagram', url: 'https://www.instagram.com/sjoviksbibliotek/', purpose: 'Boktips', goals: '1 000 följare', responsible: 'Eva Lund', editors: ['Eva', 'Omar'], status: 'paused' }),
    account({ name: 'Sjöviks kommun', platform: 'facebook', url: 'https://www.facebook.com/sjovikskommun', purpose: 'Information', responsible: 'Anna Berg', editors: ['Anna'], status: 'active' }),
  ];

  it('says each account\'s status in words, sorted by name, in Swedish', () => {
    expect(registerReportRows(accounts)).toEqual([
      ['Namn', 'Plattform', 'Länk', 'Beskrivning och syfte', 'Ansvarig', 'Redaktörer', 'Status'],
      ['Sjöviks bibliotek', 'Instagram', 'https://www.instagram.com/sjoviksbibliotek/', 'Boktips – 1 000 följare', 'Eva Lund', 'Eva, Omar', 'Vilande'],
      ['Sjöviks kommun', 'Facebook', 'https://www.facebook.com/sjovikskommun', 'Information', 'Anna Berg', 'Anna', 'Aktivt'],
    ]);
  });

  it('and in English', () => {
    const [header, first, second] = registerReportRows(accounts, 'en');
    expect(header).toEqual(['Name', 'Platform', 'Link', 'Description and purpose', 'Responsible', 'Editors', 'Status']);
    expect([first.at(-1), second.at(-1)]).toEqual(['Paused', 'Active']);
    expect([first[1], second[1]]).toEqual(['Instagram', 'Facebook']);
  });

  it('names X as X, not by its id', () => {
    const [, row] = registerReportRows([account({ name: 'Sjöviks kommun på X', platform: 'x', url: 'https://x.com/SjovikKommun' })]);
    expect(row[1]).toBe('X');
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
    expect(accountWarnings(noEditors, getPreset('stockholm'))).toEqual(['Stockholms stad kräver minst 1 redaktör per konto; registret har 0.']);
    expect(accountWarnings(noEditors, getPreset('stockholm'), 'en')).toEqual(['Stockholms stad requires at least 1 editor per account; the register has 0.']);
  });

  it('is nothing when the entry is complete', () => {
    const complete = account({ editors: ['Anna', 'Omar'], substitute: 'Eva', responsible: 'Anna Berg', purpose: 'Information' });
    expect(accountWarnings(complete, getPreset('helsingborg'), 'en')).toEqual([]);
  });
});
