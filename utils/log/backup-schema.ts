import { z } from 'zod';
import { CATEGORIES } from '@/rules/categories';
import type {
  AccountRecord, ChecklistResult, ConsentRecord, HandledComment, IgnoredComment, LogEntry, OutboxItem,
} from '@/utils/db/records';
import { LOG_ACTIONS } from './actions';
import { BASE64_PATTERN } from './base64';

// What a backup file must look like before anything of it is written. Each schema is checked
// against the record type it fills, so a change to records.ts that the backup misses fails to compile.

export const BACKUP_FORMAT = 'uppsikt-sakerhetskopia';

const id = z.string().min(1).max(200);
const text = z.string().max(100_000);
const shortText = z.string().max(2_000);
const url = z.string().max(4_000);
const isoTime = z.iso.datetime({ error: 'Ogiltig tidpunkt (ska vara ISO 8601 i UTC)' });
const platform = z.enum(['facebook', 'instagram', 'x']);
const category = z.enum(CATEGORIES);
const who = { by: shortText, at: isoTime };

export const logEntrySchema: z.ZodType<LogEntry> = z.object({
  ...who,
  id,
  action: z.enum(LOG_ACTIONS as [LogEntry['action'], ...LogEntry['action'][]]),
  platform: platform.nullable(),
  account: shortText.nullable(),
  pageUrl: url.nullable(),
  commentId: shortText.nullable(),
  categories: z.array(category),
  detail: text,
  data: z.record(z.string().max(200), z.union([shortText, z.number(), z.boolean(), z.null()])).optional(),
});

/** Evidence as it is written in a backup: the PNG as base64 text. */
export const backupEvidenceSchema = z.object({
  ...who,
  id,
  platform,
  account: shortText.nullable(),
  pageUrl: url,
  commentId: shortText,
  commentUrl: url.nullable(),
  author: z.object({ name: shortText, handle: shortText.nullable(), url: url.nullable() }),
  text,
  postedAt: z.string().max(100).nullable(),
  categories: z.array(category),
  rules: z.array(shortText),
  recordJson: z.string().max(5_000_000),
  recordSha256: z.string().regex(/^[0-9a-f]{64}$/, 'Ogiltig SHA-256'),
  image: z.string().regex(BASE64_PATTERN, 'Bilden är inte giltig base64').nullable(),
  imageSha256: z.string().regex(/^[0-9a-f]{64}$/, 'Ogiltig SHA-256').nullable(),
  registrationNumber: shortText.nullable(),
  kind: z.enum(['comment', 'account']),
});
export type BackupEvidence = z.infer<typeof backupEvidenceSchema>;

export const outboxItemSchema: z.ZodType<OutboxItem> = z.object({
  ...who,
  id,
  evidenceId: id,
  transport: z.enum(['email', 'http', 'download']),
  state: z.enum(['queued', 'sending', 'sent', 'failed']),
  attempts: z.number().int().min(0),
  nextAttemptAt: z.number(),
  lastError: text.nullable(),
  receipt: text.nullable(),
  commentKey: shortText.nullable(),
  idempotencyKey: shortText,
});

export const accountRecordSchema: z.ZodType<AccountRecord> = z.object({
  ...who,
  id,
  name: shortText,
  platform,
  url,
  key: shortText,
  handle: shortText.nullable(),
  purpose: text,
  goals: text,
  targetGroups: text,
  responsible: shortText,
  editors: z.array(shortText),
  substitute: shortText,
  started: z.string().max(100).nullable(),
  status: z.enum(['active', 'paused', 'closed']),
  managed: z.boolean().optional(),
});

export const consentRecordSchema: z.ZodType<ConsentRecord> = z.object({
  ...who,
  id,
  person: shortText,
  contact: shortText,
  account: shortText.nullable(),
  material: text,
  sentAt: z.string().max(100),
  withdrawnAt: z.string().max(100).nullable(),
});

export const checklistResultSchema: z.ZodType<ChecklistResult> = z.object({
  ...who,
  id,
  account: shortText,
  kind: z.enum(['base-information', 'signature', 'half-year']),
  presetId: z.string().max(100),
  items: z.array(z.object({ id: shortText, state: z.enum(['found', 'missing', 'confirmed']), evidence: text.nullable() })),
});

export const ignoredCommentSchema: z.ZodType<IgnoredComment> = z.object({
  ...who,
  id,
  commentKey: shortText,
  reason: text,
});

export const handledCommentSchema: z.ZodType<HandledComment> = z.object({
  ...who,
  id,
  commentKey: shortText,
  how: z.enum(['answered', 'case-handling']),
  detail: text,
});

export const backupSchema = z.object({
  format: z.literal(BACKUP_FORMAT, { error: 'Filen är inte en säkerhetskopia från Uppsikt' }),
  version: z.literal(1, { error: 'Okänd version av säkerhetskopian' }),
  schemaVersion: z.number().int().min(1),
  exportedAt: isoTime,
  exportedBy: shortText,
  tables: z.object({
    log: z.array(logEntrySchema),
    evidence: z.array(backupEvidenceSchema),
    outbox: z.array(outboxItemSchema),
    accounts: z.array(accountRecordSchema),
    consents: z.array(consentRecordSchema),
    checklists: z.array(checklistResultSchema),
    ignored: z.array(ignoredCommentSchema),
    // Backups from before schema version 3 have no such table.
    handled: z.array(handledCommentSchema).default([]),
  }),
});
export type BackupFile = z.infer<typeof backupSchema>;
