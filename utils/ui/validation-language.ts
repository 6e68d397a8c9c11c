import { z } from 'zod';
import en from 'zod/v4/locales/en.js';
import sv from 'zod/v4/locales/sv.js';
import type { Lang } from './strings';

let current: Lang | null = null;

/** Zod's own messages (a text too long, a number too small) in `lang`, for one check or for the whole page. */
export function validationErrors(lang: Lang) {
  return (lang === 'en' ? en : sv)().localeError;
}

/** Zod's own messages in the page's language, set once per change. */
export function setValidationLanguage(lang: Lang): void {
  if (current === lang) return;
  z.config({ localeError: validationErrors(lang) });
  current = lang;
}
