// Why something failed, said by the background and the stores in Swedish, shown in English in the
// English interface: every fixed reason in the code has its English form, and reasons with a
// variable part keep that part.
import 'fake-indexeddb/auto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { storageFailure } from '@/utils/db/storage-failure';
import { reasonText } from '@/utils/ui/reason-text';

vi.mock('wxt/browser', () => ({ browser: { runtime: { getURL: (p: string) => p, getManifest: () => ({ version: '0.0.0' }) } } }));
vi.mock('@/utils/settings/store', () => ({ loadSettings: async () => ({ settings: {}, locked: [] }) }));
const { NO_CAPTURE_PERMISSION } = await import('@/entrypoints/background/capture');

const ROOT = path.resolve(__dirname, '../..');
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? sources(full) : /\.tsx?$/.test(name) ? [full] : [];
  });
}

/** Every reason written as one plain string in the code: `reason: '…'` and the register's own errors. */
function fixedReasons(): string[] {
  const found = new Set<string>();
  for (const file of [...sources(path.join(ROOT, 'entrypoints')), ...sources(path.join(ROOT, 'utils'))]) {
    const code = readFileSync(file, 'utf8');
    for (const m of code.matchAll(/reason: '([^']+)'/g)) found.add(m[1]);
    for (const m of code.matchAll(/throw new Error\('([^']+)'\)/g)) found.add(m[1]);
  }
  return [...found].filter((reason) => /[åäöÅÄÖ]|\b(inte|och|att)\b/.test(reason));
}

describe('reasons in English', () => {
  it('has an English form for every fixed Swedish reason in the code', () => {
    const reasons = [...fixedReasons(), NO_CAPTURE_PERMISSION, storageFailure({ name: 'QuotaExceededError' })];
    expect(reasons.length).toBeGreaterThan(20); // the scan finds the code's reasons
    const untranslated = reasons.filter((reason) => reasonText(reason, 'en') === reason);
    expect(untranslated).toEqual([]);
  });

  it('says a refused key and a closed tab in English', () => {
    expect(reasonText('Registratorn tog inte emot nyckeln – kontakta IT (HTTP 401).', 'en')).toBe('The registrar did not accept the key – contact IT (HTTP 401).');
    expect(reasonText('Fliken stängdes innan skärmbilden togs; inget sparades.', 'en')).toBe('The tab was closed before the screenshot was taken; nothing was saved.');
  });

  it('keeps the variable part of a reason, and the cause inside it', () => {
    expect(reasonText(`Beslutet sparades inte: ${storageFailure({ name: 'QuotaExceededError' })}`, 'en'))
      .toBe('The decision was not saved: The storage is full. Free disk space, or export the log and run gallring; nothing was overwritten.');
    expect(reasonText(`Kontrollen sparades inte: ${storageFailure({ name: 'UnknownError' })}`, 'en'))
      .toBe('The check was not saved: Could not save in the local database (UnknownError). The browser could not write to the disk; most often it is full. Free disk space and try again.');
    expect(reasonText(`Kontrollen sparades inte: ${storageFailure({ name: 'DataCloneError' })}`, 'en'))
      .toBe('The check was not saved: Could not save in the local database (DataCloneError).');
    expect(reasonText('Registratorn svarade HTTP 403: nyckeln saknas', 'en')).toBe('The registrar answered HTTP 403: nyckeln saknas');
    expect(reasonText('Samtycket är redan återkallat (2026-11-30).', 'en')).toBe('The consent is already withdrawn (2026-11-30).');
    // A delivery's receipt: the registrar's number as it gave it.
    expect(reasonText('Diarienummer KS 2026/0001', 'en')).toBe('Registration number (diarienummer) KS 2026/0001');
    expect(reasonText('Mottaget (HTTP 202)', 'en')).toBe('Received (HTTP 202)');
    expect(reasonText('Diarienummer KS 2026/0001', 'sv')).toBe('Diarienummer KS 2026/0001');
    expect(reasonText('Sjöviks bibliotek finns redan i registret med samma adress.', 'en')).toBe('Sjöviks bibliotek is already in the register with the same address.');
    expect(reasonText('Gallringstiden är nu 730 dagar, inte 365. Ladda om sidan och granska vad som gallras. Inget har tagits bort.', 'en'))
      .toBe('The gallring period is now 730 days, not 365. Reload the page and review what is purged. Nothing was removed.');
    expect(reasonText('Dokumentationen i säkerhetskopian stämmer inte med sin kontrollsumma (tables.evidence.4): filen är ändrad eller skadad. Inget har importerats.', 'en'))
      .toBe('The documentation in the backup does not match its checksum (tables.evidence.4): the file was changed or is damaged. Nothing was imported.');
    expect(reasonText('Kunde inte spara i den lokala databasen (AbortError: UnknownError).', 'en')).toBe('Could not save in the local database (AbortError: UnknownError).');
  });

  it('leaves Swedish as it is, and shows a reason it does not know rather than nothing', () => {
    expect(reasonText(NO_CAPTURE_PERMISSION, 'sv')).toBe(NO_CAPTURE_PERMISSION);
    expect(reasonText('TypeError: Failed to fetch', 'en')).toBe('TypeError: Failed to fetch');
  });
});
