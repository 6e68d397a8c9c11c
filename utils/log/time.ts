// Times in the log are stored as UTC ISO strings; editors read and filter them in Swedish time,
// whatever time zone the computer is set to.
import { stockholmClock, stockholmDate, zoneOffset } from '@/rules/stockholm-time';

/** "2026-03-01 11:00" for 2026-03-01T10:00:00Z; an unreadable time is returned as given. */
export function swedishDateTime(iso: string): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return iso;
  return `${stockholmDate(ms)} ${stockholmClock(ms)}`;
}

/** "2026-03-01 11:00 (svensk tid)", where a reader cannot know which zone is meant (the registrar's copy). */
export function inSwedishTime(iso: string): string {
  const shown = swedishDateTime(iso);
  const at = Date.parse(iso);
  // The hour the clocks go back in October comes twice: which of them is said, or two instants read the same.
  if (!Number.isNaN(at) && swedishDateTime(new Date(at + HOUR).toISOString()) === shown) return `${shown} (svensk sommartid, UTC+2)`;
  if (!Number.isNaN(at) && swedishDateTime(new Date(at - HOUR).toISOString()) === shown) return `${shown} (svensk normaltid, UTC+1)`;
  return `${shown} (svensk tid)`;
}

const HOUR = 3_600_000;

/** "2026-03-01": the Swedish calendar date of an instant (file names, retention cut-off). */
export function swedishDate(date: Date): string {
  return stockholmDate(date.getTime());
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
  return new Date(guess - zoneOffset(guess)).toISOString();
}

/** The instant the day after a Swedish calendar day begins: the exclusive end of a "to" date. */
export function swedishDayEnd(day: string): string | null {
  const start = swedishDayStart(day);
  if (!start) return null;
  // 36 h later is always inside the next Swedish day, whatever the DST change.
  return swedishDayStart(swedishDate(new Date(Date.parse(start) + 36 * 3_600_000)));
}
