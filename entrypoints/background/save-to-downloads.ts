import type { EvidenceRecord } from '@/utils/db/records';
import { storageFailure } from '@/utils/db/storage-failure';
import { buildZip, packageFiles } from '@/utils/evidence/package';
import type { Result } from '@/utils/messaging';
import { briefError, saveDownload } from '@/utils/registrar/download';
import { swedishDateTime } from '@/utils/log/time';
import { fileStem } from '@/utils/registrar/file-stem';

/**
 * Documentation the database would not take (a full disk): the screenshot was taken and the record
 * hashed, and the comment may be gone from the site by the time there is room again. So its package,
 * as the download delivery makes it, goes straight to the browser's downloads; the reason says that
 * it is not in Uppsikt and where the file is (or that it could not be saved there either).
 */
export async function saveToDownloads(evidence: EvidenceRecord, error: unknown): Promise<string> {
  const file = `Uppsikt/${swedishDateTime(evidence.at).slice(0, 10)}-${fileStem(evidence)}.zip`;
  let saved: Result;
  try {
    const files = packageFiles({ json: evidence.recordJson }, evidence.image, null);
    saved = await saveDownload(file, 'application/zip', buildZip(files, evidence.recordSha256, evidence.imageSha256));
  } catch (thrown) {
    saved = { ok: false, reason: `Filen kunde inte sparas i Hämtade filer (${briefError(thrown)}).` };
  }
  if (evidence.kind === 'supplement') {
    // The decision it reports is logged already: only the supplement is in the file, or lost.
    const notSaved = `Kompletteringen till registrator kunde inte sparas i Uppsikt: ${storageFailure(error)}`;
    return saved.ok
      ? `${notSaved} Den sparades i stället i Hämtade filer (${file}); lämna filen till registrator.`
      : `${notSaved} ${saved.reason} Den har inte sparats; beslutet är loggat.`;
  }
  const notSaved = `Dokumentationen kunde inte sparas i Uppsikt: ${storageFailure(error)}`;
  return saved.ok
    ? `${notSaved} Skärmbilden och handlingen sparades i stället i Hämtade filer (${file}); lämna filen till registrator.`
    : `${notSaved} ${saved.reason} Inget har sparats; frigör diskutrymme och dokumentera igen.`;
}
