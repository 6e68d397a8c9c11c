import { browser, type Browser } from 'wxt/browser';
import type { Result } from '@/utils/messaging';

// A download that has started is not a file saved: a full disk or a blocked file interrupts it
// later. The file counts as handed over only when the browser says the download is complete.

/** The browser's reasons for stopping a download, in the editor's words; others are shown by name. */
const WHY: Record<string, string> = {
  FILE_NO_SPACE: 'disken är full',
  FILE_ACCESS_DENIED: 'webbläsaren får inte skriva i mappen',
  FILE_BLOCKED: 'webbläsaren eller organisationens inställningar stoppade filen',
  FILE_VIRUS_INFECTED: 'ett antivirusprogram stoppade filen',
  USER_CANCELED: 'nedladdningen avbröts',
};

type End = { state: 'complete' } | { state: 'interrupted'; error: string };

/** Longest browser message kept in a reason: it is shown to the editor and written to the log. */
const MESSAGE_MAX = 300;

/**
 * A browser's error in a few words: Firefox quotes the whole data: URL it refused, which is the file
 * (the comment, the screenshot), and that must not end up in the side panel and the log.
 */
export function briefError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const brief = message.replace(/\b(data:[^,\s]{0,60}),[^\s)'"]*/g, '$1,…').replace(/\s+/g, ' ').trim();
  return brief.length > MESSAGE_MAX ? `${brief.slice(0, MESSAGE_MAX - 1)}…` : brief;
}

/**
 * Where the download reads the bytes from. Firefox refuses a data: URL in downloads.download and its
 * background page can make a blob: URL; Chrome's service worker cannot make one and takes the data: URL.
 */
function downloadUrl(mime: string, bytes: Uint8Array): { url: string; release(): void } {
  if (typeof URL.createObjectURL === 'function') {
    const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: mime }));
    return { url, release: () => URL.revokeObjectURL(url) };
  }
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return { url: `data:${mime};base64,${btoa(binary)}`, release: () => undefined };
}

/** Saves bytes in the browser's downloads and waits until the file is there, or why it is not. */
export async function saveDownload(filename: string, mime: string, bytes: Uint8Array, timeoutMs = 60_000): Promise<Result> {
  const source = downloadUrl(mime, bytes);
  // Listening before the download starts: a small file may be done before its id is known.
  const ends = new Map<number, End>();
  let heard = () => {};
  const listener = ({ id, state, error }: Browser.downloads.DownloadDelta) => {
    if (state?.current === 'complete') ends.set(id, { state: 'complete' });
    if (state?.current === 'interrupted') ends.set(id, { state: 'interrupted', error: error?.current ?? 'INTERRUPTED' });
    heard();
  };
  browser.downloads.onChanged.addListener(listener);
  try {
    let id: number;
    try {
      id = await browser.downloads.download({ url: source.url, filename, conflictAction: 'uniquify', saveAs: false });
    } catch (error) {
      return { ok: false, reason: `Filen kunde inte sparas i Hämtade filer (${briefError(error)}).` };
    }
    const end = await new Promise<End | null>((resolve) => {
      const timer = setTimeout(() => resolve(null), timeoutMs);
      heard = () => {
        const known = ends.get(id);
        if (!known) return;
        clearTimeout(timer);
        resolve(known);
      };
      heard();
    });
    if (end?.state === 'complete') return { ok: true };
    if (end) return { ok: false, reason: WHY[end.error] ? `Filen kunde inte sparas i Hämtade filer: ${WHY[end.error]} (${end.error}).` : `Filen kunde inte sparas i Hämtade filer (${end.error}).` };
    // Stopped rather than left running: finishing after the retry would save the file twice.
    await browser.downloads.cancel(id).catch(() => undefined);
    return { ok: false, reason: 'Filen blev inte sparad i Hämtade filer i tid; nedladdningen avbröts.' };
  } finally {
    browser.downloads.onChanged.removeListener(listener);
    // The download has ended, failed or been cancelled: the browser reads the blob no more.
    source.release();
  }
}
