import type { Category } from '@/rules/categories';
import { categoryLabel } from '@/rules/explain';
import type { EvidenceDocument } from './record';

// The registrator decides what of a handling can be disclosed (offentlighets- och sekretesslagen):
// the record says where it holds personal data that calls for that decision, the comment's and the
// thread's, and that the screenshot shows the window as it was, other comments and Uppsikt's marks too.

/** What asks for a secrecy decision before disclosure: sensitive data, a person's identifiers, an individual's matter, a secret. */
const ASKS_FOR_SECRECY_REVIEW = (category: Category) => category.startsWith('sensitive.') || category.startsWith('personal.') || category === 'confidential';

const labels = (categories: readonly Category[]) => categories.filter(ASKS_FOR_SECRECY_REVIEW).map((c) => categoryLabel(c, 'sv')).join(', ');

export function secrecyLines(doc: EvidenceDocument): string[] {
  const inComment = labels(doc.categories);
  const inThread = labels(doc.threadCategories ?? []);
  const where = [inComment && `kommentaren (${inComment})`, inThread && `tråden runt den (${inThread})`].filter(Boolean).join(' och ');
  return [
    ...(where ? [`Sekretessprövning: personuppgifter i ${where}. Pröva sekretess innan handlingen lämnas ut.`] : []),
    'Skärmbilden visar fönstret som det såg ut och kan visa andra kommentarer och personuppgifter. Den dokumenterade kommentaren har en tjock röd ram märkt ”Dokumenteras”; Uppsikts märken och ramar på andra kommentarer är inte sidans.',
  ];
}

/** The broad kinds a record is about, for its subject: nothing that names or describes a person (the subject may be a public diary entry). */
export function subjectKinds(categories: readonly Category[]): string {
  const kinds = [
    categories.some((c) => c.startsWith('prohibited.')) && 'otillåtet innehåll',
    categories.some(ASKS_FOR_SECRECY_REVIEW) && 'personuppgifter',
    categories.includes('needs-reply') && 'fråga',
  ].filter(Boolean);
  return kinds.length ? kinds.join(', ') : 'kommentar';
}
