import { DEFAULT_OFFICE_HOURS } from '../office-hours';
import { categoryPolicies, type Preset } from './preset';

// Norrköpings kommun, "Riktlinje för användning av sociala medier", KS-543/2010 (seeds/002_a3661b56613ba8a8.txt).
const NOT_ALLOWED = (what: string, action: 'document-remove' | 'police-report' = 'document-remove') => ({
  forbidden: true,
  action,
  clause: `Texterna får inte innehålla ${what}; de ska skyndsamt avpubliceras och hanteras som allmänna handlingar (Regler och förhållningssätt, punkt 3).`,
});

export const norrkoping: Preset = {
  id: 'norrkoping',
  name: 'Norrköpings kommun',
  source: 'Riktlinje för användning av sociala medier (KS-543/2010)',
  categories: categoryPolicies(
    {
      'needs-reply': {
        forbidden: false,
        action: 'answer',
        clause: 'Besvara alla inkomna meddelanden eller vidarebefordra dem; INGET meddelande får lämnas obesvarat (punkt 3).',
      },
      'personal.case': {
        forbidden: false,
        action: 'case-handling',
        clause: 'Meddelanden ska diarieföras som e-post eller telefonsamtal, såvida de inte är av ringa betydelse (punkt 3).',
      },
      confidential: NOT_ALLOWED('sekretessbelagda uppgifter'),
      'prohibited.attack': NOT_ALLOWED('förtal, personliga angrepp eller förolämpningar'),
      'prohibited.hate': NOT_ALLOWED('hets mot folkgrupp, sexistiska yttranden eller andra trakasserier'),
      'prohibited.threat': NOT_ALLOWED('olovliga våldsskildringar', 'police-report'),
      'prohibited.sexual': NOT_ALLOWED('pornografi'),
      // Child abuse material is pornography and a crime: the strictest reading of the same clause.
      'prohibited.csam': NOT_ALLOWED('pornografi (barnpornografibrott)', 'police-report'),
      'prohibited.incitement': NOT_ALLOWED('uppmaningar till brott', 'police-report'),
      'prohibited.copyright': NOT_ALLOWED('olovligt bruk av upphovsrättsligt skyddat material'),
      'prohibited.obscene': NOT_ALLOWED('svordomar eller obscena ord'),
      'prohibited.commercial': NOT_ALLOWED('kommersiella budskap eller reklam'),
    },
    {
      sv: 'Riktlinjen nämner inte detta uttryckligen; kommentarer som kan antas strida mot gällande lagstiftning ska skyndsamt avpubliceras (punkt 3).',
      en: 'The guideline does not mention this explicitly. Its general clause, quoted in Swedish: ”kommentarer som kan antas strida mot gällande lagstiftning ska skyndsamt avpubliceras” (punkt 3).',
    },
  ),
  responseTimeHours: null,
  responseClause: 'Inget meddelande får lämnas obesvarat; svara eller vidarebefordra (punkt 3).',
  officeHours: DEFAULT_OFFICE_HOURS,
  monitoring: { roundsPerDay: null, continuous: true, clause: 'En moderator ska se över inkomna kommentarer och meddelanden kontinuerligt (punkt 3).' },
  removalDeadlineHours: null, // "skyndsamt"
  signature: {
    format: 'none',
    required: false,
    example: '',
    clause: { sv: 'Det ska vara tydligt när {organisation} är avsändare.', en: 'It must be clear when {organisation} is the sender.' },
  },
  // "Att tänka på": four items.
  baseInformation: [
    { id: 'purpose', sv: 'Vad syftet är med just det här mediet', en: 'The purpose of this particular channel', hints: ['syfte', 'här kan du', 'vi använder'] },
    {
      id: 'content-questions',
      sv: 'Vart man vänder sig med frågor om innehållet',
      en: 'Where to turn with questions about the content',
      hints: ['frågor om innehållet', 'kontakta', 'redaktör'],
    },
    {
      id: 'not-allowed',
      sv: 'Vilka typer av inlägg som inte är tillåtna',
      en: 'Which kinds of posts are not allowed',
      hints: ['inte tillåtet', 'inte tillåtna', 'tas bort', 'förbjudet'],
    },
    {
      id: 'other-matters',
      sv: 'Vart man vänder sig med sina övriga ärenden hos kommunen',
      en: 'Where to turn with other matters for the municipality',
      hints: ['övriga ärenden', 'kontaktcenter', 'norrkoping.se', 'ärende'],
    },
  ],
  documentationIntervalMonths: null,
  closing: {
    documentationRequired: false,
    clause: { sv: 'Riktlinjen säger inget särskilt om att avsluta ett konto.', en: 'The guideline says nothing in particular about closing an account.' },
  },
  registerReportMonths: [], // Kommunikation keeps the register when a channel starts (punkt 1)
  minEditorsPerAccount: 1, // "vem eller vilka som får representera", approved by the head of department (punkt 1)
  substituteRequired: false,
  publishingPostsPerWeek: null,
  publishingClause: 'Riktlinjen anger ingen publiceringstakt.',
};
