// A settings file as an administrator saves it: UTF-8 (with or without a BOM), UTF-16 with a BOM, or
// "ANSI" (Windows-1252) from an older Notepad, whose å/ä/ö read as UTF-8 would turn into "�" unsaid.
import { byteOrderMark } from '@/utils/byte-order-mark';

export interface FileText {
  text: string;
  /** Not UTF-8: read as Windows-1252, and the editor is asked to check the letters. */
  readAsAnsi: boolean;
}

export async function settingsFileText(file: Blob): Promise<FileText> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const mark = byteOrderMark(bytes);
  if (mark) return { text: new TextDecoder(mark.encoding).decode(bytes.subarray(mark.length)), readAsAnsi: false };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), readAsAnsi: false };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), readAsAnsi: true };
  }
}

/**
 * Where JSON.parse stopped in `text`, as line and column (from 1), when the engine says its position:
 * "Filen kunde inte läsas" alone leaves an administrator to search a 300-account file for a trailing comma.
 */
export function whereJsonBroke(text: string, error: unknown): { line: number; column: number } | null {
  const message = String((error as Error)?.message ?? '');
  // Firefox says the line and column itself; V8 the position.
  const place = /line (\d+) column (\d+)/.exec(message);
  if (place) return { line: Number(place[1]), column: Number(place[2]) };
  const position = /position (\d+)/.exec(message);
  if (!position) return null;
  const before = text.slice(0, Number(position[1]));
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: before.length - lineStart + 1 };
}
