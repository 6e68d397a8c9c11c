/** Only web addresses become links; anything else from a page, a backup or a policy (javascript:, data:) stays text. */
export function safeHref(url: string | null | undefined): string | null {
  return url && /^https?:\/\//i.test(url) ? url : null;
}
