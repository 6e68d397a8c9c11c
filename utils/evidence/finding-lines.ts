import { categoryLabel, ruleLabel } from '@/rules/explain';
import { fitText } from '@/utils/report-fit';
import type { EvidenceDocument } from './record';
import { isolatedWhereNeeded } from './isolate';
import { oneLine } from './quoted';

/** Quotes per category, and their length: the words that triggered it, not the comment again. */
const QUOTES = 5;
const QUOTE_LENGTH = 120;

function quote(text: string): string {
  const line = oneLine(text).trim();
  return `”${isolatedWhereNeeded(line.length > QUOTE_LENGTH ? `${fitText(line, QUOTE_LENGTH)}…` : line)}”`;
}

/**
 * What was found, in the registrar's words: per category its words, the checks that fired (a
 * personnummer's check digit), the policy's clause and what it asks for. A question to answer is
 * no breach: said apart, not listed among what the comment was documented for.
 */
export function findingLines(doc: EvidenceDocument): string[] {
  const categories = doc.categories.filter((c) => c !== 'needs-reply');
  const lines = [`Kategorier: ${categories.map((c) => categoryLabel(c, 'sv')).join(', ') || '–'}`];
  // Nothing flagged: documented on the editor's own judgement, which the record says rather than leave a blank.
  if (!doc.categories.length) lines.push('Skäl: redaktörens eget beslut; Uppsikts regler flaggade inget i kommentaren.');
  if (doc.categories.includes('needs-reply')) lines.push(categories.length ? 'Innehåller även en fråga till organisationen.' : 'Innehåller en fråga till organisationen.');
  for (const category of categories) {
    const found = doc.findings.filter((f) => f.category === category && f.evidence.trim());
    const words = [...new Set(found.map((f) => quote(f.evidence)))];
    // A check named in words (a personnummer's check digit); a rule without a name would be jargon.
    const checks = [...new Set(found.filter((f) => !f.entry).flatMap((f) => {
      const label = ruleLabel({ rule: f.rule }, 'sv');
      return label === f.rule ? [] : [label];
    }))];
    const shown = words.length
      ? words.slice(0, QUOTES).join(', ') + (words.length > QUOTES ? ` och ${words.length - QUOTES} till` : '')
      : 'se handling.json';
    lines.push(`Fynd: ${shown} (${[categoryLabel(category, 'sv'), ...checks].join('; ')})`);
    const policy = doc.policy?.categories.find((p) => p.category === category);
    if (doc.policy && policy) {
      lines.push(`Policy: ${doc.policy.name} – ${policy.clause}`);
      lines.push(`Åtgärd enligt ${policy.organisationsChoice ? 'organisationens val' : 'policyn'}: ${policy.actionLabel}`);
    }
  }
  return lines;
}
