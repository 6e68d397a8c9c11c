import type { BaseInformationResult, OrganisationInfo } from './base-information';
import { websiteDomain } from './base-information';
import type { OfficeHours } from './office-hours';
import type { Platform } from './snapshot';

// R9: Swedish text for the base information an account lacks, sized to the platform's bio. What does
// not fit goes where the platform has room: the about page, a pinned post or a page the bio links to.

/** The organisation's response time and office hours (utils/policy EffectivePolicy fits). */
export interface SuggestionPolicy {
  responseHours: number;
  office: OfficeHours;
}

export type RestPlace = 'about-page' | 'pinned-post' | 'linked-page';

/** Characters the bio holds: X bio 160, Instagram bio 150, Facebook's "Intro" 101 (the about page holds more). */
export const BIO_LIMITS: Record<Platform, number> = { x: 160, instagram: 150, facebook: 101 };

const REST_PLACE: Record<Platform, RestPlace> = { facebook: 'about-page', x: 'pinned-post', instagram: 'linked-page' };

export const REST_PLACE_LABELS: Record<RestPlace, { sv: string; en: string }> = {
  'about-page': { sv: 'sidans Om-avsnitt (Om → Kontakt och grundläggande info)', en: 'the page’s About section' },
  'pinned-post': { sv: 'ett fäst inlägg överst på profilen', en: 'a pinned post at the top of the profile' },
  'linked-page': { sv: 'en sida på webbplatsen som bion länkar till', en: 'a page on the website the bio links to' },
};

export interface BaseInformationSuggestion {
  /**
   * With the current bio known: the whole new bio, the current text first and the short sentences
   * added, within `bioLimit` characters. Otherwise only the sentences to add (what is in the bio
   * already counts towards the limit too). Empty when nothing is added.
   */
  bio: string;
  /** Whether `bio` is the whole bio (the current one kept in it) or only what to add to it. */
  bioIsWhole: boolean;
  bioLimit: number;
  /** The longer text for what did not fit in the bio; null when everything fit. */
  rest: string | null;
  restPlace: RestPlace;
  /** Item ids whose short sentence is in the bio. */
  inBio: string[];
  /** Item ids whose text is in `rest`. */
  inRest: string[];
}

/** Characters as a bio counts them: code points, so an emoji or "ö" is one. */
export function bioLength(text: string): number {
  return Array.from(text).length;
}

const marker = (what: string) => `[ange ${what} i inställningarna]`;

function genitive(name: string): string {
  return /[sxz]$/iu.test(name) ? name : `${name}s`;
}

function clock(time: string): string {
  const [h, m] = time.split(':');
  return m === '00' ? String(Number(h)) : `${Number(h)}.${m}`;
}

const DAY_NAMES = ['', 'måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag', 'söndag'];

function daysText(days: number[]): string {
  const sorted = [...new Set(days)].sort((a, b) => a - b);
  if (sorted.join() === '1,2,3,4,5') return 'vardagar';
  if (sorted.join() === '1,2,3,4,5,6,7') return 'alla dagar';
  const contiguous = sorted.every((d, i) => i === 0 || d === sorted[i - 1] + 1);
  if (contiguous && sorted.length > 2) return `${DAY_NAMES[sorted[0]]}–${DAY_NAMES[sorted[sorted.length - 1]]}`;
  return sorted.map((d) => DAY_NAMES[d]).join(', ');
}

interface Sentences {
  short: string;
  long: string;
}

function sentencesFor(item: BaseInformationResult, org: OrganisationInfo, policy: SuggestionPolicy): Sentences {
  const name = org.name.trim() || marker('organisationens namn');
  const email = org.email.trim() || marker('e-post');
  const phone = org.switchboard.trim();
  const domain = websiteDomain(org.website) || marker('webbplats');
  const contactLong = [org.email.trim() || marker('e-post'), phone && `telefon ${phone}`].filter(Boolean).join(', ');
  const hours = `${daysText(policy.office.days)} ${clock(policy.office.start)}–${clock(policy.office.end)}`;
  const within = `inom ${policy.responseHours} timmar`;
  switch (item.id) {
    case 'sender':
      return {
        short: `Officiellt konto för ${name}.`,
        long: `Kontot drivs av ${org.department.trim() ? `${org.department.trim()} på ` : ''}${name}.`,
      };
    case 'purpose':
    case 'content':
      return { short: `Nyheter och service från ${name}.`, long: `Här informerar vi om ${genitive(name)} verksamheter och svarar på frågor.` };
    case 'public-records':
    case 'terms':
      return {
        short: 'Inlägg blir allmänna handlingar.',
        long: 'Inlägg, kommentarer och meddelanden till kontot är allmänna handlingar och kan lämnas ut enligt offentlighetsprincipen.',
      };
    case 'monitoring':
      return { short: `Vi svarar ${hours}, ${within}.`, long: `Kontot bevakas ${hours}. Vi svarar ${within} under kontorstid.` };
    case 'retention':
      return {
        short: 'Inlägg gallras enligt dokumenthanteringsplan.',
        long: `Inlägg som ska bevaras diarieförs; övrigt gallras enligt ${genitive(name)} dokumenthanteringsplan.`,
      };
    case 'writers':
      return {
        short: 'Vi signerar våra svar.',
        long: `Här skriver [namn, titel] för ${name}. Du når oss på ${contactLong}. Vi signerar våra svar med namn och titel.`,
      };
    case 'contact':
      return {
        short: `Kontakt: ${org.email.trim() || phone || marker('e-post')}`,
        long: `Kontakt: ${[contactLong, org.visitingAddress.trim() && `besöksadress ${org.visitingAddress.trim()}`, org.postalAddress.trim() && `postadress ${org.postalAddress.trim()}`, org.website.trim() || domain].filter(Boolean).join(', ')}.`,
      };
    case 'website':
      return { short: domain, long: `Mer information finns på ${org.website.trim() || domain}.` };
    case 'offensive-data':
      return {
        short: 'Kränkande personuppgifter tas bort.',
        long: 'Kränkande personuppgifter får inte förekomma; vi tar bort dem så snart vi ser dem.',
      };
    case 'crimes':
      return {
        short: 'Olagligt innehåll tas bort.',
        long: 'Vi tar bort inlägg med uppvigling, hets mot folkgrupp, barnpornografibrott, olaga våldsskildring eller intrång i upphovsrätt.',
      };
    case 'not-allowed':
      return {
        short: 'Vi tar bort hot, personangrepp och reklam.',
        long: 'Vi tar bort inlägg med personangrepp, hot, hets, svordomar, reklam eller annat som strider mot lag.',
      };
    case 'personal-cases':
    case 'other-matters':
      return {
        short: `Ärenden handläggs inte här: ${email}`,
        long: `Vi handlägger inte enskildas ärenden här. Kontakta ${name} på ${contactLong}.`,
      };
    case 'content-questions':
      return { short: `Frågor: ${email}`, long: `Frågor om innehållet besvarar vi här eller på ${email}.` };
    default:
      return { short: '', long: `[${item.sv}]` };
  }
}

/**
 * Text for the missing items: the short sentences that fit the platform's bio, in the preset's order,
 * and the longer text for the rest with where it goes. With the current bio, the sentences are added
 * to it (copying the suggestion must not drop what the bio says already) and only what fits in the
 * room it leaves goes there.
 */
export function suggestBaseInformation(
  missingItems: BaseInformationResult[],
  organisation: OrganisationInfo,
  policy: SuggestionPolicy,
  platform: Platform,
  currentBio: string | null = null,
): BaseInformationSuggestion {
  const limit = BIO_LIMITS[platform];
  const current = currentBio?.trim() ?? '';
  // The added sentences start a line of their own: the current bio may end without a full stop (an address).
  const withCurrent = (sentences: string[]) => (current ? [current, sentences.join(' ')].join('\n') : sentences.join(' '));
  const bioParts: string[] = [];
  const inBio: string[] = [];
  const restParts: string[] = [];
  const inRest: string[] = [];
  for (const item of missingItems) {
    const { short, long } = sentencesFor(item, organisation, policy);
    const candidate = withCurrent([...bioParts, short]);
    if (short && bioLength(candidate) <= limit) {
      bioParts.push(short);
      inBio.push(item.id);
    } else {
      restParts.push(long);
      inRest.push(item.id);
    }
  }
  const added = inBio.length > 0;
  return {
    bio: added ? withCurrent(bioParts) : '',
    bioIsWhole: currentBio !== null,
    bioLimit: limit,
    rest: restParts.length ? restParts.join('\n') : null,
    restPlace: REST_PLACE[platform],
    inBio,
    inRest,
  };
}
