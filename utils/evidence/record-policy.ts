import type { Category, RecommendedAction } from '@/rules/categories';
import { actionLabel, categoryLabel } from '@/rules/explain';
import { getPreset } from '@/rules/presets';
import type { Settings } from '@/utils/settings/schema';

/** What the policy says about one category found: why the registrar receives the comment. */
export interface PolicyClause {
  category: Category;
  /** The category in words (Swedish), as the editor saw it. */
  label: string;
  /** The policy's clause, quoted as written. */
  clause: string;
  action: RecommendedAction;
  actionLabel: string;
  /** The organisation's own choice in the settings, not the policy's. */
  organisationsChoice: boolean;
}

/** The policy the comment was judged by. */
export interface RecordPolicy {
  /** The preset's id ("stockholm") and the policy document it follows. */
  id: string;
  name: string;
  /** One per category flagged; a question to answer is no breach and has none (see `containsQuestion`). */
  categories: PolicyClause[];
}

export function recordPolicy(policy: Settings['policy'], categories: Category[]): RecordPolicy {
  const preset = getPreset(policy.presetId);
  return {
    id: preset.id,
    name: preset.source,
    categories: categories.filter((c) => c !== 'needs-reply').map((category) => {
      const own = policy.categoryActions?.[category];
      const action = own ?? preset.categories[category].action;
      return {
        category, label: categoryLabel(category, 'sv'), clause: preset.categories[category].clause,
        action, actionLabel: actionLabel(action, 'sv'), organisationsChoice: own !== undefined && own !== preset.categories[category].action,
      };
    }),
  };
}
