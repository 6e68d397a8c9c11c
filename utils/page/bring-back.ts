import type { OffPagePlace } from './adapter';

/**
 * Scrolls so that a comment the site's virtual list took out of the page sits a third down the
 * viewport, where the site draws it again. False when the list itself is gone (another page).
 */
export function scrollToPlace(place: OffPagePlace): boolean {
  if (!place.list.isConnected) return false;
  const top = place.list.getBoundingClientRect().top + place.top;
  window.scrollBy({ top: top - window.innerHeight / 3, behavior: 'instant' });
  return true;
}

/** Scrolls most of a screen up or down; false when the page is already at that end. */
export function scrollTowards(side: 'above' | 'below'): boolean {
  const before = window.scrollY;
  window.scrollBy({ top: (side === 'above' ? -0.8 : 0.8) * window.innerHeight, behavior: 'instant' });
  return window.scrollY !== before;
}

/** What `find` gives once it gives something, looking every `every` ms for at most `within` ms. */
export async function whenFound<T>(find: () => T | undefined, within: number, every: number, sleep: (ms: number) => Promise<void>): Promise<T | undefined> {
  for (let waited = 0; ; waited += every) {
    const found = find();
    if (found !== undefined || waited >= within) return found;
    await sleep(every);
  }
}
