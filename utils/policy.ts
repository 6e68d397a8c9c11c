import type { OfficeHours } from '@/rules/office-hours';
import { getPreset } from '@/rules/presets';
import type { Settings } from './settings/schema';

export interface EffectivePolicy {
  presetId: Settings['policy']['presetId'];
  responseHours: number;
  office: OfficeHours;
  monitoringRounds: number;
  retentionDays: number;
}

/**
 * Where a policy says only "without undue delay": 24 hours counted in office hours, as most policies that name a
 * time do (about three working days of 8–17); the organisation sets its own in the settings.
 */
const UNDUE_DELAY_HOURS = 24;
/** Policies set no retention period for the log; two years until the organisation's plan says otherwise. */
const DEFAULT_RETENTION_DAYS = 730;

/** The preset's values with the organisation's adjustments applied. */
export function effectivePolicy(settings: Settings): EffectivePolicy {
  const p = settings.policy;
  const preset = getPreset(p.presetId);
  return {
    presetId: p.presetId,
    responseHours: p.responseHours ?? preset.responseTimeHours ?? UNDUE_DELAY_HOURS,
    office: {
      days: p.officeDays ?? preset.officeHours.days,
      start: p.officeStart ?? preset.officeHours.start,
      end: p.officeEnd ?? preset.officeHours.end,
    },
    monitoringRounds: p.monitoringRounds ?? preset.monitoring.roundsPerDay ?? (preset.monitoring.continuous ? 8 : 1),
    retentionDays: p.retentionDays ?? DEFAULT_RETENTION_DAYS,
  };
}
