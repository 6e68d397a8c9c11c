// Swedish wall-clock time, whatever time zone the computer is set to. Intl formatting with a time
// zone is slow and Stockholm's offset only changes on a whole UTC hour, so the offset is worked out
// once per hour seen and every date and clock is read off the shifted instant.

const ZONE = 'Europe/Stockholm';

/**
 * Made at first use: creating a formatter with a time zone loads the zone's data (about 20 ms in a
 * fresh page), which would otherwise land in the first task of every page that loads this code.
 */
let zoneFormat: Intl.DateTimeFormat | undefined;
const zoneFormatter = () => (zoneFormat ??= new Intl.DateTimeFormat('en-CA', {
  timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit',
  hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23',
}));

/** Makes the time-zone formatter now: the content script calls it in a task of its own, before the first judgement. */
export function prepareZone(): void {
  zoneFormatter();
}

const offsetByHour = new Map<number, number>();

/** Stockholm's offset from UTC at an instant, in milliseconds (1 or 2 hours). */
export function zoneOffset(instant: number): number {
  const hour = Math.floor(instant / 3_600_000);
  const cached = offsetByHour.get(hour);
  if (cached !== undefined) return cached;
  if (offsetByHour.size > 50_000) offsetByHour.clear();
  const parts = Object.fromEntries(zoneFormatter().formatToParts(new Date(hour * 3_600_000)).map((p) => [p.type, p.value]));
  const offset = Date.UTC(+parts.year, +parts.month - 1, +parts.day, +parts.hour, +parts.minute, +parts.second) - hour * 3_600_000;
  offsetByHour.set(hour, offset);
  return offset;
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
