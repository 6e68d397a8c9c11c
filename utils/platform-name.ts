import type { Platform } from '@/rules/snapshot';

/** The platform as it writes its own name, for people to read ("Facebook", not the id "facebook"). */
export const PLATFORM_NAMES: Record<Platform, string> = { facebook: 'Facebook', instagram: 'Instagram', x: 'X' };

/** The platform a URL belongs to, by host; null for other sites (and for no URL: a tab the browser does not show Uppsikt). */
export function platformOf(url: string | undefined): Platform | null {
  try {
    const host = new URL(url ?? '').hostname;
    if (/(^|\.)facebook\.com$/.test(host)) return 'facebook';
    if (/(^|\.)instagram\.com$/.test(host)) return 'instagram';
    if (/(^|\.)(x|twitter)\.com$/.test(host)) return 'x';
  } catch {
    // not a URL
  }
  return null;
}
