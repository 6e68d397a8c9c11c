import { z } from 'zod';
import { CATEGORIES } from '@/rules/categories';
import type { TimePrecision } from '@/rules/snapshot';
import { ITEMS_PER_PART, MAX_PARTS, OWN_COMMENTS_PER_PART, type ReportDelta, type ReportPart } from '@/utils/report-delta';
import type { Result } from '@/utils/messaging';
import { REPORT_LIMITS } from '@/utils/report-limits';

// A page report comes from a content script running on a third-party site: untrusted input.
const text = (max: number) => z.string().max(max);
// Every precision named (a Record must have them all): one added to rules/snapshot is not refused unseen.
const PRECISIONS: Record<TimePrecision, true> = { exact: true, clock: true, date: true, minute: true, hour: true, day: true, week: true, month: true, year: true };
const id = text(REPORT_LIMITS.id);
const url = text(REPORT_LIMITS.url);
const time = text(REPORT_LIMITS.time);
const commentText = text(REPORT_LIMITS.commentText);
const author = z.object({ name: text(REPORT_LIMITS.authorName), handle: text(REPORT_LIMITS.handle).nullable(), url: url.nullable() });
const item = z.object({
  commentId: id, author: author.pick({ name: true, handle: true }), text: commentText, status: z.enum(['own', 'answered', 'unanswered', 'unknown']),
  ageOfficeHours: z.number().nullable(), due: z.enum(['ok', 'soon', 'overdue']).nullable(),
  group: z.enum(['act-now', 'unanswered', 'case', 'review']), categories: z.array(z.enum(CATEGORIES)).max(CATEGORIES.length),
  action: z.enum(['answer', 'case-handling', 'document-remove', 'police-report', 'review']), followUps: z.array(z.enum(['case-handling', 'answer'])).max(2),
  truncated: z.boolean(),
  // How long the text read is, and whether it reached the reading limit; absent from older content scripts.
  textLength: z.number().int().min(0).optional(), longerThanRead: z.boolean().optional(),
  postedAt: time.nullable(),
  // What the page showed ("3 d"), so the panel says the time no more precisely; absent from older content scripts.
  postedShown: z.object({ label: text(REPORT_LIMITS.timeLabel), precision: z.enum(Object.keys(PRECISIONS) as [TimePrecision, ...TimePrecision[]]) }).nullable().optional(),
});
const comment = z.object({
  id, parentId: id.nullable(), author, text: commentText, truncated: z.boolean(), postedAt: time.nullable(),
  edited: z.boolean(), hiddenReplies: z.boolean(), permalink: url.nullable(),
});
const head = z.object({
  platform: z.enum(['facebook', 'instagram', 'x']), pageKind: z.enum(['post', 'profile', 'timeline', 'status', 'unknown']),
  url, scannedAt: time, account: author.nullable(), pageOwner: author.nullable(), accountSource: z.enum(['editor', 'register', 'page', 'none']),
  commentCount: z.number().int().min(0), truncatedCount: z.number().int().min(0), hiddenComments: z.boolean(), repliesHiddenByAuthor: z.boolean().optional(), offPageCount: z.number().int().min(0), profileText: text(REPORT_LIMITS.profileText).nullable(), bioText: text(REPORT_LIMITS.bioText).nullable().optional(), followersShown: text(REPORT_LIMITS.followersShown).optional(),
  recentPostTimes: z.array(time).max(REPORT_LIMITS.recentPostTimes), misses: z.array(z.object({ part: text(REPORT_LIMITS.missPart), detail: text(REPORT_LIMITS.missDetail) })).max(REPORT_LIMITS.misses),
  decisionsUnread: z.boolean().optional(),
});
const MAX_ITEMS = 20_000;
// Only what changed is checked: a delta of a few items costs little, however long the thread.
const deltaSchema = z.object({
  scan: z.number().int(), base: z.number().int().nullable(), head, ownComments: z.array(comment).max(500).optional(),
  order: z.array(id).max(MAX_ITEMS).optional(), removed: z.array(id).max(MAX_ITEMS).optional(),
  items: z.array(item).max(MAX_ITEMS), anchors: z.array(id.nullable()).max(MAX_ITEMS).optional(),
});

// Each part as it comes, before it is held for the rest: what a page sends, no more (utils/report-delta).
// The head, the order and the removed ids are checked with the whole delta.
const partSchema = z.object({
  scan: z.number().int(), base: z.number().int().nullable(), index: z.number().int().min(0), parts: z.number().int().min(1).max(MAX_PARTS),
  items: z.array(item).max(ITEMS_PER_PART), anchors: z.array(id.nullable()).max(ITEMS_PER_PART).optional(),
  ownComments: z.array(comment).max(OWN_COMMENTS_PER_PART).optional(),
}).refine((part) => part.index < part.parts, { message: 'index is not below parts', path: ['index'] });

/** Why a part of a page's report is refused as it comes; null when it may be held until the rest come. */
export function reportPartProblem(input: ReportPart): string | null {
  const parsed = partSchema.safeParse(input);
  return parsed.success ? null : `Ogiltig sidrapport: ${parsed.error.issues[0]?.path.join('.')} ${parsed.error.issues[0]?.message}`;
}

export function validateReportDelta(input: ReportDelta): Result<{ delta: ReportDelta }> {
  const parsed = deltaSchema.safeParse(input);
  if (!parsed.success) return { ok: false, reason: `Ogiltig sidrapport: ${parsed.error.issues[0]?.path.join('.')} ${parsed.error.issues[0]?.message}` };
  return { ok: true, delta: parsed.data };
}
