// The log page lists every delivery that has not reached the registrator, with what it documents,
// so documentation is not lost from sight once the comment is gone from the site (and the side
// panel): try again, save it as a file, or say it was sent, with the diarienummer if there is one.
import { cleanup, configure, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppDB } from '@/utils/db/app-db';
import { confirmDelivery } from '@/utils/registrar/confirm-delivery';
import { evidence, outboxItem } from '../unit/log-records';

vi.mock('wxt/browser', () => ({ browser: { runtime: { getURL: (path: string) => `chrome-extension://uppsiktid${path}` } } }));
vi.mock('@/utils/settings/store', () => ({ loadSettings: vi.fn() }));
const { UndeliveredList } = await import('@/components/UndeliveredList');

configure({ asyncUtilTimeout: 5_000 });
const EDITOR = 'Anna Berg, kommunikatör';
let db: AppDB;

const records = {
  failed: evidence({ author: { name: 'Kalle Kommentar', handle: null, url: null }, at: '2026-03-10T09:00:00.000Z' }),
  draft: evidence({ author: { name: 'Lisa Ek', handle: null, url: null }, at: '2026-03-11T09:00:00.000Z', categories: ['sensitive.health'] }),
  blocked: evidence({ author: { name: 'Per Holm', handle: null, url: null }, at: '2026-03-12T09:00:00.000Z' }),
  delivered: evidence({ author: { name: 'Levererad Person', handle: null, url: null } }),
};
const items = {
  failed: outboxItem(records.failed.id, { state: 'failed', transport: 'http', receipt: null, at: records.failed.at, lastError: 'Registratorn svarade HTTP 403: Forbidden' }),
  // A draft saved before Uppsikt told saved from sent: still not with the registrator.
  draft: outboxItem(records.draft.id, { state: 'sent', transport: 'email', at: records.draft.at }),
  blocked: outboxItem(records.blocked.id, {
    state: 'blocked', transport: 'http', receipt: null, at: records.blocked.at,
    lastError: 'Registratorn kunde inte nås (Failed to fetch). Uppsikt har inte behörighet till registratorns adress: öppna Inställningar och klicka Ge åtkomst.',
  }),
  delivered: outboxItem(records.delivered.id, { state: 'sent', transport: 'http', receipt: 'Diarienummer KS 2026/1' }),
};

beforeEach(async () => {
  db = new AppDB(`undelivered-${crypto.randomUUID()}`);
  await db.evidence.bulkAdd(Object.values(records));
  await db.outbox.bulkAdd(Object.values(items));
});
afterEach(() => {
  cleanup();
  db.close();
});

function renderList(canEmail = true) {
  const writes = {
    retry: vi.fn(async () => ({ ok: true as const })),
    saveAsFile: vi.fn(async () => ({ ok: true as const })),
    confirm: vi.fn((request: { outboxId: string; registrationNumber: string }) => confirmDelivery(db, request, EDITOR)),
  };
  render(<UndeliveredList db={db} lang="sv" canEmail={canEmail} writes={writes} />);
  return writes;
}
const rowOf = async (name: string) => (await screen.findByText(name)).closest('li')!;

describe('UndeliveredList', () => {
  it('lists what has not reached the registrator, with what it documents, its state and why', async () => {
    renderList();
    expect(await screen.findByRole('heading', { name: 'Ej levererat till registrator (3)' })).toBeTruthy();
    expect(screen.queryByText('Levererad Person')).toBeNull();
    const failed = await rowOf('Kalle Kommentar');
    expect(failed.textContent).toContain('Facebook · facebook.com/sjovikskommun');
    expect(failed.textContent).toContain('dokumenterad 2026-03-10 10:00');
    expect(failed.textContent).toContain('Misslyckades · Registratorn svarade HTTP 403: Forbidden');
    expect((await rowOf('Lisa Ek')).textContent).toContain('E-postutkast sparat, inte skickat');
    const blocked = await rowOf('Per Holm');
    expect(blocked.textContent).toContain('Stoppad: ingen åtkomst till registratorns adress');
    expect(within(blocked).getByRole('link', { name: 'Öppna inställningar' })).toBeTruthy();
  });

  it('tries a failed delivery again, or saves it as a draft or a ZIP', async () => {
    const user = userEvent.setup();
    const writes = renderList();
    const failed = await rowOf('Kalle Kommentar');
    await user.click(within(failed).getByRole('button', { name: 'Försök igen' }));
    expect(writes.retry).toHaveBeenCalledWith(items.failed.id);
    await user.click(within(failed).getByRole('button', { name: 'Spara som e-postutkast' }));
    expect(writes.saveAsFile).toHaveBeenCalledWith(items.failed.id, 'email');
    expect(await screen.findByText(/Sparad i Hämtade filer\. Skicka den till registrator/)).toBeTruthy();
    // A saved draft is not tried again; it is sent by the editor.
    expect(within(await rowOf('Lisa Ek')).queryByRole('button', { name: 'Försök igen' })).toBeNull();
  });

  it('offers no e-mail draft without the registrator\'s address', async () => {
    renderList(false);
    const failed = await rowOf('Kalle Kommentar');
    expect(within(failed).queryByRole('button', { name: 'Spara som e-postutkast' })).toBeNull();
    expect(within(failed).getByRole('button', { name: 'Spara som ZIP' })).toBeTruthy();
  });

  it('marks a draft as sent with its diarienummer: logged, shown like an HTTP receipt, and gone from the list', async () => {
    const user = userEvent.setup();
    renderList();
    const draft = await rowOf('Lisa Ek');
    // Closed unsaved, with Avbryt or Escape: the keyboard is back on the button.
    await user.click(within(draft).getByRole('button', { name: 'Markera som skickad till registrator' }));
    await user.click(within(draft).getByRole('button', { name: 'Avbryt' }));
    expect(document.activeElement).toBe(within(draft).getByRole('button', { name: 'Markera som skickad till registrator' }));
    await user.keyboard('{Enter}');
    await user.keyboard('{Escape}');
    expect(within(draft).queryByLabelText('Diarienummer (om registrator har gett ett)')).toBeNull();
    expect(document.activeElement).toBe(within(draft).getByRole('button', { name: 'Markera som skickad till registrator' }));
    await user.click(within(draft).getByRole('button', { name: 'Markera som skickad till registrator' }));
    await user.type(within(draft).getByLabelText('Diarienummer (om registrator har gett ett)'), 'KS 2026/99');
    await user.click(within(draft).getByRole('button', { name: 'Markera som skickad' }));
    expect(await screen.findByText('Markerad som skickad till registrator och loggad.')).toBeTruthy();
    await waitFor(() => expect(screen.queryByText('Lisa Ek')).toBeNull());
    expect(await db.outbox.get(items.draft.id)).toMatchObject({ state: 'sent', receipt: 'Diarienummer KS 2026/99', confirmedBy: EDITOR });
    expect((await db.evidence.get(records.draft.id))?.registrationNumber).toBe('KS 2026/99');
    const logged = await db.log.where('action').equals('delivery.confirmed').toArray();
    expect(logged).toEqual([expect.objectContaining({
      by: EDITOR, detail: 'Diarienummer KS 2026/99', categories: ['sensitive.health'], data: { evidenceId: records.draft.id, registrationNumber: 'KS 2026/99' },
    })]);
  });

  it('shows nothing when everything has reached the registrator', async () => {
    await db.outbox.bulkDelete([items.failed.id, items.draft.id, items.blocked.id]);
    renderList();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(screen.queryByRole('heading')).toBeNull();
  });

  it('shows a writer\'s name without the bidi controls in it, which would reorder the platform and account after it', async () => {
    const spoof = evidence({ author: { name: '\u202EmoQ.koobecaF', handle: null, url: null }, at: '2026-03-13T09:00:00.000Z' });
    await db.evidence.add(spoof);
    await db.outbox.add(outboxItem(spoof.id, { state: 'failed', transport: 'http', receipt: null, at: spoof.at, lastError: 'HTTP 500' }));
    renderList();
    const row = await rowOf('moQ.koobecaF');
    expect(row.textContent).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
  });

  it('shows a "Zalgo" writer\'s name with a few marks per letter: dozens painted over the row above', async () => {
    const piled = [...'Gun Zalgo'].map((c) => c + '\u0300\u0301\u0302\u0303\u0304\u0305\u0306\u0307'.repeat(4)).join('');
    const zalgo = evidence({ author: { name: piled, handle: null, url: null }, at: '2026-03-13T09:00:00.000Z' });
    await db.evidence.add(zalgo);
    await db.outbox.add(outboxItem(zalgo.id, { state: 'failed', transport: 'http', receipt: null, at: zalgo.at, lastError: 'HTTP 500' }));
    renderList();
    const name = await screen.findByText((text) => text.replace(/\p{M}/gu, '') === 'Gun Zalgo');
    expect(name.textContent).not.toMatch(/\p{M}{5}/u);
  });
});
