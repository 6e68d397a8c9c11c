// The consent panel (R12): the information text to copy and the form that registers it as sent.
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConsentPanel } from '@/components/ConsentPanel';
import type { OrganisationInfo } from '@/rules/base-information';
import { getPreset } from '@/rules/presets';
import { AppDB } from '@/utils/db/app-db';
import { writesTo } from './writes-to';

const organisation: OrganisationInfo = {
  name: 'Sjöviks kommun', department: 'Kultur- och fritidsnämnden', website: 'https://www.sjovik.se', switchboard: '', email: 'kultur@sjovik.se',
  visitingAddress: '', postalAddress: '', dataProtectionOfficer: '',
};
const editor = 'Anna Berg, kommunikatör';
let database: AppDB;

beforeEach(() => {
  database = new AppDB(`consent-panel-${crypto.randomUUID()}`);
});
afterEach(async () => {
  cleanup();
  await database.delete();
});

describe('ConsentPanel', () => {
  it('shows the Helsingborg wording filled from the settings, marks the missing DPO, and copies the text', async () => {
    const user = userEvent.setup();
    render(<ConsentPanel preset={getPreset('helsingborg')} organisation={organisation} register={writesTo(database, editor).register} />);
    expect(screen.getByText('Rättslig grund: uppgift av allmänt intresse')).toBeTruthy();
    expect(screen.getByRole('note').textContent).toBe('Saknas i inställningarna: dataskyddsombud');
    const text = document.querySelector('.consent-text')!.textContent!;
    expect(text).toContain('Personuppgiftsansvarig är Kultur- och fritidsnämnden.');
    expect(text).toContain('[ange dataskyddsombud i inställningarna]');
    await user.click(screen.getByRole('button', { name: 'Kopiera texten' }));
    expect(await navigator.clipboard.readText()).toBe(text);
  });

  it('shows Stockholm\'s consent wording, and the organisation\'s own text when given', () => {
    const { unmount } = render(<ConsentPanel preset={getPreset('stockholm')} organisation={organisation} register={writesTo(database, editor).register} />);
    expect(screen.getByText(/Rättslig grund: samtycke/)).toBeTruthy();
    expect(document.querySelector('.consent-text')!.textContent).toContain('vårdnadshavare');
    unmount();
    render(<ConsentPanel preset={getPreset('stockholm')} organisation={organisation} register={writesTo(database, editor).register}
      ownTemplate="Vår text från {organisation}." />);
    expect(document.querySelector('.consent-text')!.textContent).toBe('Vår text från Sjöviks kommun.');
    expect(screen.getByText('Organisationens egen text')).toBeTruthy();
  });

  it('registers the sent information with the account, logs it, and keeps typed text when a field is missing', async () => {
    const user = userEvent.setup();
    render(<ConsentPanel preset={getPreset('helsingborg')} organisation={organisation} accountKey="instagram.com/sjovikskommun"
      register={writesTo(database, editor).register} />);
    await user.type(screen.getByLabelText('Kontaktuppgift (e-post eller telefon)'), 'karin@example.se');
    await user.click(screen.getByRole('button', { name: 'Registrera' }));
    expect(screen.getByRole('alert').textContent).toBe('Ange personens namn.');
    expect((screen.getByLabelText('Kontaktuppgift (e-post eller telefon)') as HTMLInputElement).value).toBe('karin@example.se');
    expect(await database.consents.count()).toBe(0);

    await user.type(screen.getByLabelText('Personens namn'), 'Karin Ek');
    await user.type(screen.getByLabelText('Material (bild, film eller ljud, och var det publiceras)'), 'Bild från Kulturnatten');
    await user.clear(screen.getByLabelText('Skickad'));
    await user.type(screen.getByLabelText('Skickad'), '2026-11-20');
    await user.click(screen.getByRole('button', { name: 'Registrera' }));
    expect(await screen.findByText('Registrerat i samtyckesregistret: Karin Ek – Bild från Kulturnatten')).toBeTruthy();
    const [stored] = await database.consents.toArray();
    // Helsingborg's legal basis is public interest: information, with nothing to wait for.
    expect(stored).toMatchObject({ person: 'Karin Ek', contact: 'karin@example.se', material: 'Bild från Kulturnatten', sentAt: '2026-11-20',
      account: 'instagram.com/sjovikskommun', by: editor, withdrawnAt: null, kind: 'information', state: 'informed', minor: false });
    expect(await database.log.toArray()).toEqual([expect.objectContaining({ action: 'consent.registered', data: { consentId: stored.id, state: 'informed' }, by: editor })]);
    expect((screen.getByLabelText('Personens namn') as HTMLInputElement).value).toBe('');
  });

  it('registers a consent request for a minor with the guardian as waiting for an answer, not as consent', async () => {
    const user = userEvent.setup();
    render(<ConsentPanel preset={getPreset('stockholm')} organisation={organisation} register={writesTo(database, editor).register} />);
    // Stockholm asks for consent: a request is what is sent.
    expect((screen.getByRole('radio', { name: 'Samtyckesfråga, väntar på svar' }) as HTMLInputElement).checked).toBe(true);
    await user.type(screen.getByLabelText('Personens namn'), 'Elsa Holm');
    await user.type(screen.getByLabelText('Material (bild, film eller ljud, och var det publiceras)'), 'Bild från luciatåget');
    expect(screen.queryByLabelText('Vårdnadshavarens namn')).toBeNull();
    await user.click(screen.getByRole('checkbox', { name: 'Personen är under 18 år (vårdnadshavaren ger samtycket)' }));
    await user.type(screen.getByLabelText('Vårdnadshavarens namn'), 'Maria Holm');
    await user.click(screen.getByRole('button', { name: 'Registrera' }));
    expect(await screen.findByText('Registrerat i samtyckesregistret: Elsa Holm – Bild från luciatåget. Väntar på svar; registrera svaret i registret nedan när det kommer.'))
      .toBeTruthy();
    const [stored] = await database.consents.toArray();
    expect(stored).toMatchObject({ kind: 'request', state: 'asked', minor: true, guardian: 'Maria Holm', answeredBy: null, answeredAt: null });
  });

  it('in English: the form and its messages, while the text for the person stays Swedish unless English is picked', async () => {
    const user = userEvent.setup();
    render(<ConsentPanel preset={getPreset('helsingborg')} organisation={organisation} register={writesTo(database, editor).register} lang="en" />);
    expect((screen.getByRole('radio', { name: 'Information (legal basis: public interest), no answer needed' }) as HTMLInputElement).checked).toBe(true);
    expect(screen.getByRole('checkbox', { name: 'The person is under 18 (the guardian gives the consent)' })).toBeTruthy();
    const wording = () => document.querySelector('.consent-text')!;
    expect(wording().textContent).toContain('Personuppgiftsansvarig är Kultur- och fritidsnämnden.');
    expect(wording().getAttribute('lang')).toBe('sv');
    await user.click(screen.getByRole('radio', { name: 'English' }));
    expect(wording().textContent).not.toContain('Personuppgiftsansvarig');
    expect(wording().getAttribute('lang')).toBe('en');
    await user.click(screen.getByRole('button', { name: 'Register' }));
    expect(screen.getByRole('alert').textContent).toBe('Enter the person’s name.');
    await user.type(screen.getByLabelText('Name of the person'), 'Elsa Holm');
    await user.click(screen.getByRole('button', { name: 'Register' }));
    expect(screen.getByRole('alert').textContent).toBe('Describe the material (photo, film or sound, and where it is published).');
    expect(await database.consents.count()).toBe(0);
  });
});
