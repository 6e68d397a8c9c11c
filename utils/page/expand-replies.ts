/** Elements the sites use as buttons (Facebook and Instagram use div/span role=button). */
const CLICKABLE = 'button, [role="button"], a[role="link"], div[tabindex="0"]';

/**
 * Opens hidden replies by clicking the site's own "Visa fler svar" / "View more replies" buttons,
 * one at a time at a human pace, never anything else. Returns how many it clicked.
 */
export async function expandHiddenReplies(
  doc: Document, isRepliesButton: (text: string) => boolean, pause: () => Promise<void>, max = 40,
): Promise<number> {
  const clicked = new WeakSet<Element>();
  let count = 0;
  while (count < max) {
    const next = [...doc.querySelectorAll<HTMLElement>(CLICKABLE)].find((el) => {
      if (clicked.has(el) || !el.isConnected) return false;
      const text = el.textContent?.replace(/\s+/g, ' ').trim() ?? '';
      return text.length > 0 && text.length <= 80 && isRepliesButton(text);
    });
    if (!next) break;
    clicked.add(next);
    next.scrollIntoView({ block: 'center', behavior: 'instant' });
    next.click();
    count++;
    await pause();
  }
  return count;
}
