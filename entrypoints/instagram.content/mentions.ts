// "@karin.lund Hej Karin! …": the handle a comment starts by addressing. Instagram puts it there when
// Svara is pressed, and editors write it by hand in a comment of their own. Pure string work, no DOM.

/** "@" and a username (letters, digits, "." and "_", at most 30) at the very start of the text. */
const LEADING_MENTION = /^\s*@([A-Za-z0-9._]{1,30})/;

/** The handle the text starts by mentioning, lowercased, or null. A username never ends in ".": "@karin.lund." is karin.lund. */
export function leadingMention(text: string): string | null {
  const handle = LEADING_MENTION.exec(text)?.[1].replace(/\.+$/, '');
  return handle ? handle.toLowerCase() : null;
}
