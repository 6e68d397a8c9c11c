import { z } from 'zod';
import { CATEGORIES } from '@/rules/categories';
import type {
  AccountRecord, ChecklistResult, ConsentRecord, HandledComment, IgnoredComment, LogEntry, OutboxItem,
} from '@/utils/db/records';
import { MAX_CAPTURED_TEXT } from '@/utils/capture-limits';
import { RECORD_JSON_LIMIT } from '@/utils/evidence/record';
import type { Result } from '@/utils/messaging';
import { REPORT_LIMITS } from '@/utils/report-limits';
import { validationErrors } from '@/utils/ui/validation-language';
import { LOG_ACTIONS } from './actions';
import { BASE64_PATTERN } from './base64';
import { POLICY_FIELDS } from '@/utils/accounts/managed-fields';

// What a backup file must look like before anything of it is written. Each schema is checked
// against the record type it fills, so a change to records.ts that the backup misses fails to compile.

export const BACKUP_FORMAT = 'uppsikt-sakerhetskopia';

/** Every table of the database, in the order a backup lists them. */
export const BACKUP_TABLES = ['log', 'evidence', 'outbox', 'accounts', 'consents', 'checklists', 'ignored', 'handled'] as const;
export type BackupTable = (typeof BACKUP_TABLES)[number];

// What documenting keeps must come back from a backup: a comment's text as long as any site's is
// read, addresses (and the account keys made of them) as long as a page report's.
const id = z.string().min(1).max(200);
/**
 * A documentation's id and its delivery's: letters, digits, '-' and '_' only (Uppsikt makes UUIDs).
 * They name the files saved in Downloads and go in the Idempotency-Key header, where a '/' would make
 * a folder and a letter outside Latin-1 would fail every delivery.
 */
const plainId = z.string().regex(/^[A-Za-z0-9_-]{1,200}$/, 'Ogiltigt id');
const text = z.string().max(MAX_CAPTURED_TEXT);
const shortText = z.string().max(2_000);
const url = z.string().max(REPORT_LIMITS.url);
const accountKey = url;
const isoTime = z.iso.datetime({ error: 'Ogiltig tidpunkt (ska vara ISO 8601 i UTC)' });
const platform = z.enum(['facebook', 'instagram', 'x']);
const category = z.enum(CATEGORIES);
const who = { by: shortText, at: isoTime };

export const logEntrySchema: z.ZodType<LogEntry> = z.object({
  ...who,
  id,
  action: z.enum(LOG_ACTIONS as [LogEntry['action'], ...LogEntry['action'][]]),
  platform: platform.nullable(),
  account: accountKey.nullable(),
  pageUrl: url.nullable(),
  commentId: shortText.nullable(),
  categories: z.array(category),
  detail: text,
  data: z.record(z.string().max(200), z.union([shortText, z.number(), z.boolean(), z.null()])).optional(),
});

/** Evidence as it is written in a backup: the PNG as base64 text. */
export const backupEvidenceSchema = z.object({
  ...who,
  id: plainId,
  platform,
  account: accountKey.nullable(),
  pageUrl: url,
  commentId: shortText,
  commentUrl: url.nullable(),
  author: z.object({ name: shortText, handle: shortText.nullable(), url: url.nullable() }),
  text,
  postedAt: z.string().max(100).nullable(),
  categories: z.array(category),
  rules: z.array(shortText),
  recordJson: z.string().max(RECORD_JSON_LIMIT),
  recordSha256: z.string().regex(/^[0-9a-f]{64}$/, 'Ogiltig SHA-256'),
  image: z.string().regex(BASE64_PATTERN, 'Bilden är inte giltig base64').nullable(),
  imageSha256: z.string().regex(/^[0-9a-f]{64}$/, 'Ogiltig SHA-256').nullable(),
  registrationNumber: shortText.nullable(),
  kind: z.enum(['comment', 'account', 'supplement']),
});
export type BackupEvidence = z.infer<typeof backupEvidenceSchema>;

export const outboxItemSchema: z.ZodType<OutboxItem> = z.object({
  ...who,
  id: plainId,
  evidenceId: plainId,
  transport: z.enum(['email', 'http', 'download']),
  state: z.enum(['queued', 'sending', 'sent', 'failed', 'saved', 'blocked']),
  attempts: z.number().int().min(0),
  nextAttemptAt: z.number(),
  lastError: text.nullable(),
  receipt: text.nullable(),
  commentKey: shortText.nullable(),
  idempotencyKey: plainId,
  confirmedBy: shortText.optional(),
  confirmedAt: isoTime.optional(),
  failureLogged: text.nullable().optional(),
  heldBack: z.boolean().optional(),
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
  closedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
  closedAt: isoTime.optional(),
  closingNote: shortText.optional(),
  managed: z.boolean().optional(),
  managedFields: z.array(z.enum(POLICY_FIELDS)).max(POLICY_FIELDS.length).optional(),
  formerKeys: z.array(accountKey).max(100).optional(),
  registeredAt: isoTime.optional(),
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
  // Since database version 4: what was sent and the answer (older backups lack them).
  kind: z.enum(['information', 'request']).optional(),
  state: z.enum(['informed', 'asked', 'given', 'refused', 'withdrawn']).optional(),
  minor: z.boolean().optional(),
  guardian: shortText.optional(),
  answeredBy: z.enum(['person', 'guardian']).nullable().optional(),
  answeredAt: z.string().max(100).nullable().optional(),
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

/** Each table's records, as a backup holds them. */
export const RECORD_SCHEMAS: Record<BackupTable, z.ZodType> = {
  log: logEntrySchema, evidence: backupEvidenceSchema, outbox: outboxItemSchema, accounts: accountRecordSchema,
  consents: consentRecordSchema, checklists: checklistResultSchema, ignored: ignoredCommentSchema, handled: handledCommentSchema,
};

export const backupHeadSchema = z.object({
  format: z.literal(BACKUP_FORMAT, { error: 'Filen är inte en säkerhetskopia från Uppsikt' }),
  version: z.literal(1, { error: 'Okänd version av säkerhetskopian' }),
  schemaVersion: z.number().int().min(1),
  exportedAt: isoTime,
  exportedBy: shortText,
});
export type BackupHeadFields = z.infer<typeof backupHeadSchema>;

const records = z.array(z.unknown());
/** The file's outline: its head, and a list per table (the records are checked part by part, where they are written). */
export const backupOutlineSchema = backupHeadSchema.extend({
  tables: z.object({
    log: records, evidence: records, outbox: records, accounts: records, consents: records, checklists: records, ignored: records,
    // Backups from before schema version 3 have no such table.
    handled: records.default([]),
  }),
});

/** A whole backup file as written. */
export type BackupFile = BackupHeadFields & {
  tables: {
    log: LogEntry[]; evidence: BackupEvidence[]; outbox: OutboxItem[]; accounts: AccountRecord[]; consents: ConsentRecord[];
    checklists: ChecklistResult[]; ignored: IgnoredComment[]; handled: HandledComment[];
  };
};

/**
 * `data` checked against `schema`, zod's own messages in Swedish (the reason is shown in a Swedish
 * sentence); the first few problems, each named by where it is in the file.
 */
export function checkBackup<T>(
  schema: z.ZodType<T>, data: unknown, where: (path: PropertyKey[]) => string = (path) => path.join('.') || 'filen',
): Result<{ value: T }> {
  const parsed = schema.safeParse(data, { error: validationErrors('sv') });
  if (parsed.success) return { ok: true, value: parsed.data };
  const issues = parsed.error.issues.slice(0, 3).map((i) => `${where(i.path)}: ${i.message}`);
  return { ok: false, reason: `Säkerhetskopian är ogiltig (${issues.join('; ')}). Inget har importerats.` };
}
