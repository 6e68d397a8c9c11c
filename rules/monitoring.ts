import { isWorkingDay, type OfficeHours } from './office-hours';
import { stockholmClock, stockholmDate } from './stockholm-time';

// The monitoring rhythm of R2 (rounds a day in office hours), R13 (documentation every half
// year) and R15 (the register report months). Pure: times in, decisions out.

const HOUR = 3_600_000;

function minutes(clock: string): number {
  const [h, m] = clock.split(':').map(Number);
  return (h || 0) * 60 + (m || 0);
}

const clockOf = (at: number) => `${String(Math.floor(at / 60)).padStart(2, '0')}:${String(at % 60).padStart(2, '0')}`;

/**
 * The day's rounds: office hours cut into as many equal parts as rounds, each round due in the middle
 * of its part (3 a day: 09:30, 12:30, 15:30) and done by a look any time in its part (08:00–11:00, …).
 */
function roundSlots(rounds: number, office: OfficeHours): Array<{ from: string; time: string }> {
  const start = minutes(office.start);
  const span = Math.max(60, minutes(office.end) - start);
  const count = Math.max(1, Math.min(24, Math.round(rounds)));
  return Array.from({ length: count }, (_, i) => ({
    from: clockOf(Math.round(start + (i * span) / count)),
    time: clockOf(Math.round(start + ((i + 0.5) * span) / count)),
  }));
}

/** Wall-clock times ("HH:MM") of the day's rounds, spread evenly over office hours (3 a day: 09:30, 12:30, 15:30). */
export function roundTimes(rounds: number, office: OfficeHours): string[] {
  return roundSlots(rounds, office).map((slot) => slot.time);
}

/** A round of the day: its Stockholm date, its wall-clock time, and from when a look counts for it. */
export interface Round { date: string; time: string; from: string }

/** Today's latest round time that has passed, on a working day; null on other days and before the first round. */
export function latestRound(now: Date, rounds: number, office: OfficeHours, holidays: ReadonlySet<string>): Round | null {
  const date = stockholmDate(now.getTime());
  if (!isWorkingDay(date, office, holidays)) return null;
  const clock = stockholmClock(now.getTime());
  const slot = roundSlots(rounds, office).filter((s) => s.time <= clock).at(-1);
  return slot ? { date, ...slot } : null;
}

/**
 * Has an account not been watched in the round's part of the day (never watched counts as missed)?
 * A look at 08:30 is the round of a policy with one round a day, due at 12:30.
 */
export function missedRound(lastWatchedAt: string | undefined, round: Round): boolean {
  if (!lastWatchedAt) return true;
  const at = Date.parse(lastWatchedAt);
  return `${stockholmDate(at)} ${stockholmClock(at)}` < `${round.date} ${round.from}`;
}

/** A Stockholm calendar date some months later, kept within the month: 31 August + 6 months is 28 (29) February. */
export function addMonths(date: string, months: number): string {
  const [year, month, day] = date.split('-').map(Number);
  const index = year * 12 + (month - 1) + months;
  const [y, m] = [Math.floor(index / 12), (index % 12) + 1];
  const lastDay = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(Math.min(day, lastDay)).padStart(2, '0')}`;
}

/** Is the account's half-year documentation due (R13), by Stockholm's calendar? Never documented counts as due. */
export function documentationDue(lastDocumentedAt: Date | null, now: Date, intervalMonths: number | null): boolean {
  if (intervalMonths === null) return false;
  if (!lastDocumentedAt) return true;
  return stockholmDate(now.getTime()) >= addMonths(stockholmDate(lastDocumentedAt.getTime()), intervalMonths);
}

/** Is the register report due (R15: e.g. February and September), and not yet made this month? */
export function registerReportDue(now: Date, months: number[], lastReportAt: Date | null): boolean {
  const month = Number(stockholmDate(now.getTime()).slice(5, 7));
  if (!months.includes(month)) return false;
  return !lastReportAt || stockholmDate(lastReportAt.getTime()).slice(0, 7) !== stockholmDate(now.getTime()).slice(0, 7);
}

/** Posts in the last 7 and 30 days (R11), from the post times a page shows. */
export function publishingFrequency(postTimes: string[], now: Date): { last7: number; last30: number } {
  const ages = postTimes.map((t) => (now.getTime() - Date.parse(t)) / HOUR).filter((h) => h >= 0 && Number.isFinite(h));
  return { last7: ages.filter((h) => h <= 7 * 24).length, last30: ages.filter((h) => h <= 30 * 24).length };
}
