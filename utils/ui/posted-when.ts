import { shownPrecisely } from '@/utils/evidence/posted-text';
import type { WorkItem } from '@/utils/report';

/** Bidi controls and line breaks dropped: a page's label must not reorder or break the line around it. */
const cleanLabel = (label: string) => label.replace(/[\u202A-\u202E\u2066-\u2069\u200E\u200F]/g, '').replace(/\s+/g, ' ').trim();

/**
 * When a work item's comment was posted, no more precisely than the page said, as the record says it
 * (utils/evidence/posted-text): a clock time only where the page gave one; an age such as "3 d" is a
 * day around a date, with the label.
 */
export function postedWhen(postedAt: string, postedShown: WorkItem['postedShown'], lang: 'sv' | 'en'): string {
  const around = lang === 'sv' ? 'omkring' : 'around';
  // Not said how precise (an older content script): the day, not a minute worked out from "3 d".
  if (!postedShown) return `${around} ${shownPrecisely(postedAt, 'day')}`;
  const when = shownPrecisely(postedAt, postedShown.precision);
  if (postedShown.precision === 'exact' || postedShown.precision === 'clock' || postedShown.precision === 'date') return when;
  const label = cleanLabel(postedShown.label);
  if (!label) return `${around} ${when}`;
  return lang === 'sv' ? `omkring ${when} (sidan: ”${label}”)` : `around ${when} (the page: "${label}")`;
}
