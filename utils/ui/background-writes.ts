import type { ChecklistToSave } from '@/utils/checklists/results';
import type { ConsentInput } from '@/utils/consents/register';
import type { AccountRecord } from '@/utils/db/records';
import { sendMessage, type AccountToRegister, type DecisionToWithdraw } from '@/utils/messaging';
import type { DeliveryConfirmation } from '@/utils/registrar/confirm-delivery';

// The extension pages' writes: each is a request to the background, which alone writes the
// database and stamps the record with the editor from the settings.

/**
 * A request whose message did not arrive (the service worker restarting, the extension updated)
 * answered like any refusal: with a reason the page can show, nothing saved.
 */
export async function askBackground<T extends { ok: boolean }>(sending: Promise<T>): Promise<T | { ok: false; reason: string }> {
  try {
    return await sending;
  } catch (error) {
    return { ok: false, reason: `Uppsikt svarade inte (${(error as Error)?.message ?? String(error)}). Inget har sparats; försök igen.` };
  }
}

export const addAccountToRegister = (request: AccountToRegister) => askBackground(sendMessage('addAccountToRegister', request));
export const saveRegisterEntry = (account: AccountRecord) => askBackground(sendMessage('saveRegisterEntry', account));
export const saveChecklist = (input: ChecklistToSave) => askBackground(sendMessage('saveChecklist', input));
export const registerConsent = (input: ConsentInput) => askBackground(sendMessage('registerConsent', input));
export const withdrawConsent = (id: string) => askBackground(sendMessage('withdrawConsent', id));
export const purgeLog = (days: number) => askBackground(sendMessage('purgeLog', days));
export const withdrawDecision = (request: DecisionToWithdraw) => askBackground(sendMessage('withdrawDecision', request));
export const retryDelivery = (outboxId: string) => askBackground(sendMessage('retryDelivery', outboxId));
export const saveDeliveryAsFile = (outboxId: string, transport: 'email' | 'download') => askBackground(sendMessage('saveDeliveryAsFile', { outboxId, transport }));
export const confirmDelivery = (request: DeliveryConfirmation) => askBackground(sendMessage('confirmDelivery', request));
