/**
 * UTF-8 bytes per encoded word: 42 bytes are 56 base64 characters, 68 with the `=?utf-8?B?…?=`
 * around them, 77 with "Subject: " in front: within the 78 a mail line should keep to.
 */
const BYTES_PER_WORD = 42;

/**
 * A header value as RFC 2047 encoded words of at most 75 characters, each holding whole characters,
 * folded onto lines of their own: an account's long name and many categories made a Subject line
 * longer than the 998 characters a mail line may have (RFC 5322), which mail servers cut or refuse.
 */
export function foldedEncodedWords(value: string): string {
  const encoder = new TextEncoder();
  const words: string[] = [];
  let chunk: number[] = [];
  for (const char of value) {
    const bytes = encoder.encode(char);
    if (chunk.length + bytes.length > BYTES_PER_WORD) {
      words.push(encodedWord(chunk));
      chunk = [];
    }
    chunk.push(...bytes);
  }
  if (chunk.length || !words.length) words.push(encodedWord(chunk));
  return words.join('\r\n ');
}

function encodedWord(bytes: number[]): string {
  return `=?utf-8?B?${btoa(String.fromCharCode(...bytes))}?=`;
}
