import type { Platform } from '@/rules/snapshot';

/** The platform as it writes its own name, for people to read ("Facebook", not the id "facebook"). */
export const PLATFORM_NAMES: Record<Platform, string> = { facebook: 'Facebook', instagram: 'Instagram', x: 'X' };
