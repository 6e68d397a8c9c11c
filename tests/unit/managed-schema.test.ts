// Chrome and Edge filter an extension's policy through its managed schema before the extension
// sees it: a key the schema lacks is dropped in silence, and a value of another type or outside an
// enum drops the whole policy. So the schema must name every setting, with the settings' own types.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { settingsSchema } from '@/utils/settings/schema';

interface JsonSchema {
  type?: string;
  anyOf?: JsonSchema[];
  enum?: unknown[];
  properties?: Record<string, JsonSchema>;
  propertyNames?: JsonSchema;
  additionalProperties?: JsonSchema | boolean;
  items?: JsonSchema;
}

const managed = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../public/managed-schema.json'), 'utf8')) as JsonSchema;
/** The editor's own name is each person's, not the organisation's: no policy sets it. */
const NOT_BY_POLICY = ['editor'];

/** Where the managed schema differs from what the settings accept, one line per difference. */
function differences(accepted: JsonSchema, given: JsonSchema | undefined, at: string): string[] {
  if (!given) return [`${at}: missing`];
  // "" or an address: both strings.
  const type = accepted.type ?? [...new Set(accepted.anyOf?.map((a) => a.type))].join('|');
  if (given.type !== type) return [`${at}: type ${given.type}, the settings take ${type}`];
  const found: string[] = [];
  if (accepted.enum && JSON.stringify(given.enum) !== JSON.stringify(accepted.enum)) found.push(`${at}: enum ${JSON.stringify(given.enum)}, the settings take ${JSON.stringify(accepted.enum)}`);
  if (accepted.items) found.push(...differences(accepted.items, given.items, `${at}[]`));
  const names = accepted.propertyNames?.enum as string[] | undefined;
  if (names && typeof accepted.additionalProperties === 'object') {
    // A record with named keys (the actions per category): Chrome needs each key named.
    for (const name of names) found.push(...differences(accepted.additionalProperties, given.properties?.[name], `${at}.${name}`));
  } else if (typeof accepted.additionalProperties === 'object') {
    found.push(...differences(accepted.additionalProperties, given.additionalProperties as JsonSchema | undefined, `${at}.*`));
  }
  for (const [key, value] of Object.entries(accepted.properties ?? {})) {
    if (!NOT_BY_POLICY.includes(`${at}.${key}`.replace(/^settings\./, ''))) found.push(...differences(value, given.properties?.[key], `${at}.${key}`));
  }
  const known = new Set([...Object.keys(accepted.properties ?? {}), ...names ?? []]);
  for (const key of Object.keys(given.properties ?? {})) if (!known.has(key)) found.push(`${at}.${key}: not a setting`);
  return found;
}

describe('the managed schema (Chrome and Edge policy)', () => {
  it('names every setting an organisation can set, with the type and values the settings accept', () => {
    const accepted = z.toJSONSchema(settingsSchema, { io: 'input' }) as JsonSchema;
    expect(differences(accepted, managed.properties?.settings, 'settings')).toEqual([]);
  });

  it('uses only what Chrome\'s schema reader knows, or Chrome refuses to load the extension', () => {
    const KNOWN = new Set(['type', 'title', 'description', 'properties', 'additionalProperties', 'items', 'enum']);
    const unknown: string[] = [];
    const walk = (node: JsonSchema, at: string) => {
      for (const key of Object.keys(node)) if (!KNOWN.has(key)) unknown.push(`${at}: ${key}`);
      for (const [name, child] of Object.entries(node.properties ?? {})) walk(child, `${at}.${name}`);
      if (node.items) walk(node.items, `${at}[]`);
      if (typeof node.additionalProperties === 'object') walk(node.additionalProperties, `${at}.*`);
    };
    walk(managed, 'schema');
    expect(unknown).toEqual([]);
  });
});
