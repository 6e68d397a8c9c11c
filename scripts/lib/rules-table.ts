// The rule list of the README, made from the presets themselves so the two cannot drift apart.
import { CATEGORIES } from '@/rules/categories';
import { categoryLabel } from '@/rules/explain';
import { PRESETS } from '@/rules/presets';

const ACTION_SHORT: Record<string, string> = {
  answer: 'svara', 'case-handling': 'ärendehantering', 'document-remove': 'dokumentera, ta bort',
  'police-report': 'dokumentera, ta bort, polisanmälan?', review: 'granska',
};

export function rulesTable(): string {
  const header = `| id | vad | ${PRESETS.map((p) => p.name).join(' | ')} |`;
  const rule = `|---|---|${PRESETS.map(() => '---').join('|')}|`;
  const rows = CATEGORIES.map((c) => `| \`${c}\` | ${categoryLabel(c, 'sv')} | ${PRESETS.map((p) => ACTION_SHORT[p.categories[c].action]).join(' | ')} |`);
  return [header, rule, ...rows].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(rulesTable());
