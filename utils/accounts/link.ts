import type { Platform } from '@/rules/snapshot';
import { profileKey } from '@/rules/thread-status';
import { platformOf } from '@/utils/platform-name';

// The register's link and key. A link written without https:// ("facebook.com/kulturskolan") was
// read as a path on another site, giving the key "invalid.example/facebook.com": every later account
// on the platform clashed with it, and no round or documentation ever matched it.

/** A link as an editor writes it, made absolute: "facebook.com/x" is https://facebook.com/x. */
export function absoluteLink(url: string): string {
  const link = url.trim();
  if (!link || /^[a-z][a-z0-9+.-]*:\/\//i.test(link)) return link;
  return `https://${link.replace(/^\/+/, '')}`;
}

/**
 * A link to one post, video or photo rather than to the account (Facebook's /posts/, /videos/, story.php,
 * X's /status/): the key read from it is the account's, but the register would keep the post as its link.
 */
export function isPostLink(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(absoluteLink(url));
  } catch {
    return false;
  }
  return /\/(?:posts|videos|photos|permalink|reel|reels|watch|status|statuses)(?:\/|\.php|$)|\/story\.php$|\/photo\.php$/i.test(parsed.pathname)
    || parsed.searchParams.has('story_fbid') || parsed.searchParams.has('fbid');
}

/**
 * The key a register entry is found by: its link's profile key, which must be on its platform, else
 * its handle. Null when there is neither, or the link's key is another site's.
 */
export function registerKey(account: { platform: Platform; url: string | null; handle: string | null }): string | null {
  const key = profileKey(account.url ? absoluteLink(account.url) : null);
  if (key) return platformOf(`https://${key}`) === account.platform ? key : null;
  const handle = account.handle?.trim().replace(/^@/, '').toLowerCase();
  return handle || null;
}

/**
 * A register entry keyed as today's rules key it: an entry from an older backup (a broken key, or a
 * Facebook /p/ page keyed "facebook.com/p") gets the key the upgrades gave the entries in the database.
 * The same entry when it is sound.
 */
export function keyedAsToday<T extends { platform: Platform; url: string; key: string; handle: string | null }>(account: T): T {
  const repaired = repairedEntry(account);
  const mended = repaired ? { ...account, ...repaired } : account;
  const key = registerKey(mended);
  return key && key !== mended.key ? { ...mended, key } : mended;
}

/** An entry saved with such a broken key: its link and key as they should be; null when it is sound or cannot be mended. */
export function repairedEntry(account: { platform: Platform; url: string; key: string; handle: string | null }): { url: string; key: string } | null {
  // A handle key has no host; a link key on the entry's own platform is sound.
  if (!account.key.includes('/') || platformOf(`https://${account.key}`) === account.platform) return null;
  const url = absoluteLink(account.url);
  const key = registerKey({ ...account, url });
  return key && key !== account.key ? { url, key } : null;
}
