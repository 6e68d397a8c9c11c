import { describe, expect, it } from 'vitest';
import { headerLines, parseHeaderLines } from '@/utils/settings/headers';

describe('registrar headers typed as lines', () => {
  it('reads "Name: value" lines and writes them back', () => {
    const { headers, error } = parseHeaderLines('X-Api-Key: abc:123\n\nAuthorization: Bearer t0k3n');
    expect(error).toBeNull();
    expect(headers).toEqual({ 'X-Api-Key': 'abc:123', Authorization: 'Bearer t0k3n' });
    expect(headerLines(headers)).toBe('X-Api-Key: abc:123\nAuthorization: Bearer t0k3n');
  });

  it('says which line is wrong', () => {
    expect(parseHeaderLines('X-Api-Key: a\nbara text').error).toBe('Rad 2: skriv "Namn: värde", t.ex. "X-Api-Key: abc123".');
    expect(parseHeaderLines('Dålig rubrik: x').error).toMatch(/^Rad 1/);
  });
});
