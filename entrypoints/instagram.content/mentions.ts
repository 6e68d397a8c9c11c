// "@karin.lund Hej Karin! …": the handle a comment starts by addressing. Instagram puts it there when
// Svara is pressed, and editors write it by hand in a comment of their own. Pure string work, no DOM.

/** "@" and a username (letters, digits, "." and "_", at most 30), and what separates it from the next. */
const MENTION = /@([A-Za-z0-9._]{1,30})[\s,]*/y;

/** How many handles one answer is taken to address at most. */
const MAX_MENTIONS = 10;

/**
 * The handles the text starts by mentioning ("@anna @pelle Hej båda!", "@anna, @pelle …"),
 * lowercased, in order, each once. A username never ends in ".": "@karin.lund." is karin.lund.
 */
export function leadingMentions(text: string): string[] {
  const handles: string[] = [];
  MENTION.lastIndex = text.length - text.trimStart().length;
  for (let m = MENTION.exec(text); m && handles.length < MAX_MENTIONS; m = MENTION.exec(text)) {
    const handle = m[1].replace(/\.+$/, '').toLowerCase();
    if (handle && !handles.includes(handle)) handles.push(handle);
  }
  return handles;
}
