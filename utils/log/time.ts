// Times in the log are stored as UTC ISO strings; editors read and filter them in Swedish time,
// whatever time zone the computer is set to.

export const SWEDISH_TIME_ZONE = 'Europe/Stockholm';

const partsFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: SWEDISH_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit',
  hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23',
});

function swedishParts(date: Date): Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second', string> {
  const parts = Object.fromEntries(partsFormat.formatToParts(date).map((p) => [p.type, p.value]));
  return parts as Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second', string>;
}

/** Sweden's offset from UTC in ms for each UTC hour seen; clocks only change on a whole UTC hour. */
const offsetByHour = new Map<number, number>();

function swedishOffset(ms: number): number {
  const hour = Math.floor(ms / 3_600_000);
  let offset = offsetByHour.get(hour);
  if (offset === undefined) {
    const p = swedishParts(new Date(hour * 3_600_000));
    offset = Date.UTC(+p.year, +p.month - 1, +p.day, +p.hour, +p.minute, +p.second) - hour * 3_600_000;
    offsetByHour.set(hour, offset);
  }
  return offset;
}

/** "2026-03-01 11:00" for 2026-03-01T10:00:00Z; an unreadable time is returned as given. */
export function swedishDateTime(iso: string): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return iso;
  // Intl per entry is slow for 100,000 rows; shift by the (cached) offset and read the ISO form instead.
  const local = new Date(ms + swedishOffset(ms)).toISOString();
  return `${local.slice(0, 10)} ${local.slice(11, 16)}`;
}

/** "2026-03-01": the Swedish calendar date of an instant (file names, retention cut-off). */
export function swedishDate(date: Date): string {
  const p = swedishParts(date);
  return `${p.year}-${p.month}-${p.day}`;
}

const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The UTC instant (ISO) at which a Swedish calendar day begins, or null for anything but YYYY-MM-DD. */
export function swedishDayStart(day: string): string | null {
  const match = DAY_PATTERN.exec(day);
  if (!match) return null;
  const [, y, m, d] = match.map(Number);
  const guess = Date.UTC(y, m - 1, d);
  if (new Date(guess).getUTCDate() !== d) return null;
  // Sweden is UTC+1 or UTC+2; read the offset at the guess and correct once (midnight is never in a DST gap).
  const p = swedishParts(new Date(guess));
  const shownAsUtc = Date.UTC(+p.year, +p.month - 1, +p.day, +p.hour, +p.minute, +p.second);
  return new Date(guess - (shownAsUtc - guess)).toISOString();
}

/** The instant the day after a Swedish calendar day begins: the exclusive end of a "to" date. */
export function swedishDayEnd(day: string): string | null {
  const start = swedishDayStart(day);
  if (!start) return null;
  // 36 h later is always inside the next Swedish day, whatever the DST change.
  return swedishDayStart(swedishDate(new Date(Date.parse(start) + 36 * 3_600_000)));
}
