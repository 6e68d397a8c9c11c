// A settings file as an administrator saves it: UTF-8 (with or without a BOM), UTF-16 with a BOM, or
// "ANSI" (Windows-1252) from an older Notepad, whose å/ä/ö read as UTF-8 would turn into "�" unsaid.

export interface FileText {
  text: string;
  /** Not UTF-8: read as Windows-1252, and the editor is asked to check the letters. */
  readAsAnsi: boolean;
}

export async function settingsFileText(file: Blob): Promise<FileText> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes), readAsAnsi: false };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes), readAsAnsi: false };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), readAsAnsi: false };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), readAsAnsi: true };
  }
}
