// The signed-in account: the sidebar's "Profil"/"Profile" link to `/<username>/`.
import type { AuthorRef } from '@/rules/snapshot';
import { anyLanguage } from './labels';
import { labelText } from './read-text';
import type { ReadMemo } from '@/utils/page/read-memo';
import { selectKept } from './select';
import { navLink, type SelectorSpec } from './selectors';
import type { Strategies } from './strategies';
import { profileUrl, usernameFromHref } from './urls';

const profileLabels = new Set(anyLanguage('profileLink').map((l) => l.toLowerCase()));

const anyLink: SelectorSpec = { css: ['a[href]'], fixtures: [] };

export function readSignedIn(doc: Document, strategies: Strategies, memo?: ReadMemo): AuthorRef | null {
  let link = selectKept(doc, navLink, 'navLink', memo).elements[0];
  strategies.signedIn = link ? 'navigation' : null;
  if (!link) {
    // Without a navigation landmark: a link reading exactly "Profil"/"Profile".
    link = selectKept(doc, anyLink, 'profileLabelLink', memo, {
      accept: (a) => usernameFromHref(a.getAttribute('href')) !== null && profileLabels.has(labelText(a).toLowerCase()),
    }).elements[0];
    if (link) strategies.signedIn = 'profile-label';
  }
  if (!link) return null;
  const handle = usernameFromHref(link.getAttribute('href'));
  return handle ? { name: handle, handle, url: profileUrl(handle) } : null;
}
