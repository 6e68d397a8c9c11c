import { isCategory, type Category, type RecommendedAction, type Severity } from './categories';
import { getPreset } from './presets';
import type { Finding } from './types';
import type { FollowUp } from './triage';

export type Lang = 'sv' | 'en';

/** Category names as the editor sees them, Swedish and English side by side. */
export const CATEGORY_LABELS: Record<Category, { sv: string; en: string }> = {
  'needs-reply': { sv: 'Fråga att besvara', en: 'Question to answer' },
  'sensitive.ethnicity': { sv: 'Känsliga personuppgifter: etniskt ursprung', en: 'Sensitive personal data: ethnic origin' },
  'sensitive.politics': { sv: 'Känsliga personuppgifter: politiska åsikter', en: 'Sensitive personal data: political opinions' },
  'sensitive.religion': { sv: 'Känsliga personuppgifter: religion eller övertygelse', en: 'Sensitive personal data: religion or belief' },
  'sensitive.union': { sv: 'Känsliga personuppgifter: fackmedlemskap', en: 'Sensitive personal data: trade-union membership' },
  'sensitive.health': { sv: 'Känsliga personuppgifter: hälsa', en: 'Sensitive personal data: health' },
  'sensitive.sexuality': { sv: 'Känsliga personuppgifter: sexualliv eller sexuell läggning', en: 'Sensitive personal data: sex life or sexual orientation' },
  'sensitive.biometric': { sv: 'Känsliga personuppgifter: genetiska eller biometriska uppgifter', en: 'Sensitive personal data: genetic or biometric data' },
  'personal.id': { sv: 'Personnummer eller annat id-nummer', en: 'Personal identity number' },
  'personal.contact': { sv: 'Privatpersons kontaktuppgifter', en: 'Private contact details' },
  'personal.financial': { sv: 'Bank- eller kortuppgifter', en: 'Bank or card details' },
  'personal.case': { sv: 'Enskilt ärende', en: 'Personal case' },
  confidential: { sv: 'Sekretessbelagda uppgifter', en: 'Confidential information' },
  'prohibited.hate': { sv: 'Hets mot folkgrupp', en: 'Hate speech (agitation against a group)' },
  'prohibited.threat': { sv: 'Hot eller våld', en: 'Threat or violence' },
  'prohibited.incitement': { sv: 'Uppvigling', en: 'Incitement to crime' },
  'prohibited.csam': { sv: 'Barnpornografibrott', en: 'Child sexual abuse material' },
  'prohibited.sexual': { sv: 'Sexuellt innehåll eller trakasserier', en: 'Sexual content or harassment' },
  'prohibited.attack': { sv: 'Personangrepp', en: 'Personal attack' },
  'prohibited.obscene': { sv: 'Svordomar och obscena ord', en: 'Profanity and obscene words' },
  'prohibited.commercial': { sv: 'Reklam eller spam', en: 'Advertising or spam' },
  'prohibited.copyright': { sv: 'Upphovsrättsintrång', en: 'Copyright infringement' },
};

export const ACTION_LABELS: Record<RecommendedAction, { sv: string; en: string }> = {
  answer: { sv: 'Svara', en: 'Answer' },
  'case-handling': { sv: 'Diarieför och flytta till ärendehantering; svara vart man kan vända sig', en: 'Register (diarieför) and move to case handling; answer where to turn' },
  'document-remove': { sv: 'Dokumentera, skicka till registrator, ta sedan bort', en: 'Document, send to the registrar, then remove' },
  'police-report': { sv: 'Dokumentera, skicka till registrator, ta bort och överväg polisanmälan', en: 'Document, send to the registrar, remove and consider a police report' },
  review: { sv: 'Granska', en: 'Review' },
};

/** The steps left after the recommended one (rules/triage), which always removes the comment first. */
const FOLLOW_UP_LABELS: Record<FollowUp, { sv: string; en: string }> = {
  'case-handling': { sv: 'diarieför och flytta ärendet till ärendehantering; svara vart man kan vända sig', en: 'register (diarieför) and move the case to case handling; answer where to turn' },
  answer: { sv: 'svara på frågan utan att upprepa det som togs bort', en: 'answer the question without repeating what was removed' },
};

/** "Sedan: svara på frågan utan att upprepa det som togs bort." – empty when nothing follows. */
export function followUpText(followUps: readonly FollowUp[], lang: Lang): string {
  if (followUps.length === 0) return '';
  return `${lang === 'en' ? 'Then' : 'Sedan'}: ${followUps.map((f) => pick(FOLLOW_UP_LABELS[f], lang)).join('; ')}.`;
}

/** What fired, in words. Lexicon rules are named by their word-list entry instead. */
const RULE_LABELS: Record<string, { sv: string; en: string }> = {
  'id.personnummer': { sv: 'Personnummer (giltigt datum och kontrollsiffra)', en: 'Personal identity number (valid date and check digit)' },
  'id.samordningsnummer': { sv: 'Samordningsnummer (giltigt datum och kontrollsiffra)', en: 'Coordination number (valid date and check digit)' },
  'id.passport': { sv: 'Passnummer', en: 'Passport number' },
  'contact.phone': { sv: 'Telefonnummer', en: 'Phone number' },
  'contact.email': { sv: 'E-postadress', en: 'E-mail address' },
  'contact.address': { sv: 'Gatuadress', en: 'Street address' },
  'financial.card': { sv: 'Kortnummer (giltig kontrollsiffra)', en: 'Card number (valid check digit)' },
  'financial.iban': { sv: 'IBAN (giltig kontrollsumma)', en: 'IBAN (valid checksum)' },
  'financial.bank-account': { sv: 'Bankkonto (clearing- och kontonummer)', en: 'Bank account (clearing and account number)' },
  'financial.bankgiro': { sv: 'Bankgironummer', en: 'Bankgiro number' },
  'financial.plusgiro': { sv: 'Plusgironummer', en: 'Plusgiro number' },
  'intent.question': { sv: 'Fråga till organisationen', en: 'Question to the organisation' },
  'intent.question-unmarked': { sv: 'Fråga utan frågetecken', en: 'Question without a question mark' },
  'intent.request': { sv: 'Begäran till organisationen', en: 'Request to the organisation' },
  'intent.fault-report': { sv: 'Felanmälan', en: 'Fault report' },
  'intent.question-to-reader': { sv: 'Fråga till andra läsare', en: 'Question to other readers' },
  'intent.rhetorical': { sv: 'Retorisk fråga', en: 'Rhetorical question' },
  'intent.insult-question': { sv: 'Fråga som mest är förolämpning', en: 'Question that is mainly an insult' },
  'intent.case-needs-answer': { sv: 'Enskilt ärende som behöver svar om vart man vänder sig', en: 'Personal case that needs an answer on where to turn' },
  'intent.case.own-matter': { sv: 'Skribentens eget ärende (ansökan, beslut, tjänst)', en: 'The writer’s own matter (application, decision, service)' },
  'intent.case.own-action': { sv: 'Skribenten har sökt, fått beslut eller väntar på svar', en: 'The writer applied, got a decision or awaits an answer' },
  'intent.case.relative-care': { sv: 'En anhörigs ärende i omsorg eller skola', en: 'A relative’s matter in care or school' },
  'intent.case.neighbour-complaint': { sv: 'Klagomål på granne till en förvaltning', en: 'Complaint about a neighbour to a department' },
  'intent.confidential.marked': { sv: 'Texten säger att den är sekretessbelagd eller skyddad', en: 'The text says it is secret or protected' },
  'intent.confidential.record': { sv: 'Uppgifter ur journal eller utredning om en person', en: 'Details from a record or investigation about a person' },
  'intent.confidential.insider': { sv: 'Personal lämnar ut uppgifter om en person', en: 'Staff passing on details about a person' },
  'intent.confidential.record-general': { sv: 'Nämner journal eller utredning', en: 'Mentions a record or investigation' },
};

const SEVERITY: Record<Category, Severity> = {
  'needs-reply': 'low',
  'sensitive.ethnicity': 'high',
  'sensitive.politics': 'high',
  'sensitive.religion': 'high',
  'sensitive.union': 'high',
  'sensitive.health': 'high',
  'sensitive.sexuality': 'high',
  'sensitive.biometric': 'high',
  'personal.id': 'high',
  'personal.contact': 'medium',
  'personal.financial': 'high',
  'personal.case': 'medium',
  confidential: 'high',
  'prohibited.hate': 'high',
  'prohibited.threat': 'critical',
  'prohibited.incitement': 'high',
  'prohibited.csam': 'critical',
  'prohibited.sexual': 'medium',
  'prohibited.attack': 'medium',
  'prohibited.obscene': 'low',
  'prohibited.commercial': 'low',
  'prohibited.copyright': 'medium',
};

function pick(labels: { sv: string; en: string }, lang: Lang): string {
  return lang === 'en' ? labels.en : labels.sv;
}

export function categoryLabel(category: Category, lang: Lang): string {
  return isCategory(category) ? pick(CATEGORY_LABELS[category], lang) : String(category);
}

export function actionLabel(action: RecommendedAction, lang: Lang): string {
  return pick(ACTION_LABELS[action] ?? ACTION_LABELS.review, lang);
}

export function ruleLabel(finding: Pick<Finding, 'rule' | 'entry'>, lang: Lang): string {
  const known = RULE_LABELS[finding.rule];
  if (known) return pick(known, lang);
  if (finding.entry) return `${lang === 'en' ? 'Word list entry' : 'Ordlistepost'}: ${finding.entry}`;
  return String(finding.rule ?? '');
}

export interface Explanation {
  title: string;
  categoryLabel: string;
  ruleLabel: string;
  /** The policy clause the finding concerns, quoted in Swedish with its section. */
  clause: string;
  action: RecommendedAction;
  actionLabel: string;
  severity: Severity;
}

/** What to show the editor for a finding: what fired, which clause of the preset's policy it concerns, and what to do. */
export function explain(finding: Finding, presetId: string, lang: Lang): Explanation {
  const preset = getPreset(presetId);
  const category: Category = isCategory(finding?.category) ? finding.category : 'needs-reply';
  const policy = preset.categories[category];
  const label = categoryLabel(category, lang);
  const action = policy.action;
  return {
    title: `${label} – ${actionLabel(action, lang)}`,
    categoryLabel: label,
    ruleLabel: ruleLabel({ rule: finding?.rule ?? '', entry: finding?.entry }, lang),
    // The policy is quoted as written, in Swedish: the English UI says so. Where it says nothing, Uppsikt's note says that in the UI's language.
    clause: lang === 'en' && policy.unmentionedEn ? `(${preset.name}): ${policy.unmentionedEn}` : `(${preset.name}${lang === 'en' ? ', quoted in Swedish' : ''}): ${policy.clause}`,
    action,
    actionLabel: actionLabel(action, lang),
    severity: SEVERITY[category],
  };
}
