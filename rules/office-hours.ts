// Counts time in office hours (Swedish wall-clock time), skipping weekends and the given holidays.

export interface OfficeHours {
  /** ISO weekdays that are working days: 1 = Monday … 7 = Sunday. */
  days: number[];
  /** "08:00" */
  start: string;
  /** "17:00" */
  end: string;
}

export const DEFAULT_OFFICE_HOURS: OfficeHours = { days: [1, 2, 3, 4, 5], start: '08:00', end: '17:00' };
const ZONE = 'Europe/Stockholm';
const DAY_MS = 86_400_000;

const zoneFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit',
  hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23',
});

/** Offsets by UTC hour: Intl formatting is slow and the offset only changes on the hour. */
const offsetByHour = new Map<number, number>();

/** Stockholm's offset from UTC at an instant, in milliseconds (1 or 2 hours). */
function zoneOffset(instant: number): number {
  const hour = Math.floor(instant / 3_600_000);
  const cached = offsetByHour.get(hour);
  if (cached !== undefined) return cached;
  if (offsetByHour.size > 50_000) offsetByHour.clear();
  const offset = computeOffset(hour * 3_600_000);
  offsetByHour.set(hour, offset);
  return offset;
}

function computeOffset(instant: number): number {
  const parts = Object.fromEntries(zoneFormat.formatToParts(new Date(instant)).map((p) => [p.type, p.value]));
  const asUtc = Date.UTC(+parts.year, +parts.month - 1, +parts.day, +parts.hour, +parts.minute, +parts.second);
  return asUtc - Math.floor(instant / 1000) * 1000;
}

/** The instant when Stockholm's clock shows the given wall time on a calendar day (UTC midnight of it). */
function wallTime(dayUtcMidnight: number, minutes: number): number {
  const guess = dayUtcMidnight + minutes * 60_000;
  return guess - zoneOffset(guess - zoneOffset(guess));
}

function minutesOf(clock: string): number {
  const [h, m] = clock.split(':').map(Number);
  return (h || 0) * 60 + (m || 0);
}

/** "YYYY-MM-DD" of an instant in Stockholm. */
export function stockholmDate(instant: number): string {
  return new Date(instant + zoneOffset(instant)).toISOString().slice(0, 10);
}

export function isWorkingDay(isoDate: string, hours: OfficeHours, holidays: ReadonlySet<string>): boolean {
  const weekday = new Date(`${isoDate}T12:00:00Z`).getUTCDay() || 7;
  return hours.days.includes(weekday) && !holidays.has(isoDate);
}

/** Office hours (fractional) between two instants; 0 when `to` is not after `from`. */
export function officeHoursBetween(
  from: Date, to: Date, hours: OfficeHours = DEFAULT_OFFICE_HOURS, holidays: ReadonlySet<string> = new Set(),
): number {
  const a = from.getTime();
  const b = to.getTime();
  if (!(b > a) || Number.isNaN(a)) return 0;
  const open = minutesOf(hours.start);
  const close = minutesOf(hours.end);
  let total = 0;
  // Walk Stockholm calendar days; bounded to ~10 years so hostile dates cannot loop for long.
  let day = Date.parse(`${stockholmDate(a)}T00:00:00Z`);
  const lastDay = Date.parse(`${stockholmDate(b)}T00:00:00Z`);
  for (let i = 0; day <= lastDay && i < 3660; day += DAY_MS, i++) {
    const iso = new Date(day).toISOString().slice(0, 10);
    if (!isWorkingDay(iso, hours, holidays)) continue;
    const dayOpen = wallTime(day, open);
    const dayClose = wallTime(day, close);
    const overlap = Math.min(b, dayClose) - Math.max(a, dayOpen);
    if (overlap > 0) total += overlap;
  }
  return total / 3_600_000;
}
