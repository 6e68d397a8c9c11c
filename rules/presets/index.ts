import { helsingborg } from './helsingborg';
import { norrkoping } from './norrkoping';
import { perstorp } from './perstorp';
import type { Preset } from './preset';
import { stockholm } from './stockholm';

export type { BaseInformationItem, CategoryPolicy, Preset, SignatureFormat } from './preset';

export const PRESETS: readonly Preset[] = [stockholm, perstorp, norrkoping, helsingborg];

export const DEFAULT_PRESET_ID = 'stockholm';

/** The preset with this id; Stockholm's (the default of AnalyzeOptions) for an unknown id. */
export function getPreset(id: string | undefined | null): Preset {
  return PRESETS.find((p) => p.id === id) ?? stockholm;
}
