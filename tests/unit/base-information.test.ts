// R9 rules on plain profile texts: Swedish word boundaries, the organisation's own website, hostile text.
import { describe, expect, it } from 'vitest';
import { evaluateBaseInformation, websiteDomain, type OrganisationInfo } from '@/rules/base-information';
import { getPreset } from '@/rules/presets';
import type { Preset } from '@/rules/presets';

const org: OrganisationInfo = {
  name: 'Sjöviks kommun', department: '', website: 'https://www.sjovik.se/', switchboard: '', email: 'kommun@sjovik.se',
  visitingAddress: '', postalAddress: '', dataProtectionOfficer: '',
};
const stockholm = getPreset('stockholm');
const perstorp = getPreset('perstorp');
const item = (text: string | null, preset: Preset, id: string, organisation = org) =>
  evaluateBaseInformation(text, preset, organisation, 'facebook').find((r) => r.id === id)!;

describe('website', () => {
  it('finds the organisation website written only as "sjovik.se"', () => {
    expect(item('Läs mer på sjovik.se', stockholm, 'website')).toMatchObject({ status: 'found', evidence: 'sjovik.se' });
  });

  it('does not take the domain of an e-mail address for a website link', () => {
    expect(item('Mejla kommun@sjovik.se', stockholm, 'website').status).toBe('missing');
  });

  it('accepts another address when the organisation has not set its website', () => {
    const noWebsite = { ...org, website: '' };
    expect(item('Mer: https://kultur.example.org/om', stockholm, 'website', noWebsite)).toMatchObject({ status: 'found', evidence: 'https://kultur.example.org/om' });
  });

  it('reduces the setting to its domain', () => {
    expect(websiteDomain('https://www.Sjovik.se/om-kommunen')).toBe('sjovik.se');
    expect(websiteDomain('sjovik.se')).toBe('sjovik.se');
    expect(websiteDomain('')).toBe('');
  });
});

describe('Swedish matching without \\b', () => {
  it('finds "allmänna handlingar" next to å/ä/ö and punctuation', () => {
    expect(item('Åäö: allmänna handlingar.', perstorp, 'public-records')).toMatchObject({ status: 'found', evidence: 'Åäö: allmänna handlingar.' });
  });

  it('finds the stems "diarieförs" and "offentlighetsprincipen"', () => {
    expect(item('Inlägg diarieförs vid behov.', perstorp, 'public-records').status).toBe('found');
    expect(item('Offentlighetsprincipen gäller här.', perstorp, 'public-records').status).toBe('found');
  });

  it('does not find a word inside another word ("helgvardagarna", "Tegallraden")', () => {
    expect(item('Besök helgvardagarna på Tegallraden', perstorp, 'monitoring').status).toBe('missing');
    expect(item('Besök Tegallraden', perstorp, 'retention').status).toBe('missing');
  });

  it('reads monitoring hours and response time', () => {
    expect(item('Sidan bevakas vardagar 8–17.', perstorp, 'monitoring')).toMatchObject({ status: 'found', evidence: 'Sidan bevakas vardagar 8–17.' });
    expect(item('Vi svarar inom 24 timmar.', perstorp, 'monitoring').status).toBe('found');
  });

  it('reads where to turn with personal matters', () => {
    expect(item('Ärenden handläggs inte här.', perstorp, 'personal-cases').status).toBe('found');
    expect(item('Med andra frågor: kontakta kontaktcenter.', perstorp, 'personal-cases').status).toBe('found');
  });

  it('quotes the sentence within its line, not the whole text', () => {
    const text = 'Välkommen! Här informerar vi om skolan. Ring oss.\nAnnan rad';
    expect(item(text, perstorp, 'purpose').evidence).toBe('Här informerar vi om skolan.');
  });
});

describe('sender', () => {
  it('finds the organisation named in genitive', () => {
    expect(item('Sjöviks kommuns officiella sida', stockholm, 'sender')).toMatchObject({ status: 'found', evidence: 'Sjöviks kommuns officiella sida' });
  });

  it('finds a municipality or city named without the settings', () => {
    const unnamed = { ...org, name: '' };
    expect(item('Ett konto från Helsingborgs stad.', stockholm, 'sender', unnamed).status).toBe('found');
    expect(item('Välkommen!', stockholm, 'sender', unnamed).status).toBe('missing');
  });
});

describe('when the text cannot show it', () => {
  it('asks for a hand check of every item when the profile text could not be read', () => {
    const results = evaluateBaseInformation(null, perstorp, org, 'x');
    expect(results).toHaveLength(10);
    expect(results.every((r) => r.status === 'manual' && /kunde inte läsas/.test(r.note?.sv ?? '') && /could not be read/.test(r.note?.en ?? ''))).toBe(true);
  });

  it('asks for a hand check of "who writes" when the text names nobody', () => {
    expect(item('Sjöviks kommun', perstorp, 'writers')).toMatchObject({ status: 'manual', evidence: null });
    expect(item('Här skriver Anna, kommunikatör.', perstorp, 'writers').status).toBe('found');
  });

  it('falls back to the hints of an item it does not know', () => {
    const custom: Pick<Preset, 'baseInformation'> = { baseInformation: [{ id: 'mascot', sv: 'Maskot', en: 'Mascot', hints: ['älgen'] }] };
    expect(evaluateBaseInformation('Hälsningar från Älgen Sune', custom, org, 'x')[0].status).toBe('found');
    expect(evaluateBaseInformation('Hälsningar från Sune', custom, org, 'x')[0].status).toBe('missing');
  });
});

describe('hostile profile text', () => {
  const hostile = 'Sjöviks kommun <img src=x onerror=alert(1)> \u202Eallmänna handlingar\u202C bevakas <script>x()</script>';

  it('quotes HTML as the literal text and drops bidi overrides from the quote', () => {
    const sender = item(hostile, stockholm, 'sender');
    expect(sender.evidence).toContain('<img src=x onerror=alert(1)>');
    expect(sender.evidence).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
    expect(item(hostile, perstorp, 'public-records').status).toBe('found');
  });

  it('shortens a very long line around the match', () => {
    const long = `${'bla '.repeat(200)}allmän handling ${'bla '.repeat(200)}`;
    const evidence = item(long, perstorp, 'public-records').evidence!;
    expect(evidence.length).toBeLessThanOrEqual(200);
    expect(evidence).toContain('allmän handling');
  });
});

describe('the organisation named in the items', () => {
  it('Stockholm\'s and Helsingborg\'s sender items name the organisation from the settings, in both languages', () => {
    const sender = item(null, stockholm, 'sender');
    expect(sender.sv).toBe('Vilken verksamhet som står bakom kontot och att den ingår i Sjöviks kommun');
    expect(sender.en).toBe('Which department runs the account and that it is part of Sjöviks kommun');
    const helsingborg = item('', getPreset('helsingborg'), 'sender');
    expect([helsingborg.sv, helsingborg.en]).toEqual(['Att Sjöviks kommun tydligt är avsändare', 'That Sjöviks kommun is clearly the sender']);
  });

  it('words it generally without a name, and no preset item names another municipality', () => {
    const unnamed = { ...org, name: ' ' };
    expect(item(null, stockholm, 'sender', unnamed).sv).toBe('Vilken verksamhet som står bakom kontot och att den ingår i organisationen');
    expect(item(null, stockholm, 'sender', unnamed).en).toBe('Which department runs the account and that it is part of the organisation');
    for (const id of ['stockholm', 'perstorp', 'norrkoping', 'helsingborg']) {
      for (const r of evaluateBaseInformation(null, getPreset(id), org, 'facebook')) {
        expect(`${r.sv} ${r.en}`).not.toMatch(/Stockholm|Perstorp|Norrköping|Helsingborg|\{organisation\}/);
      }
    }
  });
});
