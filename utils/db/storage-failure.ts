/** What is said when the disk or the browser's share of it is full. */
export const STORAGE_FULL = 'Lagringsutrymmet är fullt. Frigör diskutrymme eller exportera och gallra loggen; inget har skrivits över.';

interface Failure { name?: string; message?: string; inner?: unknown; cause?: unknown; failures?: unknown[] }

/**
 * The failure and what it wraps: Dexie reports a transaction's abort as AbortError and a bulk write's
 * as BulkError, with the browser's own error inside (`inner`, `failures`); a full disk is said only there.
 */
function chainOf(error: unknown, depth = 0): Failure[] {
  if (!error || typeof error !== 'object' || depth > 4) return [];
  const failure = error as Failure;
  const wrapped = [failure.inner, failure.cause, ...(Array.isArray(failure.failures) ? failure.failures.slice(0, 3) : [])];
  return [failure, ...wrapped.flatMap((inner) => chainOf(inner, depth + 1))];
}

/** The quota is used up, or the disk could not be written (Chromium: "Failed to write blobs (IOError)"). */
export function isStorageFull(error: unknown): boolean {
  if (/quota/i.test(String(error))) return true;
  return chainOf(error).some(({ name, message }) => name === 'QuotaExceededError' || /quota|IOError|IO error|no space|NO_SPACE|disk (is )?full/i.test(message ?? ''));
}

/** What the browser says when it could not open or write the database at all; a full disk is the likely cause. */
const UNWRITABLE = new Set(['UnknownError', 'OpenFailedError', 'DatabaseClosedError']);

/** A clear message for a failed write (a full disk is the likely one), naming what the browser said. */
export function storageFailure(error: unknown): string {
  if (isStorageFull(error)) return STORAGE_FULL;
  const names = [...new Set(chainOf(error).map((f) => f.name).filter((name): name is string => Boolean(name)))];
  const said = `Kunde inte spara i den lokala databasen (${names.length ? names.join(': ') : String(error)}).`;
  // A transaction aborted with no cause of its own: Chromium's first failed write on a full disk.
  const unwritable = names.some((name) => UNWRITABLE.has(name)) || (names.length === 1 && names[0] === 'AbortError');
  return unwritable
    ? `${said} Webbläsaren kunde inte skriva till disken; oftast är den full. Frigör diskutrymme och försök igen.`
    : said;
}
