import { storage } from '#imports';
import { DEFAULT_SETTINGS, type Settings, type SettingsProblem } from './schema';
import { readStoredSettings } from './stored-settings';
import { withPolicy, type WithPolicy } from './policy-overlay';
import { policyAccounts, type ManagedAccount } from './policy-accounts';
import { FIRST_MS, readManagedPolicy } from './managed-policy';

/**
 * Settings live in extension storage (local: the account register and texts outgrow sync's quota).
 * Version 1; later shapes add `migrations` here.
 */
export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

/** The settings as used, and the stored values that could not be (each field's default is used instead, until the editor saves). */
export interface LoadedSettings extends WithPolicy {
  storedProblems: SettingsProblem[];
}

/**
 * Settings with managed (enterprise policy) values laid over the editor's own. The policy is the
 * copy last read when the browser is slow to answer (see managed-policy), unless `waitForPolicy`:
 * documenting and delivering to the registrar wait for the browser's own answer.
 */
export async function loadSettings(options: { waitForPolicy?: boolean; policyWaitMs?: number } = {}): Promise<LoadedSettings> {
  const { settings: own, storedProblems } = readStoredSettings(await settingsItem.getValue());
  const policy = await readManagedPolicy(options.waitForPolicy ? FIRST_MS : options.policyWaitMs);
  const result = withPolicy(own, policy.settings);
  // A field the policy sets is not the editor's to correct.
  const editorsToCorrect = storedProblems.filter((problem) => !result.locked.some((path) => problem.path === path || problem.path.startsWith(`${path}.`)));
  return { ...result, policyProblems: [...result.policyProblems, ...policyAccounts(policy.accounts).problems], storedProblems: editorsToCorrect };
}

/** The account register an IT department set through policy (read-only for the editor). */
export async function loadManagedAccounts(): Promise<ManagedAccount[]> {
  return policyAccounts((await readManagedPolicy()).accounts).accounts;
}
