import { useId } from 'react';
import { CATEGORIES, type Category, type RecommendedAction } from '@/rules/categories';
import { actionLabel, categoryLabel } from '@/rules/explain';
import type { Preset } from '@/rules/presets';
import { Lock } from './Field';
import type { Lang } from '@/utils/ui/strings';
import { SETTINGS_STRINGS } from '@/utils/ui/settings-strings';

const ACTIONS: RecommendedAction[] = ['document-remove', 'police-report', 'review', 'case-handling', 'answer'];

/** Per category: follow the preset, or remove / only review where the organisation decides otherwise. */
export function CategoryActions({ preset, value, locked, onChange, lang }: {
  preset: Preset; value: Partial<Record<Category, RecommendedAction>>; locked: boolean;
  onChange(next: Partial<Record<Category, RecommendedAction>>): void; lang: Lang;
}) {
  const t = SETTINGS_STRINGS[lang];
  const lockId = `${useId()}-locked`;
  return (
    <table className="category-actions">
      <caption>{t.categoryActions}{locked && <Lock id={lockId} lang={lang} />}</caption>
      <thead><tr><th scope="col">{t.category}</th><th scope="col">{t.action}</th></tr></thead>
      <tbody>
        {CATEGORIES.map((category) => (
          <tr key={category}>
            <th scope="row"><label htmlFor={`action-${category}`}>{categoryLabel(category, lang)}</label></th>
            <td>
              <select id={`action-${category}`} disabled={locked} aria-describedby={locked ? lockId : undefined} value={value[category] ?? ''}
                onChange={(e) => {
                  const next = { ...value };
                  if (e.target.value) next[category] = e.target.value as RecommendedAction;
                  else delete next[category];
                  onChange(next);
                }}>
                <option value="">{t.asPolicy(actionLabel(preset.categories[category].action, lang))}</option>
                {ACTIONS.map((a) => <option key={a} value={a}>{actionLabel(a, lang)}</option>)}
              </select>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
