import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { unmarkPage } from './marks';

// WXT stops a copy of a content script when a newer copy announces itself with a DOM event on the page.
// Any script of the page can send that event (its name holds the extension's public id), so a page could
// switch Uppsikt off while the side panel and the toolbar went on showing its last report. Copies of one
// extension share their isolated world, which no page script reaches: there a newer copy stops the older
// ones itself, and the page's event is heeded only once this copy's extension is gone (reloaded or
// updated: browser.runtime.id is unset, which no page can do).

/** The live copies of each content script, in the isolated world the extension's copies share. */
const COPIES = Symbol.for('uppsikt.content-script-copies');

type Copies = Map<string, Set<ContentScriptContext>>;

/** Makes `ctx` the page's one copy of the content script `name`, stopped only by a newer copy or the extension's going. */
export function becomeTheOnlyCopy(ctx: ContentScriptContext, name: string): void {
  // An instance's own method: WXT's listener asks `this.verifyScriptStartedEvent(event)`.
  ctx.verifyScriptStartedEvent = () => extensionGone();
  const world = globalThis as typeof globalThis & { [COPIES]?: Copies };
  const byName = (world[COPIES] ??= new Map());
  const copies = byName.get(name) ?? new Set<ContentScriptContext>();
  byName.set(name, copies);
  for (const older of [...copies]) older.notifyInvalidated();
  copies.add(ctx);
  ctx.onInvalidated(() => copies.delete(ctx));
  takeAwayWhatOlderCopiesLeft();
}

/**
 * Firefox ends a reloaded or updated extension's content scripts without their cleanup: their badge
 * layer stayed, no longer following the page, over the wrong comments and catching clicks, and their
 * marks stayed on comments. A new copy starts on a clean page; its first scan marks it again.
 */
function takeAwayWhatOlderCopiesLeft(): void {
  const root = document.documentElement;
  // The layer (with the signature hint in it) is the root's child and every scan marks the root: searching a
  // 5,000-comment page for marks cost 20 ms in the start-up task, on the almost every page where no copy ran before.
  const layers = [...root.children].filter((child) => child.localName === 'uppsikt-overlay');
  if (!layers.length && !root.hasAttribute('data-uppsikt-platform')) return;
  for (const layer of layers) layer.remove();
  unmarkPage();
}

function extensionGone(): boolean {
  try {
    return browser?.runtime?.id == null;
  } catch {
    return true; // Firefox throws on a dead extension's objects
  }
}
