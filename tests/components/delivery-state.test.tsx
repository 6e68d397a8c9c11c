// Where a documentation is, said in Swedish time: the database keeps UTC, and an editor reading
// "Sparad 09:19" for what the log shows at 10:19 would not know which is right.
import { cleanup, configure, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { db } from '@/utils/db/app-db';
import type { OutboxItem } from '@/utils/db/records';
import { speakFor } from '@/utils/ui/delivery-outcome';

// Settings are read only for the mailto: fallback, which these tests do not open.
vi.mock('@/utils/settings/store', () => ({ loadSettings: vi.fn() }));
vi.mock('wxt/browser', () => ({ browser: { runtime: { getURL: (path: string) => `chrome-extension://uppsiktid${path}` } } }));
const { DeliveryState } = await import('@/components/DeliveryState');

configure({ asyncUtilTimeout: 5_000 });
afterEach(async () => {
  cleanup();
  await db().outbox.clear();
});

const item = (overrides: Partial<OutboxItem>): OutboxItem => ({
  id: crypto.randomUUID(), evidenceId: 'e-delivery', commentKey: 'facebook:c1', transport: 'http', state: 'sent', attempts: 1,
  nextAttemptAt: 0, lastError: null, receipt: 'Diarienummer KS 2026/0001', idempotencyKey: crypto.randomUUID(), at: '2026-12-05T23:30:00.000Z',
  ...overrides,
} as OutboxItem);

describe('DeliveryState', () => {
  it('says when the documentation was saved in Swedish time, across midnight', async () => {
    await db().outbox.add(item({}));
    render(<DeliveryState by="evidenceId" value="e-delivery" lang="sv" onRetry={() => {}} />);
    expect(await screen.findByText(/Sparad 2026-12-06 00:30 · Skickad/)).toBeTruthy();
  });

  it('in summer time as well', async () => {
    await db().outbox.add(item({ at: '2026-07-01T08:15:00.000Z' }));
    render(<DeliveryState by="evidenceId" value="e-delivery" lang="en" onRetry={() => {}} />);
    expect(await screen.findByText(/Saved 2026-07-01 10:15 · Sent/)).toBeTruthy();
  });

  it('does not call an e-mail draft in Downloads sent: it is saved, and the editor still sends it', async () => {
    await db().outbox.add(item({ transport: 'email', receipt: 'E-postutkast sparat i Hämtade filer: öppna det och skicka till registrator.' }));
    render(<DeliveryState by="evidenceId" value="e-delivery" lang="sv" onRetry={() => {}} />);
    const state = await screen.findByText(/Sparad 2026-12-06 00:30 · /);
    expect(state.textContent).toBe('Sparad 2026-12-06 00:30 · E-postutkast sparat, inte skickat');
  });

  it('shows a draft the editor marked as sent with its diarienummer, as an HTTP receipt shows', async () => {
    await db().outbox.add(item({ transport: 'email', receipt: 'Diarienummer KS 2026/99', confirmedBy: 'Anna Berg', confirmedAt: '2026-12-07T09:00:00.000Z' }));
    render(<DeliveryState by="evidenceId" value="e-delivery" lang="sv" onRetry={() => {}} />);
    const state = await screen.findByText(/Sparad 2026-12-06 00:30 · /);
    expect(state.closest('li')!.textContent).toBe('Sparad 2026-12-06 00:30 · Skickad · Diarienummer KS 2026/99 · markerad som skickad av Anna Berg');
  });

  it('says a delivery without access to the registrator\'s address is stopped, not queued, and offers to try again', async () => {
    await db().outbox.add(item({
      state: 'blocked', receipt: null,
      lastError: 'Registratorn kunde inte nås (Failed to fetch). Uppsikt har inte behörighet till registratorns adress: öppna Inställningar och klicka Ge åtkomst.',
    }));
    render(<DeliveryState by="evidenceId" value="e-delivery" lang="sv" onRetry={() => {}} />);
    expect(await screen.findByText(/Stoppad: ingen åtkomst till registratorns adress/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Öppna inställningar' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Försök igen nu' })).toBeTruthy();
  });

  it('points a failure the settings mend to the settings', async () => {
    await db().outbox.add(item({ transport: 'email', state: 'failed', receipt: null, lastError: 'Registratorns e-postadress är inte inställd.' }));
    render(<DeliveryState by="evidenceId" value="e-delivery" lang="sv" onRetry={() => {}} />);
    const link = await screen.findByRole('link', { name: 'Öppna inställningar' });
    expect(link.getAttribute('href')).toMatch(/\/options\.html$/);
  });
});

describe('DeliveryState, announcing changes', () => {
  const announced = () => screen.getByRole('status').textContent;

  it('says nothing for the list as first shown; a later outcome is announced, with whose comment it is', async () => {
    const failed = item({ commentKey: 'facebook:c9', state: 'failed', receipt: null, lastError: 'Registratorn tog inte emot nyckeln – kontakta IT (HTTP 401).' });
    await db().outbox.add(failed);
    render(<DeliveryState by="commentKey" value="facebook:c9" lang="sv" about="Lisa" onRetry={() => {}} />);
    await screen.findByText(/Misslyckades/);
    expect(announced()).toBe('');
    // Tried again (by the settings being put right, say): asked, being sent, then delivered.
    await db().outbox.update(failed.id, { state: 'queued' });
    await db().outbox.update(failed.id, { state: 'sending' });
    await waitFor(() => expect(screen.getByText(/Skickas/)).toBeTruthy());
    expect(announced()).toBe('');
    await db().outbox.update(failed.id, { state: 'sent', attempts: 2, lastError: null, receipt: 'Diarienummer KS 2026/0001' });
    await waitFor(() => expect(announced()).toBe('Dokumentationen av kommentaren från Lisa: Skickad · Diarienummer KS 2026/0001'));
  });

  it('leaves out an outcome the panel\'s status line says, and announces the same failure again after a retry', async () => {
    const queued = item({ commentKey: 'facebook:c8', state: 'queued', attempts: 0, receipt: null });
    await db().outbox.add(queued);
    render(<DeliveryState by="commentKey" value="facebook:c8" lang="en" onRetry={() => {}} />);
    await screen.findByText(/Queued for the registrar/);
    const done = speakFor('facebook:c8');
    const refusal = { state: 'failed' as const, attempts: 1, lastError: 'Registratorn svarade HTTP 404: Okänd adress' };
    await db().outbox.update(queued.id, refusal);
    done({ ...queued, ...refusal });
    await screen.findByText(/Failed/);
    expect(announced()).toBe('');
    await db().outbox.update(queued.id, { state: 'queued' });
    await screen.findByText(/Queued for the registrar/);
    await db().outbox.update(queued.id, { state: 'failed', attempts: 2 });
    await waitFor(() => expect(announced()).toBe('Failed · The registrar answered HTTP 404: Okänd adress'));
  });

  it('does not offer trying again on the line where the item\'s own actions offer it', async () => {
    await db().outbox.add(item({ commentKey: 'facebook:c7', state: 'failed', receipt: null, lastError: 'Registratorn svarade HTTP 404' }));
    render(<DeliveryState by="commentKey" value="facebook:c7" lang="sv" onRetry={() => {}} itemRetries />);
    await screen.findByText(/Misslyckades/);
    expect(screen.queryByRole('button', { name: 'Försök igen nu' })).toBeNull();
  });
});
