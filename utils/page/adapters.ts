import type { Platform } from '@/rules/snapshot';
import type { Adapter } from './adapter';
import { readPage as readFacebook } from '@/entrypoints/facebook.content/adapter';
import { readPage as readInstagram } from '@/entrypoints/instagram.content/adapter';
import { readPage as readX } from '@/entrypoints/x.content/adapter';

/** The platform a URL belongs to, by host; null for other sites. */
export function platformOf(url: string): Platform | null {
  try {
    const host = new URL(url).hostname;
    if (/(^|\.)facebook\.com$/.test(host)) return 'facebook';
    if (/(^|\.)instagram\.com$/.test(host)) return 'instagram';
    if (/(^|\.)(x|twitter)\.com$/.test(host)) return 'x';
  } catch {
    // not a URL
  }
  return null;
}

/** For tools that read saved pages under Node (the content scripts import their own adapter directly). */
export const ADAPTERS: Record<Platform, Adapter> = { facebook: readFacebook, instagram: readInstagram, x: readX };
