// What a tweet's author wrote that X shows outside the tweet's text: the link X takes out of the text
// when it shows it as a card, the card's title, and the descriptions (alt texts) of the images.
// Without them "check my profile" + a card to a shop reads as "check my profile", an image-only
// reply as nothing at all, and a personnummer or an insult in an image's description or a card's
// title is never looked for.
import { listed } from '@/utils/page/query-fallbacks';
import { isLabel } from './labels';
import { maxTextLength } from './read-text';
import { linkCard, tweetPhoto } from './selectors';

/** A site as X writes it first in a card link's aria-label: "whitehouse.gov Democrat Shutdown …". */
const SITE = /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}(?:\/\S*)?$/i;

/** The link a card stands for: the full address when the card links it, else the site the card names. */
function cardAddress(card: Element): string | null {
  const link = card.querySelector('a[href]');
  if (!link) return null;
  const href = link.getAttribute('href') ?? '';
  // X links cards through t.co, which says nothing of where they go; a direct link is the address itself.
  if (/^https?:\/\//i.test(href) && !/^https?:\/\/t\.co\//i.test(href)) return href;
  const site = (link.getAttribute('aria-label') ?? '').trim().split(/\s/)[0];
  return SITE.test(site) ? site : null;
}

/** The title a card shows: its link's aria-label after the site ("whitehouse.gov Democrat Shutdown …"), else the link's text. */
function cardTitle(card: Element): string | null {
  const link = card.querySelector('a[href]');
  if (!link) return null;
  const label = (link.getAttribute('aria-label') ?? '').replace(/\s+/g, ' ').trim();
  const [site, ...rest] = label.split(' ');
  const title = label && SITE.test(site) ? rest.join(' ') : label || (link.textContent ?? '').replace(/\s+/g, ' ').trim();
  return title ? title.slice(0, maxTextLength) : null;
}

/** An image's alt text when its author described it (not X's "Image" / "Bild"). */
function described(photo: Element): string | null {
  const alt = photo.querySelector('img[alt]')?.getAttribute('alt')?.trim();
  return alt && !isLabel(alt, 'undescribedMedia') ? alt : null;
}

/**
 * The tweet's text with what X showed beside it, each on its own line after the text (which the work
 * list shows first): the card's link and title and the images' descriptions, each unless the text
 * already says it. `own` keeps a quoted tweet's card and images out.
 */
export function withAttachments(text: string, article: Element, own: (found: Element[]) => Element[]): string {
  if (text.length >= maxTextLength) return text; // cut at the limit: what follows was not read either
  // One search per selector: Chromium matches a list of selectors against each element more slowly than each on its own.
  const card = own(listed(article.querySelectorAll(linkCard.css)))[0];
  const photos = own(listed(article.querySelectorAll(tweetPhoto.css)));
  if (!card && photos.length === 0) return text;
  const lines: string[] = [];
  const said = (line: string) => [text, ...lines].some((before) => before.toLowerCase().includes(line.toLowerCase()));
  for (const line of [card && cardAddress(card), card && cardTitle(card), ...photos.map(described)]) {
    if (line && !said(line)) lines.push(line);
  }
  return lines.length ? [text, ...lines].filter(Boolean).join('\n').slice(0, maxTextLength) : text;
}
