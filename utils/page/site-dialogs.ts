// The site's dialogs, menus and pop-ups that may lie over the comments (see covered.ts), found in
// what the page adds from when the content script starts: the sites add them as the editor opens
// them (X's reply box, a photo viewer, a menu). The page is not searched for those it had before:
// that costs 14-42 ms on a thread of 100,000-300,000 elements, where the one that matters then, the
// dialog a post is shown in with its comments, is found from the comments themselves (covered.ts).
// Nor is what the page adds inside its main content, where a long thread grows by appends: the sites
// open their dialogs, menus and pop-ups in layers beside it (X's #layers, Facebook's and Instagram's
// portals at the end of <body>). Searching every appended comment cost 1.1-1.7 ms of each 100
// tweets on X, a tenth of handling them.

/** What the sites' dialogs, menus and pop-ups say they are ("dialog", "alertdialog": one selector fewer costs ~40% less on every subtree added). */
export const SITE_DIALOGS = '[role$="dialog"], [role="menu"], [aria-modal="true"], dialog[open]';

/** The page's main content (see above). */
const MAIN_CONTENT = 'main, [role="main"]';

/** Beyond this many added subtrees waiting to be searched, they are searched at once (a whole new page came). */
const MAX_WAITING = 2000;

const ELEMENT_NODE = 1;

export class SiteDialogs {
  private found = new Set<Element>();
  /** Subtrees the page added since last asked, searched when next asked (most are comments: searched once for many changes). */
  private added: Element[] = [];
  private observer: MutationObserver | null = null;

  /** Starts watching what the page adds (nothing is searched until the dialogs are asked for). */
  watch(): void {
    if (this.observer || typeof MutationObserver !== 'function') return;
    this.observer = new MutationObserver((records) => {
      let removed = false;
      for (const record of records) {
        for (const node of record.addedNodes) if (node.nodeType === ELEMENT_NODE) this.added.push(node as Element);
        removed ||= record.removedNodes.length > 0;
      }
      if (this.added.length > MAX_WAITING) this.searchAdded();
      // Nothing taken out of the page is held here (a dialog holds a thread's worth, say), even while no badges ask.
      if (removed) this.forgetRemoved();
    });
    this.observer.observe(document.documentElement, { childList: true, subtree: true });
  }

  /** The dialogs on the page now that were added since it began to be watched, in no particular order. */
  current(): Element[] {
    this.searchAdded();
    this.forgetRemoved();
    return [...this.found];
  }

  disconnect(): void {
    this.observer?.disconnect();
    this.observer = null;
    this.found.clear();
    this.added = [];
  }

  /** Dialogs closed or gone with the page they were on, and added subtrees taken out again before they were searched. */
  private forgetRemoved(): void {
    for (const dialog of this.found) if (!dialog.isConnected) this.found.delete(dialog);
    if (this.added.some((element) => !element.isConnected)) this.added = this.added.filter((element) => element.isConnected);
  }

  private searchAdded(): void {
    for (const element of this.added) {
      if (!element.isConnected || element.closest(MAIN_CONTENT)) continue;
      if (element.matches(SITE_DIALOGS)) this.found.add(element);
      for (const dialog of element.querySelectorAll(SITE_DIALOGS)) this.found.add(dialog);
    }
    this.added = [];
  }
}
