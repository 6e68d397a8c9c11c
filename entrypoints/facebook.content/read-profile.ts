import type { AuthorRef } from '@/rules/snapshot';
import { isLabel } from './labels';
import { visibleText } from './read-text';
import { collected, type ReadMemo } from '@/utils/page/read-memo';
import { aboutSection, composer, profileIntro, profileIntroText, profileName, queryFirst, signedInButton } from './selectors';
import { profileFromHref } from './urls';
import { followersPhrase } from '@/utils/page/followers-phrase';
import { comesAfter } from '@/utils/page/document-order';

/** The page or profile being viewed, from its name heading and the address. */
export function readProfileOwner(doc: Document, url: string): AuthorRef | null {
  const profile = profileFromHref(url, url);
  const heading = queryFirst(doc, profileName);
  const name = heading ? visibleText(heading).replace(/\n/g, ' ').trim() : '';
  if (!profile && !name) return null;
  return { name, handle: profile?.handle ?? null, url: profile?.url ?? null };
}

/** Levels above the page's name searched for its follower count, and the most text read there. */
const COUNT_LEVELS = 3;
const COUNT_TEXT_MAX = 500;

/**
 * The follower count as the page's header shows it ("5,1 tn följare"): its followers link, else the
 * line under the page's name ("4,2 tn gillar · 5,1 tn följare"); null when the page shows none.
 */
export function readFollowersShown(doc: Document): string | null {
  const link = doc.querySelector('[role="main"] a[href*="/followers"]');
  const fromLink = followersPhrase(link?.textContent);
  if (fromLink) return fromLink.phrase;
  let around = queryFirst(doc, profileName)?.parentElement ?? null;
  for (let level = 0; around && level < COUNT_LEVELS; level++, around = around.parentElement) {
    const text = around.textContent ?? '';
    if (text.length > COUNT_TEXT_MAX) break;
    const found = followersPhrase(text);
    if (found) return found.phrase;
  }
  return null;
}

/** Intro tiles and about sections: where a page states who runs it and how to reach them. */
export function readProfileText(doc: Document, memo?: ReadMemo): string | null {
  const parts = [...collected(memo, 'profileIntro', doc, profileIntro.css).elements, ...collected(memo, 'aboutSection', doc, aboutSection.css).elements]
    .filter((el, i, all) => !all.some((other, j) => j !== i && other.contains(el)))
    .map((el) => visibleText(el))
    .filter(Boolean);
  return parts.length ? parts.join('\n\n') : null;
}

/** An icon as Facebook draws one beside an intro row (category, address, phone, e-mail, website). */
const ICON = 'svg, img, i';

/**
 * The intro's bio alone, apart from the rows under it: the first text block in the intro tiles that
 * comes before the tile's first icon and is no heading. Null when the intro has none (or is not shown),
 * and the suggestion then only says what to add.
 */
export function readIntroBio(doc: Document, memo?: ReadMemo): string | null {
  for (const block of collected(memo, 'profileIntroText', doc, profileIntroText.css).elements) {
    // Not the heading, a button ("Redigera presentation" for the page's admins) or a link.
    if (block.closest('h1, h2, h3, h4, [role="heading"], [role="button"], button, a') || block.querySelector(ICON)) continue;
    const tile = block.closest('[data-pagelet^="ProfileTilesFeed"]');
    const firstIcon = tile?.querySelector(ICON);
    if (firstIcon && !comesAfter(block, firstIcon)) continue;
    const text = visibleText(block).trim();
    if (text) return text;
  }
  return null;
}

/**
 * The signed-in account: the top bar's "Din profil"/"Your profile" button shows that someone is
 * signed in; who it is comes from a link on or around it, or the image's alt text.
 * Null when the page shows nobody signed in.
 */
export function readSignedIn(doc: Document, url: string): AuthorRef | null {
  const button = queryFirst(doc, signedInButton);
  if (!button) return null;
  const link = button.closest('a[href]') ?? button.querySelector('a[href]');
  const profile = profileFromHref(link?.getAttribute('href'), url);
  const named = [...button.querySelectorAll('[aria-label], img[alt], title')]
    .map((el) => (el.tagName.toLowerCase() === 'title' ? el.textContent : el.getAttribute('aria-label') ?? el.getAttribute('alt')) ?? '')
    .map((t) => t.trim())
    .find((t) => t && !isLabel(t, 'yourProfile'));
  return { name: named ?? '', handle: profile?.handle ?? null, url: profile?.url ?? null };
}

/** Every box for a comment or a reply on the page (a reply to a comment opens a box of its own under it). */
export function readReplyBoxes(doc: Document, memo?: ReadMemo): Element[] {
  return collected(memo, 'composer', doc, composer.css).elements;
}

/** Of the page's reply boxes, the comment box: one labelled as such, else the first. */
export function commentBox(boxes: readonly Element[]): Element | null {
  return boxes.find((b) => {
    const label = (b.getAttribute('aria-label') ?? b.getAttribute('aria-placeholder') ?? '').replace(/[….]+$/, '');
    return isLabel(label, 'writeComment') || /^(?:skriv|write|svara|reply|comment)/i.test(label);
  }) ?? boxes[0] ?? null;
}
