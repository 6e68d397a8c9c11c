// Times: <time datetime> first, then the absolute date in its title, then the relative label.
import type { ShownTime } from '@/rules/snapshot';
import { readTimeLabel, shownTime } from '@/utils/page/relative-time';
import { monthNames } from './labels';

export type TimeSource = 'datetime' | 'title' | 'label';

export interface ReadTime {
  iso: string;
  source: TimeSource;
  /** What the page showed and how precise it is: only `datetime` is exact. */
  shown: ShownTime;
}

function validIso(value: string | null): string | null {
  if (!value) return null;
  const ms = Date.parse(value);
  return Number.isFinite(ms) ? new Date(ms).toISOString() : null;
}

/**
 * "12 mars 2025", "12 mars", "March 12, 2025", "Mar 12, 2025" → ISO at noon UTC (the hour is
 * unknown; noon keeps the day the same in every European time zone). A date without a year takes
 * the capture year, or the year before when that would lie in the future.
 */
export function parseAbsoluteDate(label: string, now: Date): string | null {
  const text = label.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
  const dayFirst = /^(\d{1,2})\.? (\p{L}+)\.?(?: (\d{4}))?$/u.exec(text);
  const monthFirst = /^(\p{L}+)\.? (\d{1,2})(?:, ?(\d{4}))?$/u.exec(text);
  let day: number;
  let month: number | undefined;
  let year: number | undefined;
  if (dayFirst) {
    day = Number(dayFirst[1]);
    month = monthNames[dayFirst[2]];
    year = dayFirst[3] ? Number(dayFirst[3]) : undefined;
  } else if (monthFirst) {
    day = Number(monthFirst[2]);
    month = monthNames[monthFirst[1]];
    year = monthFirst[3] ? Number(monthFirst[3]) : undefined;
  } else {
    return null;
  }
  if (!month || day < 1 || day > 31) return null;
  let resolvedYear = year ?? now.getUTCFullYear();
  let date = new Date(Date.UTC(resolvedYear, month - 1, day, 12));
  if (date.getUTCDate() !== day) return null;
  if (year === undefined && date.getTime() > now.getTime()) {
    resolvedYear -= 1;
    date = new Date(Date.UTC(resolvedYear, month - 1, day, 12));
  }
  return date.toISOString();
}

/** A date ("12 mars") or an age ("3 tim") as shown, with its precision; a title is a date first, the text an age. */
function readLabel(label: string, now: Date, source: TimeSource): ReadTime | null {
  const asDate = (): ReadTime | null => {
    const date = parseAbsoluteDate(label, now);
    return date ? { iso: date, source, shown: shownTime(label, 'date', now) } : null;
  };
  const asLabel = (): ReadTime | null => {
    const read = readTimeLabel(label, now);
    return read && { iso: read.iso, source, shown: shownTime(label, read.precision, now) };
  };
  return source === 'title' ? asDate() ?? asLabel() : asLabel() ?? asDate();
}

/** The time a <time> element stands for, which of its signals gave it, and what it showed. */
export function readTimeElement(time: Element, now: Date): ReadTime | null {
  const label = (time.textContent ?? '').trim();
  const fromDatetime = validIso(time.getAttribute('datetime'));
  if (fromDatetime) return { iso: fromDatetime, source: 'datetime', shown: shownTime(label, 'exact', now) };
  const title = time.getAttribute('title');
  return (title ? readLabel(title, now, 'title') : null) ?? (label ? readLabel(label, now, 'label') : null);
}
