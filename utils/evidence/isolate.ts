// A name taken from a page may hold a right-to-left override (U+202E) that turns the rest of its
// line around in a mail client ("Skribent: Kalle ‮ (@…)"). Between First Strong Isolate and Pop
// Directional Isolate its direction stays its own. For the words around a record, not the record.
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}
