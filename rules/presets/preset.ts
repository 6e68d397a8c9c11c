import { CATEGORIES, type Category, type RecommendedAction } from '../categories';
import type { OfficeHours } from '../office-hours';

/** What a policy says about one finding category. */
export interface CategoryPolicy {
  /** The policy forbids this content or requires its removal. */
  forbidden: boolean;
  action: RecommendedAction;
  /** Short Swedish quote or paraphrase of the clause, with its section. */
  clause: string;
  /**
   * Where the policy does not mention the category, `clause` is Uppsikt's own note saying so, and
   * this is the note in English (only the policy's own words in it are quoted in Swedish).
   */
  unmentionedEn?: string;
}

/** One item of the base information (basinformation / informationsplikt) an account must show. */
export interface BaseInformationItem {
  id: string;
  /** The item in words; {organisation} stands for the organisation's name from the settings (see fillOrganisation). */
  sv: string;
  en: string;
  /** Lowercase Swedish phrases whose presence in the account's about text suggests the item is there. */
  hints: string[];
}

export type SignatureFormat = 'none' | 'first-name-title' | 'full-name-title';

export interface Preset {
  id: string;
  name: string;
  /** The policy document the values come from. */
  source: string;
  categories: Record<Category, CategoryPolicy>;
  /** Answer within this many office hours; null when the policy says "without undue delay" only. */
  responseTimeHours: number | null;
  responseClause: string;
  officeHours: OfficeHours;
  monitoring: { roundsPerDay: number | null; continuous: boolean; clause: string };
  /** Offensive personal data removed within this many hours; null when the policy says "immediately". */
  removalDeadlineHours: number | null;
  /**
   * `clause`: what the policy says about signing, with its section, in each interface language, so an
   * English interface shows no Swedish sentence; {organisation} stands for the organisation's name.
   */
  signature: { format: SignatureFormat; required: boolean; example: string; clause: { sv: string; en: string } };
  baseInformation: BaseInformationItem[];
  /** Screenshots of the account every this many months; null when the policy sets no interval. */
  documentationIntervalMonths: number | null;
  /**
   * R14: whether the account's content must be documented and with the registrar before it is closed,
   * and what the policy says about closing, in each interface language.
   */
  closing: { documentationRequired: boolean; clause: { sv: string; en: string } };
  /** Months (1-12) in which accounts are reported to the central register. */
  registerReportMonths: number[];
  minEditorsPerAccount: number;
  /** A named substitute must cover for the responsible editor. */
  substituteRequired: boolean;
  /** Expected posts per week; null when the policy sets none. */
  publishingPostsPerWeek: number | null;
  publishingClause: string;
}

/** Categories a policy does not mention: the editor reviews them, told so in the interface's language. */
export function categoryPolicies(
  mentioned: Partial<Record<Category, CategoryPolicy>>,
  unmentioned: { sv: string; en: string },
): Record<Category, CategoryPolicy> {
  const result = {} as Record<Category, CategoryPolicy>;
  for (const category of CATEGORIES) {
    result[category] = mentioned[category] ?? { forbidden: false, action: 'review', clause: unmentioned.sv, unmentionedEn: unmentioned.en };
  }
  return result;
}

/** The same policy entry for several categories (e.g. all of GDPR art. 9). */
export function same(categories: Category[], policy: CategoryPolicy): Partial<Record<Category, CategoryPolicy>> {
  return Object.fromEntries(categories.map((c) => [c, policy]));
}

export const SENSITIVE_CATEGORIES: Category[] = [
  'sensitive.ethnicity',
  'sensitive.politics',
  'sensitive.religion',
  'sensitive.union',
  'sensitive.health',
  'sensitive.sexuality',
  'sensitive.biometric',
];
