/**
 * An id for a comment the page gives no key for, made from what the page shows: the same comment gets
 * the same id at every rescan and reload, and a decision about it (answered, false alarm) stays with it.
 * A position ("the fifth comment") would not: it moves when a comment is added above, and is the same
 * on every post, so a decision would land on another comment.
 */
export function localCommentId(prefix: string, parts: readonly string[]): string {
  let hash = 0;
  const source = parts.join('|');
  for (let i = 0; i < source.length; i++) hash = (Math.imul(hash, 31) + source.charCodeAt(i)) | 0;
  return `${prefix}-${(hash >>> 0).toString(36)}`;
}
