/** A clear message for a failed write (a full disk is the likely one). */
export function storageFailure(error: unknown): string {
  const name = (error as { name?: string } | null)?.name ?? '';
  if (name === 'QuotaExceededError' || /quota/i.test(String(error)))
    return 'Lagringsutrymmet är fullt. Frigör diskutrymme eller exportera och gallra loggen; inget har skrivits över.';
  return `Kunde inte spara i den lokala databasen (${name || String(error)}).`;
}
