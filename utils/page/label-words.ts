/**
 * A pattern that finds any of `labels` inside a longer text, in any case and with any whitespace
 * between its words: a whole comment's text is asked once, so its elements are only looked through
 * when a label may be among them.
 */
export function labelWords(labels: readonly string[]): RegExp {
  const escaped = labels
    .map((label) => label.trim())
    .filter(Boolean)
    .map((label) => label.split(/\s+/).map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+'));
  return escaped.length ? new RegExp(escaped.join('|'), 'iu') : /(?!)/;
}
