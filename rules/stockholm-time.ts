// Swedish wall-clock time, whatever time zone the computer is set to.
//
// Sweden keeps EU summer time (Directive 2000/84/EC, the same rule since 1996): UTC+2 from 01:00 UTC
// on the last Sunday of March to 01:00 UTC on the last Sunday of October, UTC+1 otherwise. For those
// years the offset is worked out by hand: making an Intl formatter with a time zone loads the zone's
// data, 13–80 ms in one task of a fresh page, and every hour asked about cost a formatting call.
// Other years go to Intl (once per hour seen). Should the EU end clock changes, RULE_YEARS must end
// the year before, and Intl (whose zone data the browser keeps current) answers from then on.

const ZONE = 'Europe/Stockholm';
const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
/** The years the EU rule is known to hold for. */
const RULE_YEARS = { from: 1996, to: 2037 };

/** 01:00 UTC on the last Sunday of a month (0-based), when the EU's clocks change. */
function clockChange(year: number, month: number): number {
  const lastDay = Date.UTC(year, month + 1, 0);
  return lastDay - new Date(lastDay).getUTCDay() * DAY_MS + HOUR_MS;
}

let zoneFormat: Intl.DateTimeFormat | undefined;
const zoneFormatter = () => (zoneFormat ??= new Intl.DateTimeFormat('en-CA', {
  timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit',
  hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23',
}));

const offsetByHour = new Map<number, number>();

/** The offset as Intl says it, per whole UTC hour (Stockholm's offset only changes on one). */
function intlOffset(instant: number): number {
  const hour = Math.floor(instant / HOUR_MS);
  const cached = offsetByHour.get(hour);
  if (cached !== undefined) return cached;
  if (offsetByHour.size > 50_000) offsetByHour.clear();
  const parts = Object.fromEntries(zoneFormatter().formatToParts(new Date(hour * HOUR_MS)).map((p) => [p.type, p.value]));
  const offset = Date.UTC(+parts.year, +parts.month - 1, +parts.day, +parts.hour, +parts.minute, +parts.second) - hour * HOUR_MS;
  offsetByHour.set(hour, offset);
  return offset;
}

/**
 * The UTC year last asked about and its summer time: every comment's time is asked about several
 * times when judging a thread, and they are mostly in one year.
 */
let lastYear = { from: 0, to: 0, summerFrom: 0, summerTo: 0 };

/** Stockholm's offset from UTC at an instant, in milliseconds (1 or 2 hours). */
export function zoneOffset(instant: number): number {
  if (!(instant >= lastYear.from && instant < lastYear.to)) {
    const year = new Date(instant).getUTCFullYear();
    if (!(year >= RULE_YEARS.from && year <= RULE_YEARS.to)) return intlOffset(instant);
    lastYear = { from: Date.UTC(year, 0, 1), to: Date.UTC(year + 1, 0, 1), summerFrom: clockChange(year, 2), summerTo: clockChange(year, 9) };
  }
  return instant >= lastYear.summerFrom && instant < lastYear.summerTo ? 2 * HOUR_MS : HOUR_MS;
}

/** "YYYY-MM-DDTHH:MM:SS.sss" as Stockholm's clock shows the instant. */
function wallClock(instant: number): string {
  return new Date(instant + zoneOffset(instant)).toISOString();
}

/** "YYYY-MM-DD" of an instant in Stockholm. */
export function stockholmDate(instant: number): string {
  return wallClock(instant).slice(0, 10);
}

/** "HH:MM" of an instant in Stockholm. */
export function stockholmClock(instant: number): string {
  return wallClock(instant).slice(11, 16);
}
