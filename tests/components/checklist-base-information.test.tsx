// The popup's base-information checklist (R9) on the demo's Facebook about page, with saved runs in
// a seeded fake-indexeddb.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BaseInformationChecklist } from '@/components/BaseInformationChecklist';
import { readPage } from '@/entrypoints/facebook.content/adapter';
import { readPage as readX } from '@/entrypoints/x.content/adapter';
import { readPage as readInstagram } from '@/entrypoints/instagram.content/adapter';
import type { OrganisationInfo } from '@/rules/base-information';
import { getPreset } from '@/rules/presets';
import { AppDB } from '@/utils/db/app-db';
import { writesTo } from './writes-to';

const aboutUrl = 'https://www.facebook.com/sjovikskommun/about';
const html = readFileSync(path.resolve(__dirname, '../../demo/facebook/about.html'), 'utf8');
const profileText = readPage(new DOMParser().parseFromString(html, 'text/html'), aboutUrl, new Date('2026-11-23T12:00:00Z')).snapshot.profileText;
const organisation: OrganisationInfo = {
  name: 'Sjöviks kommun', department: 'Kommunikationsavdelningen', website: 'https://www.sjovik.se', switchboard: '0510-77 00 00',
  email: 'kommun@sjovik.se', visitingAddress: 'Storgatan 1, 531 30 Sjövik', postalAddress: '', dataProtectionOfficer: '',
};
const accountKey = 'facebook.com/sjovikskommun';
const editor = 'Anna Berg, kommunikatör';

let database: AppDB;
beforeEach(async () => {
  database = new AppDB(`checklist-${crypto.randomUUID()}`);
  await database.checklists.add({
    id: crypto.randomUUID(), account: accountKey, kind: 'base-information', presetId: 'perstorp', by: 'Johan Ek, webbredaktör',
    at: '2026-11-20T09:00:00.000Z', items: [{ id: 'sender', state: 'found', evidence: 'Sjöviks kommun' }],
  });
  await database.checklists.add({
    id: crypto.randomUUID(), account: 'x.com/annat', kind: 'base-information', presetId: 'perstorp', by: 'Någon Annan',
    at: '2026-11-22T09:00:00.000Z', items: [],
  });
});
afterEach(async () => {
  cleanup();
  await database.delete();
});

const item = (id: string) => document.querySelector(`[data-item="${id}"]`) as HTMLElement;

describe('BaseInformationChecklist (Perstorp, demo Facebook about page)', () => {
  it('shows each item as found or missing in words and marks, with the quote from the page', async () => {
    render(<BaseInformationChecklist profileText={profileText} platform="facebook" preset={getPreset('perstorp')} organisation={organisation}
      accountKey={accountKey} database={database} save={writesTo(database, editor).save} />);
    expect(await screen.findByText(/^Senast kontrollerad 2026-11-20 av Johan Ek, webbredaktör – 1 av 1 uppfyllda$/)).toBeTruthy();
    expect(item('sender').textContent).toMatch(/^✓ Finns: Att kommunen/);
    expect(item('sender').querySelector('q')?.textContent).toBe('Sjöviks kommuns officiella Facebooksida.');
    expect(item('contact').textContent).toContain('kommun@sjovik.se');
    expect(item('public-records').textContent).toMatch(/^✗ Saknas: Att inlägg blir tillgängliga för allmänheten/);
    expect(item('monitoring').textContent).toMatch(/^✗ Saknas/);
    expect(item('writers').textContent).toMatch(/^\? Kontrollera manuellt/);
  });

  it('suggests Swedish text within the 101-character Facebook intro, the rest for the about page, and copies it', async () => {
    const user = userEvent.setup();
    render(<BaseInformationChecklist profileText={profileText} platform="facebook" preset={getPreset('perstorp')} organisation={organisation}
      accountKey={accountKey} database={database} save={writesTo(database, editor).save} />);
    const bio = document.querySelector('.suggestion-bio')!.textContent!;
    expect(Array.from(bio).length).toBeLessThanOrEqual(101);
    expect(bio).toContain('Inlägg blir allmänna handlingar.');
    // Facebook's intro is not told apart from the about page: what to add, and that what is there counts.
    expect(screen.getByText(/^Lägg till i presentationen \(\d+ tecken; fältet rymmer högst 101 tecken inklusive det som redan står där\)$/)).toBeTruthy();
    expect(screen.getByText(/lägg den i sidans Om-avsnitt/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Kopiera tillägget' }));
    expect(await navigator.clipboard.readText()).toBe(bio);
    expect(screen.getByText('Kopierat.')).toBeTruthy();
  });

  it('says a check saved under another policy was made against that policy\'s items, and is to be made again', async () => {
    render(<BaseInformationChecklist profileText={profileText} platform="facebook" preset={getPreset('helsingborg')} organisation={organisation}
      accountKey={accountKey} database={database} save={writesTo(database, editor).save} />);
    const line = await screen.findByText(/^Senast kontrollerad 2026-11-20 av Johan Ek, webbredaktör mot Perstorps kommun – kontrollera igen mot nuvarande policy$/);
    expect(line.closest('p')!.getAttribute('data-complete')).toBe('false');
    expect(screen.queryByText(/1 av 1 uppfyllda/)).toBeNull();
  });

  it('on X, where the bio is read on its own, suggests the whole new bio: what it says now, with what fits added', async () => {
    const xHtml = readFileSync(path.resolve(__dirname, '../../demo/x/profile.html'), 'utf8');
    const { snapshot } = readX(new DOMParser().parseFromString(xHtml, 'text/html'), 'https://x.com/SjovikKommun', new Date('2026-11-23T12:00:00Z'));
    expect(snapshot.bioText).toBe('Sjöviks kommuns officiella konto. Drivs av kommunikationsenheten. Frågor? Ring 0510-77 00 00 eller mejla kommun@sjovik.se');
    render(<BaseInformationChecklist profileText={snapshot.profileText} bioText={snapshot.bioText} platform="x" preset={getPreset('stockholm')}
      organisation={organisation} accountKey="x.com/sjovikkommun" database={database} save={writesTo(database, editor).save} />);
    const bio = document.querySelector('.suggestion-bio')!.textContent!;
    expect(bio.startsWith(`${snapshot.bioText}\n`)).toBe(true); // nothing the bio says is lost by copying the suggestion
    expect(Array.from(bio).length).toBeLessThanOrEqual(160);
    expect(screen.getByText(`Ny bio: det som står där nu, med det som saknas tillagt (${Array.from(bio).length}/160 tecken)`)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Kopiera bion' })).toBeTruthy();
  });

  it('on Instagram, counts the bio as it stands: what does not fit beside it within 150 characters goes to the linked page', async () => {
    const igHtml = readFileSync(path.resolve(__dirname, '../../demo/instagram/profile.html'), 'utf8');
    const { snapshot } = readInstagram(new DOMParser().parseFromString(igHtml, 'text/html'), 'https://www.instagram.com/sjovikskommun/', new Date('2026-11-23T12:00:00Z'));
    expect(snapshot.bioText).toMatch(/^Officiellt konto för Sjöviks kommun\./);
    render(<BaseInformationChecklist profileText={snapshot.profileText} bioText={snapshot.bioText} platform="instagram" preset={getPreset('perstorp')}
      organisation={organisation} accountKey="instagram.com/sjovikskommun" database={database} save={writesTo(database, editor).save} />);
    // The bio has 134 of its 150 characters already: nothing more fits, and all of it goes to the linked page.
    expect(document.querySelector('.suggestion-bio')).toBeNull();
    expect(document.querySelector('.suggestion')?.textContent).toMatch(/Bion har inte plats för mer; lägg texten i en sida på webbplatsen som bion länkar till:Här informerar vi/);
    expect(screen.getByRole('button', { name: 'Kopiera texten' })).toBeTruthy();
  });

  it('on Facebook, where the intro\'s bio is read apart, suggests the whole new intro within 101 characters, or says it has no room', async () => {
    const fbHtml = readFileSync(path.resolve(__dirname, '../../demo/facebook/page.html'), 'utf8');
    const { snapshot } = readPage(new DOMParser().parseFromString(fbHtml, 'text/html'), 'https://www.facebook.com/sjovikskommun', new Date('2026-11-23T12:00:00Z'));
    expect(snapshot.bioText).toMatch(/^Välkommen till Sjöviks kommuns officiella Facebooksida!/);
    const { unmount } = render(<BaseInformationChecklist profileText={snapshot.profileText} bioText={snapshot.bioText} platform="facebook" preset={getPreset('perstorp')}
      organisation={organisation} accountKey="facebook.com/sjovikskommun" database={database} save={writesTo(database, editor).save} />);
    // The demo's intro is longer than Facebook lets an intro be: nothing fits beside it.
    expect(document.querySelector('.suggestion-bio')).toBeNull();
    expect(document.querySelector('.suggestion')?.textContent).toMatch(/Presentationen har inte plats för mer; lägg texten i sidans Om-avsnitt/);
    unmount();

    const shortIntro = 'Sjöviks kommuns officiella sida.';
    render(<BaseInformationChecklist profileText={`Presentation\n${shortIntro}\nkommun@sjovik.se`} bioText={shortIntro} platform="facebook" preset={getPreset('perstorp')}
      organisation={organisation} accountKey="facebook.com/sjovikskommun" database={database} save={writesTo(database, editor).save} />);
    const bio = document.querySelector('.suggestion-bio')!.textContent!;
    expect(bio.startsWith(`${shortIntro}\n`)).toBe(true);
    expect(Array.from(bio).length).toBeLessThanOrEqual(101);
    expect(screen.getByText(`Ny presentation (intro): det som står där nu, med det som saknas tillagt (${Array.from(bio).length}/101 tecken)`)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Kopiera presentationen' })).toBeTruthy();
  });

  it('saves the check with the confirmed manual item, shows the new date and editor, and logs it', async () => {
    const user = userEvent.setup();
    const onSaved = vi.fn();
    render(<BaseInformationChecklist profileText={profileText} platform="facebook" preset={getPreset('perstorp')} organisation={organisation}
      accountKey={accountKey} database={database} onSaved={onSaved} save={writesTo(database, editor).save} />);
    await user.click(within(item('writers')).getByRole('checkbox', { name: 'Bekräfta manuellt' }));
    expect(item('writers').textContent).toMatch(/^✓ Bekräftad manuellt:/);
    await user.click(screen.getByRole('button', { name: 'Spara kontrollen' }));
    expect((await screen.findByText(/^Kontrollen är sparad: \d+ av 10 uppfyllda, \d+ saknas\.$/)).getAttribute('role')).toBe('status');
    const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(new Date());
    expect(await screen.findByText(new RegExp(`^Senast kontrollerad ${today} av ${editor} – \\d+ av 10 uppfyllda, \\d+ saknas$`))).toBeTruthy();
    const runs = await database.checklists.where('[account+kind]').equals([accountKey, 'base-information']).sortBy('at');
    const saved = runs.at(-1)!;
    expect(saved.by).toBe(editor);
    expect(Object.fromEntries(saved.items.map((i) => [i.id, i.state]))).toMatchObject({ sender: 'found', writers: 'confirmed', 'public-records': 'missing' });
    expect(onSaved).toHaveBeenCalledWith(expect.objectContaining({ id: saved.id }));
    expect(await database.log.toArray()).toEqual([expect.objectContaining({ action: 'checklist.saved', account: accountKey, by: editor })]);
  });

  it('opened again, shows what was confirmed by hand in the last saved check as confirmed, so saving again keeps the count', async () => {
    const user = userEvent.setup();
    const props = { profileText, platform: 'facebook' as const, preset: getPreset('perstorp'), organisation, accountKey, database, save: writesTo(database, editor).save };
    const first = render(<BaseInformationChecklist {...props} />);
    await user.click(within(item('writers')).getByRole('checkbox', { name: 'Bekräfta manuellt' }));
    await user.click(screen.getByRole('button', { name: 'Spara kontrollen' }));
    const saved = (await screen.findByText(/^Kontrollen är sparad: /)).textContent!.match(/(\d+) av 10/)![1];
    first.unmount();
    render(<BaseInformationChecklist {...props} />);
    await vi.waitFor(() => expect((within(item('writers')).getByRole('checkbox', { name: 'Bekräfta manuellt' }) as HTMLInputElement).checked).toBe(true));
    expect(item('writers').textContent).toMatch(/^✓ Bekräftad manuellt:/);
    expect(screen.getByText(new RegExp(`Sparas som: ${saved} av 10 uppfyllda`))).toBeTruthy();
  });

  it('a check where nothing could be read is saved as 0 of 5 met, and reads as incomplete until each item is confirmed', async () => {
    // A post page: no profile text, so all of Stockholm's five items say "Kontrollera manuellt".
    const user = userEvent.setup();
    render(<BaseInformationChecklist profileText={null} platform="facebook" preset={getPreset('stockholm')} organisation={organisation}
      accountKey={accountKey} database={database} save={writesTo(database, editor).save} />);
    expect(screen.getByText(/Ingen profiltext lästes/)).toBeTruthy();
    expect(screen.getByText('Sparas som: 0 av 5 uppfyllda, 5 saknas. 5 punkter att kontrollera manuellt räknas som saknade tills du bekräftar dem.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Spara kontrollen' }));
    expect(await screen.findByText('Kontrollen är sparad: 0 av 5 uppfyllda, 5 saknas.')).toBeTruthy();
    const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(new Date());
    const last = await screen.findByText(`Senast kontrollerad ${today} av ${editor} – 0 av 5 uppfyllda, 5 saknas`);
    expect(last.getAttribute('data-complete')).toBe('false');
    const [saved] = await database.checklists.where('[account+kind]').equals([accountKey, 'base-information']).reverse().sortBy('at');
    expect(saved.items.map((i) => i.state)).toEqual(['missing', 'missing', 'missing', 'missing', 'missing']);

    // Confirming every item by hand makes the next check complete.
    for (const box of screen.getAllByRole('checkbox', { name: 'Bekräfta manuellt' })) await user.click(box);
    expect(screen.getByText('Sparas som: 5 av 5 uppfyllda.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Spara kontrollen' }));
    expect(await screen.findByText(`Senast kontrollerad ${today} av ${editor} – 5 av 5 uppfyllda`)).toBeTruthy();
  });

  it('says in English how much of the saved check was met', async () => {
    const user = userEvent.setup();
    render(<BaseInformationChecklist profileText={null} platform="facebook" preset={getPreset('helsingborg')} organisation={organisation}
      accountKey={accountKey} database={database} save={writesTo(database, editor).save} lang="en" />);
    await user.click(within(item('sender')).getByRole('checkbox', { name: 'Confirm by hand' }));
    await user.click(screen.getByRole('button', { name: 'Save the check' }));
    expect(await screen.findByText('The check is saved: 1 of 2 met, 1 missing.')).toBeTruthy();
    expect(await screen.findByText(/^Last checked \d{4}-\d\d-\d\d by Anna Berg, kommunikatör – 1 of 2 met, 1 missing$/)).toBeTruthy();
  });

  it('names the organisation from the settings, not the preset\'s city, in the items', () => {
    render(<BaseInformationChecklist profileText={null} platform="facebook" preset={getPreset('stockholm')} organisation={organisation}
      accountKey={accountKey} database={database} save={writesTo(database, editor).save} />);
    expect(item('sender').textContent).toContain('Vilken verksamhet som står bakom kontot och att den ingår i Sjöviks kommun');
    expect(document.querySelector('.checklist-items')!.textContent).not.toMatch(/Stockholm/);
  });

  it('cannot save without a known account and says why', async () => {
    render(<BaseInformationChecklist profileText={profileText} platform="facebook" preset={getPreset('perstorp')} organisation={organisation}
      accountKey={null} database={database} save={writesTo(database, editor).save} />);
    expect((screen.getByRole('button', { name: 'Spara kontrollen' }) as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByText('Kontot är okänt, så kontrollen kan inte sparas.')).toBeTruthy();
  });

  it('shows hostile profile text as text: no element from it, no bidi override in the quote', async () => {
    const hostile = 'Sjöviks kommun <img src=x onerror="alert(1)"> \u202Eallmänna handlingar\u202C';
    const { container } = render(<BaseInformationChecklist profileText={hostile} platform="x" preset={getPreset('stockholm')} organisation={organisation}
      accountKey={accountKey} database={database} save={writesTo(database, editor).save} />);
    expect(container.querySelector('img')).toBeNull();
    expect(item('sender').textContent).toContain('<img src=x onerror="alert(1)">');
    expect(item('terms').textContent).toContain('allmänna handlingar');
    expect(item('terms').textContent).not.toMatch(/[\u202A-\u202E]/);
  });

  it('asks for a hand check when no profile text was read', () => {
    render(<BaseInformationChecklist profileText={null} platform="instagram" preset={getPreset('helsingborg')} organisation={organisation}
      accountKey={accountKey} database={database} save={writesTo(database, editor).save} />);
    expect(screen.getByText(/Ingen profiltext lästes/)).toBeTruthy();
    expect(item('sender').textContent).toMatch(/^\? Kontrollera manuellt/);
    expect(item('sender').textContent).toContain('Profiltexten kunde inte läsas på den här sidan; kontrollera manuellt.');
  });

  it('says why an item needs a hand check in English too', () => {
    render(<BaseInformationChecklist profileText={null} platform="instagram" preset={getPreset('helsingborg')} organisation={organisation}
      accountKey={accountKey} database={database} save={writesTo(database, editor).save} lang="en" />);
    expect(item('sender').textContent).toContain('The profile text could not be read on this page; check by hand.');
    expect(item('sender').textContent).not.toMatch(/kontrollera manuellt/);
  });
});
