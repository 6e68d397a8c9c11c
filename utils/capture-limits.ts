/**
 * The most text each site's content script reads from one element (a comment, a tweet, a bio);
 * longer is cut. Documentation keeps a comment as read, so the background's checks and a backup's
 * import take MAX_CAPTURED_TEXT: what was read can always be documented, backed up and restored.
 */
export const CAPTURE_TEXT_LIMITS = { facebook: 200_000, instagram: 200_000, x: 500_000 } as const;

export const MAX_CAPTURED_TEXT = Math.max(...Object.values(CAPTURE_TEXT_LIMITS));
