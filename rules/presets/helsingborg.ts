import { DEFAULT_OFFICE_HOURS } from '../office-hours';
import { SENSITIVE_CATEGORIES, categoryPolicies, same, type Preset } from './preset';

// Helsingborgs stad, "Instruktioner för sociala medier" (seeds/004_e7ea536154285cf3.txt).
const REMOVE = (what: string, action: 'document-remove' | 'police-report' = 'document-remove') => ({
  forbidden: true,
  action,
  clause: `${what} ska skyndsamt tas bort; spara först och skicka till förvaltningens registrator (Så hanterar vi materialet).`,
});
const WITHOUT_CONSENT = REMOVE('Personuppgifter där personen inte gett sitt samtycke');

export const helsingborg: Preset = {
  id: 'helsingborg',
  name: 'Helsingborgs stad',
  source: 'Instruktioner för sociala medier, Helsingborgs stad',
  categories: categoryPolicies(
    {
      'needs-reply': {
        forbidden: false,
        action: 'answer',
        clause: 'Redaktörerna ska skyndsamt svara på inlägg, privata meddelanden och kommentarer som adresseras till staden (Gemensamma rutiner).',
      },
      ...same(SENSITIVE_CATEGORIES, WITHOUT_CONSENT),
      'personal.id': WITHOUT_CONSENT,
      'personal.financial': WITHOUT_CONSENT,
      'personal.contact': WITHOUT_CONSENT,
      confidential: REMOVE('Sekretessbelagda uppgifter'),
      'prohibited.hate': REMOVE('Stötande eller rasistiska ord och uttryck'),
      'prohibited.attack': REMOVE('Personangrepp eller kränkningar'),
      'prohibited.threat': REMOVE('Brottsligt material', 'police-report'),
      'prohibited.incitement': REMOVE('Brottsligt material', 'police-report'),
      'prohibited.csam': REMOVE('Brottsligt material', 'police-report'),
      'prohibited.copyright': REMOVE('Olovligt nyttjande av upphovsrättsligt skyddat material'),
      'prohibited.commercial': REMOVE('Reklaminlägg från företag eller organisationer, spam eller skräppost'),
    },
    {
      sv: 'Instruktionerna nämner inte detta uttryckligen; bedöm om det är olämpligt material (Så hanterar vi materialet).',
      en: 'The instructions do not mention this explicitly; judge whether it is unsuitable material (section “Så hanterar vi materialet”).',
    },
  ),
  responseTimeHours: null,
  responseClause: 'Skyndsamt, med daglig bevakning under arbetstid (Gemensamma rutiner).',
  officeHours: DEFAULT_OFFICE_HOURS, // "under arbetstid"
  monitoring: { roundsPerDay: 1, continuous: false, clause: 'Redaktörerna ska bevaka kontot dagligen under arbetstid (Gemensamma rutiner).' },
  removalDeadlineHours: null, // "omedelbart när det upptäckts"
  signature: {
    format: 'first-name-title',
    required: false,
    example: '/Anna, kommunikatör',
    clause: {
      sv: 'Vi rekommenderar att svaret undertecknas med redaktörens förnamn och titel (Gemensamma rutiner).',
      en: 'The instructions recommend signing a reply with the editor’s first name and title (section “Gemensamma rutiner”).',
    },
  },
  // "Det ska tydligt framgå att Helsingborgs stad är avsändare … enkelt för läsaren att kontakta ansvarig verksamhet."
  baseInformation: [
    { id: 'sender', sv: 'Att {organisation} tydligt är avsändare', en: 'That {organisation} is clearly the sender', hints: ['helsingborgs stad', 'drivs av', 'avsändare'] },
    {
      id: 'contact',
      sv: 'Att det är enkelt att kontakta ansvarig verksamhet',
      en: 'That the responsible department is easy to contact',
      hints: ['kontakt', 'telefon', 'e-post', 'helsingborg.se'],
    },
  ],
  documentationIntervalMonths: 6, // "minst en gång per halvår" (Så här dokumenterar vi)
  closing: {
    documentationRequired: true,
    clause: {
      sv: 'Innan ett konto stängs ner ska allt innehåll sparas och skickas till respektive förvaltnings registrator.',
      en: 'Before an account is shut down, all its content is to be saved and sent to the department’s registrar.',
    },
  },
  registerReportMonths: [], // each department keeps helsingborg.se/socialamedier current
  minEditorsPerAccount: 2, // "minst två utsedda redaktörer" (Gemensamma rutiner)
  substituteRequired: false,
  publishingPostsPerWeek: null,
  publishingClause: 'Instruktionerna anger ingen publiceringstakt; allt innehåll ska ha tydlig koppling till stadens verksamhet.',
};
