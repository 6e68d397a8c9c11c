import type {
  AccountRecord, ChecklistResult, ConsentRecord, EvidenceRecord, HandledComment, IgnoredComment, LogEntry, OutboxItem,
} from '@/utils/db/records';

import { sha256HexSync } from '@/utils/evidence/sha256-sync';

// Complete records of every table for the log, backup and retention tests.

const BY = 'Anna Berg, kommunikatör';

export function logEntry(overrides: Partial<LogEntry> = {}): LogEntry {
  return {
    id: crypto.randomUUID(), at: '2026-03-10T09:00:00.000Z', by: BY, action: 'documented', platform: 'facebook',
    account: 'facebook.com/sjovikskommun', pageUrl: 'https://www.facebook.com/sjovikskommun/posts/1', commentId: 'c1',
    categories: ['prohibited.threat'], detail: 'Dokumenterad före borttagning', ...overrides,
  };
}

/** A documentation whose SHA-256 sums are its own (an import checks them), unless the test gives others. */
export function evidence(overrides: Partial<EvidenceRecord> = {}): EvidenceRecord {
  const record: EvidenceRecord = {
    id: crypto.randomUUID(), at: '2026-03-10T09:00:00.000Z', by: BY, platform: 'facebook', account: 'facebook.com/sjovikskommun',
    pageUrl: 'https://www.facebook.com/sjovikskommun/posts/1', commentId: 'c1', commentUrl: null,
    author: { name: 'Kalle Kommentar', handle: null, url: 'https://www.facebook.com/kalle' },
    text: 'Jag ska komma och hämta er', postedAt: '2026-03-10T08:55:00.000Z', categories: ['prohibited.threat'], rules: ['lex.threat.hamta'],
    recordJson: '', recordSha256: '',
    image: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 255, 128]), imageSha256: null,
    registrationNumber: null, kind: 'comment', ...overrides,
  };
  // The record says what the fields beside it show, as a documented comment's does (utils/evidence/record).
  record.recordJson = overrides.recordJson ?? JSON.stringify({
    schema: 'uppsikt.evidence/1', platform: record.platform,
    comment: { id: record.commentId, author: record.author, text: record.text, postedAt: record.postedAt },
    categories: record.categories, editor: record.by, capturedAt: record.at,
  });
  return {
    ...record,
    recordSha256: overrides.recordSha256 ?? sha256HexSync(new TextEncoder().encode(record.recordJson)),
    imageSha256: 'imageSha256' in overrides ? overrides.imageSha256 ?? null : record.image ? sha256HexSync(record.image) : null,
  };
}

export function outboxItem(evidenceId: string, overrides: Partial<OutboxItem> = {}): OutboxItem {
  return {
    id: crypto.randomUUID(), at: '2026-03-10T09:00:00.000Z', by: BY, evidenceId, transport: 'email', state: 'sent', attempts: 1,
    nextAttemptAt: 0, lastError: null, receipt: 'E-postutkast sparat', commentKey: 'facebook:c1', idempotencyKey: crypto.randomUUID(),
    ...overrides,
  };
}

export function account(overrides: Partial<AccountRecord> = {}): AccountRecord {
  return {
    id: crypto.randomUUID(), at: '2026-01-10T09:00:00.000Z', by: BY, name: 'Sjöviks kommun', platform: 'facebook',
    url: 'https://www.facebook.com/sjovikskommun', key: 'facebook.com/sjovikskommun', handle: 'sjovikskommun',
    purpose: 'Information till invånare', goals: 'Snabba svar', targetGroups: 'Invånare', responsible: 'Anna Berg',
    editors: ['Anna Berg', 'Erik Lund'], substitute: 'Erik Lund', started: '2019-05-01', status: 'active', ...overrides,
  };
}

export function consent(overrides: Partial<ConsentRecord> = {}): ConsentRecord {
  return {
    id: crypto.randomUUID(), at: '2026-02-01T09:00:00.000Z', by: BY, person: 'Lisa Ek', contact: 'lisa@example.se', account: null,
    material: 'Bild från skolavslutningen', sentAt: '2026-02-01', withdrawnAt: null, ...overrides,
  };
}

export function checklist(overrides: Partial<ChecklistResult> = {}): ChecklistResult {
  return {
    id: crypto.randomUUID(), at: '2026-02-01T09:00:00.000Z', by: BY, account: 'facebook.com/sjovikskommun', kind: 'base-information',
    presetId: 'stockholm', items: [{ id: 'who', state: 'found', evidence: 'Sjöviks kommun' }, { id: 'terms', state: 'missing', evidence: null }],
    ...overrides,
  };
}

export function handled(overrides: Partial<HandledComment> = {}): HandledComment {
  return { id: crypto.randomUUID(), at: '2026-02-02T09:00:00.000Z', by: BY, commentKey: 'facebook:c7', how: 'answered', detail: '', ...overrides };
}

export function ignored(overrides: Partial<IgnoredComment> = {}): IgnoredComment {
  return { id: crypto.randomUUID(), at: '2026-02-01T09:00:00.000Z', by: BY, commentKey: 'facebook:c9', reason: 'Citat ur en bok', ...overrides };
}
