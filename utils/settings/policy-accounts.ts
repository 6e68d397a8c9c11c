import { accountKey } from '@/utils/accounts/register';
import type { SettingsProblem } from './schema';

// The account register an IT department sets through policy: each entry it got wrong (no address,
// a platform Uppsikt does not watch) is left out and said, like the policy's settings.

export interface ManagedAccount {
  name: string; platform: 'facebook' | 'instagram' | 'x'; url: string; handle?: string; purpose?: string; responsible?: string; editors?: string[]; substitute?: string;
}

const PLATFORMS = new Set(['facebook', 'instagram', 'x']);

export const ACCOUNT_PROBLEMS = {
  notAnAccount: 'Ett konto anges med namn, plattform och adress',
  platform: 'Plattformen ska vara facebook, instagram eller x',
  url: 'Ange kontots adress, till exempel https://www.facebook.com/sjovikskommun',
} as const;

function problemOf(entry: unknown): string | null {
  if (!entry || typeof entry !== 'object' || Array.isArray(entry)) return ACCOUNT_PROBLEMS.notAnAccount;
  const { platform, url, handle } = entry as Record<string, unknown>;
  if (typeof platform !== 'string' || !PLATFORMS.has(platform)) return ACCOUNT_PROBLEMS.platform;
  if (typeof url !== 'string' || !accountKey({ url, handle: typeof handle === 'string' ? handle : null })) return ACCOUNT_PROBLEMS.url;
  return null;
}

export function policyAccounts(entries: unknown[] | null): { accounts: ManagedAccount[]; problems: SettingsProblem[] } {
  const accounts: ManagedAccount[] = [];
  const problems: SettingsProblem[] = [];
  (entries ?? []).forEach((entry, index) => {
    const problem = problemOf(entry);
    if (problem) problems.push({ path: `accounts.${index}`, message: problem });
    else {
      const account = entry as ManagedAccount;
      accounts.push({ ...account, name: typeof account.name === 'string' && account.name.trim() ? account.name : account.url });
    }
  });
  return { accounts, problems };
}
