// The consent register: list and search, withdraw with the reminder, and a register extract.
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ConsentRegister } from '@/components/ConsentRegister';
import { AppDB } from '@/utils/db/app-db';
import type { ConsentRecord } from '@/utils/db/records';
import { writesTo } from './writes-to';

const editor = 'Johan Ek, webbredaktör';
let database: AppDB;
const record = (over: Partial<ConsentRecord>): ConsentRecord => ({
  id: crypto.randomUUID(), by: 'Anna Berg, kommunikatör', at: '2026-06-12T10:00:00.000Z', person: 'Karin Ek', contact: 'karin@example.se',
  account: 'facebook.com/sjovikskommun', material: 'Bild från skolavslutningen', sentAt: '2026-06-12', withdrawnAt: null, ...over,
});

beforeEach(async () => {
  database = new AppDB(`consent-register-${crypto.randomUUID()}`);
  await database.consents.bulkAdd([
    record({ id: 'c1' }),
    record({ id: 'c2', person: 'Per Holm', contact: '070-123 45 67', material: 'Film från invigningen', at: '2026-08-01T10:00:00.000Z' }),
    record({ id: 'c3', person: 'karin ek', contact: '', material: 'Ljud <script>x()</script>', at: '2026-09-01T10:00:00.000Z', withdrawnAt: '2026-10-01T10:00:00.000Z' }),
  ]);
});
afterEach(async () => {
  cleanup();
  vi.restoreAllMocks();
  await database.delete();
});

const rows = async () => within(await screen.findByRole('list')).findAllByRole('listitem');

describe('ConsentRegister', () => {
  it('lists the register, newest first, withdrawn ones marked, and filters by a search', async () => {
    const user = userEvent.setup();
    render(<ConsentRegister editor={editor} database={database} withdraw={writesTo(database, editor).withdraw} answer={writesTo(database, editor).register} />);
    const all = await rows();
    expect(all.map((r) => r.querySelector('strong')!.textContent)).toEqual(['karin ek', 'Per Holm', 'Karin Ek']);
    expect(all[0].textContent).toContain('Återkallat 2026-10-01');
    expect(all[0].textContent).toContain('Ljud <script>x()</script>');
    // Registered before the register knew states: a request is no consent until answered.
    expect(all[1].textContent).toContain('skickad 2026-06-12 · Väntar på svar');
    expect(all[1].textContent).not.toContain('Gäller');
    await user.type(screen.getByLabelText('Sök i registret (namn, kontakt eller material)'), 'film');
    expect((await rows()).map((r) => r.querySelector('strong')!.textContent)).toEqual(['Per Holm']);
  });

  it('withdraws after a confirmation, shows the reminder to remove the material, and logs it', async () => {
    const user = userEvent.setup();
    render(<ConsentRegister editor={editor} database={database} withdraw={writesTo(database, editor).withdraw} answer={writesTo(database, editor).register} />);
    await user.click(await screen.findByRole('button', { name: 'Återkalla: Per Holm – Film från invigningen' }));
    expect(screen.getByRole('group', { name: 'Återkalla samtycket? Det går inte att ångra.' })).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Ja, återkalla' })); // the keyboard is at the question
    expect((await database.consents.get('c2'))?.withdrawnAt).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Ja, återkalla' }));
    const status = await screen.findByRole('status');
    expect(status.textContent).toMatch(/^Ta bort materialet: Film från invigningen \(konto facebook\.com\/sjovikskommun\)/);
    expect(document.activeElement).toBe(status); // not lost with the buttons that went
    // The reminder belongs to that withdrawal; the next action takes it away.
    await user.click(screen.getByRole('button', { name: 'Återkalla: Karin Ek – Bild från skolavslutningen' }));
    expect(screen.queryByText(/^Ta bort materialet: Film/)).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Avbryt' }));
    expect((await database.consents.get('c2'))?.withdrawnAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(await database.log.toArray()).toEqual([expect.objectContaining({ action: 'consent.withdrawn', data: { consentId: 'c2' }, by: editor })]);
    expect(screen.queryByRole('button', { name: /Återkalla: Per Holm/ })).toBeNull();
  });

  it('makes a register extract for one person by name, ignoring case, to print and copy', async () => {
    const user = userEvent.setup();
    const printed = document.implementation.createHTMLDocument('');
    const print = vi.fn();
    const open = vi.spyOn(window, 'open').mockReturnValue({ document: printed, print } as unknown as Window);
    render(<ConsentRegister editor={editor} database={database} withdraw={writesTo(database, editor).withdraw} answer={writesTo(database, editor).register} />);
    await user.type(screen.getByLabelText('Namn eller kontaktuppgift'), 'KARIN EK');
    await user.click(screen.getByRole('button', { name: 'Skapa registerutdrag' }));
    const extract = await screen.findByLabelText('Registerutdrag för en person', { selector: 'pre' });
    expect(extract.textContent).toContain('Antal poster: 2');
    expect(extract.textContent).toContain('Bild från skolavslutningen');
    expect(extract.textContent).toContain('Återkallat: 2026-10-01');
    expect(extract.textContent).not.toContain('Per Holm');

    await user.click(screen.getByRole('button', { name: 'Skriv ut' }));
    expect(open).toHaveBeenCalled();
    expect(print).toHaveBeenCalled();
    expect(printed.querySelector('pre')!.textContent).toBe(extract.textContent);
    expect(printed.querySelector('script')).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Kopiera som JSON' }));
    expect(JSON.parse(await navigator.clipboard.readText()).records).toHaveLength(2);
  });

  it('asks for a name before making an extract, and says when printing is blocked', async () => {
    const user = userEvent.setup();
    vi.spyOn(window, 'open').mockReturnValue(null);
    render(<ConsentRegister editor={editor} database={database} withdraw={writesTo(database, editor).withdraw} answer={writesTo(database, editor).register} />);
    await user.click(screen.getByRole('button', { name: 'Skapa registerutdrag' }));
    expect(screen.getByRole('alert').textContent).toBe('Ange personens namn eller kontaktuppgift.');
    const field = screen.getByLabelText('Namn eller kontaktuppgift');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(within(screen.getByRole('form', { name: 'Registerutdrag för en person' })).getByRole('alert')).toBeTruthy(); // beside the field
    await user.type(field, 'per holm');
    await user.click(screen.getByRole('button', { name: 'Skapa registerutdrag' }));
    await user.click(await screen.findByRole('button', { name: 'Skriv ut' }));
    // The extract was made: the question for a name is gone, not left standing above it.
    expect(screen.queryByText('Ange personens namn eller kontaktuppgift.')).toBeNull();
    expect(field.getAttribute('aria-invalid')).toBeNull();
    expect(screen.getByRole('alert').textContent).toMatch(/Utskriftsfönstret kunde inte öppnas/);
  });

  it('shows a new request as waiting, records the guardian\'s consent for a minor later, and logs it through the register', async () => {
    const user = userEvent.setup();
    const writes = writesTo(database, editor);
    const asked = await writes.register({
      person: 'Elsa Holm', contact: 'maria.holm@example.se', material: 'Bild från luciatåget', account: 'facebook.com/sjovikskommun',
      sentAt: '2026-06-01', kind: 'request', minor: true, guardian: 'Maria Holm',
    });
    if (!asked.ok) throw new Error(asked.reason);
    render(<ConsentRegister editor={editor} database={database} withdraw={writes.withdraw} answer={writes.register} />);
    const entry = () => within(screen.getAllByRole('listitem').find((li) => li.textContent!.includes('Elsa Holm'))!);
    await screen.findByText('Elsa Holm');
    expect(entry().getByText('Väntar på svar')).toBeTruthy();
    expect(entry().getByText(/Under 18 år; vårdnadshavare:/).textContent).toBe('Under 18 år; vårdnadshavare: Maria Holm');
    // Nothing to withdraw while it waits.
    expect(entry().queryByRole('button', { name: /^Återkalla/ })).toBeNull();

    await user.click(entry().getByRole('button', { name: 'Registrera svar: Elsa Holm – Bild från luciatåget' }));
    const form = screen.getByRole('form', { name: 'Svar på samtyckesfrågan: Elsa Holm' });
    expect(form.contains(document.activeElement)).toBe(true); // the keyboard goes with it
    // The minor's own yes is not a consent.
    await user.click(within(form).getByRole('radio', { name: 'Personen själv' }));
    await user.clear(within(form).getByLabelText('Svaret kom'));
    await user.type(within(form).getByLabelText('Svaret kom'), '2026-06-05');
    await user.click(within(form).getByRole('button', { name: 'Spara svaret' }));
    expect(within(form).getByRole('alert').textContent).toBe('Personen är under 18 år: samtycket ska ges av vårdnadshavaren.');
    expect((await database.consents.get(asked.record.id))?.state).toBe('asked');

    await user.click(within(form).getByRole('radio', { name: 'Vårdnadshavare' }));
    expect((within(form).getByLabelText('Vårdnadshavarens namn') as HTMLInputElement).value).toBe('Maria Holm');
    await user.click(within(form).getByRole('button', { name: 'Spara svaret' }));
    expect((await screen.findByRole('status')).textContent).toBe('Svaret är registrerat: Elsa Holm – Samtycke givet av vårdnadshavare 2026-06-05');
    expect(await entry().findByText('Samtycke givet av vårdnadshavare 2026-06-05')).toBeTruthy();
    expect(await database.consents.get(asked.record.id)).toMatchObject({ state: 'given', answeredBy: 'guardian', answeredAt: '2026-06-05', guardian: 'Maria Holm', by: editor });
    const logged = (await database.log.orderBy('at').toArray()).filter((e) => e.data?.consentId === asked.record.id).map((e) => [e.action, e.detail, e.data?.state, e.by]);
    expect(logged).toEqual([
      ['consent.registered', 'Bild från luciatåget', 'asked', editor],
      ['consent.registered', 'Samtycke givet av vårdnadshavare 2026-06-05: Bild från luciatåget', 'given', editor],
    ]);
    expect(JSON.stringify(await database.log.toArray())).not.toMatch(/Maria|Elsa/);
    // Given consent can be withdrawn.
    expect(entry().getByRole('button', { name: 'Återkalla: Elsa Holm – Bild från luciatåget' })).toBeTruthy();
  });

  it('records a refusal, which leaves nothing to withdraw, and shows information sent under public interest as needing no answer', async () => {
    const user = userEvent.setup();
    const writes = writesTo(database, editor);
    await writes.register({ person: 'Olle Berg', contact: '', material: 'Film från simhallen', account: null, sentAt: '2026-06-01', kind: 'request' });
    await writes.register({ person: 'Lisa Strand', contact: '', material: 'Bild från biblioteket', account: null, sentAt: '2026-06-02', kind: 'information' });
    render(<ConsentRegister editor={editor} database={database} withdraw={writes.withdraw} answer={writes.register} />);
    const item = async (name: string) => within((await rows()).find((li) => li.textContent!.includes(name))!);
    const lisa = (await rows()).find((li) => li.textContent!.includes('Lisa Strand'))!;
    expect(lisa.querySelector('.meta')!.textContent!.replace(/\s+/g, ' ')).toBe('Information skickad 2026-06-02 · allmänt intresse, inget svar behövs');
    expect((await item('Lisa Strand')).queryByRole('button', { name: /^Registrera svar/ })).toBeNull();

    await user.click((await item('Olle Berg')).getByRole('button', { name: /^Registrera svar/ }));
    await user.click(screen.getByRole('radio', { name: 'Nekat' }));
    await user.clear(screen.getByLabelText('Svaret kom'));
    await user.type(screen.getByLabelText('Svaret kom'), '2026-06-03');
    await user.click(screen.getByRole('button', { name: 'Spara svaret' }));
    expect(await (await item('Olle Berg')).findByText('Nekat av personen 2026-06-03')).toBeTruthy();
    expect((await item('Olle Berg')).queryByRole('button', { name: /^Återkalla/ })).toBeNull();
  });

  it('shows the states in English', async () => {
    await database.consents.bulkAdd([
      record({ id: 'g1', person: 'Elsa Holm', kind: 'request', state: 'given', minor: true, guardian: 'Maria Holm', answeredBy: 'guardian', answeredAt: '2026-12-05' }),
      record({ id: 'a1', person: 'Olle Berg', kind: 'request', state: 'asked', at: '2026-12-01T10:00:00.000Z' }),
    ]);
    render(<ConsentRegister editor={editor} database={database} withdraw={writesTo(database, editor).withdraw} answer={writesTo(database, editor).register} lang="en" />);
    const text = (await rows()).map((r) => r.textContent).join('\n');
    expect(text).toContain('Consent given by the guardian 2026-12-05');
    expect(text).toContain('Consent request sent 2026-06-12 · Waiting for an answer');
    expect(text).not.toMatch(/Väntar|Samtycke|Gäller|Valid/);
  });
});
