import type { Lang } from '@/utils/ui/strings';
import { swedishDate } from './time';

/** What a file holds, named in the interface's language (without å/ä/ö, which some file shares mangle). */
const KINDS = {
  log: { sv: 'logg', en: 'log' },
  backup: { sv: 'sakerhetskopia', en: 'backup' },
  register: { sv: 'kontoregister', en: 'account-register' },
  settings: { sv: 'installningar', en: 'settings' },
} as const;

/** "uppsikt-logg-2026-11-23.csv": the Swedish date of the day, so files sort by name. */
export function exportFileName(kind: keyof typeof KINDS, extension: 'csv' | 'json', lang: Lang, now = new Date()): string {
  return `uppsikt-${KINDS[kind][lang]}-${swedishDate(now)}.${extension}`;
}

/** Hands a file to the browser's downloads from an extension page. */
export function downloadText(text: string, fileName: string, type: string): void {
  downloadBlob(new Blob([text], { type }), fileName);
}

/** Hands a file already made (a backup of hundreds of MB is never one string) to the browser's downloads. */
export function downloadBlob(file: Blob, fileName: string): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(file);
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in Firefox; a moment later is safe.
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}
