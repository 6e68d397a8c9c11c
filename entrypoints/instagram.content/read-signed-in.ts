// The signed-in account: the sidebar's "Profil"/"Profile" link to `/<username>/`.
import type { AuthorRef } from '@/rules/snapshot';
import { anyLanguage } from './labels';
import { labelText } from './read-text';
import { collected, type ReadMemo } from '@/utils/page/read-memo';
import { tryQueryAll } from '@/utils/page/query-fallbacks';
import { selectKept } from './select';
import { isSignedInLink, navLandmark, type SelectorSpec } from './selectors';
import type { Strategies } from './strategies';
import { profileUrl, usernameFromHref } from './urls';

const profileLabels = new Set(anyLanguage('profileLink').map((l) => l.toLowerCase()));

const anyLink: SelectorSpec = { css: ['a[href]'], fixtures: [] };

/** The signed-in account's link in the first kind of navigation landmark that has one. */
function navigationLink(doc: Document, memo?: ReadMemo): Element | undefined {
  for (const [index, css] of navLandmark.css.entries()) {
    for (const landmark of collected(memo, `navLandmark:${index}`, doc, [css]).elements) {
      const link = tryQueryAll(landmark, 'a[href]').find(isSignedInLink);
      if (link) return link;
    }
  }
  return undefined;
}

export function readSignedIn(doc: Document, strategies: Strategies, memo?: ReadMemo): AuthorRef | null {
  let link = navigationLink(doc, memo);
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
