import { DEFAULT_OFFICE_HOURS } from '../office-hours';
import { SENSITIVE_CATEGORIES, categoryPolicies, same, type Preset } from './preset';

// Stockholms stad, "Policy för sociala medier" (seeds/000_6753f374071805f1.txt). Section names in the clauses.
const PERSONAL_DATA = {
  forbidden: true,
  action: 'document-remove' as const,
  clause:
    'Känsliga eller integritetskränkande personuppgifter får inte publiceras; kommentaren tas bort omedelbart efter att den dokumenterats, t.ex. med skärmdump, och registreras eventuellt (Personuppgifter och sekretessbelagda uppgifter).',
};
const BULLETIN_BOARD_LAW =
  'ska dokumenteras och därefter tas bort (Bevakning och uppsiktsplikt, lagen om elektroniska anslagstavlor 1998:112). Om polisanmälan ska göras avgör förvaltningen i det enskilda fallet.';

export const stockholm: Preset = {
  id: 'stockholm',
  name: 'Stockholms stad',
  source: 'Policy för sociala medier i Stockholms stad',
  categories: categoryPolicies(
    {
      // "Besvara frågor och kommentarer"
      'needs-reply': {
        forbidden: false,
        action: 'answer',
        clause: 'Frågor som kommer in till stadens konton ska besvaras under normal kontorstid och utan onödigt dröjsmål (Besvara frågor och kommentarer).',
      },
      'personal.case': {
        forbidden: false,
        action: 'case-handling',
        clause:
          'Information som hör till ett pågående ärende eller initierar ett nytt ärende ska flyttas och hanteras enligt ordinarie rutiner för ärendehandläggning (Besvara frågor och kommentarer).',
      },
      ...same(SENSITIVE_CATEGORIES, PERSONAL_DATA),
      'personal.id': PERSONAL_DATA,
      'personal.financial': PERSONAL_DATA,
      'personal.contact': {
        forbidden: false,
        action: 'review',
        clause: 'Personuppgifter kräver rättslig grund; integritetskränkande uppgifter tas bort efter dokumentation (Personuppgifter och sekretessbelagda uppgifter).',
      },
      confidential: {
        forbidden: true,
        action: 'document-remove',
        clause: 'Sekretessbelagda uppgifter får inte publiceras; inlägget tas bort omedelbart efter dokumentation och registreras eventuellt (Personuppgifter och sekretessbelagda uppgifter).',
      },
      'prohibited.hate': { forbidden: true, action: 'document-remove', clause: `Hets mot folkgrupp ${BULLETIN_BOARD_LAW}` },
      'prohibited.incitement': { forbidden: true, action: 'police-report', clause: `Uppvigling ${BULLETIN_BOARD_LAW}` },
      'prohibited.csam': { forbidden: true, action: 'police-report', clause: `Barnpornografibrott ${BULLETIN_BOARD_LAW}` },
      // The law's list has unlawful depictions of violence, not threats; a threat is a crime of its own (olaga hot).
      'prohibited.threat': {
        forbidden: true,
        action: 'police-report',
        clause: `Olaga våldsskildring ${BULLETIN_BOARD_LAW} Ett hot mot någon (olaga hot) räknas inte upp i lagen men är ett brott: dokumentera det och bedöm borttagning mot stadens villkor.`,
      },
      'prohibited.copyright': {
        forbidden: true,
        action: 'document-remove',
        clause: 'Uppenbart intrång i upphovsrätten ska dokumenteras och därefter tas bort (Bevakning och uppsiktsplikt).',
      },
    },
    {
      sv: 'Policyn nämner inte detta uttryckligen; bedöm mot stadens villkor och gällande lag (Bevakning och uppsiktsplikt).',
      en: 'The policy does not mention this explicitly; judge it against the city\'s terms and the law (section “Bevakning och uppsiktsplikt”).',
    },
  ),
  responseTimeHours: null,
  responseClause: 'Under normal kontorstid och utan onödigt dröjsmål (Besvara frågor och kommentarer).',
  // "normal kontorstid": weekdays; the clock times are the editable default.
  officeHours: DEFAULT_OFFICE_HOURS,
  monitoring: {
    roundsPerDay: 3,
    continuous: false,
    clause: 'Bevakning ska ske tre gånger dagligen under kontorstid, oftare vid kriser (Bevakning och uppsiktsplikt).',
  },
  removalDeadlineHours: null, // "omedelbart" after documenting
  // "När Stockholms stad kommunicerar i sociala medier ska det vara tydligt att staden är avsändare": said of the organisation using the preset.
  signature: {
    format: 'none',
    required: false,
    example: '',
    clause: {
      sv: 'Det ska vara tydligt att {organisation} är avsändare (Samordning och tydlighet).',
      en: 'It must be clear that {organisation} is the sender (section “Samordning och tydlighet”).',
    },
  },
  // "Basinformation": five items.
  baseInformation: [
    {
      id: 'sender',
      // "att verksamheten ingår i Stockholms stad": the organisation that uses the preset (Basinformation).
      sv: 'Vilken verksamhet som står bakom kontot och att den ingår i {organisation}',
      en: 'Which department runs the account and that it is part of {organisation}',
      hints: ['stockholms stad', 'ingår i', 'drivs av', 'förvaltning'],
    },
    { id: 'content', sv: 'Vad användaren kan förvänta sig för innehåll', en: 'What content to expect from the account', hints: ['här kan du', 'vi publicerar', 'här berättar vi', 'förvänta'] },
    {
      id: 'terms',
      sv: 'Villkor för att delta, t.ex. att inlägg kan bli allmän handling',
      en: 'Terms for taking part, e.g. that posts can become public records',
      hints: ['allmän handling', 'allmänna handlingar', 'villkor', 'tas bort'],
    },
    { id: 'contact', sv: 'Kontaktuppgifter till verksamheten', en: 'Contact details of the department', hints: ['kontakt', 'telefon', 'e-post', 'mejl', '@'] },
    { id: 'website', sv: 'Länk till verksamhetens webbplats', en: 'Link to the department’s website', hints: ['stockholm.se', 'https://', 'www.'] },
  ],
  documentationIntervalMonths: null, // left to the city archives' guidance
  closing: {
    documentationRequired: false, // left to the city archives' guidance for closed accounts
    clause: {
      sv: 'På kontot ska det informeras om att det ska avslutas och varför, och om möjligt hänvisas till andra kontaktvägar.',
      en: 'The account is to say that it will be closed and why, and where possible point to other ways of contact.',
    },
  },
  registerReportMonths: [2, 9], // "två gånger per år (i februari och september)" (Rapportering av konton)
  minEditorsPerAccount: 1, // "en utsedd ansvarig för kontot" (Beslut om att starta nya konton)
  substituteRequired: false,
  publishingPostsPerWeek: 2,
  publishingClause: 'Nya inlägg minst ett par gånger i veckan; lägre takt vid semester och helgdagar meddelas i ett inlägg (Publiceringsfrekvens).',
};
