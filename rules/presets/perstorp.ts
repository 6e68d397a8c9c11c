import { DEFAULT_OFFICE_HOURS } from '../office-hours';
import { SENSITIVE_CATEGORIES, categoryPolicies, same, type Preset } from './preset';

// Perstorps kommun, "Policy sociala medier" (seeds/001_8c5797a25877020a.txt).
const OFFENSIVE_PERSONAL_DATA = {
  forbidden: true,
  action: 'document-remove' as const,
  clause: 'Kränkande personuppgifter får inte publiceras och tas bort omedelbart, senast inom 48 timmar (Personuppgifter).',
};
const UNSUITABLE = (what: string) => ({
  forbidden: true,
  action: 'document-remove' as const,
  clause: `${what} räknas som olämpligt inlägg och ska gallras (Generella riktlinjer).`,
});
const BULLETIN_BOARD = (what: string, more = '') => ({
  forbidden: true,
  action: 'police-report' as const,
  clause: `${what} ska tas bort enligt lagen om elektroniska anslagstavlor (Elektroniska anslags/informationstavlor); överväg polisanmälan.${more}`,
});

export const perstorp: Preset = {
  id: 'perstorp',
  name: 'Perstorps kommun',
  source: 'Perstorps kommun – Policy sociala medier',
  categories: categoryPolicies(
    {
      'needs-reply': {
        forbidden: false,
        action: 'answer',
        clause: 'Svara inom 24 timmar under kontorstid måndag till fredag (Generella riktlinjer); frågor ska besvaras skyndsamt (Serviceskyldighet).',
      },
      'personal.case': {
        forbidden: false,
        action: 'case-handling',
        clause:
          'Diarieför allt som ses som ett inkommet ärende och ta det vidare till rätt instans (Generella riktlinjer); enskildas ärenden hanteras inte i sociala medier (Informationsplikt).',
      },
      ...same(SENSITIVE_CATEGORIES, OFFENSIVE_PERSONAL_DATA),
      'personal.id': OFFENSIVE_PERSONAL_DATA,
      'personal.financial': OFFENSIVE_PERSONAL_DATA,
      'personal.contact': {
        forbidden: false,
        action: 'review',
        clause: 'Personuppgifter som kan uppfattas som kränkande tas bort senast inom 48 timmar (Personuppgifter).',
      },
      confidential: {
        forbidden: true,
        action: 'document-remove',
        clause: 'Sekretessbelagd information får inte förekomma; inlägget tas om hand för registrering via diariet (Registrering, bevarande och gallring).',
      },
      'prohibited.hate': UNSUITABLE('Hets mot folkgrupp'),
      'prohibited.attack': UNSUITABLE('Personangrepp'),
      'prohibited.obscene': UNSUITABLE('Obscena ord'),
      'prohibited.sexual': UNSUITABLE('Pornografi'),
      'prohibited.commercial': UNSUITABLE('Kommersiell reklam'),
      'prohibited.copyright': UNSUITABLE('Intrång i upphovsrätt'),
      // The law's list has unlawful depictions of violence, not threats; a threat is an attack the policy calls unsuitable.
      'prohibited.threat': BULLETIN_BOARD(
        'Olaga våldsskildring',
        ' Ett hot mot någon (olaga hot) räknas inte upp i lagen men är ett brott och ett personangrepp, som gallras som olämpligt (Generella riktlinjer).',
      ),
      'prohibited.incitement': BULLETIN_BOARD('Uppvigling'),
      'prohibited.csam': BULLETIN_BOARD('Barnpornografibrott'),
    },
    {
      sv: 'Policyn nämner inte detta uttryckligen; bedöm om inlägget är olämpligt (Generella riktlinjer).',
      en: 'The policy does not mention this explicitly; judge whether the post is unsuitable (section “Generella riktlinjer”).',
    },
  ),
  responseTimeHours: 24, // "Svara gör vi inom 24 timmar under kontorstid måndag till fredag."
  responseClause: 'Inom 24 timmar under kontorstid måndag till fredag; annars ska det framgå på sidan (Generella riktlinjer).',
  officeHours: DEFAULT_OFFICE_HOURS, // måndag–fredag; clock times are the editable default
  monitoring: { roundsPerDay: 1, continuous: false, clause: 'Granska det sociala mediet dagligen (Generella riktlinjer); daglig uppsikt under kontorstid (Personuppgifter).' },
  removalDeadlineHours: 48, // "senast inom 48 timmar" (Personuppgifter)
  signature: {
    format: 'full-name-title',
    required: true,
    example: '/Anna Svensson, kommunikatör',
    clause: {
      sv: 'Klargör vem du är, med för- och efternamn samt din titel (Generella riktlinjer).',
      en: 'Make clear who you are, with your first and last name and your title (section “Generella riktlinjer”).',
    },
  },
  // "Informationsplikt": ten items.
  baseInformation: [
    { id: 'sender', sv: 'Att kommunen eller en verksamhet inom kommunen står bakom sidan', en: 'That the municipality or one of its services runs the page', hints: ['perstorps kommun', 'drivs av', 'står bakom'] },
    { id: 'purpose', sv: 'Syftet med sidan och hur den är tänkt att användas', en: 'The page’s purpose and intended use', hints: ['syfte', 'välkomna', 'frågor och synpunkter'] },
    { id: 'public-records', sv: 'Att inlägg blir tillgängliga för allmänheten och är allmänna handlingar', en: 'That posts are public and become public records', hints: ['allmän handling', 'allmänna handlingar', 'offentlig'] },
    { id: 'retention', sv: 'Rutiner för gallring och bevarande', en: 'Routines for disposal and retention', hints: ['gallring', 'gallras', 'bevarande', 'arkiv'] },
    {
      id: 'monitoring',
      sv: 'Hur ofta, vilka tider och dagar sidan bevakas och hur snabbt svar kommer',
      en: 'How often, on which days and hours the page is monitored and how fast answers come',
      hints: ['bevakas', 'vardagar', 'kontorstid', 'svarar inom', '24 timmar'],
    },
    {
      id: 'writers',
      sv: 'Vem som skriver för kommunen, med namn, befattning, e-post och/eller telefon',
      en: 'Who writes for the municipality: name, title, e-mail and/or phone',
      hints: ['kommunikatör', 'administreras av', 'skriver här', 'ansvarig'],
    },
    {
      id: 'contact',
      sv: 'Allmänna kontaktuppgifter: besöksadress, postadress, e-post, webbadress, telefon',
      en: 'General contact details: visiting and postal address, e-mail, website, phone',
      hints: ['besöksadress', 'postadress', 'telefon', 'perstorp.se'],
    },
    {
      id: 'offensive-data',
      sv: 'Att kränkande personuppgifter inte får förekomma och tas bort',
      en: 'That offensive personal data is not allowed and is removed',
      hints: ['personuppgifter', 'kränkande', 'tas bort'],
    },
    {
      id: 'crimes',
      sv: 'Att lagbrott (uppvigling, hets mot folkgrupp, barnpornografibrott, olaga våldsskildring, upphovsrättsintrång) tas bort',
      en: 'That unlawful content (incitement, hate speech, child abuse material, unlawful violence, copyright infringement) is removed',
      hints: ['hets mot folkgrupp', 'uppvigling', 'upphovsrätt', 'våldsskildring'],
    },
    {
      id: 'personal-cases',
      sv: 'Att enskildas ärenden inte hanteras här, och vart man vänder sig i stället',
      en: 'That personal cases are not handled here, and where to turn instead',
      hints: ['ärende', 'vänd dig', 'kontakta', 'handläggs'],
    },
  ],
  closing: {
    documentationRequired: false,
    clause: { sv: 'Stäng de konton som är inaktiva.', en: 'Close the accounts that are inactive.' },
  },
  documentationIntervalMonths: 6, // "skärmdump en gång i halvåret" (Generella riktlinjer; Registrering, bevarande och gallring)
  registerReportMonths: [], // a public list on the website, no reporting months (Allmänna handlingar)
  minEditorsPerAccount: 1,
  substituteRequired: true, // "Vid ansvarig tjänstemans frånvaro ska ersättare finnas utsedd." (Ansvar)
  publishingPostsPerWeek: null,
  publishingClause: 'Policyn anger ingen publiceringstakt; inaktiva konton stängs (Generella riktlinjer).',
};
