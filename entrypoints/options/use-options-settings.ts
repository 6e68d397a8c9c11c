import { useEffect, useState } from 'react';
import { DEFAULT_SETTINGS, parseSettings } from '@/utils/settings/schema';
import { QUICK_MS, readManagedPolicy, watchManagedPolicy } from '@/utils/settings/managed-policy';
import { policyAccounts } from '@/utils/settings/policy-accounts';
import { withPolicy, type WithPolicy } from '@/utils/settings/policy-overlay';
import { settingsItem } from '@/utils/settings/store';

/**
 * The settings page's settings: the editor's own at once, with the organisation's policy as last
 * read (or none), and the browser's answer laid over them when it comes.
 *
 * `useSettings` (utils/ui/hooks) reads the policy as every page does: on the first start after
 * installing, with no copy of it yet, that waits for the browser's policy service, 3–8 s and up to
 * FIRST_MS. The form then said only "Läser inställningarna …" all that time. The editor's own values
 * do not need the policy; the browser's late answer rewrites the copy, which is heard here and laid
 * over the form (the App keeps the editor's edits, except where the policy now decides).
 */
export function useOptionsSettings(): WithPolicy & { loaded: boolean } {
  const [state, setState] = useState<WithPolicy & { loaded: boolean }>({ settings: DEFAULT_SETTINGS, locked: [], policyProblems: [], loaded: false });
  useEffect(() => {
    let alive = true;
    const load = () => void loadQuickly().then((next) => alive && setState({ ...next, loaded: true }));
    load();
    const unwatchOwn = settingsItem.watch(load);
    const unwatchPolicy = watchManagedPolicy(load);
    return () => {
      alive = false;
      unwatchOwn();
      unwatchPolicy();
    };
  }, []);
  return state;
}

async function loadQuickly(): Promise<WithPolicy> {
  const own = parseSettings(await settingsItem.getValue()).settings;
  // The browser's answer if it comes within a moment, otherwise the copy of the last one (or none).
  const policy = await readManagedPolicy(QUICK_MS);
  const result = withPolicy(own, policy.settings);
  return { ...result, policyProblems: [...result.policyProblems, ...policyAccounts(policy.accounts).problems] };
}
