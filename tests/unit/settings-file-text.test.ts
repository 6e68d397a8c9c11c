// Where a settings file stops being JSON, as each browser's parser says it.
import { describe, expect, it } from 'vitest';
import { settingsFileText, whereJsonBroke } from '@/utils/settings/file-text';

describe('whereJsonBroke', () => {
  const text = '{\n  "a": 1,\n}';
  it('counts the line and character from V8\'s position', () => {
    expect(whereJsonBroke(text, new SyntaxError('Expected double-quoted property name in JSON at position 12'))).toEqual({ line: 3, column: 1 });
  });
  it('takes Firefox\'s line and column as it says them', () => {
    expect(whereJsonBroke(text, new SyntaxError('JSON.parse: expected double-quoted property name at line 3 column 1 of the JSON data'))).toEqual({ line: 3, column: 1 });
  });
  it('says nothing when the parser gives no place', () => {
    expect(whereJsonBroke(text, new SyntaxError('Unexpected end of JSON input'))).toBeNull();
  });
});

describe('settingsFileText', () => {
  const json = '{"name":"Ånge"}';
  it('reads UTF-8 with and without a byte-order mark, and UTF-16 either way round with one', async () => {
    const utf8 = new TextEncoder().encode(json);
    const le = Uint8Array.from([0xff, 0xfe, ...[...json].flatMap((c) => [c.charCodeAt(0), 0])]);
    const be = Uint8Array.from([0xfe, 0xff, ...[...json].flatMap((c) => [0, c.charCodeAt(0)])]);
    for (const bytes of [utf8, Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8]), le, be]) {
      expect(await settingsFileText(new Blob([bytes]))).toEqual({ text: json, readAsAnsi: false });
    }
  });
  it('reads bytes that are not UTF-8 as Windows-1252, and says so', async () => {
    expect(await settingsFileText(new Blob([Uint8Array.from([...json].map((c) => c.charCodeAt(0)))]))).toEqual({ text: json, readAsAnsi: true });
  });
});
