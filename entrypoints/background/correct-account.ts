import { sendMessage, type Result } from '@/utils/messaging';
import { accountKey } from '@/utils/accounts/register';
import { accountOverrides, parseAccountInput } from '@/utils/accounts/overrides';
import { pageReport } from './page-reports';

/** The editor says who "us" is on this page (or, with an empty input, takes the correction back). */
export async function correctAccount(tabId: number, input: string): Promise<Result> {
  const report = await pageReport(tabId);
  const ownerKey = report?.pageOwner ? accountKey(report.pageOwner) : null;
  if (!report || !ownerKey) return { ok: false, reason: 'Sidan visar inget konto att rätta.' };
  const key = `${report.platform}:${ownerKey}`;
  const overrides = { ...(await accountOverrides.getValue()) };
  if (input.trim() === '') delete overrides[key];
  else {
    const account = parseAccountInput(input, report.platform);
    if (!account) return { ok: false, reason: 'Ange kontots adress (https://…) eller @användarnamn.' };
    overrides[key] = account;
  }
  await accountOverrides.setValue(overrides);
  await sendMessage('refreshPage', { reanalyse: false }, tabId).catch(() => undefined);
  return { ok: true };
}
