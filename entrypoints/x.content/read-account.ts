import type { AuthorRef } from '@/rules/snapshot';
import { handleShownIn, readText } from './read-text';
import type { ReadMemo } from '@/utils/page/read-memo';
import { accountSwitcher, firstKept, profileBio, profileFollowers, profileHeaderItems, profileUserName, signedInProfileLink } from './selectors';
import { profileUrl, readProfileLink } from './urls';

/** The display name inside el: the first short text that is not the @handle. */
function nameShownIn(el: Element): string | null {
  for (const block of el.querySelectorAll('div[dir], span')) {
    const text = readText(block);
    if (text && !text.startsWith('@') && text.length <= 100) return text;
  }
  return null;
}

/** The signed-in account: side navigation's profile link (href /<handle>), then the account menu. */
export function readSignedIn(doc: Document, base: string, memo?: ReadMemo): AuthorRef | null {
  const link = firstKept(doc, signedInProfileLink, 'signedInProfileLink', memo);
  const switcher = firstKept(doc, accountSwitcher, 'accountSwitcher', memo);
  const handle = readProfileLink(link?.getAttribute('href'), base) ?? (switcher ? handleShownIn(switcher) : null);
  if (!handle) return null;
  const name = (switcher ? nameShownIn(switcher) : null) ?? handle;
  return { name, handle, url: profileUrl(handle) };
}

/** The profile being viewed: name and @handle from the header; the handle in the address wins. */
export function readProfileOwner(doc: Document, addressHandle: string | null, memo?: ReadMemo): AuthorRef | null {
  const header = firstKept(doc, profileUserName, 'profileUserName', memo);
  const handle = addressHandle ?? (header ? handleShownIn(header) : null);
  if (!handle) return null;
  const name = (header ? nameShownIn(header) : null) ?? handle;
  return { name, handle, url: profileUrl(handle) };
}

/** The bio alone (what the editor edits as "Bio", up to 160 characters); null without one. */
export function readBio(doc: Document, memo?: ReadMemo): string | null {
  return readText(firstKept(doc, profileBio, 'profileBio', memo)) || null;
}

/** Bio plus the header items (location, website, category): where a profile's base information lives. */
export function readProfileText(doc: Document, memo?: ReadMemo): string | null {
  const bio = firstKept(doc, profileBio, 'profileBio', memo);
  const items = firstKept(doc, profileHeaderItems, 'profileHeaderItems', memo);
  const parts = [readText(bio), ...(items ? [...items.children].map((child) => readText(child)) : [])].filter(Boolean);
  return bio || items ? parts.join('\n') : null;
}

/** The follower count as the profile shows it ("1 234 Följare"), for the account's documentation; null when not shown. */
export function readFollowers(doc: Document, memo?: ReadMemo): string | null {
  return readText(firstKept(doc, profileFollowers, 'profileFollowers', memo)) || null;
}
