import { browser } from 'wxt/browser';
import { db } from '@/utils/db/app-db';
import type { EvidenceRecord, OutboxItem } from '@/utils/db/records';
import { buildEml, buildZip, describeRecord, packageFiles } from '@/utils/evidence/package';
import { buildEvidencePdf } from '@/utils/evidence/pdf';
import { nextAttemptDelay, type DeliveryOutcome } from '@/utils/registrar/delivery';
import { postToRegistrar } from '@/utils/registrar/http';
import type { Settings } from '@/utils/settings/schema';
import { loadSettings } from '@/utils/settings/store';
import { appendLog } from './log';

export const OUTBOX_ALARM = 'uppsikt-outbox';
/** A delivery "sending" for longer than this was cut off (the worker stopped): try it again. */
const STALE_SENDING_MS = 2 * 60_000;
let running: Promise<void> | null = null;

/** Delivers every due item. Runs one at a time; the durable state lives in IndexedDB. */
export function processOutbox(): Promise<void> {
  running ??= drain().finally(() => { running = null; });
  return running;
}

async function drain(): Promise<void> {
  const now = Date.now();
  const stale = await db().outbox.where('state').equals('sending').filter((i) => now - i.nextAttemptAt > STALE_SENDING_MS).toArray();
  for (const item of stale) await db().outbox.update(item.id, { state: 'queued' });
  const due = await db().outbox.where('state').equals('queued').filter((i) => i.nextAttemptAt <= now).toArray();
  if (due.length === 0) return scheduleNext();
  // The registrar as the organisation's policy names it now: waits for the browser's answer at browser start.
  const { settings } = await loadSettings({ waitForPolicy: true });
  for (const item of due) {
    await db().outbox.update(item.id, { state: 'sending', nextAttemptAt: Date.now() });
    const evidence = await db().evidence.get(item.evidenceId);
    const outcome: DeliveryOutcome = evidence
      ? await deliver(item, evidence, settings).catch((error: unknown) => ({ kind: 'retry' as const, reason: String(error) }))
      : { kind: 'failed', reason: 'Dokumentationen saknas i databasen.' };
    await settle(item, evidence, outcome);
  }
  await scheduleNext();
}

async function settle(item: OutboxItem, evidence: EvidenceRecord | undefined, outcome: DeliveryOutcome): Promise<void> {
  const attempts = item.attempts + 1;
  const where = { platform: evidence?.platform ?? null, account: evidence?.account ?? null, pageUrl: evidence?.pageUrl ?? null, commentId: evidence?.commentId ?? null, categories: evidence?.categories ?? [] };
  if (outcome.kind === 'sent') {
    await db().outbox.update(item.id, { state: 'sent', attempts, lastError: null, receipt: outcome.receipt });
    if (evidence && outcome.registrationNumber) await db().evidence.update(evidence.id, { registrationNumber: outcome.registrationNumber });
    await appendLog({ ...where, action: 'delivery.sent', detail: outcome.receipt ?? item.transport, data: { evidenceId: item.evidenceId, registrationNumber: outcome.registrationNumber } });
    return;
  }
  const retry = outcome.kind === 'retry';
  await db().outbox.update(item.id, {
    state: retry ? 'queued' : 'failed', attempts, lastError: outcome.reason,
    nextAttemptAt: retry ? Date.now() + nextAttemptDelay(attempts) : item.nextAttemptAt,
  });
  await appendLog({ ...where, action: 'delivery.failed', detail: `${outcome.reason}${retry ? ' Försöker igen automatiskt.' : ''}`, data: { evidenceId: item.evidenceId } });
}

async function deliver(item: OutboxItem, evidence: EvidenceRecord, settings: Settings): Promise<DeliveryOutcome> {
  const { subject, lines } = describeRecord(evidence.recordJson, evidence.recordSha256);
  // Account documentation is always a PDF (R13); comments when the organisation or Perstorp's policy asks.
  const wantsPdf = evidence.kind === 'account' || settings.registrar.attachPdf || settings.policy.presetId === 'perstorp';
  const pdf = wantsPdf ? await buildEvidencePdf({ title: subject, image: evidence.image, lines }) : null;
  const files = packageFiles({ json: evidence.recordJson }, evidence.image, pdf);
  const stamp = evidence.at.slice(0, 10);
  if (item.transport === 'http') {
    if (!settings.registrar.endpoint) return { kind: 'failed', reason: 'Ingen mottagande adress för registratorn är inställd.' };
    return postToRegistrar({
      endpoint: settings.registrar.endpoint, headers: settings.registrar.headers, idempotencyKey: item.idempotencyKey,
      recordSha256: evidence.recordSha256, files,
    });
  }
  if (item.transport === 'email') {
    if (!settings.registrar.email) return { kind: 'failed', reason: 'Registratorns e-postadress är inte inställd.' };
    const eml = buildEml({ to: settings.registrar.email, from: settings.organisation.email, subject, lines, files });
    await download(`Uppsikt/${stamp}-${evidence.id}.eml`, 'message/rfc822', new TextEncoder().encode(eml));
    return { kind: 'sent', registrationNumber: null, receipt: 'E-postutkast sparat i Hämtade filer: öppna det och skicka till registrator.' };
  }
  await download(`Uppsikt/${stamp}-${evidence.id}.zip`, 'application/zip', buildZip(files, evidence.recordSha256, evidence.imageSha256));
  return { kind: 'sent', registrationNumber: null, receipt: 'ZIP sparad i Hämtade filer.' };
}

async function download(filename: string, mime: string, bytes: Uint8Array): Promise<void> {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  await browser.downloads.download({ url: `data:${mime};base64,${btoa(binary)}`, filename, conflictAction: 'uniquify', saveAs: false });
}

/** Wakes the worker when the next queued item is due, even after the browser restarts. */
async function scheduleNext(): Promise<void> {
  const next = await db().outbox.where('state').equals('queued').sortBy('nextAttemptAt');
  if (next.length === 0) {
    await browser.alarms.clear(OUTBOX_ALARM);
    return;
  }
  await browser.alarms.create(OUTBOX_ALARM, { when: Math.max(Date.now() + 30_000, next[0].nextAttemptAt) });
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
