// Documenting an account (R13): what the editor is told before the capture, and how the posts on the
// page are counted. The capture is of the window, and a page holds only the posts it has loaded.
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AccountDocumentation } from '@/components/AccountDocumentation';
import { AccountStatus } from '@/components/AccountStatus';
import { getPreset } from '@/rules/presets';
import type { PageReport } from '@/utils/report';
import { db } from '@/utils/db/app-db';
import { sendMessage } from '@/utils/messaging';
import { outboxItem } from '../unit/log-records';

vi.mock('@/utils/messaging', () => ({ sendMessage: vi.fn(async (kind: string) => (kind === 'documentAccount' ? { ok: true, evidenceId: 'ev-halfyear' } : { ok: true })) }));
vi.mock('@/utils/settings/store', () => ({ loadSettings: vi.fn() }));
vi.mock('wxt/browser', () => ({ browser: { runtime: { getURL: (path: string) => `chrome-extension://uppsiktid${path}` } } }));
afterEach(cleanup);

describe('documenting the account', () => {
  it('says before the capture that only the part of the page in the window is taken', () => {
    render(<AccountDocumentation tabId={1} lang="sv" />);
    expect(screen.getByText(/^Skärmbilden visar bara den del av startsidan som syns i fönstret just nu, inte hela sidan/)).toBeTruthy();
    cleanup();
    render(<AccountDocumentation tabId={1} lang="en" />);
    expect(screen.getByText(/^The screenshot shows only the part of the start page visible in the window right now, not the whole page/)).toBeTruthy();
  });

  it('after documenting, says it is saved and leaves where it is on its way to the delivery line (it said "queued" after it was sent)', async () => {
    render(<AccountDocumentation tabId={1} lang="sv" />);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Dokumentera (halvår)' }));
    const status = await screen.findByText(/^Dokumentationen är sparad som PDF/);
    expect(status.textContent).not.toMatch(/köad|skickad/i);
  });

  it('for an account closed in the register, says it is no longer watched and offers only the documentation before closing', () => {
    render(<AccountDocumentation tabId={1} lang="sv" closedOn="2026-11-30" />);
    expect(screen.getByText(/^Kontot är avslutat i kontoregistret \(2026-11-30\): det bevakas inte och ska inte halvårsdokumenteras/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Dokumentera (halvår)' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Dokumentera inför avslut' }).className).toContain('primary');
  });

  it('a draft saved for the registrar is marked as sent right there, and the status then says so', async () => {
    await db().outbox.add(outboxItem('ev-halfyear', { state: 'saved', transport: 'email', commentKey: null }));
    const user = userEvent.setup();
    render(<AccountDocumentation tabId={1} lang="sv" />);
    await user.click(screen.getByRole('button', { name: 'Dokumentera (halvår)' }));
    await user.click(await screen.findByRole('button', { name: 'Markera som skickad till registrator' }));
    await user.type(screen.getByLabelText('Diarienummer (om registrator har gett ett)'), 'KS 2026/0099');
    await user.click(screen.getByRole('button', { name: 'Markera som skickad' }));
    expect(await screen.findByText('Dokumentationen är markerad som skickad till registrator, diarienummer KS 2026/0099.')).toBeTruthy();
    expect(vi.mocked(sendMessage)).toHaveBeenCalledWith('confirmDelivery', expect.objectContaining({ registrationNumber: 'KS 2026/0099' }));
  });

  it('gives the posts of the last 7 and 30 days as at least the ones loaded on the page', () => {
    const now = Date.now();
    const report = {
      platform: 'facebook', url: 'https://www.facebook.com/kulturskolan', account: null, accountSource: 'none', items: [],
      recentPostTimes: [new Date(now - 86_400_000).toISOString(), new Date(now - 20 * 86_400_000).toISOString()],
    } as unknown as PageReport;
    render(<AccountStatus report={report} tabId={1} preset={getPreset('stockholm')} lang="sv" />);
    expect(screen.getByText(/^Inlägg senaste 7/).textContent).toBe('Inlägg senaste 7 / 30 dagarna (bara inlägg som var inlästa på sidan)');
    expect(screen.getByText(/^minst/).textContent).toBe('minst 1 / minst 2 (policyn: 2 i veckan)');
  });
});
