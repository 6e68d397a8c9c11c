import { browser } from 'wxt/browser';
import type { DeliveryOutcome } from '@/utils/registrar/delivery';

// A delivery made whose outcome could not be written in the outbox (a full disk): remembered apart,
// so the next run writes it again instead of delivering a second time. Session storage outlives the
// worker, which the browser stops when idle, but not the browser; memory stands in without it.

type Unsettled = Record<string, DeliveryOutcome>;
const KEY = 'outboxUnsettled';
let memory: Unsettled = {};

/** Outcomes by outbox item id. */
export async function unsettledDeliveries(): Promise<Unsettled> {
  const stored = await browser.storage.session.get(KEY).catch(() => ({} as Record<string, unknown>));
  return { ...(stored[KEY] as Unsettled | undefined), ...memory };
}

async function store(next: Unsettled): Promise<void> {
  memory = next;
  await browser.storage.session.set({ [KEY]: next }).catch(() => undefined);
}

export async function keepUnsettled(id: string, outcome: DeliveryOutcome): Promise<void> {
  await store({ ...(await unsettledDeliveries()), [id]: outcome });
}

export async function forgetUnsettled(id: string): Promise<void> {
  const rest = await unsettledDeliveries();
  delete rest[id];
  await store(rest);
}
