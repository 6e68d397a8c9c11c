/** Direction overrides, embeddings, isolates and marks: in a comment or a name they can make it read as something else. */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069\u200E\u200F]/g;

/** A character by its number, as "[U+202E]": for one that cannot be seen. */
export function unicodeLabel(char: string): string {
  return `[U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}]`;
}

/**
 * Text kept as a record (the log, its CSV): its bidi controls shown by number, so the reader sees
 * they are there and they turn nothing around ("ett fynd \u202Eevil" read "ett fynd live").
 */
export function bidiControlsShown(text: string): string {
  return text.replace(BIDI_CONTROLS, unicodeLabel);
}

/** Text from a page, without bidi controls, for showing it beside Uppsikt's own words. */
export function withoutBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, '');
}

/** An account's name as the page gave it (a page can name itself anything), or its handle, for showing. */
export function shownAccountName(account: { name?: string | null; handle?: string | null } | null | undefined): string {
  return withoutBidiControls(account?.name || account?.handle || '—');
}
