// The settings form as an editor fills it in: what it refuses and says (in the page's language, on
// the field), what it saves, and that it never claims "saved" for changes that are not.
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '@/utils/settings/defaults';
import type { Settings } from '@/utils/settings/schema';

const stored = vi.hoisted(() => ({ setValue: vi.fn(async (_value: unknown) => undefined) }));
const permissions = vi.hoisted(() => ({
  contains: vi.fn(async () => false),
  request: vi.fn(async () => true),
  onAdded: { addListener: () => undefined, removeListener: () => undefined },
  onRemoved: { addListener: () => undefined, removeListener: () => undefined },
}));

vi.mock('wxt/browser', () => ({ browser: { permissions } }));
vi.mock('@/utils/messaging', () => ({ sendMessage: vi.fn(async () => undefined) }));
vi.mock('@/utils/settings/store', () => ({ settingsItem: { getValue: vi.fn(async () => undefined), setValue: stored.setValue, watch: () => () => undefined } }));
vi.mock('@/entrypoints/options/use-options-settings', () => ({
  useOptionsSettings: () => ({ settings: DEFAULT_SETTINGS, locked: [], policyProblems: [], storedProblems: [], loaded: true }),
}));

const { App } = await import('@/entrypoints/options/App');

beforeEach(() => stored.setValue.mockClear());
afterEach(cleanup);

const field = (label: string | RegExp) => screen.getByLabelText(label) as HTMLInputElement;
const type = (label: string | RegExp, value: string) => fireEvent.change(field(label), { target: { value } });
/** The texts a control's aria-describedby points at: its hint, its message, its lock. */
const describedAs = (control: HTMLElement) => (control.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean)
  .map((id) => document.getElementById(id)?.textContent ?? '');
const saveButton = () => screen.getByRole('button', { name: /^(Spara|Save)$/ }) as HTMLButtonElement;
/** Spara says it cannot save yet (aria-disabled): it stays in the Tab order, and pressed it says why. */
const saveBlocked = () => saveButton().getAttribute('aria-disabled') === 'true';

async function save(): Promise<Settings> {
  fireEvent.click(saveButton());
  await screen.findByText(/^(Inställningarna är sparade\.|The settings are saved\.)/);
  return stored.setValue.mock.calls.at(-1)![0] as Settings;
}

async function importFile(content: unknown) {
  const file = new File([JSON.stringify(content)], 'uppsikt-installningar.json', { type: 'application/json' });
  fireEvent.change(document.querySelector('input[type="file"]')!, { target: { files: [file] } });
  await screen.findByText(/^Importerat/);
}

describe('office hours', () => {
  it('from 17:00 to 08:00 are refused on the field, and Spara cannot be clicked', () => {
    render(<App />);
    type('Kontorstid från', '17:00');
    type('Kontorstid till', '08:00');
    expect(field('Kontorstid till').getAttribute('aria-invalid')).toBe('true');
    expect(describedAs(field('Kontorstid till'))).toContain('Kontorstiden ska börja före den slutar, till exempel från 08:00 till 17:00');
    expect(saveBlocked()).toBe(true);
    type('Kontorstid till', '18:00');
    expect(saveBlocked()).toBe(false);
  });

  it('emptied again follow the preset: its hours are said under the field, and the empty field saves', async () => {
    render(<App />);
    expect(describedAs(field('Kontorstid från'))).toContain('Tomt = policyns värde (08:00)');
    expect(describedAs(field('Kontorstid till'))).toContain('Tomt = policyns värde (17:00)');
    type('Kontorstid från', '09:00');
    type('Kontorstid från', '');
    expect(screen.queryByText(/Ange tid som TT:MM/)).toBeNull();
    expect(field('Kontorstid från').getAttribute('aria-invalid')).toBeNull();
    expect(saveBlocked()).toBe(false);
    const saved = await save();
    expect(saved.policy).toEqual({ presetId: 'stockholm' });
  });
});

describe('the registrar\'s address', () => {
  it('typed a letter at a time, says what is wrong on the field until it is an address, and keeps the page', () => {
    render(<App />);
    for (const typed of ['h', 'https:/', 'diarie.sjovik.se']) {
      type(/^Mottagande adress \(HTTP\)/, typed);
      expect(describedAs(field(/^Mottagande adress \(HTTP\)/))).toContain('Ange en adress som börjar med https://');
      expect(saveBlocked()).toBe(true);
    }
    type(/^Mottagande adress \(HTTP\)/, 'https://diarie.sjovik.se/intake');
    expect(field(/^Mottagande adress \(HTTP\)/).getAttribute('aria-invalid')).toBeNull();
    expect(saveBlocked()).toBe(false);
  });
});

describe('the registrar\'s HTTP headers', () => {
  it('with a line that is not "Namn: värde" cannot be saved, and the page says which field to correct', () => {
    render(<App />);
    type(/^Extra HTTP-rubriker/, 'X-Api-Key abc');
    expect(describedAs(field(/^Extra HTTP-rubriker/))).toContain('Rad 1: skriv "Namn: värde", t.ex. "X-Api-Key: abc123".');
    expect(saveBlocked()).toBe(true);
    expect(screen.getByText('Rätta de markerade fälten innan du sparar.')).toBeTruthy();
    expect(screen.getByText('Fält att rätta: Extra HTTP-rubriker.')).toBeTruthy();
    // Pressed anyway (or Enter in a field): nothing is saved, the page says why and takes the keyboard to the field.
    fireEvent.click(saveButton());
    expect(stored.setValue).not.toHaveBeenCalled();
    expect(screen.getByRole('status').textContent).toBe('Rätta de markerade fälten innan du sparar.');
    expect(document.activeElement).toBe(field(/^Extra HTTP-rubriker/));
    type(/^Extra HTTP-rubriker/, 'X-Api-Key: abc');
    expect(saveBlocked()).toBe(false);
  });

  it('are said wrong in English in the English page', () => {
    render(<App />);
    fireEvent.change(screen.getByRole('combobox', { name: 'Språk' }), { target: { value: 'en' } });
    type(/^Extra HTTP headers/, 'X-Api-Key abc');
    expect(describedAs(field(/^Extra HTTP headers/))).toContain('Line 1: write "Name: value", e.g. "X-Api-Key: abc123".');
    expect(screen.getByText('Fields to correct: Extra HTTP headers.')).toBeTruthy();
  });

  it('with a value over 2,000 characters are marked on the headers field, typed or imported', async () => {
    render(<App />);
    type(/^Extra HTTP-rubriker/, `X-Api-Key: ${'k'.repeat(2001)}`);
    expect(describedAs(field(/^Extra HTTP-rubriker/))).toContain('Rad 1: värdet får vara högst 2\u00a0000 tecken.');
    expect(saveBlocked()).toBe(true);
    cleanup();

    // A settings file is read with the schema: the value too long is kept out, and said by the field's label.
    render(<App />);
    await importFile({ ...DEFAULT_SETTINGS, registrar: { ...DEFAULT_SETTINGS.registrar, headers: { 'X-Api-Key': 'k'.repeat(2001) } } });
    expect(screen.getByRole('status').textContent).toContain('Extra HTTP-rubriker (X-Api-Key): högst 2\u00a0000 tecken');
  });
});

describe('messages', () => {
  it('under a field say what is wrong plainly, in Swedish and in English', () => {
    render(<App />);
    type(/^Namn \(t\.ex\./, 'S'.repeat(201));
    expect(describedAs(field(/^Namn \(t\.ex\./))).toContain('Högst 200 tecken');
    fireEvent.change(screen.getByRole('combobox', { name: 'Språk' }), { target: { value: 'en' } });
    expect(describedAs(field(/^Name \(e\.g\./))).toContain('At most 200 characters');
    expect(document.body.textContent).not.toMatch(/Too big|För stor|expected string/);
  });

  it('about an imported file name the fields by their labels, not their paths', async () => {
    render(<App />);
    await importFile({ ...DEFAULT_SETTINGS, policy: { presetId: 'malmo', responseHours: '3' } });
    const said = screen.getByRole('status').textContent ?? '';
    expect(said).toContain('Utgå från policy: välj en av Stockholms stad, Perstorps kommun, Norrköpings kommun eller Helsingborgs stad');
    expect(said).toContain('Svarstid: ange ett antal timmar');
    expect(said).not.toMatch(/policy\.|Ogiltig|förväntade|string/);
  });
});

describe('sharing the settings with other editors', () => {
  it('writes a file without the editor\'s name and the registrator\'s key, and a file without them keeps the importer\'s own', async () => {
    const written: Blob[] = [];
    const revoked: string[] = [];
    Object.assign(URL, { createObjectURL: (blob: Blob) => { written.push(blob); return 'blob:fil'; }, revokeObjectURL: (url: string) => { revoked.push(url); } });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    try {
      render(<App />);
      type('Förnamn', 'Anna');
      type(/^Namn \(t\.ex\./, 'Sjöviks kommun');
      type(/^Extra HTTP-rubriker/, 'X-Api-Key: hemlig');
      fireEvent.click(screen.getByRole('button', { name: 'Exportera inställningar' }));
      expect(revoked).toEqual([]); // not at once: Firefox may cancel a download whose address is revoked before it starts
      const file = JSON.parse(await written[0].text());
      expect(file.organisation.name).toBe('Sjöviks kommun');
      expect(file.editor).toBeUndefined();
      expect(JSON.stringify(file)).not.toContain('hemlig');
      cleanup();

      // A colleague with her own name and key imports it: the organisation's values come, hers stay.
      render(<App />);
      type('Förnamn', 'Britt');
      type(/^Extra HTTP-rubriker/, 'X-Api-Key: egen');
      await importFile(file);
      expect(screen.getByRole('status').textContent).toBe('Importerat. Kontrollera och spara.');
      const saved = await save();
      expect([saved.organisation.name, saved.editor.firstName, saved.registrar.headers]).toEqual(['Sjöviks kommun', 'Britt', { 'X-Api-Key': 'egen' }]);
      cleanup();

      // A file written by hand with a name in it does not sign her replies as someone else.
      render(<App />);
      type('Förnamn', 'Britt');
      await importFile({ ...file, editor: { firstName: 'IT', title: 'Support' } });
      expect((screen.getByRole('textbox', { name: 'Förnamn' }) as HTMLInputElement).value).toBe('Britt');
    } finally {
      click.mockRestore();
    }
  });

  it('says on which line and character a file stops being JSON, and changes nothing', async () => {
    render(<App />);
    type('Förnamn', 'Anna');
    const broken = '{\n  "organisation": {\n    "name": "Sundsvalls kommun",\n  }\n}';
    fireEvent.change(document.querySelector('input[type="file"]')!, { target: { files: [new File([broken], 'trasig.json')] } });
    expect(await screen.findByText('Filen kunde inte läsas som JSON: felet är på rad 4, tecken 3 (JSON tillåter inte kommentarer eller ett kommatecken efter det sista värdet). Inget har ändrats.')).toBeTruthy();
    expect((screen.getByRole('textbox', { name: 'Förnamn' }) as HTMLInputElement).value).toBe('Anna');
  });

  it('reads a file saved as "ANSI" (Windows-1252) with its å/ä/ö, and asks to check them; UTF-16 too', async () => {
    render(<App />);
    const json = JSON.stringify({ organisation: { ...DEFAULT_SETTINGS.organisation, name: 'Ånge Östersund' } });
    // Windows-1252 gives each of these letters one byte, as Latin-1 does.
    const ansi = Uint8Array.from([...json].map((c) => c.charCodeAt(0)));
    fireEvent.change(document.querySelector('input[type="file"]')!, { target: { files: [new File([ansi], 'ansi.json')] } });
    await screen.findByText(/^Importerat/);
    expect((screen.getByRole('textbox', { name: /^Namn \(t\.ex\./ }) as HTMLInputElement).value).toBe('Ånge Östersund');
    expect(screen.getByRole('status').textContent).toContain('lästes som Windows-1252 (ANSI): kontrollera att å, ä och ö blev rätt');
    cleanup();

    render(<App />);
    const utf16 = new Uint8Array(2 + json.length * 2);
    utf16.set([0xff, 0xfe]);
    [...json].forEach((c, i) => { utf16[2 + i * 2] = c.charCodeAt(0); });
    fireEvent.change(document.querySelector('input[type="file"]')!, { target: { files: [new File([utf16], 'utf16.json')] } });
    await screen.findByText('Importerat. Kontrollera och spara.');
    expect((screen.getByRole('textbox', { name: /^Namn \(t\.ex\./ }) as HTMLInputElement).value).toBe('Ånge Östersund');
  });

  it('a file naming another registrar does not take the importer\'s key there, and says so', async () => {
    render(<App />);
    type(/^Mottagande adress/, 'https://diarie.sjovik.se/intake');
    type(/^Extra HTTP-rubriker/, 'X-Api-Key: egen');
    const { headers: _none, ...registrar } = { ...DEFAULT_SETTINGS.registrar, transport: 'http' as const, endpoint: 'https://annan.example/collect' };
    await importFile({ ...DEFAULT_SETTINGS, registrar });
    expect(screen.getByRole('status').textContent).toBe('Importerat. Kontrollera och spara. Filen anger en annan registrator än din, så dina rubriker till registratorn (till exempel en API-nyckel) togs inte med dit; ange de rubriker den nya registratorn ska ha.');
    expect(field(/^Extra HTTP-rubriker/).value).toBe('');
    cleanup();

    // The same registrar (another path on it): the key stays.
    render(<App />);
    type(/^Mottagande adress/, 'https://diarie.sjovik.se/intake');
    type(/^Extra HTTP-rubriker/, 'X-Api-Key: egen');
    await importFile({ ...DEFAULT_SETTINGS, registrar: { ...registrar, endpoint: 'https://diarie.sjovik.se/intake/v2' } });
    expect(screen.getByRole('status').textContent).toBe('Importerat. Kontrollera och spara.');
    expect(field(/^Extra HTTP-rubriker/).value).toBe('X-Api-Key: egen');
    cleanup();

    // A file that names no registrar, or one whose address is not valid, leaves hers as it was.
    for (const file of [{ organisation: { ...DEFAULT_SETTINGS.organisation, name: 'Sjöviks kommun' } }, { ...DEFAULT_SETTINGS, registrar: { ...registrar, endpoint: 'ftp://fel' } }]) {
      render(<App />);
      type(/^Mottagande adress/, 'https://diarie.sjovik.se/intake');
      type(/^Extra HTTP-rubriker/, 'X-Api-Key: egen');
      await importFile(file);
      expect(screen.getByRole('status').textContent).not.toContain('annan registrator');
      expect([field(/^Mottagande adress/).value, field(/^Extra HTTP-rubriker/).value]).toEqual(['https://diarie.sjovik.se/intake', 'X-Api-Key: egen']);
      cleanup();
    }
  });
});

describe('importing a file that is not all settings', () => {
  async function importRaw(content: unknown, said: RegExp) {
    const file = new File([JSON.stringify(content)], 'fil.json', { type: 'application/json' });
    fireEvent.change(document.querySelector('input[type="file"]')!, { target: { files: [file] } });
    await screen.findByText(said);
  }

  it('changes nothing when the file holds no settings (a policy file, misspelt names), and says what it holds', async () => {
    render(<App />);
    type(/^Namn \(t\.ex\./, 'Gamla kommun');
    await importRaw({ settings: { organisation: { name: 'Ny kommun' } }, accounts: [] }, /Inget har ändrats/);
    expect(screen.getByRole('status').textContent).toBe('Filen innehåller inga inställningar för Uppsikt (bara fälten ”settings”, ”accounts”). Inget har ändrats. '
      + 'Välj en fil från Exportera inställningar. Det ser ut som en policyfil till webbläsaren: den läggs in av IT-avdelningen (se README, Konfigurera för en organisation), inte här.');
    await importRaw({ organization: { name: 'Ny kommun' } }, /bara fälten ”organization”/);
    // Chrome's whole policy file is one too.
    await importRaw({ '3rdparty': { extensions: { abc: { settings: {} } } } }, /bara fälten ”3rdparty”\)\. Inget har ändrats\. Välj en fil från Exportera inställningar\. Det ser ut som en policyfil/);
    await importRaw([1, 2, 3], /^Filen innehåller inga inställningar för Uppsikt\. Inget har ändrats/);
    expect(field(/^Namn \(t\.ex\./).value).toBe('Gamla kommun');
    expect((await save()).organisation.name).toBe('Gamla kommun');
  });

  it('keeps what the file leaves out or has wrong, and names the fields it did not read', async () => {
    render(<App />);
    type(/^Namn \(t\.ex\./, 'Gamla kommun');
    type(/^Webbplats/, 'https://www.gamla.se');
    await importRaw({ organisation: { website: 'inte en adress', switchboard: '0771-123 456' }, extra: true }, /^Importerat/);
    const said = screen.getByRole('status').textContent ?? '';
    expect(said).toMatch(/^Importerat, men dessa fält var ogiltiga och behöll sina värden: /);
    expect(said).toMatch(/Fälten ”extra” känns inte igen och lästes inte\.$/);
    await importRaw({ policy: { presetId: 'stockholm', officeStart: '17:00', officeEnd: '08:00' } }, /^Importerat/);
    // Hours the wrong way round fail on both fields: said once, naming both.
    expect(screen.getByRole('status').textContent).toBe('Importerat, men dessa fält var ogiltiga och behöll sina värden: Kontorstid till och Kontorstid från: '
      + 'kontorstiden ska börja före den slutar, till exempel från 08:00 till 17:00. Kontrollera och spara.');
    // A misspelt field inside a section is named by its path, not lost without a word.
    await importRaw({ organisation: { nmae: 'Ny kommun' }, policy: { presetId: 'stockholm', retentionDay: 5 } }, /^Importerat/);
    expect(screen.getByRole('status').textContent).toMatch(/Fälten ”organisation\.nmae”, ”policy\.retentionDay” känns inte igen och lästes inte\.$/);
    const saved = await save();
    expect([saved.organisation.name, saved.organisation.website, saved.organisation.switchboard]).toEqual(['Gamla kommun', 'https://www.gamla.se', '0771-123 456']);
  });
});

describe('a shorter retention period', () => {
  it('is saved only once the editor confirms that older records will be removed, and a longer one needs no word', async () => {
    render(<App />);
    type(/^Gallring: antal dagar att spara loggen/, '30');
    expect(screen.getByText(/^Gallringstiden blir kortare \(730 → 30 dagar\)/)).toBeTruthy();
    expect(saveBlocked()).toBe(true);
    expect(screen.queryByText('Rätta de markerade fälten innan du sparar.')).toBeNull(); // nothing is wrong, it waits for a yes
    // Said beside the greyed-out button too: the warning may be far up the page (after an import, say).
    expect(screen.getByText('Bekräfta gallringstiden 30 dagar under Policy (rutan vid varningen) innan du sparar.')).toBeTruthy();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Ja, gallra det som är äldre än 30 dagar' }));
    expect(saveBlocked()).toBe(false);
    expect(screen.queryByText(/^Bekräfta gallringstiden/)).toBeNull();
    type(/^Gallring: antal dagar att spara loggen/, '20'); // changed again: asked again
    expect(saveBlocked()).toBe(true);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Ja, gallra det som är äldre än 20 dagar' }));
    expect((await save()).policy.retentionDays).toBe(20);
    type(/^Gallring: antal dagar att spara loggen/, '1000');
    expect(screen.queryByText(/^Gallringstiden blir kortare/)).toBeNull();
    expect(saveBlocked()).toBe(false);
  });
});

describe('the saved message', () => {
  it('gives way to "not saved" as soon as the form is changed again', async () => {
    render(<App />);
    type('Förnamn', 'Anna');
    await save();
    expect(screen.getByRole('status').textContent).toBe('Inställningarna är sparade.');
    type('Förnamn', 'Annika');
    expect(screen.getByRole('status').textContent).toBe('Ändringarna är inte sparade än.');
  });
});

describe('the website', () => {
  it('shows its example as an example, and refuses http:// as its message says', () => {
    render(<App />);
    expect(describedAs(field('Webbplats'))).toContain('T.ex. https://www.sjovik.se');
    type('Webbplats', 'http://www.sjovik.se');
    expect(describedAs(field('Webbplats'))).toContain('Ange en adress som börjar med https://');
    expect(saveBlocked()).toBe(true);
    type('Webbplats', 'https://www.sjovik.se');
    expect(saveBlocked()).toBe(false);
  });

  it('takes an address written without https:// as https://, as the account register does, and saves it so', async () => {
    render(<App />);
    type('Webbplats', 'www.sjovik.se');
    expect(describedAs(field('Webbplats'))).not.toContain('Ange en adress som börjar med https://');
    expect(field('Webbplats').getAttribute('inputmode')).toBe('url');
    expect((await save()).organisation.website).toBe('https://www.sjovik.se');
  });
});

describe('the organisation\'s consent text', () => {
  it('names an unknown placeholder and one not closed', () => {
    render(<App />);
    const consent = field(/^Organisationens officiella samtyckes/);
    fireEvent.change(consent, { target: { value: '{organisation} och {okand}. Personuppgiftsansvarig är {namnd.' } });
    const said = describedAs(consent).join(' ');
    expect(said).toContain('Okänd platshållare: {okand}.');
    expect(said).toContain('Platshållaren saknar avslutande }: {namnd.');
    expect(saveBlocked()).toBe(true);
    fireEvent.change(consent, { target: { value: '{organisation}. Personuppgiftsansvarig är {namnd}.' } });
    expect(saveBlocked()).toBe(false);
  });
});

describe('the response time', () => {
  it('takes "2,5" and "2.5" as two and a half hours, never as 25', async () => {
    render(<App />);
    type(/^Svarstid/, '2,5');
    expect(field(/^Svarstid/).value).toBe('2,5');
    expect((await save()).policy.responseHours).toBe(2.5);
    type(/^Svarstid/, '2.5');
    expect((await save()).policy.responseHours).toBe(2.5);
    expect(field(/^Svarstid/).getAttribute('inputmode')).toBe('decimal');
  });

  it('refuses what is not a number, and a fraction of a round, with a message', () => {
    render(<App />);
    type(/^Svarstid/, '2,5 h');
    expect(describedAs(field(/^Svarstid/))).toContain('Ange ett antal timmar');
    expect(saveBlocked()).toBe(true);
    type(/^Svarstid/, '');
    type(/^Bevakningsrundor/, '2,5');
    expect(describedAs(field(/^Bevakningsrundor/))).toContain('Ange ett heltal');
    expect(saveBlocked()).toBe(true);
  });
});

describe('gallring', () => {
  it('says that it removes documentation and deliveries, not only the log', () => {
    render(<App />);
    const days = field(/^Gallring: antal dagar att spara loggen, dokumentationen och utskicken/);
    expect(describedAs(days).join(' ')).toContain('Tomt = policyns värde (730)');
    fireEvent.change(screen.getByRole('combobox', { name: 'Språk' }), { target: { value: 'en' } });
    expect(within(document.body).getByLabelText(/^Gallring \(retention disposal\): days to keep the log, documentation and deliveries/)).toBeTruthy();
  });

  it('warns that under half a year the half-year documentation and the last register report are forgotten', () => {
    render(<App />);
    expect(screen.queryByText(/^Under ett halvår:/)).toBeNull();
    type(/^Gallring: antal dagar att spara loggen/, '90');
    expect(screen.getByText(/^Under ett halvår: kontonas halvårsdokumentation och förra rapporten/).getAttribute('role')).toBe('note');
    type(/^Gallring: antal dagar att spara loggen/, '200');
    expect(screen.queryByText(/^Under ett halvår:/)).toBeNull();
  });
});

describe('access to an HTTP registrar', () => {
  it('is asked for in the Spara click itself, for the intake\'s host on every port (Firefox takes a request only there, and no port)', async () => {
    render(<App />);
    fireEvent.change(screen.getByRole('combobox', { name: 'Hur dokumentation skickas' }), { target: { value: 'http' } });
    type(/^Mottagande adress/, 'http://127.0.0.1:45633/intake');
    permissions.request.mockClear();
    fireEvent.click(saveButton());
    // Nothing awaited before: the request is made while the click is still being handled.
    expect(permissions.request).toHaveBeenCalledWith({ origins: ['http://127.0.0.1/*'] });
    await screen.findByText(/^Inställningarna är sparade\.$/);
  });
});
