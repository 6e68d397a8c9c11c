import type { OfficeHours } from '@/rules/office-hours';
import type { Settings } from './settings/schema';

export interface EffectivePolicy {
  presetId: Settings['policy']['presetId'];
  responseHours: number;
  office: OfficeHours;
  monitoringRounds: number;
  retentionDays: number;
}

// Preset values until rules/presets lands; the organisation's adjustments win.
const PRESET_DEFAULTS: Record<Settings['policy']['presetId'], Omit<EffectivePolicy, 'presetId'>> = {
  stockholm: { responseHours: 24, office: { days: [1, 2, 3, 4, 5], start: '08:00', end: '17:00' }, monitoringRounds: 3, retentionDays: 730 },
  perstorp: { responseHours: 24, office: { days: [1, 2, 3, 4, 5], start: '08:00', end: '17:00' }, monitoringRounds: 1, retentionDays: 730 },
  norrkoping: { responseHours: 24, office: { days: [1, 2, 3, 4, 5], start: '08:00', end: '17:00' }, monitoringRounds: 3, retentionDays: 730 },
  helsingborg: { responseHours: 24, office: { days: [1, 2, 3, 4, 5], start: '08:00', end: '17:00' }, monitoringRounds: 1, retentionDays: 730 },
};

/** The preset's values with the organisation's adjustments applied. */
export function effectivePolicy(settings: Settings): EffectivePolicy {
  const p = settings.policy;
  const base = PRESET_DEFAULTS[p.presetId];
  return {
    presetId: p.presetId,
    responseHours: p.responseHours ?? base.responseHours,
    office: {
      days: p.officeDays ?? base.office.days,
      start: p.officeStart ?? base.office.start,
      end: p.officeEnd ?? base.office.end,
    },
    monitoringRounds: p.monitoringRounds ?? base.monitoringRounds,
    retentionDays: p.retentionDays ?? base.retentionDays,
  };
}
