import type { PackageFile } from '@/utils/evidence/package';
import type { DeliveryOutcome } from './delivery';
import { sha256HexSync } from '@/utils/evidence/sha256-sync';
import { CONTROLS, plausibleNumber } from './registration-number';

export interface HttpDelivery {
  endpoint: string;
  headers: Record<string, string>;
  /** The same key on every retry: the receiver drops a package it already has. */
  idempotencyKey: string;
  recordSha256: string;
  files: PackageFile[];
  timeoutMs?: number;
}

/** How a delivery that never reached the registrar begins its reason. */
export const UNREACHABLE = 'Registratorn kunde inte nås';

/** The receiver's number for the record, from the common field names of registry systems. */
function registrationNumberOf(body: string): string | null {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    // "OK" or "Tack" is an acknowledgement, not a number: a number has a digit and fits on one short line.
    return plausibleNumber(body);
  }
  // A body of "\"KS 2026/77\"" is the number as a JSON string, without its quotes.
  if (typeof json === 'string' || typeof json === 'number') return plausibleNumber(String(json));
  if (!json || typeof json !== 'object') return null;
  for (const key of ['registrationNumber', 'diarienummer', 'dnr', 'caseNumber', 'id']) {
    const value = (json as Record<string, unknown>)[key];
    if (typeof value === 'string' || typeof value === 'number') return plausibleNumber(String(value));
  }
  return null;
}

/** A web page, not a receipt: said so by its type, or by how it begins when the server names no type. */
function isWebPage(contentType: string, body: string): boolean {
  return /^(text\/html|application\/xhtml\+xml)\b/i.test(contentType) || /^\s*(<!doctype html|<html[\s>])/i.test(body.slice(0, 1024));
}

/** The browser's words for a failed fetch, without an address's user name and password should one be in it. */
function withoutCredentials(message: string): string {
  return message.replace(/\/\/[^/@\s]*@/g, '//');
}

/** Longest detail of the receiver's answer in a reason: a reason is read by the editor, not a log for IT. */
const DETAIL_MAX = 120;

/**
 * Why the receiver refused, in words the editor can act on: a refused key is IT's, and of any other
 * answer only its first line (a JSON error's message), never a web page or the rest of a stack trace.
 */
function refusal(status: number, contentType: string, body: string): string {
  if (status === 401 || status === 403) return `Registratorn tog inte emot nyckeln – kontakta IT (HTTP ${status}).`;
  let detail = body;
  try {
    const json = JSON.parse(body) as Record<string, unknown>;
    const message = ['message', 'error', 'detail', 'title'].map((key) => json?.[key]).find((value) => typeof value === 'string');
    if (typeof message === 'string') detail = message;
  } catch {
    // not JSON: its first line
  }
  detail = (detail.split(/\r?\n/).find((line) => line.trim()) ?? '').replace(new RegExp(CONTROLS, 'g'), '').replace(/\s+/g, ' ').trim();
  if (/html|xml/i.test(contentType) || /^</.test(detail)) detail = '';
  if (detail.length > DETAIL_MAX) detail = `${detail.slice(0, DETAIL_MAX).replace(/[\uD800-\uDBFF]$/, '')}…`;
  return `Registratorn svarade HTTP ${status}${detail ? `: ${detail}` : ''}`;
}

/**
 * Posts one package to the organisation's intake as multipart/form-data (record, picture, PDF).
 * 2xx and 409 (already received) are delivered; 5xx, 408, 429, timeouts and network errors are
 * retried later; other 4xx need the editor or IT (a wrong address or key) and are not retried.
 * A redirect or a web page is not a receipt (a login page in front of the intake): not delivered.
 */
export async function postToRegistrar(delivery: HttpDelivery): Promise<DeliveryOutcome> {
  const form = new FormData();
  for (const file of delivery.files) {
    form.append(file.name.replace(/\.[a-z]+$/, ''), new Blob([file.bytes as BlobPart], { type: file.mime }), file.name);
  }
  form.append('sha256', delivery.recordSha256);
  // The PDF is made from the record, so the record cannot name its sum: the intake gets it beside it.
  const pdf = delivery.files.find((file) => file.mime === 'application/pdf');
  if (pdf) form.append('dokumentation_sha256', sha256HexSync(pdf.bytes));
  let response: Response;
  try {
    response = await fetch(delivery.endpoint, {
      method: 'POST',
      headers: { ...delivery.headers, 'Idempotency-Key': delivery.idempotencyKey },
      body: form,
      signal: AbortSignal.timeout(delivery.timeoutMs ?? 30_000),
      credentials: 'omit',
      // Followed, a redirect to a single-sign-on page ends in "200 OK" from the login page, not the intake.
      redirect: 'manual',
    });
  } catch (error) {
    const name = (error as Error).name;
    return { kind: 'retry', reason: name === 'TimeoutError' ? 'Registratorn svarade inte i tid.' : `${UNREACHABLE} (${withoutCredentials((error as Error).message)}).` };
  }
  // A browser shows a redirect as "opaqueredirect" with status 0; Node shows the 3xx itself.
  if (response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400)) {
    return { kind: 'failed', reason: 'Registratorn skickade vidare till en annan sida, troligen en inloggningssida. Inget har levererats; kontrollera registratorns mottagande adress.' };
  }
  const body = await response.text().catch(() => '');
  if (response.ok && isWebPage(response.headers.get('content-type') ?? '', body)) {
    return { kind: 'failed', reason: 'Registratorn svarade med en webbsida, inte ett kvitto, troligen en inloggningssida. Inget har levererats; kontrollera registratorns mottagande adress.' };
  }
  if (response.ok || response.status === 409) {
    const registrationNumber = registrationNumberOf(body);
    return { kind: 'sent', registrationNumber, receipt: registrationNumber ? `Diarienummer ${registrationNumber}` : `Mottaget (HTTP ${response.status})` };
  }
  const reason = refusal(response.status, response.headers.get('content-type') ?? '', body);
  if (response.status >= 500 || response.status === 408 || response.status === 429) return { kind: 'retry', reason };
  return { kind: 'failed', reason };
}
