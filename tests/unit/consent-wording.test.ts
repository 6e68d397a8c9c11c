// R12: the information text for people in published photos, film and sound, per preset.
import { describe, expect, it } from 'vitest';
import { consentWording, fillPlaceholders, missingSettings } from '@/rules/consent-wording';
import type { OrganisationInfo } from '@/rules/base-information';
import { getPreset } from '@/rules/presets';

const org: OrganisationInfo = {
  name: 'Sjöviks kommun', department: 'Kultur- och fritidsnämnden', website: 'https://www.sjovik.se/', switchboard: '0510-77 00 00',
  email: 'kultur@sjovik.se', visitingAddress: '', postalAddress: '', dataProtectionOfficer: 'dataskyddsombud@sjovik.se, 0510-77 00 10',
};

describe('consentWording', () => {
  it('Helsingborg: public interest, controller, DPO, IMY, retention and where to object, filled from the settings', () => {
    const text = consentWording(getPreset('helsingborg'), org, 'sv');
    expect(text).toContain('Den lagliga grunden för behandlingen är uppgift av allmänt intresse.');
    expect(text).toContain('Personuppgiftsansvarig är Kultur- och fritidsnämnden.');
    expect(text).toContain('dataskyddsombud: dataskyddsombud@sjovik.se, 0510-77 00 10');
    expect(text).toContain('Integritetsskyddsmyndigheten (IMY)');
    expect(text).toContain('gallras sedan enligt vår dokumenthanteringsplan');
    expect(text).toContain('kontakta oss på kultur@sjovik.se');
    expect(text).toContain('finns på sjovik.se.');
    expect(text).not.toMatch(/[{}]/);
  });

  it('Stockholm: consent as a rule, a guardian for minors, and withdrawal', () => {
    const text = consentWording(getPreset('stockholm'), org, 'sv');
    expect(text).toContain('Den rättsliga grunden för behandlingen är ditt samtycke.');
    expect(text).toContain('samtycke från din vårdnadshavare');
    expect(text).toContain('återkalla samtycket');
    expect(text).not.toContain('allmänt intresse');
  });

  it('Perstorp and Norrköping get the consent wording as a default', () => {
    for (const id of ['perstorp', 'norrkoping']) expect(consentWording(getPreset(id), org, 'sv')).toContain('ditt samtycke');
  });

  it('has an English text', () => {
    const text = consentWording(getPreset('helsingborg'), org, 'en');
    expect(text).toContain('public interest');
    expect(text).toContain('Swedish Authority for Privacy Protection (IMY)');
  });

  it('uses the organisation\'s own official text when given, with the same placeholders', () => {
    const own = 'Vi på {organisation} ({nämnd}) publicerar bilder. Frågor: {epost}. Okänd: {annat}.';
    expect(consentWording(getPreset('helsingborg'), org, 'sv', own))
      .toBe('Vi på Sjöviks kommun (Kultur- och fritidsnämnden) publicerar bilder. Frågor: kultur@sjovik.se. Okänd: {annat}.');
    expect(consentWording(getPreset('helsingborg'), org, 'sv', '   ')).toContain('allmänt intresse');
  });
});

describe('missing settings', () => {
  const bare = { ...org, dataProtectionOfficer: '', department: '' };

  it('leave a visible marker, not a gap', () => {
    const text = consentWording(getPreset('helsingborg'), bare, 'sv');
    expect(text).toContain('Du kan även kontakta vårt dataskyddsombud: [ange dataskyddsombud i inställningarna].');
    expect(text).toContain('Personuppgiftsansvarig är [ange förvaltning eller nämnd i inställningarna].');
    expect(consentWording(getPreset('helsingborg'), bare, 'en')).toContain('[set the data protection officer in the settings]');
  });

  it('are listed for a hint next to the text', () => {
    expect(missingSettings('{organisation} {dataskyddsombud} {namnd} {epost}', bare)).toEqual(['namnd', 'dataskyddsombud']);
  });

  it('a value with braces is not filled again', () => {
    expect(fillPlaceholders('{organisation}', { ...org, name: 'Kommun {epost}' })).toBe('Kommun {epost}');
  });
});
