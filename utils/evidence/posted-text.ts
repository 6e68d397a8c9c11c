import type { ShownTime, TimePrecision } from '@/rules/snapshot';
import { inSwedishTime, swedishDateTime } from '@/utils/log/time';
import { oneLine } from './quoted';

/** The publication time no more precise than the page said: to the minute for an exact or shown clock time, else the day, month or year. */
export function shownPrecisely(postedAt: string, precision: TimePrecision): string {
  const dateTime = swedishDateTime(postedAt);
  if (precision === 'exact' || precision === 'clock') return dateTime;
  return dateTime.slice(0, precision === 'year' ? 4 : precision === 'month' ? 7 : 10);
}

/**
 * When a comment was published, no more precisely than the page said it: a time to the minute only
 * where the page gave one (a datetime attribute, or "12 nov kl. 14:05" as shown); an age such as
 * "3 d" is a day around a date, with the label and when it was shown, so anyone can count again.
 */
export function postedText(postedAt: string | null, shown: ShownTime | null | undefined): string {
  const label = shown?.label ? `”${oneLine(shown.label)}”` : '';
  if (!postedAt) return label ? `okänt (sidan visade ${label})` : 'okänt';
  // Records made before the label was kept: the instant Uppsikt worked out, said to be worked out.
  const dateTime = swedishDateTime(postedAt);
  if (!shown) return `${dateTime} (svensk tid; uträknat av Uppsikt, vad sidan visade sparades inte)`;
  const when = shownPrecisely(postedAt, shown.precision);
  switch (shown.precision) {
    case 'exact':
      return inSwedishTime(postedAt);
    case 'clock':
      return `${when} (svensk tid${label ? `; sidan visade ${label}` : ''})`;
    case 'date':
      return `${when}${label ? ` (sidan visade ${label})` : ''}`;
    default:
      return `omkring ${when} (sidan visade ${label || 'en ålder'} ${swedishDateTime(shown.shownAt)})`;
  }
}
