// The signed-in account: the sidebar's "Profil"/"Profile" link to `/<username>/`.
import type { AuthorRef } from '@/rules/snapshot';
import { anyLanguage } from './labels';
import { labelText } from './read-text';
import { selectFirst } from './select';
import { navLink } from './selectors';
import type { Strategies } from './strategies';
import { profileUrl, usernameFromHref } from './urls';

const profileLabels = new Set(anyLanguage('profileLink').map((l) => l.toLowerCase()));

export function readSignedIn(doc: Document, strategies: Strategies): AuthorRef | null {
  let link = selectFirst(doc, navLink).elements[0];
  strategies.signedIn = link ? 'navigation' : null;
  if (!link) {
    // Without a navigation landmark: a link reading exactly "Profil"/"Profile".
    link = Array.from(doc.querySelectorAll('a[href]')).find(
      (a) => usernameFromHref(a.getAttribute('href')) && profileLabels.has(labelText(a).toLowerCase()),
    ) as Element;
    if (link) strategies.signedIn = 'profile-label';
  }
  if (!link) return null;
  const handle = usernameFromHref(link.getAttribute('href'));
  return handle ? { name: handle, handle, url: profileUrl(handle) } : null;
}
