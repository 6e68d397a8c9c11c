import type { PackageFile } from '@/utils/evidence/package';
import type { DeliveryOutcome } from './delivery';

export interface HttpDelivery {
  endpoint: string;
  headers: Record<string, string>;
  /** The same key on every retry: the receiver drops a package it already has. */
  idempotencyKey: string;
  recordSha256: string;
  files: PackageFile[];
  timeoutMs?: number;
}

/** The receiver's number for the record, from the common field names of registry systems. */
function registrationNumberOf(body: string): string | null {
  try {
    const json = JSON.parse(body) as Record<string, unknown>;
    for (const key of ['registrationNumber', 'diarienummer', 'dnr', 'caseNumber', 'id']) {
      const value = json[key];
      if (typeof value === 'string' || typeof value === 'number') return String(value);
    }
  } catch {
    const text = body.trim();
    if (text && text.length <= 100 && !text.includes('<')) return text;
  }
  return null;
}

/**
 * Posts one package to the organisation's intake as multipart/form-data (record, picture, PDF).
 * 2xx and 409 (already received) are delivered; 5xx, 408, 429, timeouts and network errors are
 * retried later; other 4xx need the editor or IT (a wrong address or key) and are not retried.
 */
export async function postToRegistrar(delivery: HttpDelivery): Promise<DeliveryOutcome> {
  const form = new FormData();
  for (const file of delivery.files) {
    form.append(file.name.replace(/\.[a-z]+$/, ''), new Blob([file.bytes as BlobPart], { type: file.mime }), file.name);
  }
  form.append('sha256', delivery.recordSha256);
  let response: Response;
  try {
    response = await fetch(delivery.endpoint, {
      method: 'POST',
      headers: { ...delivery.headers, 'Idempotency-Key': delivery.idempotencyKey },
      body: form,
      signal: AbortSignal.timeout(delivery.timeoutMs ?? 30_000),
      credentials: 'omit',
    });
  } catch (error) {
    const name = (error as Error).name;
    return { kind: 'retry', reason: name === 'TimeoutError' ? 'Registratorn svarade inte i tid.' : `Registratorn kunde inte nås (${(error as Error).message}).` };
  }
  const body = await response.text().catch(() => '');
  if (response.ok || response.status === 409) {
    const registrationNumber = registrationNumberOf(body);
    return { kind: 'sent', registrationNumber, receipt: registrationNumber ? `Diarienummer ${registrationNumber}` : `Mottaget (HTTP ${response.status})` };
  }
  const reason = `Registratorn svarade HTTP ${response.status}${body ? `: ${body.slice(0, 200)}` : ''}`;
  if (response.status >= 500 || response.status === 408 || response.status === 429) return { kind: 'retry', reason };
  return { kind: 'failed', reason };
}
