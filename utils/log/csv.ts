import { categoryLabel, type Lang } from '@/rules/explain';
import type { LogEntry } from '@/utils/db/records';
import { logActionLabel } from './actions';
import { swedishDateTime } from './time';
import { bidiControlsShown } from '@/utils/ui/without-bidi';

// CSV that Excel opens as columns on a double-click: UTF-8 with a byte order mark (or å, ä, ö break),
// CRLF, and the list separator of the editor's language: semicolons with Swedish regional settings
// (the comma is the decimal separator there), commas with English ones.

export const CSV_BOM = '\uFEFF';
export const CSV_SEPARATORS: Record<Lang, string> = { sv: ';', en: ',' };

export const LOG_CSV_HEADER: Record<Lang, string[]> = {
  sv: ['Tid', 'Redaktör', 'Åtgärd', 'Plattform', 'Konto', 'Kategorier', 'Sida', 'Kommentar', 'Detalj', 'Uppgifter', 'Id', 'Tid (UTC)'],
  en: ['Time', 'Editor', 'Action', 'Platform', 'Account', 'Categories', 'Page', 'Comment', 'Detail', 'Data', 'Id', 'Time (UTC)'],
};

/**
 * Characters that make a spreadsheet read a cell as a formula (OWASP "CSV injection"), also after
 * spaces or invisible characters a spreadsheet set to trim them would drop first.
 */
const FORMULA_START = /^[\s\u200B-\u200D\u2060\uFEFF]*[=+\-@\t\r]/u;

/**
 * One cell: bidi controls shown by number (a spreadsheet would turn the text around), formulas
 * neutralised with a leading apostrophe, quoted when it holds either separator, a quote or a line break.
 */
export function csvCell(value: string): string {
  const shown = bidiControlsShown(value);
  const safe = FORMULA_START.test(shown) ? `'${shown}` : shown;
  return /[";,\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A whole file: BOM, one line per row, CRLF after every line. */
export function toCsv(rows: string[][], lang: Lang = 'sv'): string {
  return CSV_BOM + rows.map((row) => row.map(csvCell).join(CSV_SEPARATORS[lang])).join('\r\n') + '\r\n';
}

function dataText(data: LogEntry['data']): string {
  if (!data) return '';
  return Object.entries(data).map(([key, value]) => `${key}: ${value ?? ''}`).join(', ');
}

/** "2026-12-07 14:50:03": Swedish time to the second, as a spreadsheet reads a time. */
function toTheSecond(iso: string): string {
  const at = new Date(iso);
  return Number.isNaN(at.getTime()) ? iso : `${swedishDateTime(iso)}:${String(at.getUTCSeconds()).padStart(2, '0')}`;
}

/**
 * The log as CSV, in the order given, times in Swedish time to the second, actions and categories in
 * words; the last column is the exact instant in UTC, which the hour the clocks go back cannot make twice.
 */
export function logToCsv(entries: LogEntry[], lang: Lang = 'sv'): string {
  const rows = entries.map((e) => [
    toTheSecond(e.at),
    e.by,
    logActionLabel(e.action, lang),
    e.platform ?? '',
    e.account ?? '',
    (e.categories ?? []).map((c) => categoryLabel(c, lang)).join(', '),
    e.pageUrl ?? '',
    e.commentId ?? '',
    e.detail,
    dataText(e.data),
    e.id,
    e.at,
  ]);
  return toCsv([LOG_CSV_HEADER[lang], ...rows], lang);
}
