import { browser } from 'wxt/browser';
import { db } from '@/utils/db/app-db';
import type { EvidenceRecord, OutboxItem } from '@/utils/db/records';
import { buildEml, buildZip, describeRecord, packageFiles } from '@/utils/evidence/package';
import { buildEvidencePdf } from '@/utils/evidence/pdf';
import { entryOf } from '@/utils/log/entry';
import { nextAttemptDelay, type DeliveryOutcome } from '@/utils/registrar/delivery';
import { saveDownload } from '@/utils/registrar/download';
import { postToRegistrar } from '@/utils/registrar/http';
import { editorLabel, type Settings } from '@/utils/settings/schema';
import { loadSettings } from '@/utils/settings/store';
import { reportOutboxFailure } from './outbox-failure';
import { withAccessHint } from './registrar-access';
import { forgetUnsettled, keepUnsettled, unsettledDeliveries } from './outbox-unsettled';
import { swedishDateTime } from '@/utils/log/time';

export const OUTBOX_ALARM = 'uppsikt-outbox';
/** A delivery "sending" for longer than this was cut off (the worker stopped): try it again. */
const STALE_SENDING_MS = 2 * 60_000;
let running: Promise<void> | null = null;

/** Delivers every due item. Runs one at a time; the durable state lives in IndexedDB. A failure is shown, not thrown. */
export function processOutbox(): Promise<void> {
  running ??= drain().catch(reportOutboxFailure).finally(() => { running = null; });
  return running;
}

async function drain(): Promise<void> {
  try {
    const unsettled = await unsettledDeliveries();
    const now = Date.now();
    const stale = await db().outbox.where('state').equals('sending')
      .filter((i) => now - i.nextAttemptAt > STALE_SENDING_MS && !(i.id in unsettled)).toArray();
    for (const item of stale) await db().outbox.update(item.id, { state: 'queued' });
    const due = await db().outbox.where('state').equals('queued').filter((i) => i.nextAttemptAt <= now).toArray();
    if (due.length === 0 && Object.keys(unsettled).length === 0) return;
    // The registrar as the organisation's policy names it now: waits for the browser's answer at browser start.
    const { settings } = await loadSettings({ waitForPolicy: true });
    for (const [id, outcome] of Object.entries(unsettled)) await settleAgain(id, outcome, settings).catch(reportOutboxFailure);
    for (const item of due) await deliverOne(item, settings).catch(reportOutboxFailure);
  } finally {
    // However this run went, what still waits gets its alarm; with the outbox unreadable, a look in a minute.
    await scheduleNext().catch(() => browser.alarms.create(OUTBOX_ALARM, { delayInMinutes: 1 }));
  }
}

async function deliverOne(item: OutboxItem, settings: Settings): Promise<void> {
  await db().outbox.update(item.id, { state: 'sending', nextAttemptAt: Date.now() });
  const evidence = await db().evidence.get(item.evidenceId);
  const outcome: DeliveryOutcome = evidence
    ? await deliver(item, evidence, settings).catch((error: unknown) => ({ kind: 'retry' as const, reason: String(error) }))
    : { kind: 'failed', reason: 'Dokumentationen saknas i databasen.' };
  try {
    await settle(item, evidence, outcome, editorLabel(settings));
  } catch (error) {
    // Delivered, but not written down: written again on the next run, not delivered twice.
    await keepUnsettled(item.id, outcome);
    throw error;
  }
}

/** An outcome that could not be written before, written now unless the item has moved on. */
async function settleAgain(id: string, outcome: DeliveryOutcome, settings: Settings): Promise<void> {
  const item = await db().outbox.get(id);
  if (item?.state === 'sending') await settle(item, await db().evidence.get(item.evidenceId), outcome, editorLabel(settings));
  await forgetUnsettled(id);
}

/** The item's new state and its log entry, together: a delivery the log does not show is not settled. */
async function settle(item: OutboxItem, evidence: EvidenceRecord | undefined, outcome: DeliveryOutcome, by: string): Promise<void> {
  const attempts = item.attempts + 1;
  const where = { platform: evidence?.platform ?? null, account: evidence?.account ?? null, pageUrl: evidence?.pageUrl ?? null, commentId: evidence?.commentId ?? null, categories: evidence?.categories ?? [] };
  const database = db();
  await database.transaction('rw', database.outbox, database.evidence, database.log, async () => {
    if (outcome.kind === 'sent') {
      await database.outbox.update(item.id, { state: 'sent', attempts, lastError: null, receipt: outcome.receipt });
      if (evidence && outcome.registrationNumber) await database.evidence.update(evidence.id, { registrationNumber: outcome.registrationNumber });
      await database.log.add(entryOf({ ...where, action: item.transport === 'http' ? 'delivery.sent' : 'delivery.saved', detail: outcome.receipt ?? item.transport, data: { evidenceId: item.evidenceId, registrationNumber: outcome.registrationNumber } }, by));
      return;
    }
    const retry = outcome.kind === 'retry';
    await database.outbox.update(item.id, {
      state: retry ? 'queued' : 'failed', attempts, lastError: outcome.reason,
      nextAttemptAt: retry ? Date.now() + nextAttemptDelay(attempts) : item.nextAttemptAt,
    });
    await database.log.add(entryOf({ ...where, action: 'delivery.failed', detail: `${outcome.reason}${retry ? ' Försöker igen automatiskt.' : ''}`, data: { evidenceId: item.evidenceId } }, by));
  });
}

async function deliver(item: OutboxItem, evidence: EvidenceRecord, settings: Settings): Promise<DeliveryOutcome> {
  const { subject, lines } = describeRecord(evidence.recordJson, evidence.recordSha256);
  // Account documentation is always a PDF (R13); comments when the organisation or Perstorp's policy asks.
  const wantsPdf = evidence.kind === 'account' || settings.registrar.attachPdf || settings.policy.presetId === 'perstorp';
  const pdf = wantsPdf ? await buildEvidencePdf({ title: subject, image: evidence.image, lines }) : null;
  const files = packageFiles({ json: evidence.recordJson }, evidence.image, pdf);
  const stamp = swedishDateTime(evidence.at).slice(0, 10);
  if (item.transport === 'http') {
    if (!settings.registrar.endpoint) return { kind: 'failed', reason: 'Ingen mottagande adress för registratorn är inställd.' };
    const outcome = await postToRegistrar({
      endpoint: settings.registrar.endpoint, headers: settings.registrar.headers, idempotencyKey: item.idempotencyKey,
      recordSha256: evidence.recordSha256, files,
    });
    return withAccessHint(outcome, settings.registrar.endpoint);
  }
  if (item.transport === 'email') {
    if (!settings.registrar.email) return { kind: 'failed', reason: 'Registratorns e-postadress är inte inställd.' };
    const eml = buildEml({ to: settings.registrar.email, from: settings.organisation.email, subject, lines, files });
    const saved = await saveDownload(`Uppsikt/${stamp}-${evidence.id}.eml`, 'message/rfc822', new TextEncoder().encode(eml));
    if (!saved.ok) return { kind: 'retry', reason: saved.reason };
    return { kind: 'sent', registrationNumber: null, receipt: 'E-postutkast sparat i Hämtade filer: öppna det och skicka till registrator.' };
  }
  const saved = await saveDownload(`Uppsikt/${stamp}-${evidence.id}.zip`, 'application/zip', buildZip(files, evidence.recordSha256, evidence.imageSha256));
  if (!saved.ok) return { kind: 'retry', reason: saved.reason };
  return { kind: 'sent', registrationNumber: null, receipt: 'ZIP sparad i Hämtade filer.' };
}

/** Wakes the worker when the next queued item is due, even after the browser restarts; soon for one to settle again. */
async function scheduleNext(): Promise<void> {
  const next = await db().outbox.where('state').equals('queued').sortBy('nextAttemptAt');
  const unsettled = Object.keys(await unsettledDeliveries()).length > 0;
  const when = Math.min(next[0]?.nextAttemptAt ?? Infinity, unsettled ? Date.now() : Infinity);
  if (when === Infinity) {
    await browser.alarms.clear(OUTBOX_ALARM);
    return;
  }
  await browser.alarms.create(OUTBOX_ALARM, { when: Math.max(Date.now() + 30_000, when) });
}

/**
 * After the browser starts, everything still queued is due at once: whatever kept the registrar
 * away (no network, a server down) may be gone. Session storage is empty only after a browser start.
 */
export async function retryQueuedAfterBrowserStart(): Promise<void> {
  const seen = await browser.storage.session.get('outboxStarted').catch(() => ({ outboxStarted: true }));
  if (seen.outboxStarted) return;
  await browser.storage.session.set({ outboxStarted: true }).catch(() => undefined);
  await db().outbox.where('state').equals('queued').modify({ nextAttemptAt: Date.now() });
}

/** The editor's "try again": due now, attempts kept. */
export async function retryDelivery(outboxId: string): Promise<void> {
  await db().outbox.update(outboxId, { state: 'queued', nextAttemptAt: Date.now() });
  await processOutbox();
}
