import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { AppDB } from '@/utils/db/app-db';
import type { LogEntry } from '@/utils/db/records';
import { csvCell, logToCsv } from '@/utils/log/csv';
import { logToJson } from '@/utils/log/json';
import { allLogEntries } from '@/utils/log/query';
import { seedLog } from '@/utils/log/seed';

/** Reads CSV the way Excel does: `;` between cells with Swedish settings (`,` with English), quoted cells may hold either, `""` and line breaks. */
function parseCsv(text: string, separator = ';'): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { cell += '"'; i++; }
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === separator) { row.push(cell); cell = ''; }
    else if (ch === '\r' && text[i + 1] === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; i++; }
    else cell += ch;
  }
  if (cell || row.length) { row.push(cell); rows.push(row); }
  return rows;
}

function entry(overrides: Partial<LogEntry>): LogEntry {
  return {
    id: crypto.randomUUID(), at: '2026-03-10T09:05:00.000Z', by: 'Anna Berg, kommunikatör', action: 'removed', platform: 'facebook',
    account: 'facebook.com/sjovikskommun', pageUrl: 'https://www.facebook.com/sjovikskommun/posts/1', commentId: 'c1',
    categories: ['prohibited.attack'], detail: 'Borttagen', ...overrides,
  };
}

const HEADER = ['Tid', 'Redaktör', 'Åtgärd', 'Plattform', 'Konto', 'Kategorier', 'Sida', 'Kommentar', 'Detalj', 'Uppgifter', 'Id', 'Tid (UTC)'];

describe('CSV export for Swedish Excel', () => {
  it('a seeded log parses back to the header and one row per entry, in order, with Swedish labels and times', async () => {
    const db = new AppDB(`log-csv-${crypto.randomUUID()}`);
    const seeded = await seedLog(db, 500, { seed: 3, now: new Date('2026-11-01T12:00:00.000Z') });
    const entries = await allLogEntries(db, {});
    const csv = logToCsv(entries);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.endsWith('\r\n')).toBe(true);
    const rows = parseCsv(csv.slice(1));
    expect(rows[0]).toEqual(HEADER);
    expect(rows).toHaveLength(seeded.length + 1);
    for (const row of rows) expect(row).toHaveLength(HEADER.length);
    const byId = new Map(seeded.map((e) => [e.id, e]));
    expect(rows.slice(1).map((r) => r[10])).toEqual(entries.map((e) => e.id));
    for (const row of rows.slice(1)) {
      const source = byId.get(row[10])!;
      expect(row[1]).toBe(source.by);
      expect(row[4]).toBe(source.account ?? '');
      expect(row[8]).toBe(source.detail);
      expect(row[0]).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
      expect(row[11]).toBe(source.at);
    }
    const answered = rows.slice(1).find((r) => byId.get(r[10])!.action === 'answered')!;
    expect(answered[2]).toBe('Besvarad');
    expect(answered[5]).toBe('Fråga att besvara');
    db.close();
  });

  it('writes times in Swedish local time, winter and summer', () => {
    const rows = parseCsv(logToCsv([
      entry({ at: '2026-01-15T09:05:07.000Z' }),
      entry({ at: '2026-07-15T09:05:00.000Z' }),
      // The hour the clocks go back comes twice: the same Swedish time, told apart by the instant in UTC.
      entry({ at: '2026-10-25T00:30:00.000Z' }),
      entry({ at: '2026-10-25T01:30:00.000Z' }),
    ]).slice(1));
    expect(rows[1][0]).toBe('2026-01-15 10:05:07');
    expect(rows[2][0]).toBe('2026-07-15 11:05:00');
    expect([rows[3][0], rows[4][0]]).toEqual(['2026-10-25 02:30:00', '2026-10-25 02:30:00']);
    expect([rows[3][11], rows[4][11]]).toEqual(['2026-10-25T00:30:00.000Z', '2026-10-25T01:30:00.000Z']);
  });

  it('quotes semicolons, quotes and line breaks so they stay in their cell', () => {
    const detail = 'Svar: "ring oss"; vi öppnar 08:00\r\nandra raden';
    const csv = logToCsv([entry({ detail, categories: ['prohibited.attack', 'personal.id'] })]);
    expect(csv).toContain('"Svar: ""ring oss""; vi öppnar 08:00\r\nandra raden"');
    const rows = parseCsv(csv.slice(1));
    expect(rows).toHaveLength(2);
    expect(rows[1][8]).toBe(detail);
    expect(rows[1][5]).toBe('Personangrepp, Personnummer eller annat id-nummer');
  });

  it('in English, separates cells with commas, as Excel with English settings reads them, and keeps a comma in its cell', () => {
    const detail = 'Answered by phone, then by e-mail; done';
    const csv = logToCsv([entry({ detail, categories: ['prohibited.attack', 'personal.id'] })], 'en');
    expect(csv.split('\r\n')[0]).toBe('\uFEFFTime,Editor,Action,Platform,Account,Categories,Page,Comment,Detail,Data,Id,Time (UTC)');
    const rows = parseCsv(csv.slice(1), ',');
    expect(rows[1]).toHaveLength(12);
    expect(rows[1][8]).toBe(detail);
    expect(rows[1][5]).toBe('Personal attack, Personal identity number');
  });

  it('neutralises cells a spreadsheet would run as formulas', () => {
    const csv = logToCsv([
      entry({ detail: '=HYPERLINK("http://evil.example","klicka")' }),
      entry({ detail: '+46701234567' }),
      entry({ detail: '-2+3' }),
      entry({ detail: '@SUM(A1)' }),
      entry({ by: '=cmd|/C calc!A0', detail: 'vanlig text' }),
    ]);
    const rows = parseCsv(csv.slice(1)).slice(1);
    expect(rows.map((r) => r[8])).toEqual(['\'=HYPERLINK("http://evil.example","klicka")', "'+46701234567", "'-2+3", "'@SUM(A1)", 'vanlig text']);
    expect(rows[4][1]).toBe("'=cmd|/C calc!A0");
    expect(csvCell('Anna')).toBe('Anna');
    // After spaces, a no-break space or a zero-width space, which a spreadsheet trimming them drops first.
    expect([' =1+1', '\u00A0=1+1', '\u200B@SUM(A1)'].map(csvCell)).toEqual(["' =1+1", "'\u00A0=1+1", "'\u200B@SUM(A1)"]);
    expect(csvCell(' Anna')).toBe(' Anna');
  });

  it('shows bidi controls by number, so a spreadsheet turns no text around (a control at the start neutralised too)', () => {
    const csv = logToCsv([entry({ detail: 'inte ett fynd \u202Eevil', by: '\u202E=1+1' })]);
    const [row] = parseCsv(csv.slice(1)).slice(1);
    expect(row[8]).toBe('inte ett fynd [U+202E]evil');
    expect(row[1]).toBe('[U+202E]=1+1');
  });

  it('writes structured extras as key: value', () => {
    const rows = parseCsv(logToCsv([entry({ action: 'delivery.sent', data: { registrationNumber: 'KS 2026/12', attempt: 2 } })]).slice(1));
    expect(rows[1][2]).toBe('Skickad till registrator');
    expect(rows[1][9]).toBe('registrationNumber: KS 2026/12, attempt: 2');
  });
});

describe('JSON export', () => {
  it('holds the entries exactly as stored, with who exported them and the filter', () => {
    const entries = [entry({ detail: '<img src=x onerror=alert(1)>' }), entry({ data: { n: 1 } })];
    const doc = JSON.parse(logToJson(entries, { by: 'Anna Berg', filter: { account: 'facebook.com/sjovikskommun' }, now: new Date('2026-11-23T10:00:00.000Z') }));
    expect(doc).toMatchObject({ format: 'uppsikt-logg', version: 1, exportedBy: 'Anna Berg', exportedAt: '2026-11-23T10:00:00.000Z', filter: { account: 'facebook.com/sjovikskommun' } });
    expect(doc.entries).toEqual(entries);
  });
});
