import { db } from '@/utils/db/app-db';
import type { LogEntry } from '@/utils/db/records';

/** A false alarm also goes on the ignore list, so the same comment is not flagged again. */
export async function rememberFalseAlarm(entry: LogEntry): Promise<void> {
  if (entry.action !== 'false-alarm' || !entry.platform || !entry.commentId) return;
  const commentKey = `${entry.platform}:${entry.commentId}`;
  const existing = await db().ignored.where('commentKey').equals(commentKey).first();
  if (existing) return;
  await db().ignored.add({ id: crypto.randomUUID(), commentKey, reason: entry.detail, by: entry.by, at: entry.at });
}
