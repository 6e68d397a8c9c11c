import { CATEGORIES, type Category, type RecommendedAction } from '@/rules/categories';
import { actionLabel, categoryLabel } from '@/rules/explain';
import type { Preset } from '@/rules/presets';

const ACTIONS: RecommendedAction[] = ['document-remove', 'police-report', 'review', 'case-handling', 'answer'];

/** Per category: follow the preset, or remove / only review where the organisation decides otherwise. */
export function CategoryActions({ preset, value, locked, onChange }: {
  preset: Preset; value: Partial<Record<Category, RecommendedAction>>; locked: boolean;
  onChange(next: Partial<Record<Category, RecommendedAction>>): void;
}) {
  return (
    <table className="category-actions">
      <caption>Vad som ska göras per kategori</caption>
      <thead><tr><th scope="col">Kategori</th><th scope="col">Åtgärd</th></tr></thead>
      <tbody>
        {CATEGORIES.map((category) => (
          <tr key={category}>
            <th scope="row"><label htmlFor={`action-${category}`}>{categoryLabel(category, 'sv')}</label></th>
            <td>
              <select id={`action-${category}`} disabled={locked} value={value[category] ?? ''}
                onChange={(e) => {
                  const next = { ...value };
                  if (e.target.value) next[category] = e.target.value as RecommendedAction;
                  else delete next[category];
                  onChange(next);
                }}>
                <option value="">Enligt policyn: {actionLabel(preset.categories[category].action, 'sv')}</option>
                {ACTIONS.map((a) => <option key={a} value={a}>{actionLabel(a, 'sv')}</option>)}
              </select>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
