import type { AppDB } from '@/utils/db/app-db';
import type { AccountRecord } from '@/utils/db/records';
import type { PageReport } from '@/utils/report';
import { accountKey } from './register';

/**
 * The register's entry for a page's account, by its link's key or its handle, on the page's platform:
 * an account registered by handle only is found too. Rounds, documentation and the popup read it
 * the same way.
 */
export function registeredEntry(db: AppDB, report: Pick<PageReport, 'platform' | 'account'>): Promise<AccountRecord | undefined> {
  if (!report.account) return Promise.resolve(undefined);
  const keys = [accountKey(report.account), report.account.handle?.replace(/^@/, '').toLowerCase()].filter((k): k is string => Boolean(k));
  return db.accounts.where('key').anyOf(keys).filter((a) => a.platform === report.platform).first();
}
