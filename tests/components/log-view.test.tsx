import { cleanup, configure, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LogView } from '@/components/LogView';
import { AppDB } from '@/utils/db/app-db';
import type { LogEntry } from '@/utils/db/records';
import { createBackup } from '@/utils/log/backup';
import { rememberDecision } from '@/utils/log/decisions';
import { writesTo } from './writes-to';
import { evidence, outboxItem } from '../unit/log-records';
import { emptyAccount } from '@/components/AccountForm';

// Dexie's live queries settle asynchronously; give them time on a busy machine.
configure({ asyncUtilTimeout: 5_000 });

const EDITOR = 'Anna Berg, kommunikatör';
let db: AppDB;

function entry(overrides: Partial<LogEntry>): LogEntry {
  return {
    id: crypto.randomUUID(), at: '2026-03-10T09:05:00.000Z', by: EDITOR, action: 'answered', platform: 'facebook',
    account: 'facebook.com/sjovikskommun', pageUrl: 'https://www.facebook.com/sjovikskommun/posts/1', commentId: 'c1',
    categories: ['needs-reply'], detail: 'Besvarad', ...overrides,
  };
}

const ENTRIES: LogEntry[] = [
  entry({ at: '2026-03-12T10:00:00.000Z', detail: 'Svar om sophämtning' }),
  entry({ at: '2026-03-11T10:00:00.000Z', action: 'removed', categories: ['prohibited.attack'], account: 'x.com/sjovikkommun', platform: 'x', pageUrl: 'https://x.com/sjovikkommun/status/99', detail: 'Borttagen: personangrepp' }),
  entry({ at: '2026-03-10T10:00:00.000Z', action: 'documented', categories: ['prohibited.threat'], detail: '<img src=x onerror=alert(1)>' }),
  entry({ at: '2026-02-01T10:00:00.000Z', action: 'note', categories: [], account: null, pageUrl: 'javascript:alert(1)', commentId: null, detail: 'Vikarie bevakar i februari' }),
];

beforeEach(async () => {
  db = new AppDB(`log-view-${crypto.randomUUID()}`);
  await db.log.bulkAdd(ENTRIES);
});
afterEach(() => {
  cleanup();
  db.close();
  vi.restoreAllMocks();
});

function rows(): HTMLElement[] {
  return screen.getAllByRole('row').slice(1);
}
/** The account list fills in from the log's index after the rows; wait for it before choosing. */
async function chooseAccount(user: ReturnType<typeof userEvent.setup>, account: string) {
  const select = screen.getByLabelText('Konto') as HTMLSelectElement;
  await waitFor(() => expect([...select.options].map((o) => o.value)).toContain(account));
  await user.selectOptions(select, account);
}
const details = () => rows().map((row) => row.querySelector('.log-detail')?.textContent);

describe('LogView', { timeout: 20_000 }, () => {
  it('shows the entries newest first with Swedish time, action, category and a link to the page', async () => {
    render(<LogView db={db} editor={EDITOR} retentionDays={730} writes={writesTo(db, EDITOR).logWrites} />);
    await waitFor(() => expect(rows()).toHaveLength(4));
    expect(details()).toEqual(['Svar om sophämtning', 'Borttagen: personangrepp', '<img src=x onerror=alert(1)>', 'Vikarie bevakar i februari']);
    const first = within(rows()[0]);
    expect(first.getByText('2026-03-12 11:00')).toBeTruthy();
    expect(first.getByText('Besvarad')).toBeTruthy();
    expect(first.getByText('Fråga att besvara')).toBeTruthy();
    expect(first.getByRole('link', { name: 'https://www.facebook.com/sjovikskommun/posts/1' }).getAttribute('href'))
      .toBe('https://www.facebook.com/sjovikskommun/posts/1');
    expect(screen.getByText('Visar 1–4 av 4')).toBeTruthy();
  });

  it('never renders a log detail or address as HTML', async () => {
    const { container } = render(<LogView db={db} editor={EDITOR} retentionDays={730} writes={writesTo(db, EDITOR).logWrites} />);
    await screen.findByText('<img src=x onerror=alert(1)>');
    expect(container.querySelector('img')).toBeNull();
    const note = within(rows()[3]);
    expect(note.queryByRole('link')).toBeNull();
    expect(note.getByText('javascript:alert(1)')).toBeTruthy();
  });

  it('shows a bidi control in a detail by number: it turns nothing around', async () => {
    await db.log.add(entry({ at: '2026-03-13T10:00:00.000Z', action: 'false-alarm', detail: 'inte ett fynd \u202Eevil' }));
    render(<LogView db={db} editor={EDITOR} retentionDays={730} writes={writesTo(db, EDITOR).logWrites} />);
    await waitFor(() => expect(details()[0]).toBe('inte ett fynd [U+202E]evil'));
  });

  it('filters by typed text, by account, category and action, and by date', async () => {
    const user = userEvent.setup();
    render(<LogView db={db} editor={EDITOR} retentionDays={730} writes={writesTo(db, EDITOR).logWrites} />);
    await waitFor(() => expect(rows()).toHaveLength(4));

    await user.type(screen.getByLabelText('Sök'), 'SOPHÄMT');
    await waitFor(() => expect(details()).toEqual(['Svar om sophämtning']));
    await user.clear(screen.getByLabelText('Sök'));
    await waitFor(() => expect(rows()).toHaveLength(4));

    await chooseAccount(user, 'x.com/sjovikkommun');
    await waitFor(() => expect(details()).toEqual(['Borttagen: personangrepp']));
    await chooseAccount(user, '');

    await user.selectOptions(screen.getByLabelText('Kategori'), 'Hot eller våld');
    await waitFor(() => expect(details()).toEqual(['<img src=x onerror=alert(1)>']));
    await user.selectOptions(screen.getByLabelText('Kategori'), '');

    await user.selectOptions(screen.getByLabelText('Åtgärd'), 'Anteckning');
    await waitFor(() => expect(details()).toEqual(['Vikarie bevakar i februari']));
    await user.click(screen.getByRole('button', { name: 'Rensa filter' }));

    await user.type(screen.getByLabelText('Från och med'), '2026-03-11');
    await waitFor(() => expect(details()).toEqual(['Svar om sophämtning', 'Borttagen: personangrepp']));
    await user.type(screen.getByLabelText('Till och med'), '2026-03-11');
    await waitFor(() => expect(details()).toEqual(['Borttagen: personangrepp']));
    await chooseAccount(user, 'facebook.com/sjovikskommun');
    expect(await screen.findByText('Inga loggposter matchar filtret.')).toBeTruthy();
  });

  it('names an account in the filter by its name in the register, with its address', async () => {
    await db.accounts.add({ ...emptyAccount(), id: 'a1', name: 'Sjöviks kommun på X', platform: 'x', url: 'https://x.com/sjovikkommun', key: 'x.com/sjovikkommun' });
    render(<LogView db={db} editor={EDITOR} retentionDays={730} writes={writesTo(db, EDITOR).logWrites} />);
    const select = screen.getByLabelText('Konto') as HTMLSelectElement;
    await waitFor(() => expect([...select.options].map((o) => o.textContent)).toEqual(['Alla', 'facebook.com/sjovikskommun', 'Sjöviks kommun på X (x.com/sjovikkommun)']));
  });

  it('pages through the log instead of rendering everything', async () => {
    const user = userEvent.setup();
    render(<LogView db={db} editor={EDITOR} retentionDays={730} writes={writesTo(db, EDITOR).logWrites} pageSize={3} />);
    await waitFor(() => expect(rows()).toHaveLength(3));
    expect(screen.getByRole('button', { name: 'Föregående' }).hasAttribute('disabled')).toBe(true);
    await user.click(screen.getByRole('button', { name: 'Nästa' }));
    await waitFor(() => expect(details()).toEqual(['Vikarie bevakar i februari']));
    expect(screen.getByText('Visar 4–4 av 4')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Nästa' }).hasAttribute('disabled')).toBe(true);
  });

  it('updates when a new entry is logged', async () => {
    render(<LogView db={db} editor={EDITOR} retentionDays={730} writes={writesTo(db, EDITOR).logWrites} />);
    await waitFor(() => expect(rows()).toHaveLength(4));
    await db.log.add(entry({ at: '2026-03-13T10:00:00.000Z', detail: 'Alldeles ny post' }));
    await waitFor(() => expect(details()[0]).toBe('Alldeles ny post'));
  });
});

describe('LogView tools', { timeout: 20_000 }, () => {
  function captureDownloads() {
    const blobs: Blob[] = [];
    const names: string[] = [];
    Object.defineProperty(URL, 'createObjectURL', { configurable: true, value: (blob: Blob) => { blobs.push(blob); return 'blob:uppsikt'; } });
    Object.defineProperty(URL, 'revokeObjectURL', { configurable: true, value: () => undefined });
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) { names.push(this.download); });
    return { blobs, names };
  }

  it('exports the filtered log as CSV for Swedish Excel', async () => {
    const user = userEvent.setup();
    const downloads = captureDownloads();
    render(<LogView db={db} editor={EDITOR} retentionDays={730} writes={writesTo(db, EDITOR).logWrites} />);
    await waitFor(() => expect(rows()).toHaveLength(4));
    await chooseAccount(user, 'facebook.com/sjovikskommun');
    await waitFor(() => expect(rows()).toHaveLength(2));
    await user.click(screen.getByRole('button', { name: 'Exportera CSV (Excel)' }));
    await screen.findByText(/2 poster exporterade till uppsikt-logg-\d{4}-\d{2}-\d{2}\.csv/);
    expect(downloads.names[0]).toMatch(/^uppsikt-logg-\d{4}-\d{2}-\d{2}\.csv$/);
    const bytes = new Uint8Array(await downloads.blobs[0].arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes.slice(3)).split('\r\n');
    expect(lines[0]).toBe('Tid;Redaktör;Åtgärd;Plattform;Konto;Kategorier;Sida;Kommentar;Detalj;Uppgifter;Id;Tid (UTC)');
    expect(lines[1]).toContain(';Svar om sophämtning;');
    expect(lines).toHaveLength(4);
  });

  it('says where the backup went and what is in it (the settings are not)', async () => {
    const user = userEvent.setup();
    const downloads = captureDownloads();
    render(<LogView db={db} editor={EDITOR} retentionDays={730} writes={writesTo(db, EDITOR).logWrites} />);
    await waitFor(() => expect(rows()).toHaveLength(4));
    await user.click(screen.getByRole('button', { name: 'Säkerhetskopiera allt' }));
    const said = await screen.findByText(/^Säkerhetskopian är sparad i Hämtade filer som uppsikt-sakerhetskopia-\d{4}-\d{2}-\d{2}\.json: loggen, /);
    expect(said.textContent).toContain('Inställningarna ingår inte; exportera dem på inställningssidan.');
    expect(downloads.names[0]).toMatch(/^uppsikt-sakerhetskopia-\d{4}-\d{2}-\d{2}\.json$/);
  });

  it('imports a backup and says what was added; a broken file changes nothing', async () => {
    const user = userEvent.setup();
    const source = new AppDB(`log-view-source-${crypto.randomUUID()}`);
    await source.log.add(entry({ at: '2026-03-14T10:00:00.000Z', detail: 'Från den andra datorn' }));
    const backup = await (await createBackup(source, 'Erik Lund')).text();
    source.close();
    render(<LogView db={db} editor={EDITOR} retentionDays={730} writes={writesTo(db, EDITOR).logWrites} />);
    await waitFor(() => expect(rows()).toHaveLength(4));

    const input = screen.getByLabelText('Importera säkerhetskopia');
    await user.upload(input, new File(['{"inte": "en säkerhetskopia"'], 'trasig.json', { type: 'application/json' }));
    expect(await screen.findByText(/kunde inte läsas som JSON\. Inget har importerats\./)).toBeTruthy();
    expect(await db.log.count()).toBe(4);

    await user.upload(input, new File([backup], 'uppsikt-sakerhetskopia.json', { type: 'application/json' }));
    expect(await screen.findByText('Importerat: 1 loggpost.')).toBeTruthy();
    await waitFor(() => expect(details()).toContain('Från den andra datorn'));
  });

  it('names the exported files in English in the English interface', async () => {
    const user = userEvent.setup();
    const downloads = captureDownloads();
    render(<LogView db={db} editor={EDITOR} retentionDays={730} lang="en" writes={writesTo(db, EDITOR).logWrites} />);
    await waitFor(() => expect(rows()).toHaveLength(4));
    await user.click(screen.getByRole('button', { name: 'Back up everything' }));
    // The tools wait while one works: the export is asked for once the backup is done.
    await waitFor(() => expect(downloads.names).toHaveLength(1), { timeout: 10_000 });
    await waitFor(() => expect(screen.getByRole('button', { name: /^Export CSV/ }).getAttribute('aria-disabled')).toBe('false'));
    await user.click(screen.getByRole('button', { name: /^Export CSV/ }));
    await waitFor(() => expect(downloads.names).toHaveLength(2), { timeout: 10_000 });
    // The focus stays on the button pressed while it worked (a disabled button dropped it to the page's start).
    expect(document.activeElement).toBe(screen.getByRole('button', { name: /^Export CSV/ }));
    expect(downloads.names[0]).toMatch(/^uppsikt-backup-\d{4}-\d{2}-\d{2}\.json$/);
    expect(downloads.names[1]).toMatch(/^uppsikt-log-\d{4}-\d{2}-\d{2}\.csv$/);
  });

  it('says why a backup was refused in English in the English interface', async () => {
    const user = userEvent.setup();
    render(<LogView db={db} editor={EDITOR} retentionDays={730} lang="en" writes={writesTo(db, EDITOR).logWrites} />);
    await waitFor(() => expect(rows()).toHaveLength(4));
    await user.upload(screen.getByLabelText('Import backup'), new File(['{"not": "a backup"}'], 'other.json', { type: 'application/json' }));
    expect(await screen.findByText('The file is not a backup from Uppsikt. Nothing was imported.')).toBeTruthy();
    expect(await db.log.count()).toBe(4);
    // The entries' details are the log's, kept in Swedish: a screen reader in the English interface reads them as Swedish.
    expect([...document.querySelectorAll('td.log-detail')].map((td) => td.getAttribute('lang'))).toEqual(['sv', 'sv', 'sv', 'sv']);
  });

  it('says in English what came in, a delivery held back beside it, not among what was skipped', async () => {
    const user = userEvent.setup();
    const source = new AppDB(`log-view-source-${crypto.randomUUID()}`);
    const documented = evidence();
    await source.evidence.add(documented);
    await source.outbox.add(outboxItem(documented.id, { state: 'queued' }));
    const backup = await (await createBackup(source, 'Erik Lund')).text();
    source.close();
    render(<LogView db={db} editor={EDITOR} retentionDays={730} lang="en" writes={writesTo(db, EDITOR).logWrites} />);
    await waitFor(() => expect(rows()).toHaveLength(4));
    await user.upload(screen.getByLabelText('Import backup'), new File([backup], 'uppsikt-sakerhetskopia.json', { type: 'application/json' }));
    expect(await screen.findByText('Imported: 1 documentation record, 1 delivery. One delivery to the registrar had not been delivered in the file and is not sent by itself: it is under “Not delivered to the registrar”, where Try again sends it.')).toBeTruthy();
    expect(screen.queryByText('Skipped:')).toBeNull();
  });

  it('gallrar after confirmation, and only then', async () => {
    const user = userEvent.setup();
    // A false alarm decided long ago, and one decided today.
    await db.ignored.bulkAdd([
      { id: 'old', commentKey: 'facebook:1', reason: 'Citerar en bok', by: EDITOR, at: '2020-01-01T10:00:00.000Z' },
      { id: 'new', commentKey: 'facebook:2', reason: 'Ironi', by: EDITOR, at: new Date().toISOString() },
    ]);
    render(<LogView db={db} editor={EDITOR} retentionDays={30} writes={writesTo(db, EDITOR).logWrites} />);
    await waitFor(() => expect(rows()).toHaveLength(4));
    await user.click(screen.getByRole('button', { name: 'Gallra nu' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Bekräfta gallring' });
    expect(within(dialog).getByText('4 loggposter, 0 dokumentationsposter, 0 skickade utskick och 1 beslut om kommentarer tas bort.')).toBeTruthy();
    expect(within(dialog).getByText(/kan flaggas igen/)).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: 'Avbryt' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(await db.log.count()).toBe(4);
    // Closed, with Avbryt or Escape, the keyboard is back on "Gallra nu".
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Gallra nu' }));
    await user.click(screen.getByRole('button', { name: 'Gallra nu' }));
    await screen.findByRole('alertdialog', { name: 'Bekräfta gallring' });
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Gallra nu' }));

    await user.click(screen.getByRole('button', { name: 'Gallra nu' }));
    await user.click(await screen.findByRole('button', { name: 'Ja, gallra' }));
    await waitFor(() => expect(rows()).toHaveLength(1));
    expect(within(rows()[0]).getByText('Gallring')).toBeTruthy();
    expect(within(rows()[0]).getByText(EDITOR)).toBeTruthy();
    // Said in the status line and kept as the detail of the new log entry.
    const said = /^Gallring: 4 loggposter, 0 dokumentationsposter, 0 skickade utskick och 1 beslut om kommentarer äldre än 30 dagar/;
    expect(within(rows()[0]).getByText(said)).toBeTruthy();
    expect(await screen.findAllByText(said)).toHaveLength(2);
  });

  it('says ahead of time what the automatic gallring will remove within 30 days, and nothing when nothing is due', async () => {
    const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();
    await db.log.clear();
    await db.log.bulkAdd([entry({ at: daysAgo(350), detail: 'Snart gallrad' }), entry({ at: daysAgo(345), detail: 'Också snart' }), entry({ at: daysAgo(10), detail: 'Ny' })]);
    const { unmount } = render(<LogView db={db} editor={EDITOR} retentionDays={365} writes={writesTo(db, EDITOR).logWrites} />);
    expect(await screen.findByText('Inom 30 dagar gallras automatiskt 2 loggposter. Exportera eller säkerhetskopiera det som behövs före dess.')).toBeTruthy();
    unmount();
    const english = render(<LogView db={db} editor={EDITOR} retentionDays={365} lang="en" writes={writesTo(db, EDITOR).logWrites} />);
    expect(await screen.findByText('Within 30 days, automatic gallring removes 2 log entries. Export or back up what is needed before then.')).toBeTruthy();
    english.unmount();
    render(<LogView db={db} editor={EDITOR} retentionDays={730} lang="en" writes={writesTo(db, EDITOR).logWrites} />);
    await waitFor(() => expect(rows()).toHaveLength(3));
    await new Promise((resolve) => setTimeout(resolve, 500)); // the preview's read has had its time
    expect(screen.queryByText(/automatic gallring removes/)).toBeNull();
  });

  it('keeps a draft nobody marked as sent, its documentation and its log entries, and says so before and after', async () => {
    const user = userEvent.setup();
    const draft = evidence({ at: '2020-01-01T10:00:00.000Z' });
    await db.evidence.add(draft);
    await db.outbox.add(outboxItem(draft.id, { at: draft.at, state: 'saved', transport: 'email' }));
    await db.log.add(entry({ at: draft.at, action: 'delivery.saved', detail: 'E-postutkast sparat', data: { evidenceId: draft.id } }));
    render(<LogView db={db} editor={EDITOR} retentionDays={30} writes={writesTo(db, EDITOR).logWrites} />);
    await waitFor(() => expect(rows()).toHaveLength(5));
    await user.click(screen.getByRole('button', { name: 'Gallra nu' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Bekräfta gallring' });
    expect(within(dialog).getByText('1 äldre dokumentationspost behålls eftersom den ännu inte har nått registrator: '
      + '1 sparad som e-postutkast eller ZIP men inte markerad som skickad. 1 loggpost om den behålls också.')).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: 'Ja, gallra' }));
    await waitFor(() => expect(rows()).toHaveLength(2));
    expect(details()[1]).toBe('E-postutkast sparat');
    expect(await db.evidence.count()).toBe(1);
    expect(await db.outbox.count()).toBe(1);
  });

  it('offers to take back a decision that stands, on the entry that made it, and logs the undo', async () => {
    const user = userEvent.setup();
    await rememberDecision(db, ENTRIES[0]); // "Besvarad" for c1: the comment no longer waits for a reply
    const repeat = entry({ at: '2026-03-13T10:00:00.000Z', detail: 'Besvarad igen' });
    await db.log.add(repeat);
    await rememberDecision(db, repeat); // a repeat: the first decision stands
    render(<LogView db={db} editor={EDITOR} retentionDays={730} writes={writesTo(db, EDITOR).logWrites} />);
    await waitFor(() => expect(rows()).toHaveLength(5));
    const undo = await screen.findByRole('button', { name: 'Ångra' });
    expect(rows().indexOf(undo.closest('tr')!)).toBe(1); // the first "Besvarad", not the repeat above it
    await user.click(undo);
    const said = await screen.findByText(/Beslutet är ångrat och loggat/);
    expect(document.activeElement).toBe(said); // the keyboard is where the outcome is said, not at the page's start
    expect(await db.handled.count()).toBe(0);
    await waitFor(() => expect(rows()).toHaveLength(6));
    expect(within(rows()[0]).getByText('Beslut ångrat')).toBeTruthy();
    expect(details()[0]).toBe('Ångrat: besvarad på annat sätt (väntar på svar igen): Svar om sophämtning');
    // The undo and its entry are one write; the entries and the standing decisions are two live queries.
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Ångra' })).toBeNull());
  });
});
