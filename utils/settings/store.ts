import { storage } from '#imports';
import { DEFAULT_SETTINGS, parseSettings, type Settings } from './schema';

/**
 * Settings live in extension storage (local: the account register and texts outgrow sync's quota).
 * Version 1; later shapes add `migrations` here.
 */
export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

/** Settings with managed (enterprise policy) values laid over the editor's own. */
export async function loadSettings(): Promise<{ settings: Settings; locked: string[] }> {
  const own = parseSettings(await settingsItem.getValue()).settings;
  const managed = await readManaged();
  if (!managed) return { settings: own, locked: [] };
  const merged = parseSettings(deepMerge(own, managed)).settings;
  return { settings: merged, locked: leafPaths(managed) };
}

/** The account register an IT department set through policy (read-only for the editor). */
export async function loadManagedAccounts(): Promise<Array<{ name: string; platform: string; url: string; handle?: string; purpose?: string; responsible?: string; editors?: string[]; substitute?: string }>> {
  try {
    const value = await storage.getItem<unknown>('managed:accounts');
    return Array.isArray(value) ? value.filter((a) => a && typeof a === 'object' && typeof a.url === 'string' && typeof a.platform === 'string') : [];
  } catch {
    return [];
  }
}

async function readManaged(): Promise<Record<string, unknown> | null> {
  try {
    const value = await storage.getItem<Record<string, unknown>>('managed:settings');
    return value && typeof value === 'object' ? value : null;
  } catch {
    return null; // No managed storage (Firefox without policy, or no schema): nothing is locked.
  }
}

function deepMerge(base: unknown, over: unknown): unknown {
  if (!over || typeof over !== 'object' || Array.isArray(over)) return over ?? base;
  const out: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [k, v] of Object.entries(over)) out[k] = deepMerge(out[k], v);
  return out;
}

function leafPaths(value: unknown, prefix = ''): string[] {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return prefix ? [prefix] : [];
  return Object.entries(value).flatMap(([k, v]) => leafPaths(v, prefix ? `${prefix}.${k}` : k));
}
