import { browser } from 'wxt/browser';
import { db } from '@/utils/db/app-db';
import type { EvidenceRecord, OutboxItem } from '@/utils/db/records';
import { sha256Hex } from '@/utils/evidence/hash';
import { buildEvidenceDocument, serialiseRecord } from '@/utils/evidence/record';
import { sendMessage, type Result } from '@/utils/messaging';
import { editorLabel } from '@/utils/settings/schema';
import { loadSettings } from '@/utils/settings/store';
import { profileKey } from '@/rules/thread-status';
import { appendLog, storageFailure } from './log';
import { processOutbox } from './outbox';

export const NO_CAPTURE_PERMISSION =
  'Webbläsaren har inte gett Uppsikt lov att ta en skärmbild av fliken: klicka på Uppsikts knapp i verktygsfältet ' +
  '(eller högerklicka på kommentaren och välj "Dokumentera") och försök igen.';

function dataUrlBytes(dataUrl: string): Uint8Array {
  const binary = atob(dataUrl.slice(dataUrl.indexOf(',') + 1));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

/**
 * One click: the comment is scrolled into view and marked, the visible tab captured, the record
 * built and hashed, saved to IndexedDB first, then queued for the registrar.
 */
export async function documentComment(tabId: number, commentId: string | null): Promise<Result<{ evidenceId: string }>> {
  let prepared;
  try {
    prepared = await sendMessage('prepareCapture', commentId, tabId);
  } catch {
    return { ok: false, reason: 'Sidan svarar inte. Ladda om den och försök igen.' };
  }
  if (!prepared.ok) return prepared;
  const { captured } = prepared;

  let image: Uint8Array;
  try {
    const tab = await browser.tabs.get(tabId);
    image = dataUrlBytes(await browser.tabs.captureVisibleTab(tab.windowId, { format: 'png' }));
  } catch (error) {
    const message = String(error);
    return { ok: false, reason: /permission|activeTab|Cannot access|all_urls/i.test(message) ? NO_CAPTURE_PERMISSION : `Skärmbilden kunde inte tas: ${message}` };
  }

  const { settings } = await loadSettings();
  const id = crypto.randomUUID();
  const capturedAt = new Date().toISOString();
  const imageSha256 = await sha256Hex(image);
  const doc = buildEvidenceDocument({
    id, captured, editor: editorLabel(settings), capturedAt, browser: navigator.userAgent,
    extensionVersion: browser.runtime.getManifest().version, imageSha256,
  });
  const record = await serialiseRecord(doc);
  const account = profileKey(captured.account?.url) ?? captured.account?.handle ?? null;
  const commentKey = `${captured.platform}:${captured.comment.id}`;
  const evidence: EvidenceRecord = {
    id, at: capturedAt, by: doc.editor, kind: 'comment', platform: captured.platform, account, pageUrl: captured.pageUrl,
    commentId: captured.comment.id, commentUrl: captured.comment.permalink, author: captured.comment.author,
    text: captured.comment.text, postedAt: captured.comment.postedAt, categories: doc.categories, rules: doc.rules,
    recordJson: record.json, recordSha256: record.sha256, image, imageSha256, registrationNumber: null,
  };
  const outboxItem: OutboxItem = {
    id: crypto.randomUUID(), at: capturedAt, by: doc.editor, evidenceId: id, transport: settings.registrar.transport,
    state: 'queued', attempts: 0, nextAttemptAt: Date.now(), lastError: null, receipt: null, idempotencyKey: id, commentKey,
  };
  try {
    await db().transaction('rw', db().evidence, db().outbox, async () => {
      await db().evidence.add(evidence);
      await db().outbox.add(outboxItem);
    });
  } catch (error) {
    return { ok: false, reason: storageFailure(error) };
  }
  const where = { platform: captured.platform, account, pageUrl: captured.pageUrl, commentId: captured.comment.id, categories: doc.categories };
  await appendLog({ ...where, action: 'documented', detail: `SHA-256 ${record.sha256}`, data: { evidenceId: id } });
  await appendLog({ ...where, action: 'delivery.queued', detail: settings.registrar.transport, data: { evidenceId: id } });
  void processOutbox();
  return { ok: true, evidenceId: id };
}
