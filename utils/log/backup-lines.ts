// A file read line by line as it streams in, never as one string: a backup with a few hundred
// screenshots is longer than the longest string a browser can hold (about 512 million characters).

/** How much of the file is read at a time. */
const CHUNK_BYTES = 4 * 1024 * 1024;

/** The lines of `file` (UTF-8), without their line ends. A long line is found in its chunks, each searched once. */
export async function* linesOf(file: Blob): AsyncGenerator<string> {
  // Slices rather than file.stream(): the same in every browser and in the tests' DOM.
  const decoder = new TextDecoder();
  let pending: string[] = [];
  for (let at = 0; at < file.size; at += CHUNK_BYTES) {
    const bytes = new Uint8Array(await file.slice(at, at + CHUNK_BYTES).arrayBuffer());
    const value = decoder.decode(bytes, { stream: at + CHUNK_BYTES < file.size });
    let start = 0;
    for (let end = value.indexOf('\n'); end >= 0; end = value.indexOf('\n', start)) {
      pending.push(value.slice(start, end));
      yield pending.join('').replace(/\r$/, ''); // a file saved again on Windows ends its lines in CR LF
      pending = [];
      start = end + 1;
    }
    pending.push(value.slice(start));
  }
  const last = pending.join('');
  if (last) yield last;
}

/** How the first line of a backup written one record per line ends (utils/log/backup.ts createBackup). */
export const LINED_HEAD_END = ',"tables":{';

/** Whether `file` is a backup written one record per line: its first line is the head. */
export async function isLinedBackup(file: Blob): Promise<boolean> {
  const start = await file.slice(0, 65_536).text();
  const first = start.split('\n', 1)[0];
  return start.includes('\n') && first.startsWith('{') && first.replace(/\r$/, '').endsWith(LINED_HEAD_END);
}
