import { browser } from 'wxt/browser';
import { db } from '@/utils/db/app-db';
import type { EvidenceRecord, OutboxItem } from '@/utils/db/records';
import { buildEml, buildZip, describeRecord, packageFiles, withPdfSum } from '@/utils/evidence/package';
import { buildEvidencePdf } from '@/utils/evidence/pdf';
import { entryOf } from '@/utils/log/entry';
import { nextAttemptDelay, type DeliveryOutcome } from '@/utils/registrar/delivery';
import { briefError, saveDownload } from '@/utils/registrar/download';
import { postToRegistrar } from '@/utils/registrar/http';
import { editorLabel, type Settings } from '@/utils/settings/schema';
import { loadSettings } from '@/utils/settings/store';
import { reportOutboxFailure } from './outbox-failure';
import { withAccessHint } from './registrar-access';
import { forgetUnsettled, keepUnsettled, unsettledDeliveries } from './outbox-unsettled';
import { SUPPLEMENT_WAIT_MS, supplementToSend } from './supplement-delivery';
import { fileStem } from '@/utils/registrar/file-stem';
import { swedishDateTime } from '@/utils/log/time';
import { isDelivered } from '@/utils/registrar/outbox-state';
import { placeOf, transportChanged } from '@/utils/registrar/delivery-log';
import type { Result } from '@/utils/messaging';

export const OUTBOX_ALARM = 'uppsikt-outbox';
/** How soon a worker looks at a delivery another one left "sending": it may have been stopped in the middle. */
const SENDING_CHECK_MS = 60_000;
let running: Promise<void> | null = null;
/**
 * Deliveries this worker is sending now. One "sending" that is not among them was cut off when an
 * earlier worker stopped, and goes again at once (the registrar drops a repeat by its Idempotency-Key).
 */
const inFlight = new Set<string>();

/** Delivers every due item. Runs one at a time; the durable state lives in IndexedDB. A failure is shown, not thrown. */
export function processOutbox(): Promise<void> {
  running ??= drain().catch(reportOutboxFailure).finally(() => { running = null; });
  return running;
}

async function drain(): Promise<void> {
  try {
    const unsettled = await unsettledDeliveries();
    const now = Date.now();
    const cutOff = await db().outbox.where('state').equals('sending').filter((i) => !inFlight.has(i.id) && !(i.id in unsettled)).toArray();
    for (const item of cutOff) await db().outbox.update(item.id, { state: 'queued', nextAttemptAt: now });
    // Oldest first: a documentation goes before the supplements to it.
    const due = (await db().outbox.where('state').equals('queued').filter((i) => i.nextAttemptAt <= now).toArray()).sort((a, b) => a.at.localeCompare(b.at));
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

/** One attempt, the way the settings say now (IT may have moved from e-mail to HTTP since it was queued), or as `transport`. */
async function deliverOne(queued: OutboxItem, settings: Settings, transport = settings.registrar.transport): Promise<void> {
  inFlight.add(queued.id);
  try {
    await deliverOneNow(queued, settings, transport);
  } finally {
    inFlight.delete(queued.id);
  }
}

async function deliverOneNow(queued: OutboxItem, settings: Settings, transport: OutboxItem['transport']): Promise<void> {
  let evidence = await db().evidence.get(queued.evidenceId);
  if (evidence?.kind === 'supplement') {
    const ready = await supplementToSend(evidence, transport);
    if (ready.wait) {
      await db().outbox.update(queued.id, { nextAttemptAt: Date.now() + SUPPLEMENT_WAIT_MS });
      return;
    }
    evidence = ready.evidence;
  }
  const item = await startSending(queued, evidence, transport, editorLabel(settings));
  // Stopped before the answer comes, this worker leaves it "sending": the alarm wakes the next one to send it again.
  await browser.alarms.create(OUTBOX_ALARM, { when: Date.now() + SENDING_CHECK_MS }).catch(() => undefined);
  const outcome: DeliveryOutcome = evidence
    ? await deliver(item, evidence, settings).catch((error: unknown) => ({ kind: 'retry' as const, reason: briefError(error) }))
    : { kind: 'failed', reason: 'Dokumentationen saknas i databasen.' };
  try {
    await settle(item, evidence, outcome, editorLabel(settings));
  } catch (error) {
    // Delivered, but not written down: written again on the next run, not delivered twice.
    await keepUnsettled(item.id, outcome);
    throw error;
  }
}

/** Marks the item as being sent; going another way than it was queued is logged with it. */
async function startSending(item: OutboxItem, evidence: EvidenceRecord | undefined, transport: OutboxItem['transport'], by: string): Promise<OutboxItem> {
  const database = db();
  await database.transaction('rw', database.outbox, database.log, async () => {
    await database.outbox.update(item.id, { state: 'sending', nextAttemptAt: Date.now(), transport });
    if (transport === item.transport) return;
    await database.log.add(entryOf({ ...placeOf(evidence), action: 'delivery.queued', detail: transportChanged(item.transport, transport), data: { evidenceId: item.evidenceId } }, by));
  });
  return { ...item, transport };
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
  const where = placeOf(evidence);
  const database = db();
  await database.transaction('rw', database.outbox, database.evidence, database.log, async () => {
    // A file in Downloads is saved, not sent: only an HTTP receipt (or the editor's word) puts it with the registrar.
    if (outcome.kind === 'sent' || outcome.kind === 'saved') {
      const registrationNumber = outcome.kind === 'sent' ? outcome.registrationNumber : null;
      await database.outbox.update(item.id, { state: outcome.kind, attempts, lastError: null, receipt: outcome.receipt, failureLogged: null });
      if (evidence && registrationNumber) await database.evidence.update(evidence.id, { registrationNumber });
      await database.log.add(entryOf({ ...where, action: outcome.kind === 'sent' ? 'delivery.sent' : 'delivery.saved', detail: outcome.receipt ?? item.transport, data: { evidenceId: item.evidenceId, registrationNumber } }, by));
      return;
    }
    const state = outcome.kind === 'retry' ? 'queued' : outcome.kind;
    const failure = `${state}|${outcome.reason}`;
    await database.outbox.update(item.id, {
      state, attempts, lastError: outcome.reason, failureLogged: failure,
      nextAttemptAt: state === 'queued' ? Date.now() + nextAttemptDelay(attempts) : item.nextAttemptAt,
    });
    // A weekend's outage is one entry per document, not one per attempt: logged again when the state or the error changes.
    if (item.failureLogged === failure) return;
    const reason = /[.!?]$/.test(outcome.reason) ? outcome.reason : `${outcome.reason}.`;
    await database.log.add(entryOf({ ...where, action: 'delivery.failed', detail: `${reason}${AFTER_FAILURE[state]}`, data: { evidenceId: item.evidenceId } }, by));
  });
}

/** What happens next, after the reason in the log. */
const AFTER_FAILURE = { queued: ' Försöker igen automatiskt.', blocked: ' Försöker igen när åtkomsten ges.', failed: '' };

async function deliver(item: OutboxItem, evidence: EvidenceRecord, settings: Settings): Promise<DeliveryOutcome> {
  const { subject, lines } = describeRecord(evidence.recordJson, evidence.recordSha256);
  // Account documentation is always a PDF (R13); comments when the organisation or Perstorp's policy asks.
  const wantsPdf = evidence.kind === 'account' || settings.registrar.attachPdf || settings.policy.presetId === 'perstorp';
  // Dated as the record: every attempt sends the same PDF, byte for byte.
  const pdf = wantsPdf ? await buildEvidencePdf({ title: subject, image: evidence.image, lines, createdAt: evidence.at, reference: evidence.id }) : null;
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
    const eml = buildEml({ to: settings.registrar.email, from: settings.organisation.email, subject, lines: withPdfSum(lines, pdf), files });
    const saved = await saveDownload(`Uppsikt/${stamp}-${fileStem(evidence)}.eml`, 'message/rfc822', new TextEncoder().encode(eml));
    if (!saved.ok) return { kind: 'retry', reason: saved.reason };
    return { kind: 'saved', receipt: 'E-postutkast sparat i Hämtade filer: öppna det, skicka det till registrator och markera det sedan som skickat i Uppsikt.' };
  }
  const saved = await saveDownload(`Uppsikt/${stamp}-${fileStem(evidence)}.zip`, 'application/zip', buildZip(files, evidence.recordSha256, evidence.imageSha256));
  if (!saved.ok) return { kind: 'retry', reason: saved.reason };
  return { kind: 'saved', receipt: 'ZIP sparad i Hämtade filer: lämna den till registrator och markera den sedan som skickad i Uppsikt.' };
}

/** Wakes the worker when the next queued item is due, even after the browser restarts; soon for one to settle again. */
async function scheduleNext(): Promise<void> {
  const next = await db().outbox.where('state').equals('queued').sortBy('nextAttemptAt');
  const unsettled = Object.keys(await unsettledDeliveries()).length > 0;
  // One being sent gets a look soon: if this worker is stopped before it ends, the next one finds it.
  const sending = (await db().outbox.where('state').equals('sending').count()) > 0;
  const when = Math.min(next[0]?.nextAttemptAt ?? Infinity, unsettled ? Date.now() : Infinity, sending ? Date.now() + SENDING_CHECK_MS : Infinity);
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

/** The editor's "try again": due now, the settings' way, attempts kept; its outcome is logged even when it fails as before. */
export async function retryDelivery(outboxId: string): Promise<void> {
  await db().outbox.where('id').equals(outboxId).filter((item) => item.state !== 'sending' && !isDelivered(item))
    .modify({ state: 'queued', nextAttemptAt: Date.now(), failureLogged: null, heldBack: undefined });
  await processOutbox();
}

/** One delivery as an .eml draft or a ZIP, whatever the settings say (the registrar's system is down). */
export async function saveDeliveryAsFile(outboxId: string, transport: 'email' | 'download'): Promise<Result> {
  await running; // not two deliveries of one item at once
  const item = await db().outbox.get(outboxId);
  if (!item || item.state === 'sending' || isDelivered(item)) return { ok: false, reason: 'Dokumentationen är redan levererad eller skickas just nu.' };
  const { settings } = await loadSettings({ waitForPolicy: true });
  await deliverOne({ ...item, failureLogged: null }, settings, transport).catch(reportOutboxFailure);
  await scheduleNext().catch(() => undefined);
  const after = await db().outbox.get(outboxId);
  return after?.state === 'saved' ? { ok: true } : { ok: false, reason: after?.lastError ?? 'Filen kunde inte sparas i Hämtade filer.' };
}
