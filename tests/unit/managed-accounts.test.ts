// The IT department's account register (managed policy) is laid into the database locked; an entry
// the policy no longer lists, or one a backup brought from elsewhere, is the editors' to edit again.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { AppDB } from '@/utils/db/app-db';
import { syncManagedAccounts } from '@/utils/accounts/register';
import { account } from './log-records';

const policy = [
  { name: 'Sjöviks kommun', platform: 'facebook', url: 'https://www.facebook.com/sjovikskommun', purpose: 'Information' },
  { name: 'Sjöviks kommun på X', platform: 'x', url: 'https://x.com/sjovikkommun', handle: 'sjovikkommun' },
];

describe('syncing the policy\'s account register', () => {
  it('locks what the policy lists, keeps the editors\' own entries and their fields, and releases what it no longer lists', async () => {
    const db = new AppDB(`managed-${crypto.randomUUID()}`);
    await db.accounts.bulkAdd([
      account({ purpose: 'Egen text', goals: 'Egna mål' }), // the Facebook page, entered by an editor before the policy
      account({ key: 'instagram.com/sjovikskommun', platform: 'instagram', url: 'https://www.instagram.com/sjovikskommun/', managed: true }),
      account({ key: 'facebook.com/sjovikbiblioteket', url: 'https://www.facebook.com/sjovikbiblioteket', name: 'Biblioteket' }),
    ]);
    expect(await syncManagedAccounts(db, policy)).toBe(2);
    const byKey = new Map((await db.accounts.toArray()).map((a) => [a.key, a]));
    expect(byKey.get('facebook.com/sjovikskommun')).toMatchObject({ managed: true, purpose: 'Information', goals: 'Egna mål' });
    expect(byKey.get('x.com/sjovikkommun')).toMatchObject({ managed: true, handle: 'sjovikkommun' });
    expect(byKey.get('instagram.com/sjovikskommun')?.managed).toBe(false); // no longer in the policy
    expect(byKey.get('facebook.com/sjovikbiblioteket')?.managed).toBeUndefined(); // the editors' own, untouched
    expect(byKey.size).toBe(4);
    db.close();
  });

  it('keeps what the editors set: the day a closed account closed and why, its start date, its earlier keys', async () => {
    const db = new AppDB(`managed-${crypto.randomUUID()}`);
    await db.accounts.add(account({
      status: 'closed', closedOn: '2026-06-30', closingNote: 'Meta tog bort sidan.', started: '2019-05-01', formerKeys: ['facebook.com/sjovik'],
    }));
    await syncManagedAccounts(db, policy.slice(0, 1));
    expect(await db.accounts.where('key').equals('facebook.com/sjovikskommun').first()).toMatchObject({
      status: 'closed', closedOn: '2026-06-30', closingNote: 'Meta tog bort sidan.', started: '2019-05-01', formerKeys: ['facebook.com/sjovik'],
    });
    db.close();
  });

  it('locks only the fields the policy gives, and none once it no longer lists the entry', async () => {
    const db = new AppDB(`managed-${crypto.randomUUID()}`);
    await syncManagedAccounts(db, policy);
    const byKey = async (key: string) => db.accounts.where('key').equals(key).first();
    expect((await byKey('facebook.com/sjovikskommun'))?.managedFields).toEqual(['name', 'platform', 'url', 'handle', 'purpose']);
    expect((await byKey('x.com/sjovikkommun'))?.managedFields).toEqual(['name', 'platform', 'url', 'handle']);
    await syncManagedAccounts(db, policy.slice(0, 1));
    expect(await byKey('x.com/sjovikkommun')).toMatchObject({ managed: false });
    expect((await byKey('x.com/sjovikkommun'))?.managedFields).toBeUndefined();
    db.close();
  });

  it('logs what the policy adds, changes and lets go as the policy\'s doing, and nothing when it changed nothing', async () => {
    const db = new AppDB(`managed-${crypto.randomUUID()}`);
    await syncManagedAccounts(db, policy);
    await syncManagedAccounts(db, policy); // the next browser start: the same policy
    await syncManagedAccounts(db, [{ ...policy[0], name: 'Sjöviks kommun (IT)', purpose: 'Information och dialog' }]);
    // Entries written in the same millisecond have no order between them: compared as a set.
    const log = (await db.log.toArray()).map((e) => [e.by, e.action, e.account, e.detail]).sort();
    expect(log).toEqual([
      ['IT-avdelningen (policy)', 'account.registered', 'facebook.com/sjovikskommun', 'Sjöviks kommun'],
      ['IT-avdelningen (policy)', 'account.registered', 'x.com/sjovikkommun', 'Sjöviks kommun på X'],
      ['IT-avdelningen (policy)', 'account.changed', 'facebook.com/sjovikskommun', 'Sjöviks kommun (IT): namn ”Sjöviks kommun” → ”Sjöviks kommun (IT)”; syfte ”Information” → ”Information och dialog”'],
      ['IT-avdelningen (policy)', 'account.changed', 'x.com/sjovikkommun', 'Sjöviks kommun på X: styrs inte längre av organisationens policy'],
    ].sort());
    db.close();
  });

  it('keys an address written without https:// by the account, stored as https://…', async () => {
    const db = new AppDB(`managed-${crypto.randomUUID()}`);
    await syncManagedAccounts(db, [{ name: 'Kulturskolan', platform: 'facebook', url: 'www.facebook.com/kulturskolan' }]);
    expect((await db.accounts.toArray()).map((a) => [a.url, a.key])).toEqual([['https://www.facebook.com/kulturskolan', 'facebook.com/kulturskolan']]);
    db.close();
  });
});
