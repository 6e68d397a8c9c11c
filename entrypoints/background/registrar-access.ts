import { browser } from 'wxt/browser';
import type { DeliveryOutcome } from '@/utils/registrar/delivery';
import { UNREACHABLE } from '@/utils/registrar/http';
import { db } from '@/utils/db/app-db';
import { originPattern } from '@/utils/registrar/origin-pattern';

export const NO_ACCESS_HINT = 'Uppsikt har inte behörighet till registratorns adress: öppna Inställningar och klicka Ge åtkomst.';
export const OFFLINE_HINT = 'Datorn är inte ansluten till nätverket.';

/** Registrars' origins that took a delivery without the browser's grant: they allow Uppsikt themselves (CORS). */
const REACHED_KEY = 'registrarReachedWithoutGrant';

async function reachedWithoutGrant(): Promise<string[]> {
  const stored = await browser.storage.local.get(REACHED_KEY).catch(() => ({} as Record<string, unknown>));
  return Array.isArray(stored[REACHED_KEY]) ? stored[REACHED_KEY] as string[] : [];
}

/**
 * A registrar that cannot be reached because the browser was never asked for its address (set by
 * the organisation's policy, or refused once) looks like a network fault; it is blocked instead, not
 * on its way: waiting will not help, granting the address will (the outbox tries again then). One
 * that has taken a delivery without the grant allows Uppsikt itself: unreachable, it is down, and waited for.
 */
export async function withAccessHint(outcome: DeliveryOutcome, endpoint: string): Promise<DeliveryOutcome> {
  const origin = new URL(endpoint).origin;
  const unreachable = outcome.kind === 'retry' && outcome.reason.startsWith(UNREACHABLE);
  // Offline, nothing is reached: no permission is missing, and the delivery goes when the network is back.
  if (unreachable && globalThis.navigator?.onLine === false) return { kind: 'retry', reason: `${outcome.reason} ${OFFLINE_HINT}` };
  if (outcome.kind !== 'sent' && !unreachable) return outcome;
  const granted = await browser.permissions.contains({ origins: [originPattern(endpoint)] }).catch(() => true);
  if (granted) return outcome;
  const reached = await reachedWithoutGrant();
  if (outcome.kind === 'sent') {
    if (!reached.includes(origin)) {
      await browser.storage.local.set({ [REACHED_KEY]: [...reached, origin] }).catch(() => undefined);
      // Deliveries stopped for want of a grant the registrar does not need go again.
      await db().outbox.where('state').equals('blocked').modify({ state: 'queued', nextAttemptAt: Date.now(), failureLogged: null });
    }
    return outcome;
  }
  if (reached.includes(origin) || outcome.kind !== 'retry') return outcome;
  return { kind: 'blocked', reason: `${outcome.reason} ${NO_ACCESS_HINT}` };
}
