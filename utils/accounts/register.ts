import type { Preset } from '@/rules/presets';
import type { AuthorRef, Platform } from '@/rules/snapshot';
import { profileKey } from '@/rules/thread-status';
import type { AppDB } from '@/utils/db/app-db';
import type { AccountRecord } from '@/utils/db/records';
import { PLATFORM_NAMES, platformOf } from '@/utils/platform-name';
import { REGISTER_STRINGS } from '@/utils/ui/register-strings';
import type { Lang } from '@/utils/ui/strings';
import { absoluteLink, isPostLink, registerKey } from './link';
import { accountChanges } from './changes';
import { givenFields } from './managed-fields';
import { entryOf } from '@/utils/log/entry';

/** A register entry's fields before anything is known: what a policy entry leaves out starts here. */
export const emptyEntry = (): Omit<AccountRecord, 'id' | 'by' | 'at' | 'name' | 'platform' | 'url' | 'key' | 'handle'> => ({
  purpose: '', goals: '', targetGroups: '', responsible: '', editors: [], substitute: '', started: null, status: 'active',
});

/** The key an account is found by: its profile URL reduced (see profileKey), else its handle. */
export function accountKey(account: Pick<AuthorRef, 'url' | 'handle'>): string | null {
  return profileKey(account.url) ?? (account.handle ? account.handle.replace(/^@/, '').toLowerCase() : null);
}

/** Adds the account a page shows to the register (one click in the popup); an existing entry is returned as is. */
export async function registerAccount(db: AppDB, platform: Platform, account: AuthorRef, editor: string): Promise<{ record: AccountRecord; added: boolean }> {
  const key = registerKey({ platform, url: account.url, handle: account.handle });
  if (!key) throw new Error('Kontot har ingen adress eller användarnamn att känna igen det på.');
  const existing = await db.accounts.where('key').equals(key).first();
  if (existing) return { record: existing, added: false };
  const now = new Date().toISOString();
  const record: AccountRecord = {
    ...emptyEntry(), id: crypto.randomUUID(), by: editor, at: now, registeredAt: now, name: account.name || account.handle || key, platform,
    url: account.url ?? '', key, handle: account.handle,
  };
  await db.accounts.add(record);
  return { record, added: true };
}

/** What the policy asks of the register entry that is not there (R15–R17, Helsingborg's two editors). */
export function accountWarnings(account: AccountRecord, preset: Preset, lang: Lang = 'sv'): string[] {
  const t = REGISTER_STRINGS[lang].warnings;
  const warnings: string[] = [];
  const editors = account.editors.filter((e) => e.trim()).length;
  if (editors < preset.minEditorsPerAccount) warnings.push(t.editors(preset.name, preset.minEditorsPerAccount, editors));
  if (preset.substituteRequired && !account.substitute.trim()) warnings.push(t.substitute);
  if (!account.responsible.trim()) warnings.push(t.responsible);
  if (!account.purpose.trim()) warnings.push(t.purpose);
  // R15: the report tells the newly started accounts, by their start date.
  if (preset.registerReportMonths.length > 0 && !account.started) warnings.push(t.started);
  return warnings;
}

/** A calendar date written YYYY-MM-DD that exists (not 2024-02-31). */
export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** An account's address as the messages show one. */
const ACCOUNT_EXAMPLES: Record<Platform, string> = {
  facebook: 'https://www.facebook.com/sjovikskommun', instagram: 'https://www.instagram.com/sjovikskommun', x: 'https://x.com/sjovikskommun',
};

/**
 * Why a register entry cannot be saved as written, in the interface's language; null when it can.
 * The link must go to the chosen platform ("Facebook" with an instagram.com link is refused), and the
 * start date must be a real date.
 */
export function accountProblem(account: Pick<AccountRecord, 'platform' | 'url' | 'started'>, lang: Lang = 'sv'): { field: 'url' | 'started'; message: string } | null {
  const t = REGISTER_STRINGS[lang].problems;
  const url = account.url.trim();
  if (url) {
    const platform = PLATFORM_NAMES[account.platform];
    const linked = platformOf(absoluteLink(url));
    if (linked && linked !== account.platform) return { field: 'url', message: t.linkPlatform(PLATFORM_NAMES[linked], platform) };
    if (!linked) return { field: 'url', message: t.linkNotPlatform(platform) };
    if (isPostLink(url) || !registerKey({ platform: account.platform, url: absoluteLink(url), handle: null })) return { field: 'url', message: t.notAccount(platform, ACCOUNT_EXAMPLES[account.platform]) };
  }
  const started = account.started?.trim();
  if (started && !isCalendarDate(started)) return { field: 'started', message: t.started(started) };
  return null;
}

/** The handle a key ends in: "instagram.com/kulturhuset" and "kulturhuset" are one account. */
const handleOf = (key: string) => key.slice(key.lastIndexOf('/') + 1);

/**
 * Another entry on the same platform for the same handle, one keyed by its link and the other by its handle
 * alone: both were kept, and the rounds went to one while the other stayed overdue.
 */
function sameHandle(db: AppDB, account: Pick<AccountRecord, 'id' | 'platform'>, key: string): Promise<AccountRecord | undefined> {
  // Only a link against a bare handle: two links ending alike ("facebook.com/groups/x", "facebook.com/x") are two accounts.
  const linked = key.includes('/');
  return db.accounts.where('platform').equals(account.platform)
    .filter((other) => other.id !== account.id && (linked ? other.key === handleOf(key) : other.key.includes('/') && handleOf(other.key) === key)).first();
}

/** Saves an edited register entry with its link made absolute, stamped with who and when; returns what was saved. */
export async function saveAccount(db: AppDB, account: AccountRecord, editor: string): Promise<AccountRecord> {
  const problem = accountProblem(account);
  if (problem) throw new Error(problem.message);
  const url = absoluteLink(account.url);
  const key = registerKey({ ...account, url });
  if (!key) throw new Error('Ange kontots adress (https://…) eller användarnamn.');
  const clash = await db.accounts.where('key').equals(key).first() ?? await sameHandle(db, account, key);
  if (clash && clash.id !== account.id) throw new Error(`${clash.name} finns redan i registret med samma adress.`);
  // A new link (the page was renamed) keeps the old key beside the new: the rounds and documentation logged under it stay the account's.
  const before = await db.accounts.get(account.id);
  const formerKeys = [...new Set([...(before?.formerKeys ?? account.formerKeys ?? []), ...(before && before.key !== key ? [before.key] : [])])].filter((k) => k !== key);
  const now = new Date().toISOString();
  // When it came into the register stays as it was; an account saved for the first time comes in now.
  const registeredAt = before ? before.registeredAt : now;
  const saved: AccountRecord = { ...account, url, key, by: editor, at: now, ...(formerKeys.length ? { formerKeys } : {}), ...(registeredAt ? { registeredAt } : {}) };
  if (!formerKeys.length) delete saved.formerKeys;
  if (!registeredAt) delete saved.registeredAt;
  await db.accounts.put(saved);
  return saved;
}

/** Who the log names for what the organisation's policy changed in the register. */
export const POLICY_EDITOR = 'IT-avdelningen (policy)';

/**
 * Lays the IT department's register (managed policy) into the database, locked; editors' own entries
 * stay. What it adds or changes is logged as the policy's doing (R16: who changed what, and when).
 */
export async function syncManagedAccounts(db: AppDB, managed: Array<{ name: string; platform: string; url: string; handle?: string; purpose?: string; responsible?: string; editors?: string[]; substitute?: string }>): Promise<number> {
  return db.transaction('rw', db.accounts, db.log, () => laidIn(db, managed));
}

async function laidIn(db: AppDB, managed: Parameters<typeof syncManagedAccounts>[1]): Promise<number> {
  let count = 0;
  const policyKeys = new Set<string>();
  for (const entry of managed) {
    if (entry.platform !== 'facebook' && entry.platform !== 'instagram' && entry.platform !== 'x') continue;
    const url = absoluteLink(entry.url);
    const key = registerKey({ platform: entry.platform, url, handle: entry.handle ?? null });
    if (!key) continue;
    policyKeys.add(key);
    const existing = await db.accounts.where('key').equals(key).first();
    // What the editors keep is kept: status, start date, goals, the day it closed and why, the keys it had before.
    const record: AccountRecord = {
      ...emptyEntry(), ...existing,
      id: existing?.id ?? crypto.randomUUID(), by: POLICY_EDITOR, at: new Date().toISOString(), name: entry.name,
      ...(existing ? {} : { registeredAt: new Date().toISOString() }),
      platform: entry.platform, url, key, handle: entry.handle ?? null, purpose: entry.purpose ?? existing?.purpose ?? '',
      responsible: entry.responsible ?? existing?.responsible ?? '',
      editors: entry.editors ?? existing?.editors ?? [], substitute: entry.substitute ?? existing?.substitute ?? '',
      managed: true, managedFields: givenFields(entry),
    };
    await db.accounts.put(record);
    const changes = existing ? accountChanges(existing, record) : null;
    if (!existing || changes) {
      const action = existing ? 'account.changed' : 'account.registered';
      await db.log.add(entryOf({ action, platform: record.platform, account: key, detail: changes ? `${record.name}: ${changes}` : record.name }, POLICY_EDITOR));
    }
    count++;
  }
  // An entry the policy no longer lists (or one restored from another organisation's backup) is the editors' again.
  const released = await db.accounts.filter((a) => a.managed === true && !policyKeys.has(a.key)).toArray();
  for (const account of released) {
    await db.accounts.update(account.id, { managed: false, managedFields: undefined });
    await db.log.add(entryOf({ action: 'account.changed', platform: account.platform, account: account.key, detail: `${account.name}: styrs inte längre av organisationens policy` }, POLICY_EDITOR));
  }
  return count;
}
