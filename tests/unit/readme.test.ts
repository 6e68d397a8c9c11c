import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { rulesTable } from '../../scripts/lib/rules-table';
import { policyAccounts } from '@/utils/settings/policy-accounts';
import { DEFAULT_SETTINGS } from '@/utils/settings/defaults';
import { withPolicy } from '@/utils/settings/policy-overlay';

const root = path.resolve(import.meta.dirname, '../..');
const readme = readFileSync(path.join(root, 'README.md'), 'utf8');

describe('the README', () => {
  it('lists the rules exactly as the presets define them', () => {
    const listed = readme.split('<!-- rules-table:start -->')[1]?.split('<!-- rules-table:end -->')[0]?.trim();
    expect(listed).toBe(rulesTable());
  });

  it('gives IT a policy example that Chrome\'s schema passes and Uppsikt uses whole', () => {
    const example = readme.match(/```json\n(\{ "3rdparty"[\s\S]*?)```/)?.[1];
    const policy = Object.values(JSON.parse(example!)['3rdparty'].extensions)[0] as { settings: Record<string, unknown>; accounts: unknown[] };
    const { locked, policyProblems } = withPolicy(DEFAULT_SETTINGS, policy.settings);
    expect(policyProblems).toEqual([]);
    expect(policyAccounts(policy.accounts).problems).toEqual([]);
    // Every value it sets is one the managed schema names (Chrome drops the others).
    type Node = { properties?: Record<string, Node> };
    const schema = JSON.parse(readFileSync(path.join(root, 'public/managed-schema.json'), 'utf8')) as Node;
    const named = (at: string) => at.split('.').reduce<Node | undefined>((node, key) => node?.properties?.[key], schema.properties?.settings);
    expect(locked.filter((at) => !named(at))).toEqual([]);
  });
});
