import { absoluteLink, isPostLink, registerKey } from '@/utils/accounts/link';
import { platformOf } from '@/utils/platform-name';
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
  text: 'Ska vara en text; fältet lämnades tomt',
  editors: 'Ska vara en lista med namn; fältet lämnades tomt',
  duplicate: 'Samma konto som ett tidigare i listan (samma adress eller användarnamn); bara det första används',
  otherPlatform: 'Adressen går till en annan plattform än den som anges',
  notAccount: 'Adressen går till ett inlägg eller en sida på plattformen, inte till ett konto',
} as const;

const TEXT_FIELDS = ['handle', 'purpose', 'responsible', 'substitute'] as const;

function problemOf(entry: unknown): string | null {
  if (!entry || typeof entry !== 'object' || Array.isArray(entry)) return ACCOUNT_PROBLEMS.notAnAccount;
  const { platform, url, handle } = entry as Record<string, unknown>;
  if (typeof platform !== 'string' || !PLATFORMS.has(platform)) return ACCOUNT_PROBLEMS.platform;
  // The address must be the platform's: a key of another site would never match the account's pages.
  if (typeof url !== 'string' || !keyOf({ platform, url, handle }) || isPostLink(url)) {
    const linked = typeof url === 'string' && url.trim() ? platformOf(absoluteLink(url)) : null;
    return linked && linked !== platform ? ACCOUNT_PROBLEMS.otherPlatform : linked ? ACCOUNT_PROBLEMS.notAccount : ACCOUNT_PROBLEMS.url;
  }
  return null;
}

/** An entry as the IT department knows it: its name, else its address. */
function nameOf(entry: unknown): string | null {
  if (!entry || typeof entry !== 'object') return typeof entry === 'string' ? entry : null;
  const { name, url } = entry as Record<string, unknown>;
  return typeof name === 'string' && name.trim() ? name : typeof url === 'string' && url.trim() ? url : null;
}

/** The register's key of an entry that has no problem. */
function keyOf(entry: Record<string, unknown>): string | null {
  return registerKey({ platform: entry.platform as ManagedAccount['platform'], url: entry.url as string, handle: typeof entry.handle === 'string' ? entry.handle : null });
}

export function policyAccounts(entries: unknown[] | null): { accounts: ManagedAccount[]; problems: SettingsProblem[] } {
  const accounts: ManagedAccount[] = [];
  const problems: SettingsProblem[] = [];
  // One account listed twice (a mobile link, a tracking parameter) would be laid in twice, each sync undoing the other.
  const keys = new Set<string>();
  (entries ?? []).forEach((entry, index) => {
    const problem = problemOf(entry);
    const key = problem ? null : keyOf(entry as Record<string, unknown>);
    const about = nameOf(entry);
    if (problem) problems.push({ path: `accounts.${index}`, message: problem, ...(about ? { about } : {}) });
    else if (keys.has(key!)) problems.push({ path: `accounts.${index}`, message: ACCOUNT_PROBLEMS.duplicate, ...(about ? { about } : {}) });
    else {
      keys.add(key!);
      accounts.push(wellTyped(entry as Record<string, unknown>, `accounts.${index}`, problems));
    }
  });
  return { accounts, problems };
}

/**
 * The account with each optional field of the wrong type left out and said: the register and the
 * overview read them as text and lists, and a number or a lone name there would break them.
 */
function wellTyped(entry: Record<string, unknown>, path: string, problems: SettingsProblem[]): ManagedAccount {
  const account = { ...entry } as unknown as ManagedAccount & Record<string, unknown>;
  account.name = typeof entry.name === 'string' && entry.name.trim() ? entry.name : (entry.url as string);
  for (const field of TEXT_FIELDS) {
    if (entry[field] === undefined || typeof entry[field] === 'string') continue;
    delete account[field];
    problems.push({ path: `${path}.${field}`, message: ACCOUNT_PROBLEMS.text });
  }
  const { editors } = entry;
  // One editor written without a list ("editors": "Anna Berg") is that one editor.
  if (typeof editors === 'string') account.editors = [editors];
  else if (editors !== undefined && !(Array.isArray(editors) && editors.every((e) => typeof e === 'string'))) {
    delete account.editors;
    problems.push({ path: `${path}.editors`, message: ACCOUNT_PROBLEMS.editors });
  }
  return account;
}
