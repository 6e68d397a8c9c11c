import { browser } from 'wxt/browser';
import { db } from '@/utils/db/app-db';
import type { EvidenceRecord, LogEntry } from '@/utils/db/records';
import { buildSupplement, isSupplemented, type SupplementDocument, type SupplementOutcome } from '@/utils/evidence/supplement-record';
import { sha256Hex } from '@/utils/evidence/hash';
import { loadSettings } from '@/utils/settings/store';
import { storageFailure } from '@/utils/db/storage-failure';
import { saveAndQueue } from './capture';

/** The comment's latest record of a kind, for the documentation the registrator is most likely to have registered. */
async function latestOf(entry: LogEntry, kind: EvidenceRecord['kind'], which: (e: EvidenceRecord) => boolean = () => true): Promise<EvidenceRecord | undefined> {
  if (!entry.commentId) return undefined;
  const found = await db().evidence.where('commentId').equals(entry.commentId)
    .filter((e) => e.kind === kind && e.platform === entry.platform && which(e)).sortBy('at');
  return found.at(-1);
}

/** A police decision changed: the supplement that told the one it changes. */
async function changedPoliceDecision(entry: LogEntry): Promise<SupplementDocument | null> {
  if (!entry.action.startsWith('police-report.')) return null;
  const earlier = await latestOf(entry, 'supplement', (e) => (JSON.parse(e.recordJson) as SupplementDocument).decision.startsWith('police-report.'));
  return earlier ? JSON.parse(earlier.recordJson) as SupplementDocument : null;
}

/**
 * A removal or police decision about a documented comment goes to the registrator as a supplement to
 * its documentation, when the organisation wants it (R7, R8). The decision stands logged whatever
 * becomes of it; an undocumented comment has no record to supplement.
 */
export async function queueDecisionSupplement(entry: LogEntry): Promise<SupplementOutcome> {
  if (!isSupplemented(entry.action)) return 'none';
  try {
    const { settings } = await loadSettings({ waitForPolicy: true });
    if (!settings.registrar.sendDecisions) return 'none';
    const original = await latestOf(entry, 'comment');
    if (!original) return 'none';
    const doc: SupplementDocument = buildSupplement({
      id: crypto.randomUUID(), original, decision: { ...entry, action: entry.action }, extensionVersion: browser.runtime.getManifest().version,
      changes: await changedPoliceDecision(entry),
    });
    const json = JSON.stringify(doc, null, 2);
    const evidence: EvidenceRecord = {
      id: doc.id, at: entry.at, by: entry.by, kind: 'supplement', platform: original.platform, account: original.account,
      pageUrl: original.pageUrl, commentId: original.commentId, commentUrl: original.commentUrl, author: original.author,
      text: '', postedAt: original.postedAt, categories: original.categories, rules: [],
      recordJson: json, recordSha256: await sha256Hex(json), image: null, imageSha256: null, registrationNumber: null,
    };
    // Not under the comment's key: the removal gate reads the comment's own documentation's deliveries.
    const saved = await saveAndQueue(evidence, settings, null, null);
    return saved.ok ? { queued: saved.evidenceId } : { failed: saved.reason };
  } catch (error) {
    return { failed: `Kompletteringen till registrator kunde inte sparas i Uppsikt: ${storageFailure(error)}` };
  }
}
