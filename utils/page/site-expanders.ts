// The site's own expanders, clicked for the editor on request: "Visa fler svar" (hidden replies),
// "Visa fler kommentarer" (comments not loaded yet) and "Visa mer" (a shortened comment), one at a
// time at a human pace, never anything else.

/** What the editor is told after the site's buttons were clicked. */
export interface ExpandedOutcome {
  /** Buttons clicked. */
  clicked: number;
  /** Comments or replies the page shows now that it did not before the clicks. */
  appeared: number;
  /** Whether the page still says some are hidden (a reply button left, more comments to load). */
  stillHidden: boolean;
}

/** Elements the sites use as buttons (Facebook and Instagram use div/span role=button). */
const CLICKABLE = 'button, [role="button"], a[role="link"], div[tabindex="0"]';

/**
 * Whether an element may be clicked as the site's expander: a link (X's "Visa svar" between the
 * tweets is one) only outside every post and comment, where the writers' names and links are: a
 * reply whose writer calls herself "Visa svar" is not followed to her profile.
 */
const outsideWritersLinks = (el: Element): boolean => !el.closest('a[href]')?.closest('article, [role="article"]');

/** An expander's short text, normalised; an icon button's label when it has no text (Instagram's "Läs in fler kommentarer"). */
function labelOf(el: Element): string {
  const text = el.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  return text || (el.getAttribute('aria-label') ?? el.querySelector('svg[aria-label]')?.getAttribute('aria-label') ?? '').trim();
}

/** Clicks what `next` finds until it finds nothing or `max` are clicked; returns how many. */
async function clickInTurn(next: (clicked: WeakSet<Element>) => HTMLElement | undefined, pause: () => Promise<void>, max: number): Promise<number> {
  const clicked = new WeakSet<Element>();
  let count = 0;
  for (let el = next(clicked); el && count < max; el = next(clicked)) {
    clicked.add(el);
    el.scrollIntoView({ block: 'center', behavior: 'instant' });
    el.click();
    count++;
    await pause();
  }
  return count;
}

/**
 * Clicks the site's buttons whose label `isButton` takes ("Visa fler svar" for hidden replies, "Visa
 * fler kommentarer" for comments not loaded), a button the site puts back after loading included.
 * Returns how many it clicked.
 */
export function expandHidden(
  doc: Document, isButton: (text: string) => boolean, pause: () => Promise<void>, max = 40,
): Promise<number> {
  return clickInTurn((clicked) => [...doc.querySelectorAll<HTMLElement>(CLICKABLE)].find((el) => {
    if (clicked.has(el) || !el.isConnected || !outsideWritersLinks(el)) return false;
    const text = labelOf(el);
    return text.length > 0 && text.length <= 80 && isButton(text);
  }), pause, max);
}

/**
 * After the clicks, how many comments the page shows that it did not `before`: asked once a pause
 * (the site loads in bursts), until the count holds for a pause or the `rounds` are up. 0 is the
 * site showing nothing new (it failed, or the button did nothing). `shownIds` is null when the page
 * could not be read this round.
 */
export async function newCommentsShown(
  before: ReadonlySet<string>, shownIds: () => Promise<readonly string[] | null>, pause: () => Promise<void>, rounds = 6,
): Promise<number> {
  let last = 0;
  for (let round = 0; round < rounds; round++) {
    await pause();
    const ids = await shownIds();
    if (!ids) continue;
    const count = ids.reduce((n, id) => (before.has(id) ? n : n + 1), 0);
    if (count > 0 && count === last) return count;
    last = count;
  }
  return last;
}

/**
 * Opens shortened comments by clicking the "Visa mer" / "See more" button inside each of them, one
 * per comment. A link (an element with an address) is never clicked: it would leave the page.
 */
export function expandShortenedTexts(
  comments: Element[], isSeeMoreButton: (text: string) => boolean, pause: () => Promise<void>, max = 40,
): Promise<number> {
  const pending = [...comments];
  return clickInTurn(() => {
    while (pending.length) {
      const comment = pending.shift()!;
      if (!comment.isConnected) continue;
      const button = [...comment.querySelectorAll<HTMLElement>(CLICKABLE)].find((el) => {
        const text = labelOf(el);
        return !el.closest('a[href]') && text.length > 0 && text.length <= 40 && isSeeMoreButton(text);
      });
      if (button) return button;
    }
    return undefined;
  }, pause, max);
}
