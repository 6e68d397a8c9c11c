/**
 * Resolves a time label as the sites show it ("3 tim", "2 d", "1 v", "Just nu", "3h", "2d", "1w",
 * "12 mars", "March 12, 2024", "a week ago") against the capture time. Returns ISO 8601 or null.
 * Placeholder: the Facebook adapter work fills this in.
 */
export function parseRelativeTime(_label: string, _now: Date): string | null {
  return null;
}
