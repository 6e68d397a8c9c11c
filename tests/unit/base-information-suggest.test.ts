// R9: suggested Swedish base information sized to each platform's bio.
import { describe, expect, it } from 'vitest';
import { evaluateBaseInformation, type OrganisationInfo } from '@/rules/base-information';
import { BIO_LIMITS, bioLength, suggestBaseInformation } from '@/rules/base-information-suggest';
import { getPreset } from '@/rules/presets';
import { DEFAULT_OFFICE_HOURS } from '@/rules/office-hours';

const org: OrganisationInfo = {
  name: 'Sjöviks kommun', department: 'Kommunikationsavdelningen', website: 'https://www.sjovik.se', switchboard: '0510-77 00 00',
  email: 'kommun@sjovik.se', visitingAddress: 'Storgatan 1, 531 30 Sjövik', postalAddress: '', dataProtectionOfficer: '',
};
const policy = { responseHours: 24, office: DEFAULT_OFFICE_HOURS };
const missingFor = (presetId: string, text: string) =>
  evaluateBaseInformation(text, getPreset(presetId), org, 'x').filter((r) => r.status !== 'found');

describe('suggestBaseInformation', () => {
  const missing = missingFor('perstorp', 'Sjöviks kommuns officiella konto. Frågor? kommun@sjovik.se');

  // Following the popup must lead to a complete check: what it suggests for an item is read as that item.
  it.each(['stockholm', 'perstorp', 'norrkoping', 'helsingborg'])('%s: every item its suggested bio was written for is found in it', (presetId) => {
    const before = missingFor(presetId, 'Sjöviks kommun');
    const { bio, inBio } = suggestBaseInformation(before, org, policy, 'x', 'Sjöviks kommun');
    const after = evaluateBaseInformation(bio, getPreset(presetId), org, 'x');
    expect(after.filter((r) => inBio.includes(r.id) && r.status !== 'found').map((r) => r.id)).toEqual([]);
  });

  it.each(['x', 'instagram', 'facebook'] as const)('%s: the bio text fits the platform and the rest says where it goes', (platform) => {
    const s = suggestBaseInformation(missing, org, policy, platform);
    expect(s.bioLimit).toBe(BIO_LIMITS[platform]);
    expect(bioLength(s.bio)).toBeLessThanOrEqual(BIO_LIMITS[platform]);
    expect(s.bio.length).toBeGreaterThan(0);
    expect([...s.inBio, ...s.inRest].sort()).toEqual(missing.map((m) => m.id).sort());
    expect(s.rest).not.toBeNull();
    expect(s.restPlace).toBe({ x: 'pinned-post', instagram: 'linked-page', facebook: 'about-page' }[platform]);
  });

  it('writes the public-records notice and the monitoring hours with the response time', () => {
    const s = suggestBaseInformation(missing, org, policy, 'x');
    const all = `${s.bio}\n${s.rest}`;
    expect(all).toContain('allmänna handlingar');
    expect(all).toContain('vardagar 8–17');
    expect(all).toContain('inom 24 timmar');
    expect(all).toContain('kommun@sjovik.se');
  });

  it('Facebook\'s 101-character intro holds less than an X bio', () => {
    const x = suggestBaseInformation(missing, org, policy, 'x');
    const facebook = suggestBaseInformation(missing, org, policy, 'facebook');
    expect(facebook.inBio.length).toBeLessThan(x.inBio.length);
  });

  it('uses office hours and response time from the policy', () => {
    const s = suggestBaseInformation(missingFor('perstorp', ''), org, { responseHours: 8, office: { days: [1, 2, 3, 4], start: '08:30', end: '16:00' } }, 'x');
    const all = `${s.bio} ${s.rest}`;
    expect(all).toContain('måndag–torsdag 8.30–16');
    expect(all).toContain('inom 8 timmar');
    expect(all).not.toContain('vardagar');
  });

  it('puts a text of exactly 160 characters in an X bio and moves one character more to the pinned post', () => {
    // The website's short form is its domain: a domain of exactly n characters makes a bio of n.
    const site = (n: number) => ({ ...org, website: `https://${'a'.repeat(n - 3)}.se` });
    const websiteItem = { id: 'website', sv: 'Webbplats', en: 'Website', status: 'missing' as const, evidence: null, note: null };
    expect(suggestBaseInformation([websiteItem], site(160), policy, 'x')).toMatchObject({ inBio: ['website'], inRest: [], rest: null });
    expect(bioLength(suggestBaseInformation([websiteItem], site(160), policy, 'x').bio)).toBe(160);
    expect(suggestBaseInformation([websiteItem], site(161), policy, 'x')).toMatchObject({ bio: '', inBio: [], inRest: ['website'] });
  });

  it('adds to the current bio when it is known, within the room it leaves, so copying the bio loses nothing', () => {
    const current = 'Sjöviks kommuns officiella konto. Frågor? kommun@sjovik.se'; // 57 characters
    const s = suggestBaseInformation(missing, org, policy, 'x', current);
    expect(s.bioIsWhole).toBe(true);
    expect(s.bio.startsWith(`${current}\n`)).toBe(true); // the additions on a line of their own
    expect(bioLength(s.bio)).toBeLessThanOrEqual(160);
    expect(s.inBio.length).toBeGreaterThan(0);
    // Less room than with an empty bio: more goes to the pinned post.
    expect(s.inRest.length).toBeGreaterThan(suggestBaseInformation(missing, org, policy, 'x').inRest.length);
    expect([...s.inBio, ...s.inRest].sort()).toEqual(missing.map((m) => m.id).sort());
  });

  it('with a bio already full, adds nothing to it and puts everything in the pinned post', () => {
    const full = 'x'.repeat(155);
    const s = suggestBaseInformation(missing, org, policy, 'x', full);
    expect(s).toMatchObject({ bio: '', inBio: [] });
    expect(s.inRest.sort()).toEqual(missing.map((m) => m.id).sort());
  });

  it('without the current bio, suggests only what to add', () => {
    expect(suggestBaseInformation(missing, org, policy, 'instagram').bioIsWhole).toBe(false);
    expect(suggestBaseInformation(missing, org, policy, 'x', '').bioIsWhole).toBe(true); // an empty bio is known
  });

  it('counts an emoji or å as one character', () => {
    expect(bioLength('å🙂')).toBe(2);
  });

  it('leaves a visible marker where a setting is missing', () => {
    const bare = { ...org, email: '', switchboard: '' };
    const s = suggestBaseInformation(missingFor('perstorp', ''), bare, policy, 'facebook');
    expect(`${s.bio}\n${s.rest}`).toContain('[ange e-post i inställningarna]');
  });

  it('suggests nothing when nothing is missing', () => {
    expect(suggestBaseInformation([], org, policy, 'instagram')).toMatchObject({ bio: '', rest: null, inBio: [], inRest: [] });
  });
});
