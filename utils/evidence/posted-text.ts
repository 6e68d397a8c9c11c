import type { ShownTime } from '@/rules/snapshot';
import { inSwedishTime, swedishDateTime } from '@/utils/log/time';
import { oneLine } from './quoted';

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
  const date = dateTime.slice(0, 10);
  switch (shown.precision) {
    case 'exact':
      return inSwedishTime(postedAt);
    case 'clock':
      return `${dateTime} (svensk tid${label ? `; sidan visade ${label}` : ''})`;
    case 'date':
      return `${date}${label ? ` (sidan visade ${label})` : ''}`;
    default: {
      const around = shown.precision === 'year' ? date.slice(0, 4) : shown.precision === 'month' ? date.slice(0, 7) : date;
      return `omkring ${around} (sidan visade ${label || 'en ålder'} ${swedishDateTime(shown.shownAt)})`;
    }
  }
}
