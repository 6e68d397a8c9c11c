// What the settings say when a value is wrong: in the reader's language, naming the field by the
// label the settings page shows, never zod's "Too big: expected string to have <=200 characters" or
// a path like "policy.presetId". And the rules those messages state: office hours that start before
// they end, a website on https://, placeholders the consent text knows.
import { describe, expect, it } from 'vitest';
import { effectivePolicy } from '@/utils/policy';
import { placeholderProblems } from '@/utils/settings/consent-placeholders';
import { DEFAULT_SETTINGS } from '@/utils/settings/defaults';
import { parseHeaderLines } from '@/utils/settings/headers';
import { withPolicy } from '@/utils/settings/policy-overlay';
import { parseSettings, settingsSchema, type Settings } from '@/utils/settings/schema';
import { issueText, problemText } from '@/utils/ui/validation-language';

const withPolicyValues = (policy: Partial<Settings['policy']>): Settings => ({ ...DEFAULT_SETTINGS, policy: { ...DEFAULT_SETTINGS.policy, ...policy } });

describe('office hours', () => {
  it('are refused when they end before they start, on the field that was set, in Swedish and English', () => {
    const check = settingsSchema.safeParse(withPolicyValues({ officeStart: '17:00', officeEnd: '08:00' }));
    expect(check.success).toBe(false);
    const issues = check.error!.issues;
    expect(issues.map((i) => i.path.join('.'))).toEqual(['policy.officeEnd']);
    expect(issueText(issues[0], 'sv')).toBe('Kontorstiden ska börja före den slutar, till exempel från 08:00 till 17:00');
    expect(issueText(issues[0], 'en')).toBe('Office hours must start before they end, for example from 08:00 to 17:00');
    // Against the preset's hours (08:00–17:00) when only one end is set.
    expect(settingsSchema.safeParse(withPolicyValues({ officeStart: '18:00' })).success).toBe(false);
    expect(settingsSchema.safeParse(withPolicyValues({ officeEnd: '08:00' })).success).toBe(false);
    expect(settingsSchema.safeParse(withPolicyValues({ officeStart: '07:30', officeEnd: '16:00' })).success).toBe(true);
  });

  it('reversed in a settings file or in stored settings fall back to the preset\'s, and everything else is kept', () => {
    const { settings, problems } = parseSettings(withPolicyValues({ presetId: 'perstorp', responseHours: 5, officeStart: '17:00', officeEnd: '08:00' }));
    expect(settings.policy).toEqual({ presetId: 'perstorp', responseHours: 5 });
    expect(effectivePolicy(settings).office).toMatchObject({ start: '08:00', end: '17:00' });
    expect(problems.map((p) => p.path)).toEqual(['policy.officeEnd', 'policy.officeStart']);
  });

  it('reversed in the organisation\'s policy are a policy problem, not used and not locked', () => {
    const { settings, locked, policyProblems } = withPolicy(DEFAULT_SETTINGS, { policy: { officeStart: '17:00', officeEnd: '08:00', responseHours: 5 } });
    expect(policyProblems.map((p) => p.path).sort()).toEqual(['policy.officeEnd', 'policy.officeStart']);
    expect(problemText(policyProblems[0], 'sv')).toBe('Kontorstid till: kontorstiden ska börja före den slutar, till exempel från 08:00 till 17:00');
    expect(locked).toEqual(['policy.responseHours']);
    expect(effectivePolicy(settings).office).toMatchObject({ start: '08:00', end: '17:00' });
  });
});

describe('the website', () => {
  it('is refused on http://, as its message says, and taken on https://', () => {
    const problemsWith = (website: string) => parseSettings({ ...DEFAULT_SETTINGS, organisation: { ...DEFAULT_SETTINGS.organisation, website } }).problems;
    expect(problemsWith('http://www.sjovik.se')).toEqual([{ path: 'organisation.website', message: 'Ange en adress som börjar med https://' }]);
    expect(problemsWith('https://www.sjovik.se')).toEqual([]);
    expect(problemsWith('')).toEqual([]);
  });
});

describe('messages about invalid settings', () => {
  const file = {
    ...DEFAULT_SETTINGS,
    organisation: { ...DEFAULT_SETTINGS.organisation, name: 'S'.repeat(201) },
    policy: { presetId: 'malmo', responseHours: '3', categoryActions: { 'prohibited.hate': 'ignore' } },
    registrar: { ...DEFAULT_SETTINGS.registrar, transport: 'fax', headers: { 'X-Api-Key': 'k'.repeat(2001) } },
    highlight: { facebook: true, instagram: true, x: 'no' },
  };

  it('name the field by its label and say what is wrong in plain Swedish', () => {
    const said = parseSettings(file).problems.map((p) => problemText(p, 'sv'));
    expect(said).toEqual(expect.arrayContaining([
      'Namn: högst 200 tecken',
      'Utgå från policy: välj en av Stockholms stad, Perstorps kommun, Norrköpings kommun eller Helsingborgs stad',
      'Svarstid: ange ett antal timmar',
      'Hur dokumentation skickas: välj en av E-post till registrator (.eml), HTTP till diarie- eller e-arkivsystem eller Ladda ner som ZIP',
      'Extra HTTP-rubriker (X-Api-Key): högst 2\u00a0000 tecken',
      'Markera kommentarer på X: ska vara på eller av (true eller false)',
    ]));
    expect(said.find((s) => s.startsWith('Vad som ska göras per kategori (Hets mot folkgrupp): välj en av'))).toBeTruthy();
    // Nothing of zod's wording or of the paths is left.
    expect(said.join(' ')).not.toMatch(/förväntade|Ogiltig inmatning|Ogiltigt val|string|policy\.|organisation\./);
  });

  it('say the same in English', () => {
    const said = parseSettings(file).problems.map((p) => problemText(p, 'en'));
    expect(said).toEqual(expect.arrayContaining([
      'Name: at most 200 characters',
      'Start from the policy of: choose one of Stockholms stad, Perstorps kommun, Norrköpings kommun or Helsingborgs stad',
      'Response time: give a number of hours',
      'Extra HTTP headers (X-Api-Key): at most 2,000 characters',
    ]));
    expect(said.join(' ')).not.toMatch(/Too big|Invalid input|Invalid option|expected/);
  });

  it('under a field need no label, and keep the schema\'s own wording', () => {
    const check = settingsSchema.safeParse({ ...DEFAULT_SETTINGS, organisation: { ...DEFAULT_SETTINGS.organisation, name: 'S'.repeat(201), email: 'inte en adress' } });
    const issues = check.error!.issues;
    expect(issues.map((i) => issueText(i, 'sv'))).toEqual(['Högst 200 tecken', 'Ogiltig e-postadress']);
    expect(issues.map((i) => issueText(i, 'en'))).toEqual(['At most 200 characters', 'Invalid email address']);
  });
});

describe('the registrar\'s header lines', () => {
  it('are said wrong in the page\'s language, and a value over 2,000 characters is said at its line', () => {
    expect(parseHeaderLines('X-Api-Key abc', 'en').error).toBe('Line 1: write "Name: value", e.g. "X-Api-Key: abc123".');
    expect(parseHeaderLines('X-Api-Key abc', 'sv').error).toBe('Rad 1: skriv "Namn: värde", t.ex. "X-Api-Key: abc123".');
    expect(parseHeaderLines(`X-A: b\nX-Api-Key: ${'k'.repeat(2001)}`, 'sv').error).toBe('Rad 2: värdet får vara högst 2\u00a0000 tecken.');
    expect(parseHeaderLines(`X-Api-Key: ${'k'.repeat(2001)}`, 'en').error).toBe('Line 1: the value may have at most 2,000 characters.');
    expect(parseHeaderLines(`X-Api-Key: ${'k'.repeat(2000)}`, 'en').error).toBeNull();
  });
});

describe('placeholders in the organisation\'s consent text', () => {
  it('are said when unknown or not closed, and the known ones (with their other spellings) pass', () => {
    expect(placeholderProblems('{organisation} och {okand} hos {namnd')).toEqual({ unknown: ['{okand}'], unclosed: ['{namnd'] });
    expect(placeholderProblems('{Organisation}, {nämnd}, {e-post}, {epost}, {dataskyddsombud}, {webbplats}')).toEqual({ unknown: [], unclosed: [] });
    expect(placeholderProblems('')).toEqual({ unknown: [], unclosed: [] });
  });
});
