import type { Platform } from '@/rules/snapshot';
import { db } from '@/utils/db/app-db';
import type { LogAction, LogEntry } from '@/utils/db/records';
import { logActionLabel } from '@/utils/log/actions';
import { swedishDateTime } from '@/utils/log/time';

/**
 * Steps logged for a comment that a second editor must see on the page itself, before doing them
 * again: documented for the registrar, removed, the police-report decision (R7, R8). The side panel
 * shows them by the item; the page's badge says them in its explanation.
 */
export const PAGE_STEPS: readonly LogAction[] = ['documented', 'removed', 'police-report.considered', 'police-report.made'];

/** Kinds of step: of each, the latest is said (a later police decision replaces an earlier one). */
const KIND: Partial<Record<LogAction, string>> = { documented: 'documented', removed: 'removed', 'police-report.considered': 'police', 'police-report.made': 'police' };

/** Per comment id on the platform, its steps in words ("Dokumenterad 2026-12-07 06:02 · Anna Berg"), oldest first. */
export async function stepsOn(platform: Platform, lang: 'sv' | 'en'): Promise<Record<string, string[]>> {
  const entries = await db().log.where('action').anyOf([...PAGE_STEPS]).filter((e) => e.platform === platform && Boolean(e.commentId)).toArray();
  const latest = new Map<string, LogEntry>();
  for (const entry of entries) {
    const key = `${entry.commentId}|${KIND[entry.action]}`;
    const before = latest.get(key);
    if (!before || before.at < entry.at) latest.set(key, entry);
  }
  const steps: Record<string, string[]> = {};
  for (const entry of [...latest.values()].sort((a, b) => a.at.localeCompare(b.at))) {
    (steps[entry.commentId!] ??= []).push(`${logActionLabel(entry.action, lang)} ${swedishDateTime(entry.at)} · ${entry.by}`);
  }
  return steps;
}
