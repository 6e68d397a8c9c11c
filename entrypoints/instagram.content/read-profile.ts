// A profile page's header: who the account is and its bio, where base information lives.
import type { AuthorRef } from '@/rules/snapshot';
import { gridAltDatePattern } from './labels';
import { labelText, visibleText } from './read-text';
import { parseAbsoluteDate, readTimeElement } from './read-time';
import { selectFirst } from './select';
import { gridPostLink, profileBio, profileCounts, profileHeader, profileUsername } from './selectors';
import type { Strategies } from './strategies';
import { followersPhrase } from '@/utils/page/followers-phrase';
import { profileUrl, usernameFromHref } from './urls';

export interface ProfileRead {
  owner: AuthorRef | null;
  /** Full name, category, bio and link text, one per line; null when the header has none. */
  profileText: string | null;
  /** The bio alone, when the header shows it apart (its own element); null otherwise. */
  bioText: string | null;
  /** The follower count as the header shows it ("5 678 följare"); null when it does not. */
  followersShown: string | null;
  header: Element | null;
}

export function readProfile(doc: Document, url: string, strategies: Strategies): ProfileRead {
  const header = selectFirst(doc, profileHeader).elements[0] ?? null;
  strategies.profileHeader = header ? 'header' : null;
  const fromUrl = usernameFromHref(url);
  if (!header) {
    return { owner: fromUrl ? { name: fromUrl, handle: fromUrl, url: profileUrl(fromUrl) } : null, profileText: null, bioText: null, followersShown: null, header };
  }
  const shownName = selectFirst(header, profileUsername).elements[0];
  const handle = shownName ? labelText(shownName) : fromUrl;
  strategies.profileUsername = shownName ? 'heading' : fromUrl ? 'url' : null;
  const countList = selectFirst(doc, profileCounts).elements;
  const counts = new Set(countList);
  const text = visibleText(header, (el) => {
    // The avatar's alt ("sjovikskommuns profilbild") is not profile text.
    if (counts.has(el) || el === shownName || el.tagName.toUpperCase() === 'IMG') return true;
    const href = el.getAttribute('href') ?? '';
    return /\/(followers|following)\b/.test(href);
  });
  const lines = text.split('\n').filter((line) => line.trim() !== '');
  // The full name comes first in the bio block, when the account gave one.
  const name = lines.length > 1 && lines[0].length <= 64 ? lines[0] : handle ?? '';
  const bio = selectFirst(header, profileBio).elements[0];
  const bioText = bio ? visibleText(bio).trim() : '';
  return {
    header,
    owner: handle ? { name, handle, url: profileUrl(handle) } : null,
    profileText: lines.length > 0 ? lines.join('\n') : null,
    bioText: bioText || null,
    followersShown: followersPhrase(countList.map((list) => labelText(list)).join(' '))?.phrase ?? null,
  };
}

/** Times of the posts the page shows: <time> in post links, else the date in grid images' alt text. */
export function readRecentPostTimes(doc: Document, now: Date): string[] {
  const times = new Set<string>();
  for (const link of selectFirst(doc, gridPostLink).elements) {
    const time = link.querySelector('time');
    const fromTime = time ? readTimeElement(time, now)?.iso : null;
    if (fromTime) {
      times.add(fromTime);
      continue;
    }
    const alt = link.querySelector('img[alt]')?.getAttribute('alt') ?? '';
    const match = gridAltDatePattern.exec(alt);
    const fromAlt = match ? parseAbsoluteDate(match[1], now) : null;
    if (fromAlt) times.add(fromAlt);
  }
  return Array.from(times).sort().reverse();
}
