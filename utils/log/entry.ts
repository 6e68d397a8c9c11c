import type { Category } from '@/rules/categories';
import type { LogEntry } from '@/utils/db/records';
import type { LogInput } from '@/utils/messaging';

/** The log entry an action makes, stamped with who did it and when (the input is already checked). */
export function entryOf(input: LogInput & { categories?: Category[] }, by: string, at = new Date()): LogEntry {
  return {
    id: crypto.randomUUID(),
    at: at.toISOString(),
    by,
    action: input.action,
    platform: input.platform ?? null,
    account: input.account ?? null,
    pageUrl: input.pageUrl ?? null,
    commentId: input.commentId ?? null,
    categories: input.categories ?? [],
    detail: input.detail ?? '',
    ...(input.data ? { data: input.data } : {}),
  };
}
