// Counts time in office hours (Swedish wall-clock time), skipping weekends and the given holidays.
import { stockholmClock, stockholmDate, zoneOffset } from './stockholm-time';

export interface OfficeHours {
  /** ISO weekdays that are working days: 1 = Monday … 7 = Sunday. */
  days: number[];
  /** "08:00" */
  start: string;
  /** "17:00" */
  end: string;
}

export const DEFAULT_OFFICE_HOURS: OfficeHours = { days: [1, 2, 3, 4, 5], start: '08:00', end: '17:00' };
const DAY_MS = 86_400_000;

/** The instant when Stockholm's clock shows the given wall time on a calendar day (UTC midnight of it). */
function wallTime(dayUtcMidnight: number, minutes: number): number {
  const guess = dayUtcMidnight + minutes * 60_000;
  return guess - zoneOffset(guess - zoneOffset(guess));
}

function minutesOf(clock: string): number {
  const [h, m] = clock.split(':').map(Number);
  return (h || 0) * 60 + (m || 0);
}

export function isWorkingDay(isoDate: string, hours: OfficeHours, holidays: ReadonlySet<string>): boolean {
  const weekday = new Date(`${isoDate}T12:00:00Z`).getUTCDay() || 7;
  return hours.days.includes(weekday) && !holidays.has(isoDate);
}

/** Is Stockholm's clock within office hours on a working day at this instant (reminders come only then)? */
export function inOfficeHours(now: Date, hours: OfficeHours, holidays: ReadonlySet<string>): boolean {
  const clock = stockholmClock(now.getTime());
  return isWorkingDay(stockholmDate(now.getTime()), hours, holidays) && clock >= hours.start && clock < hours.end;
}

/** A calendar day's opening and closing instants, or null when it is not a working day. */
type OfficeDay = readonly [number, number] | null;

const MAX_DAYS = 3660;

/**
 * A run of consecutive Stockholm calendar days (from `first`, a UTC midnight) with each day's
 * office time and the office time of all days before it, so the office time between two instants
 * is one subtraction instead of a walk over every day between them, for every comment.
 */
interface Calendar {
  first: number;
  days: OfficeDay[];
  /** Office milliseconds in the calendar before day i. */
  before: number[];
}

/** The office hours as a key, per settings object (never changed in place): asked for every comment of a long thread. */
const ruleKeys = new WeakMap<OfficeHours, string>();
function ruleKey(hours: OfficeHours): string {
  let key = ruleKeys.get(hours);
  if (key === undefined) ruleKeys.set(hours, (key = `${hours.days.join()}|${hours.start}|${hours.end}`));
  return key;
}

/** Calendars per rule (hours and holidays): a long thread asks the same weeks again for every comment. */
const calendars = new WeakMap<ReadonlySet<string>, Map<string, Calendar>>();

/** The rule's calendar, made to cover `firstDay` … `lastDay` (at most MAX_DAYS - 32 days apart). */
function calendarCovering(firstDay: number, lastDay: number, hours: OfficeHours, holidays: ReadonlySet<string>): Calendar {
  const rule = ruleKey(hours);
  let byRule = calendars.get(holidays);
  if (!byRule) calendars.set(holidays, (byRule = new Map()));
  let calendar = byRule.get(rule);
  if (!calendar || firstDay < calendar.first || lastDay >= calendar.first + MAX_DAYS * DAY_MS) {
    // Start a month before the first day asked for: later questions are mostly about the same weeks.
    calendar = { first: firstDay - 31 * DAY_MS, days: [], before: [0] };
    byRule.set(rule, calendar);
  }
  const last = Math.round((lastDay - calendar.first) / DAY_MS);
  for (let i = calendar.days.length; i <= last; i++) {
    const date = calendar.first + i * DAY_MS;
    const iso = new Date(date).toISOString().slice(0, 10);
    const open: OfficeDay = isWorkingDay(iso, hours, holidays) ? [wallTime(date, minutesOf(hours.start)), wallTime(date, minutesOf(hours.end))] : null;
    calendar.days.push(open);
    calendar.before.push(calendar.before[i] + (open ? Math.max(0, open[1] - open[0]) : 0));
  }
  return calendar;
}

/** The UTC midnight that starts the Stockholm calendar day of an instant. */
function dayOf(instant: number): number {
  return Math.floor((instant + zoneOffset(instant)) / DAY_MS) * DAY_MS;
}

/** Office milliseconds in `calendar` up to an instant on one of its days. */
function officeMsUntil(instant: number, day: number, calendar: Calendar): number {
  const index = Math.round((day - calendar.first) / DAY_MS);
  const open = calendar.days[index];
  const within = open ? Math.min(Math.max(instant, open[0]), open[1]) - open[0] : 0;
  return calendar.before[index] + Math.max(0, within);
}

/** Office hours (fractional) between two instants; 0 when `to` is not after `from`. */
export function officeHoursBetween(
  from: Date, to: Date, hours: OfficeHours = DEFAULT_OFFICE_HOURS, holidays: ReadonlySet<string> = new Set(),
): number {
  const a = from.getTime();
  let b = to.getTime();
  if (!(b > a) || Number.isNaN(a)) return 0;
  const firstDay = dayOf(a);
  // At most ~10 years are counted, so hostile dates cannot make the calendar grow without end.
  let lastDay = dayOf(b);
  if (lastDay - firstDay >= MAX_DAYS * DAY_MS - 31 * DAY_MS) {
    lastDay = firstDay + (MAX_DAYS - 32) * DAY_MS;
    b = lastDay + DAY_MS - 1;
  }
  const calendar = calendarCovering(firstDay, lastDay, hours, holidays);
  return (officeMsUntil(b, lastDay, calendar) - officeMsUntil(a, firstDay, calendar)) / 3_600_000;
}
