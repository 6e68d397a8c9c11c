import type { AccountRecord } from '@/utils/db/records';

/** The fields of a register entry the IT department's policy can set (public/managed-schema.json). */
export const POLICY_FIELDS = ['name', 'platform', 'url', 'handle', 'purpose', 'responsible', 'editors', 'substitute'] as const;
export type PolicyField = typeof POLICY_FIELDS[number];

/** What the policy always sets: the account and how it is found. */
const ALWAYS_SET: readonly PolicyField[] = ['name', 'platform', 'url', 'handle'];

/** The fields a policy entry gives, locked in the form; those it leaves out (and status, start date, goals) stay the editors'. */
export const givenFields = (entry: Partial<Record<PolicyField, unknown>>): PolicyField[] =>
  POLICY_FIELDS.filter((field) => ALWAYS_SET.includes(field) || entry[field] !== undefined);

/** The fields of an entry the policy sets; an entry laid in before this was kept has them all. */
export const lockedFields = (account: Pick<AccountRecord, 'managed' | 'managedFields'>): readonly PolicyField[] =>
  (account.managed ? account.managedFields ?? POLICY_FIELDS : []);
