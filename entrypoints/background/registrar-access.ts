import { browser } from 'wxt/browser';
import type { DeliveryOutcome } from '@/utils/registrar/delivery';
import { UNREACHABLE } from '@/utils/registrar/http';

export const NO_ACCESS_HINT = 'Uppsikt har inte behörighet till registratorns adress: öppna Inställningar och klicka Ge åtkomst.';

/**
 * A registrar that cannot be reached because the browser was never asked for its address (set by
 * the organisation's policy, or refused once) looks like a network fault; it says so, so the editor
 * knows that waiting will not help and what will.
 */
export async function withAccessHint(outcome: DeliveryOutcome, endpoint: string): Promise<DeliveryOutcome> {
  if (outcome.kind !== 'retry' || !outcome.reason.startsWith(UNREACHABLE)) return outcome;
  const origins = [`${new URL(endpoint).origin}/*`];
  const granted = await browser.permissions.contains({ origins }).catch(() => true);
  return granted ? outcome : { ...outcome, reason: `${outcome.reason} ${NO_ACCESS_HINT}` };
}
