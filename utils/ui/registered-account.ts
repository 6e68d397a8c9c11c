import { useLiveQuery } from 'dexie-react-hooks';
import { accountKeys } from '@/utils/accounts/keys';
import { accountKey } from '@/utils/accounts/register';
import { registeredEntry } from '@/utils/accounts/registered';
import { db } from '@/utils/db/app-db';
import type { AccountRecord } from '@/utils/db/records';
import type { PageReport } from '@/utils/report';

export interface PageAccount {
  /** The register's entry for the page's account, when it has one (undefined while it is read). */
  registered: AccountRecord | undefined;
  /** The key what is done on this page is saved under: the register's, else the page's own. */
  key: string | null;
  /** Every key the account's history is under: the register's key and those it had before its link changed. */
  keys: string[];
}

/**
 * The page's account as the background and the overview know it. Found by link or handle, so an
 * account registered by handle only, or whose link changed, keeps one history: a check saved in
 * the popup under the page's own key was never seen by the overview, which reads the register's.
 */
export function usePageAccount(report: Pick<PageReport, 'platform' | 'account'> | null | undefined): PageAccount {
  const pageKey = report?.account ? accountKey(report.account) : null;
  const registered = useLiveQuery(
    () => (report ? registeredEntry(db(), report) : Promise.resolve(undefined)),
    [report?.platform, pageKey, report?.account?.handle],
  );
  const key = registered?.key ?? pageKey;
  return { registered, key, keys: registered ? accountKeys(registered) : pageKey ? [pageKey] : [] };
}
