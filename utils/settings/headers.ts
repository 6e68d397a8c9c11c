import { HEADER_VALUE } from './schema';

/** "Namn: värde" per line ↔ the registrar's extra HTTP headers. Returns the line that is wrong, if any. */
export function parseHeaderLines(text: string): { headers: Record<string, string>; error: string | null } {
  const headers: Record<string, string> = {};
  for (const [index, raw] of text.split('\n').entries()) {
    const line = raw.trim();
    if (!line) continue;
    const colon = line.indexOf(':');
    const name = colon > 0 ? line.slice(0, colon).trim() : '';
    if (!/^[A-Za-z0-9-]+$/.test(name)) return { headers, error: `Rad ${index + 1}: skriv "Namn: värde", t.ex. "X-Api-Key: abc123".` };
    const value = line.slice(colon + 1).trim();
    if (!HEADER_VALUE.test(value)) return { headers, error: `Rad ${index + 1}: värdet har ett tecken som inte kan skickas i en HTTP-rubrik, till exempel ett tankstreck (–) eller en emoji.` };
    headers[name] = value;
  }
  return { headers, error: null };
}

export function headerLines(headers: Record<string, string>): string {
  return Object.entries(headers).map(([name, value]) => `${name}: ${value}`).join('\n');
}
