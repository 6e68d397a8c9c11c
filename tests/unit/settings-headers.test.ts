import { describe, expect, it } from 'vitest';
import { headerLines, parseHeaderLines } from '@/utils/settings/headers';
import { parseSettings } from '@/utils/settings/schema';
import { DEFAULT_SETTINGS } from '@/utils/settings/defaults';

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

  it('refuses the headers a delivery sets itself: a second Content-Type breaks the package, a second Idempotency-Key the retries', () => {
    expect(parseHeaderLines('X-Api-Key: a\nidempotency-key: fast').error).toBe('Rad 2: idempotency-key sätter Uppsikt själv; ta bort raden.');
    expect(parseHeaderLines('Content-Type: text/plain', 'en').error).toBe('Line 1: Uppsikt sets Content-Type itself; remove the line.');
    const { problems } = parseSettings({ ...DEFAULT_SETTINGS, registrar: { ...DEFAULT_SETTINGS.registrar, headers: { 'X-Api-Key': 'a', 'Idempotency-Key': 'b' } } });
    expect(problems.map((p) => p.path)).toEqual(['registrar.headers.Idempotency-Key']);
  });

  it('refuses a value the browser could not send (a pasted dash, an emoji), at its line and in the saved settings', () => {
    expect(parseHeaderLines('X-Api-Key: abc\nX-Avsandare: Sjöviks kommun – kansliet').error)
      .toBe('Rad 2: värdet har ett tecken som inte kan skickas i en HTTP-rubrik, till exempel ett tankstreck (–) eller en emoji.');
    expect(parseHeaderLines('X-Api-Key: nyckel 🔑').error).toMatch(/^Rad 1/);
    expect(parseHeaderLines('X-Avsandare: Sjöviks kommun').error).toBeNull(); // å, ä, ö are Latin-1: they can be sent
    const { problems } = parseSettings({ ...DEFAULT_SETTINGS, registrar: { ...DEFAULT_SETTINGS.registrar, headers: { 'X-Api-Key': 'a–b' } } });
    expect(problems.map((p) => p.path)).toEqual(['registrar.headers.X-Api-Key']);
  });
});

describe('the registrar\'s address', () => {
  const problemsWith = (endpoint: string) => parseSettings({ ...DEFAULT_SETTINGS, registrar: { ...DEFAULT_SETTINGS.registrar, endpoint } }).problems;

  it('is https, or http only to this computer: the browser can grant nothing else', () => {
    expect(problemsWith('https://diarium.sjovik.se/intake')).toEqual([]);
    expect(problemsWith('http://localhost:8080/intake')).toEqual([]);
    expect(problemsWith('http://127.0.0.1:9000/')).toEqual([]);
    expect(problemsWith('http://diarium.sjovik.se/intake')).toEqual([
      { path: 'registrar.endpoint', message: 'Registratorns adress ska börja med https:// (http:// bara till den egna datorn, localhost)' },
    ]);
  });

  it('has no username or password in it: the browser refuses to send it, and the password would show in every failure', () => {
    expect(problemsWith('https://registrar:hemligt@diarium.sjovik.se/intake')).toEqual([{
      path: 'registrar.endpoint',
      message: 'Ange inte användarnamn eller lösenord i adressen (webbläsaren skickar inte dem); ange nyckeln som en rubrik nedan, till exempel Authorization',
    }]);
    expect(problemsWith('https://registrar@diarium.sjovik.se/intake')).toHaveLength(1);
  });

  it('half typed, or no address at all, gets a message rather than stopping the settings from being read', () => {
    for (const typed of ['h', 'https:/', 'diarie.sjovik.se/intake', 'inte en adress']) {
      expect(problemsWith(typed), typed).toEqual([{ path: 'registrar.endpoint', message: 'Ange en adress som börjar med https://' }]);
    }
  });
});
