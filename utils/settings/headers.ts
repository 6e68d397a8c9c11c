import { SETTINGS_STRINGS } from '@/utils/ui/settings-strings';
import type { Lang } from '@/utils/ui/strings';
import { HEADER_VALUE, HEADER_VALUE_MAX, RESERVED_HEADERS } from './schema';

/**
 * "Namn: värde" per line ↔ the registrar's extra HTTP headers. Returns what is wrong with the first
 * line that is, in `lang`: a line without "Namn:", a character HTTP cannot carry, a value too long.
 */
export function parseHeaderLines(text: string, lang: Lang = 'sv'): { headers: Record<string, string>; error: string | null } {
  const said = SETTINGS_STRINGS[lang].headerLine;
  const headers: Record<string, string> = {};
  for (const [index, raw] of text.split('\n').entries()) {
    const line = raw.trim();
    if (!line) continue;
    const colon = line.indexOf(':');
    const name = colon > 0 ? line.slice(0, colon).trim() : '';
    if (!/^[A-Za-z0-9-]+$/.test(name)) return { headers, error: said.format(index + 1) };
    if (RESERVED_HEADERS.has(name.toLowerCase())) return { headers, error: said.reserved(index + 1, name) };
    const value = line.slice(colon + 1).trim();
    if (!HEADER_VALUE.test(value)) return { headers, error: said.character(index + 1) };
    if (value.length > HEADER_VALUE_MAX) return { headers, error: said.tooLong(index + 1, HEADER_VALUE_MAX) };
    headers[name] = value;
  }
  return { headers, error: null };
}

export function headerLines(headers: Record<string, string>): string {
  return Object.entries(headers).map(([name, value]) => `${name}: ${value}`).join('\n');
}
