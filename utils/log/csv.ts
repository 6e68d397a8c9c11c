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
  sv: ['Tid', 'Redaktör', 'Åtgärd', 'Plattform', 'Konto', 'Kategorier', 'Sida', 'Kommentar', 'Detalj', 'Uppgifter', 'Id'],
  en: ['Time', 'Editor', 'Action', 'Platform', 'Account', 'Categories', 'Page', 'Comment', 'Detail', 'Data', 'Id'],
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

/** The log as CSV, in the order given, times in Swedish time, actions and categories in words. */
export function logToCsv(entries: LogEntry[], lang: Lang = 'sv'): string {
  const rows = entries.map((e) => [
    swedishDateTime(e.at),
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
  ]);
  return toCsv([LOG_CSV_HEADER[lang], ...rows], lang);
}
