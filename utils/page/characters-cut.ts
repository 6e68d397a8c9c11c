import type { Platform } from '@/rules/snapshot';
import { CAPTURE_TEXT_LIMITS } from '@/utils/capture-limits';

/** Whether a text read from the page reached the platform's reading limit: the comment may go on past it, unread. */
export function reachedReadLimit(platform: Platform, text: string): boolean {
  return text.length >= CAPTURE_TEXT_LIMITS[platform];
}

/**
 * About how many characters of a comment's text Uppsikt did not read, when the text reached the
 * platform's reading limit (so the record can say how much is left out); undefined below it. Counted
 * from the element's whole text, without the replies some layouts put inside it: its name, time and
 * buttons still count, so it is a little more than was cut.
 */
export function charactersCut(platform: Platform, element: Element, text: string, commentElements: Iterable<Element>): number | undefined {
  if (!reachedReadLimit(platform, text)) return undefined;
  const inside = [...commentElements].filter((other) => other !== element && element.contains(other));
  // Only the outermost: a reply to a reply is inside the reply already counted.
  const replies = inside.filter((other) => !inside.some((outer) => outer !== other && outer.contains(other)));
  const length = replies.reduce((sum, reply) => sum - (reply.textContent ?? '').length, (element.textContent ?? '').length);
  return Math.max(0, length - text.length);
}
