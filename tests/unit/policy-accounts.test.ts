// The account register an IT department sets through policy: entries it got wrong are left out and
// said (the options page lists them), the rest go into the register.
import { describe, expect, it } from 'vitest';
import { ACCOUNT_PROBLEMS, policyAccounts } from '@/utils/settings/policy-accounts';

describe('the policy\'s account register', () => {
  it('keeps the entries Uppsikt can watch and says which it left out, and why', () => {
    const { accounts, problems } = policyAccounts([
      { name: 'Sjöviks kommun', platform: 'facebook', url: 'https://www.facebook.com/sjovikskommun' },
      { name: 'Sjöviks kommun på LinkedIn', platform: 'linkedin', url: 'https://www.linkedin.com/company/sjovik' },
      { name: 'Utan adress', platform: 'x' },
      'sjovikkommun',
      { platform: 'x', url: 'https://x.com/sjovikkommun' },
    ]);
    expect(accounts).toEqual([
      { name: 'Sjöviks kommun', platform: 'facebook', url: 'https://www.facebook.com/sjovikskommun' },
      { name: 'https://x.com/sjovikkommun', platform: 'x', url: 'https://x.com/sjovikkommun' }, // no name: its address stands for it
    ]);
    // Each named as the IT department wrote it: "account 4" alone would mean counting in a list of 300.
    expect(problems).toEqual([
      { path: 'accounts.1', message: ACCOUNT_PROBLEMS.platform, about: 'Sjöviks kommun på LinkedIn' },
      { path: 'accounts.2', message: ACCOUNT_PROBLEMS.url, about: 'Utan adress' },
      { path: 'accounts.3', message: ACCOUNT_PROBLEMS.notAnAccount, about: 'sjovikkommun' },
    ]);
  });

  it('uses an account listed twice (a mobile link, a tracking parameter, twitter.com) once, the first, and says which entries it left out', () => {
    const { accounts, problems } = policyAccounts([
      { name: 'Sundsvall förvaltning 1 🎉', platform: 'facebook', url: 'https://www.facebook.com/sundsvall1' },
      { name: 'Sundsvall X', platform: 'x', url: 'https://x.com/Sundsvall3' },
      { name: 'DUBLETT m.facebook', platform: 'facebook', url: 'https://m.facebook.com/sundsvall1?ref=bookmarks' },
      { name: 'DUBLETT twitter', platform: 'x', url: 'https://mobile.twitter.com/sundsvall3' },
    ]);
    expect(accounts.map((a) => a.name)).toEqual(['Sundsvall förvaltning 1 🎉', 'Sundsvall X']);
    expect(problems).toEqual([
      { path: 'accounts.2', message: ACCOUNT_PROBLEMS.duplicate, about: 'DUBLETT m.facebook' },
      { path: 'accounts.3', message: ACCOUNT_PROBLEMS.duplicate, about: 'DUBLETT twitter' },
    ]);
  });

  it('says when an address goes to a post rather than "give the address"', () => {
    const { problems } = policyAccounts([{ platform: 'instagram', url: 'https://www.instagram.com/p/C1a2B3c4D5e/' }]);
    expect(problems).toEqual([{ path: 'accounts.0', message: ACCOUNT_PROBLEMS.notAccount, about: 'https://www.instagram.com/p/C1a2B3c4D5e/' }]);
    const posts = policyAccounts([
      { platform: 'facebook', url: 'https://www.facebook.com/sjovikskommun/posts/1184736902214587' }, { platform: 'x', url: 'https://x.com/sjovikskommun/status/1996' },
    ]);
    expect(posts.accounts).toEqual([]);
    expect(posts.problems.map((p) => p.message)).toEqual([ACCOUNT_PROBLEMS.notAccount, ACCOUNT_PROBLEMS.notAccount]);
  });

  it('keeps an account whose optional fields have the wrong type, without those fields, and says which', () => {
    const { accounts, problems } = policyAccounts([
      { name: 'Sjöviks bibliotek', platform: 'instagram', url: 'https://www.instagram.com/sjoviksbibliotek/', purpose: 42, editors: [1, 2], responsible: 'Kultur' },
      { name: 'Sjöviks kommun', platform: 'x', url: 'https://x.com/sjovikkommun', editors: 'Anna Berg', handle: { at: 'sjovikkommun' } },
    ]);
    expect(accounts).toEqual([
      { name: 'Sjöviks bibliotek', platform: 'instagram', url: 'https://www.instagram.com/sjoviksbibliotek/', responsible: 'Kultur' },
      { name: 'Sjöviks kommun', platform: 'x', url: 'https://x.com/sjovikkommun', editors: ['Anna Berg'] },
    ]);
    expect(problems).toEqual([
      { path: 'accounts.0.purpose', message: ACCOUNT_PROBLEMS.text },
      { path: 'accounts.0.editors', message: ACCOUNT_PROBLEMS.editors },
      { path: 'accounts.1.handle', message: ACCOUNT_PROBLEMS.text },
    ]);
  });

  it('refuses an address on another platform than the entry\'s, and takes one written without https://', () => {
    const { accounts, problems } = policyAccounts([
      { name: 'Sjöviks bibliotek', platform: 'facebook', url: 'https://www.instagram.com/sjoviksbibliotek' },
      { name: 'Kulturskolan', platform: 'facebook', url: 'facebook.com/kulturskolan' },
    ]);
    expect(accounts.map((a) => a.name)).toEqual(['Kulturskolan']);
    expect(problems).toEqual([{ path: 'accounts.0', message: ACCOUNT_PROBLEMS.otherPlatform, about: 'Sjöviks bibliotek' }]);
  });

  it('is empty, with nothing to say, without a register in the policy', () => {
    expect(policyAccounts(null)).toEqual({ accounts: [], problems: [] });
  });
});
