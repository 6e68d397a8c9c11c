import Dexie, { type EntityTable } from 'dexie';
import type {
  AccountRecord, ChecklistResult, ConsentRecord, EvidenceRecord, IgnoredComment, LogEntry, OutboxItem,
} from './records';

export const DB_NAME = 'uppsikt';

/** Schema version 1 as shipped. Never edit a shipped version; add a new one below. */
export const SCHEMA_V1 = {
  log: 'id, at, action, account, *categories, [account+at]',
  evidence: 'id, at, account, commentId',
  outbox: 'id, state, nextAttemptAt, evidenceId',
  accounts: 'id, &key, platform',
  consents: 'id, person, account, at',
  checklists: 'id, [account+kind], at',
};

/** Version 2: the false-alarm ignore list (filled from false alarms already logged); outbox and log by comment. */
export const SCHEMA_V2 = {
  ignored: 'id, &commentKey',
  outbox: 'id, state, nextAttemptAt, evidenceId, commentKey',
  log: 'id, at, action, account, *categories, [account+at], commentId',
};

/** The one database. Only the background and extension pages open it, never a content script. */
export class AppDB extends Dexie {
  log!: EntityTable<LogEntry, 'id'>;
  evidence!: EntityTable<EvidenceRecord, 'id'>;
  outbox!: EntityTable<OutboxItem, 'id'>;
  accounts!: EntityTable<AccountRecord, 'id'>;
  consents!: EntityTable<ConsentRecord, 'id'>;
  checklists!: EntityTable<ChecklistResult, 'id'>;
  ignored!: EntityTable<IgnoredComment, 'id'>;

  constructor(name = DB_NAME) {
    super(name);
    this.version(1).stores(SCHEMA_V1);
    this.version(2)
      .stores(SCHEMA_V2)
      .upgrade(async (tx) => {
        const alarms = await tx.table<LogEntry>('log').where('action').equals('false-alarm').sortBy('at');
        // The first false alarm for a comment gives the reason; later ones repeat it.
        const ignored = tx.table<IgnoredComment>('ignored');
        for (const entry of alarms) {
          if (!entry.commentId || !entry.platform) continue;
          const commentKey = `${entry.platform}:${entry.commentId}`;
          if (await ignored.where('commentKey').equals(commentKey).count()) continue;
          await ignored.add({ id: crypto.randomUUID(), commentKey, reason: entry.detail, by: entry.by, at: entry.at });
        }
      });
  }
}

let shared: AppDB | null = null;
export function db(): AppDB {
  shared ??= new AppDB();
  return shared;
}
