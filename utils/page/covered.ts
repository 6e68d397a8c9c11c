// Whether the site shows a dialog of its own over a comment: X's reply box over the conversation, a
// photo viewer, a menu, a chat window. What the overlay draws for that comment would otherwise lie
// on top of it, and its badge would catch the clicks meant for the dialog. Hit testing the page
// would say so exactly, but costs tens of ms a point on a thread of thousands of layers; the site's
// dialogs are few, and say what they are (site-dialogs.ts).

import { SITE_DIALOGS } from './site-dialogs';
import { comesAfter } from './document-order';


export interface OpenDialog {
  element: Element;
  box: DOMRect;
}

/**
 * Of the site's dialogs, those that show and take the clicks where they lie, with their boxes
 * (measured once per look). A layer the clicks go through (pointer-events: none), as an empty
 * container the size of the window may be, covers nothing: taken for a dialog, it would hide every badge.
 */
export function openDialogs(dialogs: readonly Element[]): OpenDialog[] {
  const open: OpenDialog[] = [];
  for (const element of dialogs) {
    if (!element.isConnected) continue;
    const box = element.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) continue;
    if (typeof element.checkVisibility === 'function' && !element.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
    if (getComputedStyle(element).pointerEvents === 'none') continue;
    open.push({ element, box });
  }
  return open;
}

/**
 * Whether a dialog lies over (x, y) of `element`'s comment: one that does not hold it and, when the
 * comment is in a dialog itself (Facebook shows a post with its comments as one), that dialog's
 * own pop-ups and those opened after it (the site adds each on top of the last).
 */
export function coveredBy(dialogs: readonly OpenDialog[], element: Element, x: number, y: number): boolean {
  const home = element.parentElement?.closest(SITE_DIALOGS) ?? null; // found from the comment: it may have been on the page before it was watched
  return dialogs.some(({ element: dialog, box }) => dialog !== home && !dialog.contains(element)
    && x >= box.left && x < box.right && y >= box.top && y < box.bottom
    && (!home || comesAfter(home, dialog)));
}
