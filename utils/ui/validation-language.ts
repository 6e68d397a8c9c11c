import { z } from 'zod';
import en from 'zod/v4/locales/en.js';
import sv from 'zod/v4/locales/sv.js';
import type { Lang } from './strings';

let current: Lang | null = null;

/** Zod's own messages (a text too long, a number too small) in the page's language, set once per change. */
export function setValidationLanguage(lang: Lang): void {
  if (current === lang) return;
  z.config((lang === 'en' ? en : sv)());
  current = lang;
}
