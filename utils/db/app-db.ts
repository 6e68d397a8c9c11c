import Dexie, { type EntityTable, type Transaction } from 'dexie';
import type {
  AccountRecord, ChecklistResult, ConsentRecord, EvidenceRecord, HandledComment, IgnoredComment, LogAction, LogEntry, OutboxItem,
} from './records';
import { HANDLING_ACTIONS } from '@/utils/log/actions';
import { registerKey, repairedEntry } from '@/utils/accounts/link';

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

/** Version 3: comments handled outside their thread (filled from answers and case handling already logged). */
export const SCHEMA_V3 = {
  handled: 'id, &commentKey',
};

/** Version 4: no new index; each consent gets its state (the request is not a consent until it is answered). */
export const SCHEMA_V4 = {};

/** Version 5: no new index; register entries saved with a link without https:// get their key mended. */
export const SCHEMA_V5 = {};

/** Version 6: no new index; register entries keyed before a keying rule changed get today's key (a Facebook /p/ page was "facebook.com/p"). */
export const SCHEMA_V6 = {};

/**
 * Version 7: the log by action, account and time, so each account's latest round is one look-up
 * (the overview read every round ever logged: 800 accounts at three rounds a day is a million in two years).
 */
export const SCHEMA_V7 = {
  log: 'id, at, action, account, *categories, [account+at], commentId, [action+account+at]',
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
  handled!: EntityTable<HandledComment, 'id'>;

  constructor(name = DB_NAME) {
    super(name);
    this.version(1).stores(SCHEMA_V1);
    this.version(2)
      .stores(SCHEMA_V2)
      .upgrade(async (tx) => {
        // The first false alarm for a comment gives the reason; later ones repeat it.
        await fromLog(tx, ['false-alarm'], 'ignored', (entry, commentKey) => ({
          id: crypto.randomUUID(), commentKey, reason: entry.detail, by: entry.by, at: entry.at,
        }));
      });
    this.version(3)
      .stores(SCHEMA_V3)
      .upgrade(async (tx) => {
        await fromLog(tx, [...HANDLING_ACTIONS], 'handled', (entry, commentKey) => ({
          id: crypto.randomUUID(), commentKey, how: entry.action as HandledComment['how'], detail: entry.detail, by: entry.by, at: entry.at,
        }));
      });
    this.version(4)
      .stores(SCHEMA_V4)
      .upgrade(async (tx) => {
        // Before version 4 a record said only "information or consent request sent": whether consent was
        // given is not known, so it waits for an answer the editor can now record; a withdrawn one stays so.
        await tx.table<ConsentRecord>('consents').toCollection().modify((consent) => {
          if (consent.state) return;
          consent.state = consent.withdrawnAt ? 'withdrawn' : 'asked';
        });
      });
    this.version(5)
      .stores(SCHEMA_V5)
      .upgrade(async (tx) => {
        // "facebook.com/x" was keyed "invalid.example/facebook.com".
        await mendAccounts(tx, repairedEntry);
      });
    this.version(6)
      .stores(SCHEMA_V6)
      .upgrade(async (tx) => {
        // Every page at /p/<Name>-<id>/ shared the key "facebook.com/p": each gets its own.
        await mendAccounts(tx, keyedAnew);
      });
    this.version(7).stores(SCHEMA_V7);
    // Every Facebook group shared the key "facebook.com/groups", every /people/ page "facebook.com/people": each gets its own.
    this.version(8).stores(SCHEMA_V7).upgrade((tx) => mendAccounts(tx, keyedAnew));
  }
}

/** An entry's key as the rules key its link today (null: unchanged). */
function keyedAnew(account: AccountRecord): { key: string } | null {
  const key = registerKey(account);
  return key && key !== account.key ? { key } : null;
}

/**
 * Register entries given a mended link or key by `mend` (null: sound). A mended key already taken
 * (the same account entered twice) is left as it was, rather than fail the whole upgrade on the
 * unique index: the first entry to claim a key keeps it.
 */
async function mendAccounts(tx: Transaction, mend: (account: AccountRecord) => { url?: string; key: string } | null): Promise<void> {
  const accounts = tx.table<AccountRecord>('accounts');
  const all = await accounts.toArray();
  const taken = new Set(all.map((a) => a.key));
  for (const account of all) {
    const mended = mend(account);
    if (!mended || taken.has(mended.key)) continue;
    taken.add(mended.key);
    await accounts.update(account.id, mended);
  }
}

/** One record per comment in `table` from the log's entries of `actions`, the earliest first. */
async function fromLog<T extends { commentKey: string }>(
  tx: Transaction, actions: LogAction[], table: string, toRecord: (entry: LogEntry, commentKey: string) => T,
): Promise<void> {
  const entries = await tx.table<LogEntry>('log').where('action').anyOf(actions).sortBy('at');
  const target = tx.table<T>(table);
  for (const entry of entries) {
    if (!entry.commentId || !entry.platform) continue;
    const commentKey = `${entry.platform}:${entry.commentId}`;
    if (await target.where('commentKey').equals(commentKey).count()) continue;
    await target.add(toRecord(entry, commentKey));
  }
}

let shared: AppDB | null = null;
export function db(): AppDB {
  // Dexie does not open again a connection whose opening failed (a full disk: "UnknownError"), and every use
  // after it failed as well, until the extension restarted: a new connection is tried, so freeing space is enough.
  if (shared?.hasFailed()) {
    shared.close();
    shared = null;
  }
  shared ??= new AppDB();
  return shared;
}
