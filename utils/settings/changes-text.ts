import { effectivePolicy } from '@/utils/policy';
import type { Settings } from './schema';

// What a save changed in the settings that decide what the log and the registrator get: said in the
// log entry (kept in Swedish), so a shorter gallring period or another registrator is on record with
// its old and new value, not only "saved".

const onOff = (value: boolean) => (value ? 'på' : 'av');
const shown = (value: string | number | undefined | null): string => (value === undefined || value === null || value === '' ? '–' : String(value));

/** "gallringsfrist 730 → 365 dagar; gallringsbeslut – → KS 2024/512": each recorded setting that changed. */
export function settingsChanges(before: Settings, after: Settings): string[] {
  const [was, is] = [effectivePolicy(before), effectivePolicy(after)];
  const pairs: Array<[string, string | number | undefined, string | number | undefined, string?]> = [
    ['policy', before.policy.presetId, after.policy.presetId],
    ['svarstid', was.responseHours, is.responseHours, 'timmar'],
    ['kontorstid', `${was.office.start}–${was.office.end}`, `${is.office.start}–${is.office.end}`],
    ['bevakningsrundor', was.monitoringRounds, is.monitoringRounds, 'om dagen'],
    ['gallringsfrist', was.retentionDays, is.retentionDays, 'dagar'],
    ['gallringsbeslut', before.policy.retentionDecision, after.policy.retentionDecision],
    ['leverans till registrator', before.registrar.transport, after.registrar.transport],
    ['registratorns adress', before.registrar.endpoint, after.registrar.endpoint],
    ['registratorns e-post', before.registrar.email, after.registrar.email],
    ['komplettering till registrator', onOff(before.registrar.sendDecisions), onOff(after.registrar.sendDecisions)],
    ['organisation', before.organisation.name, after.organisation.name],
  ];
  return pairs
    .filter(([, a, b]) => shown(a) !== shown(b))
    .map(([name, a, b, unit]) => `${name} ${shown(a)} → ${shown(b)}${unit ? ` ${unit}` : ''}`);
}

/** The log entry's detail for a save. */
export function savedSettingsText(before: Settings, after: Settings): string {
  const changes = settingsChanges(before, after);
  return changes.length ? `Inställningarna sparades: ${changes.join('; ')}.` : 'Inställningarna sparades';
}
