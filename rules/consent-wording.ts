import type { OrganisationInfo } from './base-information';
import type { Preset } from './presets/preset';

// R12: the information a person shown in published photos, film or sound gets (GDPR art. 13):
// legal basis, controller, data protection officer, the right to complain to IMY, how long the
// material is kept, and where to turn to object or withdraw consent. Our own wording per preset;
// an organisation can use its official text instead, with the same placeholders.

export type Lang = 'sv' | 'en';
export type LegalBasis = 'public-interest' | 'consent';

export const PLACEHOLDERS = ['organisation', 'namnd', 'dataskyddsombud', 'epost', 'webbplats'] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];

const MISSING: Record<Lang, Record<Placeholder, string>> = {
  sv: {
    organisation: '[ange organisationens namn i inställningarna]',
    namnd: '[ange förvaltning eller nämnd i inställningarna]',
    dataskyddsombud: '[ange dataskyddsombud i inställningarna]',
    epost: '[ange e-post i inställningarna]',
    webbplats: '[ange webbplats i inställningarna]',
  },
  en: {
    organisation: '[set the organisation’s name in the settings]',
    namnd: '[set the department or committee in the settings]',
    dataskyddsombud: '[set the data protection officer in the settings]',
    epost: '[set the e-mail address in the settings]',
    webbplats: '[set the website in the settings]',
  },
};

function valueOf(placeholder: Placeholder, org: OrganisationInfo): string {
  switch (placeholder) {
    case 'organisation': return org.name.trim();
    // The controller (personuppgiftsansvarig) is the responsible committee; the settings' field is "Förvaltning eller nämnd".
    case 'namnd': return org.department.trim();
    case 'dataskyddsombud': return org.dataProtectionOfficer.trim();
    case 'epost': return org.email.trim();
    case 'webbplats': return org.website.trim().replace(/^https?:\/\/(?:www\.)?/iu, '').replace(/\/$/u, '');
  }
}

/**
 * Fills {organisation}, {namnd}, {dataskyddsombud}, {epost} and {webbplats} from the settings in one
 * pass (a value containing braces is not filled again). An empty setting leaves a visible marker;
 * an unknown {placeholder} stays as written so the editor sees it.
 */
export function fillPlaceholders(template: string, organisation: OrganisationInfo, lang: Lang = 'sv'): string {
  return template.replace(/\{(organisation|namnd|nämnd|dataskyddsombud|epost|e-post|webbplats)\}/giu, (_all, raw: string) => {
    const key = raw.toLowerCase().replace('nämnd', 'namnd').replace('e-post', 'epost') as Placeholder;
    return valueOf(key, organisation) || MISSING[lang][key];
  });
}

/** The settings a template needs and the organisation has not filled in (for a hint next to the text). */
export function missingSettings(template: string, organisation: OrganisationInfo): Placeholder[] {
  const used = new Set<Placeholder>();
  for (const m of template.matchAll(/\{(organisation|namnd|nämnd|dataskyddsombud|epost|e-post|webbplats)\}/giu)) {
    used.add(m[1].toLowerCase().replace('nämnd', 'namnd').replace('e-post', 'epost') as Placeholder);
  }
  return PLACEHOLDERS.filter((p) => used.has(p) && !valueOf(p, organisation));
}

interface Template {
  legalBasis: LegalBasis;
  text: Record<Lang, string>;
}

// Helsingborg's standard wording ("Använd denna formulering"), with the organisation's values.
const PUBLIC_INTEREST: Template = {
  legalBasis: 'public-interest',
  text: {
    sv: [
      '{organisation} publicerar bilder, filmer och ljud i sociala medier för att informera om våra verksamheter.',
      'Den lagliga grunden för behandlingen är uppgift av allmänt intresse. För din trygghets skull vill vi informera dig om att en publicering innebär att dina personuppgifter sprids globalt till alla som tar del av bilden/filmen, till exempel i sitt flöde på sociala medier.',
      'Personuppgiftsansvarig är {namnd}. Du kan kontakta oss på {epost} för att få information om vilka uppgifter som behandlas om dig eller för att få dina uppgifter rättade. Du kan även kontakta vårt dataskyddsombud: {dataskyddsombud}. Du har rätt att klaga till tillsynsmyndigheten Integritetsskyddsmyndigheten (IMY) om du tycker att vi behandlar dina personuppgifter på ett felaktigt sätt.',
      'Materialet ligger kvar så länge det behövs för att informera om verksamheten och gallras sedan enligt vår dokumenthanteringsplan. Vill du invända mot publiceringen eller att vi tar bort materialet, kontakta oss på {epost}.',
      'Mer information om hur vi behandlar personuppgifter finns på {webbplats}.',
    ].join('\n\n'),
    en: [
      '{organisation} publishes photos, films and sound on social media to inform about our services.',
      'The legal basis for the processing is a task carried out in the public interest. Please note that publishing means your personal data is spread worldwide to everyone who sees the photo or film, for example in their social media feed.',
      'The controller is {namnd}. You can contact us at {epost} to find out which data we process about you or to have it corrected. You can also contact our data protection officer: {dataskyddsombud}. You have the right to complain to the supervisory authority, the Swedish Authority for Privacy Protection (IMY), if you think we process your personal data incorrectly.',
      'The material stays as long as it is needed to inform about our services and is then disposed of according to our records management plan. To object to the publication or to have the material removed, contact us at {epost}.',
      'More about how we process personal data: {webbplats}.',
    ].join('\n\n'),
  },
};

// Stockholm: consent as a rule, a guardian's consent for minors; Kultur: withdrawal after spread.
const CONSENT: Template = {
  legalBasis: 'consent',
  text: {
    sv: [
      '{organisation} vill publicera bilder, filmer eller ljud där du medverkar i våra konton i sociala medier för att informera om våra verksamheter.',
      'Den rättsliga grunden för behandlingen är ditt samtycke. Är du under 18 år behövs samtycke från din vårdnadshavare. En publicering innebär att dina personuppgifter sprids globalt till alla som tar del av materialet, till exempel i sitt flöde på sociala medier.',
      'Personuppgiftsansvarig är {namnd}. Du kan kontakta oss på {epost} för att få information om vilka uppgifter som behandlas om dig (registerutdrag) eller för att få dina uppgifter rättade. Du kan även kontakta vårt dataskyddsombud: {dataskyddsombud}. Du har rätt att klaga till tillsynsmyndigheten Integritetsskyddsmyndigheten (IMY) om du tycker att vi behandlar dina personuppgifter på ett felaktigt sätt.',
      'Materialet ligger kvar så länge det behövs för att informera om verksamheten, dock längst tills du återkallar ditt samtycke, och gallras sedan enligt vår dokumenthanteringsplan. Du kan när som helst återkalla samtycket genom att kontakta oss på {epost}; vi tar då bort materialet från våra konton. Spridning som redan skett, till exempel delningar, kan vi inte ta tillbaka.',
      'Mer information om hur vi behandlar personuppgifter finns på {webbplats}.',
    ].join('\n\n'),
    en: [
      '{organisation} would like to publish photos, films or sound in which you appear on our social media accounts to inform about our services.',
      'The legal basis for the processing is your consent. If you are under 18, your guardian’s consent is needed. Publishing means your personal data is spread worldwide to everyone who sees the material, for example in their social media feed.',
      'The controller is {namnd}. You can contact us at {epost} to find out which data we process about you (a register extract) or to have it corrected. You can also contact our data protection officer: {dataskyddsombud}. You have the right to complain to the supervisory authority, the Swedish Authority for Privacy Protection (IMY), if you think we process your personal data incorrectly.',
      'The material stays as long as it is needed to inform about our services, at most until you withdraw your consent, and is then disposed of according to our records management plan. You can withdraw your consent at any time by contacting us at {epost}; we then remove the material from our accounts. We cannot undo sharing that has already happened.',
      'More about how we process personal data: {webbplats}.',
    ].join('\n\n'),
  },
};

/** The wording each preset ships; Perstorp and Norrköping say nothing specific, so consent is the safe default. */
export const CONSENT_TEMPLATES: Record<string, Template> = {
  helsingborg: PUBLIC_INTEREST,
  stockholm: CONSENT,
  perstorp: CONSENT,
  norrkoping: CONSENT,
};

export function consentTemplate(preset: Pick<Preset, 'id'>): Template {
  return CONSENT_TEMPLATES[preset.id] ?? CONSENT;
}

/**
 * The information text for people in published material, filled from the settings. `ownTemplate`
 * (the organisation's official text, with the same placeholders) replaces the shipped wording.
 */
export function consentWording(preset: Pick<Preset, 'id'>, organisation: OrganisationInfo, lang: Lang, ownTemplate?: string): string {
  const template = ownTemplate?.trim() ? ownTemplate : consentTemplate(preset).text[lang];
  return fillPlaceholders(template, organisation, lang);
}
