import type { AccountRecord } from '@/utils/db/records';

/** Every key an account's history in the log is under: its own, and those it had before its link changed. */
export const accountKeys = (account: Pick<AccountRecord, 'key' | 'formerKeys'>): string[] => [account.key, ...(account.formerKeys ?? [])];

/** The newest of some records by their time, or undefined when there is none. */
export function newest<T extends { at: string }>(records: ReadonlyArray<T | null | undefined>): T | undefined {
  return records.reduce<T | undefined>((best, record) => (record && (!best || record.at > best.at) ? record : best), undefined);
}
