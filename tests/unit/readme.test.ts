import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { rulesTable } from '../../scripts/lib/rules-table';

describe('the README', () => {
  it('lists the rules exactly as the presets define them', () => {
    const readme = readFileSync(path.resolve(import.meta.dirname, '../../README.md'), 'utf8');
    const listed = readme.split('<!-- rules-table:start -->')[1]?.split('<!-- rules-table:end -->')[0]?.trim();
    expect(listed).toBe(rulesTable());
  });
});
