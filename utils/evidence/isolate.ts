// A name taken from a page may hold a right-to-left override (U+202E) that turns the rest of its
// line around in a mail client ("Skribent: Kalle ‮ (@…)"). Between First Strong Isolate and Pop
// Directional Isolate its direction stays its own. For the words around a record, not the record.
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}

/** Characters that steer direction, or letters written right to left. */
const DIRECTIONAL = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;

/** Isolated only when it could turn what follows around: a subject searched for a name finds it as typed. */
export function isolatedWhereNeeded(text: string): string {
  return DIRECTIONAL.test(text) ? isolate(text) : text;
}
