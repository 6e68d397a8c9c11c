// The site's dialogs, menus and pop-ups on the page (see covered.ts), found with one search of the
// page when first asked for, then from what the page adds. Not with the reader's collections: those
// are walked again after every navigation, and a search of a page of 100,000 elements for these
// costs 14-42 ms, where the dialogs do not care what the address says (X's reply box opens with an
// address of its own).

/** What the sites' dialogs, menus and pop-ups say they are. */
export const SITE_DIALOGS = '[role="dialog"], [role="alertdialog"], [role="menu"], [aria-modal="true"], dialog[open]';

/** Beyond this many added subtrees waiting to be searched, the page is searched anew when next asked (a whole new page came). */
const MAX_WAITING = 2000;

const ELEMENT_NODE = 1;

export class SiteDialogs {
  /** Null until first asked for (or after too many changes): the page is searched then. */
  private found: Set<Element> | null = null;
  /** Subtrees the page added since last asked, searched when next asked (most are comments, asked about once for many). */
  private added: Element[] = [];
  private observer: MutationObserver | null = null;

  /** The dialogs on the page now, in no particular order. */
  current(): Element[] {
    if (this.found === null) {
      this.found = new Set(document.querySelectorAll(SITE_DIALOGS));
      this.watch();
    } else {
      for (const element of this.added) {
        if (!element.isConnected) continue;
        if (element.matches(SITE_DIALOGS)) this.found.add(element);
        for (const dialog of element.querySelectorAll(SITE_DIALOGS)) this.found.add(dialog);
      }
    }
    this.added = [];
    for (const dialog of this.found) if (!dialog.isConnected) this.found.delete(dialog); // gone with the page it was on
    return [...this.found];
  }

  disconnect(): void {
    this.observer?.disconnect();
    this.observer = null;
    [this.found, this.added] = [null, []];
  }

  private watch(): void {
    if (this.observer || typeof MutationObserver !== 'function') return;
    this.observer = new MutationObserver((records) => {
      if (this.found === null) return;
      for (const record of records) {
        for (const node of record.addedNodes) if (node.nodeType === ELEMENT_NODE) this.added.push(node as Element);
      }
      if (this.added.length > MAX_WAITING) [this.found, this.added] = [null, []];
    });
    this.observer.observe(document.documentElement, { childList: true, subtree: true });
  }
}
