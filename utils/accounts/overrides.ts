import { storage } from '#imports';
import type { AuthorRef } from '@/rules/snapshot';

/**
 * The editor's corrections of "who is us" on a page, keyed by platform and the page owner's key:
 * when the page's own owner is not the managed account (a post shared by someone else, say).
 */
export const accountOverrides = storage.defineItem<Record<string, AuthorRef>>('local:accountOverrides', { fallback: {}, version: 1 });

/** Reads "https://x.com/SjovikKommun" or "@SjovikKommun" into an account reference. */
export function parseAccountInput(input: string, platform: string): AuthorRef | null {
  const text = input.trim();
  if (/^https?:\/\//i.test(text)) {
    try {
      const url = new URL(text);
      const handle = url.pathname.split('/').filter(Boolean)[0] ?? null;
      return handle ? { name: handle, handle, url: url.href } : null;
    } catch {
      return null;
    }
  }
  const handle = text.replace(/^@/, '');
  if (!/^[\p{L}\p{N}._-]{1,100}$/u.test(handle)) return null;
  const host = platform === 'x' ? 'https://x.com' : platform === 'instagram' ? 'https://www.instagram.com' : 'https://www.facebook.com';
  return { name: handle, handle, url: `${host}/${handle}` };
}
