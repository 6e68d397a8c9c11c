import type { AccountRecord } from '@/utils/db/records';
import { REGISTER_STRINGS } from '@/utils/ui/register-strings';

// What an edit of a register entry changed, in the log's Swedish (R16: who changed what, and when).

const FIELDS: Array<[keyof AccountRecord, string]> = [
  ['name', 'namn'], ['platform', 'plattform'], ['url', 'länk'], ['purpose', 'syfte'], ['goals', 'mål'], ['targetGroups', 'målgrupper'],
  ['responsible', 'ansvarig'], ['editors', 'redaktörer'], ['substitute', 'ersättare'], ['started', 'startat'], ['status', 'status'],
  ['closingNote', 'avslutat utan dokumentation hos registrator, skäl'],
];

/** A longer text is named as changed, not quoted: the register keeps the text, the log line stays short. */
const QUOTED_MAX = 80;
/** Quoted however long: the reason for closing without documentation is the record of why (R14), and the register drops it on reopening. */
const ALWAYS_QUOTED = new Set<keyof AccountRecord>(['closingNote']);

function shown(field: keyof AccountRecord, value: unknown): string {
  if (field === 'status') return REGISTER_STRINGS.sv.statuses[value as AccountRecord['status']];
  const text = Array.isArray(value) ? value.join(', ') : String(value ?? '');
  return text ? `”${text}”` : '(tomt)';
}

/** "ansvarig ”Anna Berg” → ”Erik Lund”; status Aktivt → Vilande", or null when nothing the register shows changed. */
export function accountChanges(before: AccountRecord, after: AccountRecord): string | null {
  const changes = FIELDS.filter(([field]) => JSON.stringify(before[field] ?? null) !== JSON.stringify(after[field] ?? null)).map(([field, label]) => {
    const [from, to] = [shown(field, before[field]), shown(field, after[field])];
    if (ALWAYS_QUOTED.has(field)) return to === '(tomt)' ? `${label} borttaget` : from === '(tomt)' ? `${label}: ${to}` : `${label} ${from} → ${to}`;
    return from.length + to.length > QUOTED_MAX * 2 ? `${label} ändrat` : `${label} ${from} → ${to}`;
  });
  return changes.length ? changes.join('; ') : null;
}
