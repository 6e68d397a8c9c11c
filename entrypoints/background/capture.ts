import { browser } from 'wxt/browser';
import { db } from '@/utils/db/app-db';
import type { EvidenceRecord, LogAction, OutboxItem } from '@/utils/db/records';
import type { Result } from '@/utils/messaging';
import { editorLabel, type Settings } from '@/utils/settings/schema';
import { loadSettings } from '@/utils/settings/store';
import { sha256Hex } from '@/utils/evidence/hash';
import { entryOf } from '@/utils/log/entry';
import { SETTINGS_STRINGS } from '@/utils/ui/settings-strings';
import { processOutbox } from './outbox';
import { saveToDownloads } from './save-to-downloads';
import { placeOf } from '@/utils/registrar/delivery-log';

export const NO_CAPTURE_PERMISSION =
  'Webbläsaren har inte gett Uppsikt lov att ta en skärmbild av fliken: klicka på Uppsikts knapp i verktygsfältet ' +
  '(eller högerklicka på kommentaren och välj "Dokumentera") och försök igen.';

export const NOT_SHOWN = 'Fliken som skulle fotograferas visades inte när skärmbilden skulle tas. Gå tillbaka till fliken och dokumentera igen.';

export const TAB_CLOSED = 'Fliken stängdes innan skärmbilden togs; inget sparades.';

/** How Chrome ("No tab with id: 875323639.") and Firefox ("Invalid tab ID: 12") say the tab is gone. */
const GONE = /No tab with id|Invalid tab ID/i;

/** The visible part of a tab as PNG bytes; needs activeTab (toolbar, context menu or shortcut). */
export async function captureTab(tabId: number): Promise<Result<{ image: Uint8Array }>> {
  try {
    // The browser photographs the window's active tab, whichever it is: the comment's tab must be
    // it before and after, or the record would hold another page (the editor switched tabs meanwhile).
    // Such a picture is dropped unseen; a missing permission is said first, as it needs another step.
    const tab = await browser.tabs.get(tabId);
    const dataUrl = await browser.tabs.captureVisibleTab(tab.windowId, { format: 'png' });
    const after = await browser.tabs.get(tabId);
    if (!tab.active || !after.active || after.url !== tab.url) return { ok: false, reason: NOT_SHOWN };
    const binary = atob(dataUrl.slice(dataUrl.indexOf(',') + 1));
    return { ok: true, image: Uint8Array.from(binary, (c) => c.charCodeAt(0)) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (GONE.test(message)) return { ok: false, reason: TAB_CLOSED };
    return { ok: false, reason: /permission|activeTab|Cannot access|all_urls/i.test(message) ? NO_CAPTURE_PERMISSION : `Skärmbilden kunde inte tas: ${message}` };
  }
}

/** Who, when, where and with what a piece of documentation was made: the same for comments and accounts. */
export async function documentationStamp(image: Uint8Array) {
  // Which registrar and how: the organisation's policy as the browser gives it, not a copy (see managed-policy).
  const { settings } = await loadSettings({ waitForPolicy: true });
  return {
    settings, id: crypto.randomUUID(), capturedAt: new Date().toISOString(), imageSha256: await sha256Hex(image),
    editor: editorLabel(settings), browser: navigator.userAgent, extensionVersion: browser.runtime.getManifest().version,
  };
}

/**
 * Saves the documentation, its place in the outbox and its log entries in one transaction, then hands
 * it to the outbox. `action` is the entry that says it was made (a supplement's decision is logged already).
 */
export async function saveAndQueue(
  evidence: EvidenceRecord, settings: Settings, commentKey: string | null, action: LogAction | null, data: Record<string, string> = {},
): Promise<Result<{ evidenceId: string }>> {
  const outboxItem: OutboxItem = {
    id: crypto.randomUUID(), at: evidence.at, by: evidence.by, evidenceId: evidence.id, transport: settings.registrar.transport,
    state: 'queued', attempts: 0, nextAttemptAt: Date.now(), lastError: null, receipt: null, idempotencyKey: evidence.id, commentKey,
  };
  const where = placeOf(evidence);
  // How it goes, in the words of the settings (the log is kept in Swedish), not the setting's id.
  const how = SETTINGS_STRINGS.sv.transports[settings.registrar.transport];
  // Documentation the log does not show would be a record nobody can account for: all of it or nothing.
  const entries = [
    ...(action ? [entryOf({ ...where, action, detail: `SHA-256 ${evidence.recordSha256}`, data: { ...data, evidenceId: evidence.id } }, evidence.by)] : []),
    entryOf({ ...where, action: 'delivery.queued', detail: evidence.kind === 'supplement' ? `Komplettering: ${how}` : how, data: { evidenceId: evidence.id } }, evidence.by),
  ];
  const database = db();
  try {
    await database.transaction('rw', database.evidence, database.outbox, database.log, async () => {
      await database.evidence.add(evidence);
      await database.outbox.add(outboxItem);
      await database.log.bulkAdd(entries);
    });
  } catch (error) {
    // Not kept in Uppsikt: the package goes to the browser's downloads rather than being lost.
    return { ok: false, reason: await saveToDownloads(evidence, error) };
  }
  void processOutbox();
  return { ok: true, evidenceId: evidence.id };
}
