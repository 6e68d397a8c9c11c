// A register entry (R15) is refused when its link goes to another site than its platform, or when
// its start date does not exist; the background's save refuses it too, and nothing is written.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyAccount } from '@/components/AccountForm';
import { accountProblem, isCalendarDate, saveAccount } from '@/utils/accounts/register';
import { registerKey } from '@/utils/accounts/link';
import { AppDB } from '@/utils/db/app-db';
import type { AccountRecord } from '@/utils/db/records';

const account = (overrides: Partial<AccountRecord>): AccountRecord => ({ ...emptyAccount(), name: 'Kulturskolan', ...overrides });
let database: AppDB;
beforeEach(() => { database = new AppDB(`accounts-${crypto.randomUUID()}`); });
afterEach(async () => { await database.delete(); });

describe('accountProblem', () => {
  it('refuses a link to another platform than the one chosen, in Swedish and English', () => {
    const wrong = account({ platform: 'facebook', url: 'https://www.instagram.com/kulturskolan' });
    expect(accountProblem(wrong)).toEqual({ field: 'url', message: 'Länken går till Instagram, inte till Facebook. Välj rätt plattform eller ange kontots länk på Facebook.' });
    expect(accountProblem(wrong, 'en')?.message).toBe('The link goes to Instagram, not to Facebook. Choose the right platform or give the account\'s link on Facebook.');
    expect(accountProblem(account({ platform: 'x', url: 'https://www.sjovik.se/kulturskolan' }))?.message).toBe('Länken går inte till X. Ange kontots adress på X (https://…).');
  });

  it('accepts a link on the platform, twitter.com for X, and a link written without https://', () => {
    expect(accountProblem(account({ platform: 'instagram', url: 'https://www.instagram.com/kulturskolan' }))).toBeNull();
    expect(accountProblem(account({ platform: 'x', url: 'https://twitter.com/kulturskolan' }))).toBeNull();
    expect(accountProblem(account({ platform: 'facebook', url: 'm.facebook.com/kulturskolan' }))).toBeNull();
    expect(accountProblem(account({ platform: 'facebook', url: '' }))).toBeNull();
  });

  it('refuses a link to a post or one of the site\'s own pages, and takes a link with a language prefix as the account', () => {
    expect(accountProblem(account({ platform: 'instagram', url: 'https://www.instagram.com/p/C1a2B3c4D5e/' }))?.message)
      .toBe('Länken går till ett inlägg eller en av sidorna på Instagram, inte till ett konto. Ange kontots adress, till exempel https://www.instagram.com/sjovikskommun.');
    expect(accountProblem(account({ platform: 'instagram', url: 'instagram.com/reel/C9xyz/' }))?.field).toBe('url');
    expect(accountProblem(account({ platform: 'x', url: 'https://x.com/home' }), 'en')?.message)
      .toBe('The link goes to a post or one of the pages on X, not to an account. Give the account\'s address, for example https://x.com/sjovikskommun.');
    // A post on Facebook or X names its account in the link, but the register would keep the post as the account's link.
    expect(accountProblem(account({ platform: 'facebook', url: 'https://www.facebook.com/sjovikskommun/posts/1184736902214587' }))?.field).toBe('url');
    expect(accountProblem(account({ platform: 'facebook', url: 'https://www.facebook.com/permalink.php?story_fbid=123&id=456' }))?.field).toBe('url');
    expect(accountProblem(account({ platform: 'x', url: 'x.com/sjovikskommun/status/1996000000000000000' }))?.field).toBe('url');
    expect(accountProblem(account({ platform: 'facebook', url: 'https://www.facebook.com/sjovikskommun/' }))).toBeNull();
    expect(accountProblem(account({ platform: 'facebook', url: 'https://www.facebook.com/groups/sjovikforaldrar' }))).toBeNull();
    expect(registerKey({ platform: 'facebook', url: 'https://sv-se.facebook.com/kulturskolan', handle: null })).toBe('facebook.com/kulturskolan');
  });

  it('refuses a start date that does not exist, and accepts a leap day', () => {
    expect(accountProblem(account({ url: 'https://www.facebook.com/kulturskolan', started: '2024-02-31' }))).toEqual({
      field: 'started', message: '"2024-02-31" är inget giltigt datum. Skriv när kontot startade som ÅÅÅÅ-MM-DD, till exempel 2024-02-29.',
    });
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2023-02-29')).toBe(false);
    expect(isCalendarDate('2024-13-01')).toBe(false);
    expect(isCalendarDate('1 mars 2024')).toBe(false);
    expect(accountProblem(account({ url: 'https://www.facebook.com/kulturskolan', started: '2024-02-29' }))).toBeNull();
  });
});

describe('saveAccount (what the background runs)', () => {
  it('notes when an account came into the register, and keeps it when the entry is edited, whatever the form sends', async () => {
    const first = await saveAccount(database, account({ id: 'a1', url: 'https://www.facebook.com/kulturskolan' }), 'Anna Berg');
    expect(Date.parse(first.registeredAt!)).toBeGreaterThan(Date.now() - 60_000);
    const edited = await saveAccount(database, { ...first, purpose: 'Kurser för barn', registeredAt: '2020-01-01T00:00:00.000Z' }, 'Erik Lund');
    expect(edited.registeredAt).toBe(first.registeredAt);
    // An account registered before the date was kept stays without one.
    await database.accounts.put(account({ id: 'a2', name: 'Gamla', url: 'https://www.facebook.com/gamla', key: 'facebook.com/gamla' }));
    expect((await saveAccount(database, account({ id: 'a2', name: 'Gamla', url: 'https://www.facebook.com/gamla', purpose: 'Nytt' }), 'Anna Berg')).registeredAt).toBeUndefined();
  });

  it('writes nothing for a Facebook entry with an Instagram link or an impossible date', async () => {
    await expect(saveAccount(database, account({ platform: 'facebook', url: 'https://www.instagram.com/kulturskolan' }), 'Anna Berg'))
      .rejects.toThrow('Länken går till Instagram, inte till Facebook.');
    await expect(saveAccount(database, account({ url: 'https://www.facebook.com/kulturskolan', started: '2024-02-31' }), 'Anna Berg'))
      .rejects.toThrow('"2024-02-31" är inget giltigt datum.');
    expect(await database.accounts.count()).toBe(0);
    await saveAccount(database, account({ url: 'https://www.facebook.com/kulturskolan', started: '2024-02-01' }), 'Anna Berg');
    expect(await database.accounts.count()).toBe(1);
  });

  it('saves a link written without https:// as https://…, keyed by the account, so the next account on the platform is not a clash', async () => {
    await saveAccount(database, account({ id: 'a1', url: 'facebook.com/kulturskolan' }), 'Anna Berg');
    await saveAccount(database, account({ id: 'a2', name: 'Biblioteket', url: 'www.facebook.com/sjovikbiblioteket' }), 'Anna Berg');
    const saved = (await database.accounts.toArray()).map((a) => [a.url, a.key]).sort();
    expect(saved).toEqual([
      ['https://facebook.com/kulturskolan', 'facebook.com/kulturskolan'],
      ['https://www.facebook.com/sjovikbiblioteket', 'facebook.com/sjovikbiblioteket'],
    ]);
  });
});

describe('saveAccount and one account entered twice', () => {
  it('refuses an account by its link when it is in the register by its handle alone, and the other way round, on the same platform only', async () => {
    await saveAccount(database, account({ id: 'a1', name: 'Kulturhuset', platform: 'instagram', url: '', handle: 'kulturhusetsthlm' }), 'Anna Berg');
    await expect(saveAccount(database, account({ id: 'a2', name: 'Kopia', platform: 'instagram', url: 'https://www.instagram.com/kulturhusetsthlm' }), 'Anna Berg'))
      .rejects.toThrow('Kulturhuset finns redan i registret med samma adress.');
    await saveAccount(database, account({ id: 'a3', name: 'Biblioteket', platform: 'x', url: 'https://x.com/sjovikbibliotek' }), 'Anna Berg');
    await expect(saveAccount(database, account({ id: 'a4', name: 'Kopia', platform: 'x', url: '', handle: '@sjovikbibliotek' }), 'Anna Berg'))
      .rejects.toThrow('Biblioteket finns redan i registret med samma adress.');
    // A group and a page that end alike are two accounts; the same name on another platform is another; the entry itself saves again.
    await saveAccount(database, account({ id: 'a6', name: 'Föräldragruppen', platform: 'facebook', url: 'https://www.facebook.com/groups/sjovik' }), 'Anna Berg');
    await saveAccount(database, account({ id: 'a7', name: 'Sjöviks kommun', platform: 'facebook', url: 'https://www.facebook.com/sjovik' }), 'Anna Berg');
    await saveAccount(database, account({ id: 'a5', name: 'Kulturhuset på X', platform: 'x', url: 'https://x.com/kulturhusetsthlm' }), 'Anna Berg');
    await saveAccount(database, account({ id: 'a1', name: 'Kulturhuset', platform: 'instagram', url: 'https://www.instagram.com/kulturhusetsthlm' }), 'Anna Berg');
    expect((await database.accounts.toArray()).map((a) => a.id).sort()).toEqual(['a1', 'a3', 'a5', 'a6', 'a7']);
  });
});

describe('registerKey', () => {
  it('is the link\'s profile key on the entry\'s platform, else the handle; never another site\'s key', () => {
    expect(registerKey({ platform: 'facebook', url: 'facebook.com/kulturskolan', handle: null })).toBe('facebook.com/kulturskolan');
    expect(registerKey({ platform: 'x', url: 'https://twitter.com/Sjovik', handle: null })).toBe('x.com/sjovik');
    expect(registerKey({ platform: 'instagram', url: '', handle: '@Sjoviksbibliotek' })).toBe('sjoviksbibliotek');
    expect(registerKey({ platform: 'facebook', url: 'https://www.instagram.com/kulturskolan', handle: 'kulturskolan' })).toBeNull();
    expect(registerKey({ platform: 'facebook', url: 'kulturskolan', handle: null })).toBeNull();
  });
});
