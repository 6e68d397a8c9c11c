import type { Platform } from '@/rules/snapshot';
import type { Adapter } from './adapter';
import { readPage as readFacebook } from '@/entrypoints/facebook.content/adapter';
import { readPage as readInstagram } from '@/entrypoints/instagram.content/adapter';
import { readPage as readX } from '@/entrypoints/x.content/adapter';

export { platformOf } from '@/utils/platform-name';

/** For tools that read saved pages under Node (the content scripts import their own adapter directly). */
export const ADAPTERS: Record<Platform, Adapter> = { facebook: readFacebook, instagram: readInstagram, x: readX };
