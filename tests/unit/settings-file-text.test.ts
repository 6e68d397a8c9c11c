// Where a settings file stops being JSON, as each browser's parser says it.
import { describe, expect, it } from 'vitest';
import { whereJsonBroke } from '@/utils/settings/file-text';

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
