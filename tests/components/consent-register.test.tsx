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
    render(<ConsentRegister editor={editor} database={database} withdraw={writesTo(database, editor).withdraw} />);
    const all = await rows();
    expect(all.map((r) => r.querySelector('strong')!.textContent)).toEqual(['karin ek', 'Per Holm', 'Karin Ek']);
    expect(all[0].textContent).toContain('Återkallat 2026-10-01');
    expect(all[0].textContent).toContain('Ljud <script>x()</script>');
    expect(all[1].textContent).toContain('Gäller');
    await user.type(screen.getByLabelText('Sök i registret (namn, kontakt eller material)'), 'film');
    expect((await rows()).map((r) => r.querySelector('strong')!.textContent)).toEqual(['Per Holm']);
  });

  it('withdraws after a confirmation, shows the reminder to remove the material, and logs it', async () => {
    const user = userEvent.setup();
    render(<ConsentRegister editor={editor} database={database} withdraw={writesTo(database, editor).withdraw} />);
    await user.click(await screen.findByRole('button', { name: 'Återkalla: Per Holm – Film från invigningen' }));
    expect(screen.getByRole('group', { name: 'Återkalla samtycket? Det går inte att ångra.' })).toBeTruthy();
    expect((await database.consents.get('c2'))?.withdrawnAt).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Ja, återkalla' }));
    expect((await screen.findByRole('status')).textContent).toMatch(/^Ta bort materialet: Film från invigningen \(konto facebook\.com\/sjovikskommun\)/);
    expect((await database.consents.get('c2'))?.withdrawnAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(await database.log.toArray()).toEqual([expect.objectContaining({ action: 'consent.withdrawn', data: { consentId: 'c2' }, by: editor })]);
    expect(screen.queryByRole('button', { name: /Återkalla: Per Holm/ })).toBeNull();
  });

  it('makes a register extract for one person by name, ignoring case, to print and copy', async () => {
    const user = userEvent.setup();
    const printed = document.implementation.createHTMLDocument('');
    const print = vi.fn();
    const open = vi.spyOn(window, 'open').mockReturnValue({ document: printed, print } as unknown as Window);
    render(<ConsentRegister editor={editor} database={database} withdraw={writesTo(database, editor).withdraw} />);
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
    render(<ConsentRegister editor={editor} database={database} withdraw={writesTo(database, editor).withdraw} />);
    await user.click(screen.getByRole('button', { name: 'Skapa registerutdrag' }));
    expect(screen.getByRole('alert').textContent).toBe('Ange personens namn eller kontaktuppgift.');
    await user.type(screen.getByLabelText('Namn eller kontaktuppgift'), 'per holm');
    await user.click(screen.getByRole('button', { name: 'Skapa registerutdrag' }));
    await user.click(await screen.findByRole('button', { name: 'Skriv ut' }));
    expect(screen.getByRole('alert').textContent).toMatch(/Utskriftsfönstret kunde inte öppnas/);
  });
});
