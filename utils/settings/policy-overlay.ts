import { z } from 'zod';
import { parseSettings, settingsSchema, type Settings, type SettingsProblem } from './schema';

// The organisation's policy laid over the editor's own settings. An IT department writes the
// policy by hand (JSON in a group policy): a value that does not validate ("ftp://…" for the
// website, a negative response time) is not used, the field stays the editor's to set, and the
// problem is said (the options page shows it) instead of being locked at a default in silence.
// A setting is a field of the schema's sections: a list or a record (the registrar's headers, the
// actions per category) is one setting, set and locked whole, as the options page shows it.

export interface WithPolicy {
  settings: Settings;
  /** The fields the policy sets (and the editor cannot change). */
  locked: string[];
  /** The policy's values that were not used, and why. */
  policyProblems: SettingsProblem[];
}

const within = (path: string, other: string) => path === other || path.startsWith(`${other}.`) || other.startsWith(`${path}.`);

export function withPolicy(own: Settings, managed: Record<string, unknown> | null): WithPolicy {
  if (!managed) return { settings: own, locked: [], policyProblems: [] };
  const paths = leafPaths(managed);
  const policyProblems = parseSettings(deepMerge(own, managed)).problems.filter((p) => paths.some((path) => within(p.path, path)));
  const refused = paths.filter((path) => policyProblems.some((p) => within(p.path, path)));
  const usable = refused.reduce<unknown>((value, path) => withoutPath(value, path.split('.')), managed);
  return { settings: parseSettings(deepMerge(own, usable)).settings, locked: paths.filter((path) => !refused.includes(path)), policyProblems };
}

/** Whether `path` names a section of the settings (fields by name), rather than one setting. */
function isSection(path: string[]): boolean {
  let node: z.ZodType | undefined = settingsSchema;
  for (const key of path) {
    node = node instanceof z.ZodObject ? (node.shape as Record<string, z.ZodType>)[key] : undefined;
    if (node instanceof z.ZodOptional) node = node.unwrap() as z.ZodType;
  }
  return node instanceof z.ZodObject;
}

const isObject = (value: unknown): value is Record<string, unknown> => !!value && typeof value === 'object' && !Array.isArray(value);

function deepMerge(base: unknown, over: unknown, path: string[] = []): unknown {
  // A null from the policy is its value (and refused as one), not "leave the editor's".
  if (!isObject(over) || !isSection(path)) return over === undefined ? base : over;
  const out: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [k, v] of Object.entries(over)) out[k] = deepMerge(out[k], v, [...path, k]);
  return out;
}

/** The settings `value` sets, as paths ("registrar.headers", not one header). */
function leafPaths(value: unknown, path: string[] = []): string[] {
  if (!isObject(value) || !isSection(path)) return path.length ? [path.join('.')] : [];
  return Object.entries(value).flatMap(([k, v]) => leafPaths(v, [...path, k]));
}

/** A copy of `value` without the value at `path`. */
function withoutPath(value: unknown, path: string[]): unknown {
  if (!value || typeof value !== 'object' || Array.isArray(value) || path.length === 0) return value;
  const [key, ...rest] = path;
  const { [key]: inner, ...others } = value as Record<string, unknown>;
  return rest.length === 0 ? others : { ...others, [key]: withoutPath(inner, rest) };
}
