/** Bidi and other control characters: a number shown in the panel and kept in the log must read as it is. */
// eslint-disable-next-line no-control-regex -- the control characters are what is looked for
export const CONTROLS = /[\u0000-\u001F\u007F-\u009F\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

/** Codes, years and serials with their separators: "KS 2026/0042", "BN-2023-1147", "Dnr 2026:45", a UUID. */
const NUMBER_SHAPE = /^[\p{L}\p{N}][\p{L}\p{N} /.:_\-–]*$/u;
/** A word, not an office's letters: "databasen svarar inte" is a sentence, "KS" or "SOCN" a code. */
const WORD = /\p{L}{7,}/u;
/** How an error begins: "Error 503", "Fel 503: …" has a digit and short words, and is no number. */
const ERROR_OPENING = /^(?:fel|error|fault|exception|failed|failure|misslyckades|internal|unavailable|timeout)(?![\p{L}])/iu;
/** What a receiver may say before the number: "Diarienummer KS 2026/77", "Dnr: 2026-12". */
const LABEL = /^(?:diarienummer|diarienr|dnr|ärendenummer|ärende|registreringsnummer|registration number|case number)\s*[:.]?\s*/iu;

/**
 * The receiver's registration number, or null when what it answered does not look like one: an
 * acknowledgement ("OK", "Tack"), a sentence, an error message in a 200 answer, markup, several
 * lines or a reversal character. Such an answer is still a delivery, recorded as received. A label before the
 * number is left out ("Diarienummer: BN-2023-1147" is BN-2023-1147).
 */
export function plausibleNumber(value: string): string | null {
  const text = value.trim();
  if (!text || text.length > 100 || !/\d/.test(text) || CONTROLS.test(text)) return null;
  const number = text.replace(LABEL, '');
  if (!NUMBER_SHAPE.test(number) || WORD.test(number) || ERROR_OPENING.test(number) || number.split(' ').length > 5) return null;
  return number;
}
