import type { BadgeText } from './badge-text';
import type { PageWorkItem } from '@/utils/report';
import { untimed, type Timed } from './step-clock';
import { PageOrder, placeInPageOrder } from './near-viewport';
import { barOver, topBarAt, type TopBar } from './top-bar';

/** A badge wanted over a comment: its text is made from the item only when the badge is built (few of thousands are). */
export interface WantedBadge {
  element: Element;
  item: PageWorkItem;
}

export type BadgeTextOf = (item: PageWorkItem) => BadgeText;

/** The words behind a comment's findings, as ranges of its own text (empty: nothing to mark). */
export type EvidenceOf = (element: Element, item: PageWorkItem) => readonly Range[];

// Badges and outlines drawn over the page in one shadow root: the site's CSS cannot reach them,
// theirs cannot reach the site, and nothing is inserted into the site's own elements, so the
// layout never shifts. Positions follow the comment elements on scroll, resize and rescans.
// A badge is only built when its comment first shows on screen (comments within 200 px of it are
// followed frame by frame, found from their boxes in page order: utils/page/near-viewport): before
// that it could not be seen, focused or read out anyway, and a long thread has thousands.
// The words behind a finding get a box of their own drawn over them, under the badges.
// The host covers the viewport and contains its own layout and paint (cutting what it draws to the
// viewport), and outlines, badges and boxes are moved by transforms: a change in it is laid out
// from the host, not from the page's root (measured on a 5,000-comment thread: ~40 ms of layout and
// pre-paint a frame when the layer was an ordinary fixed element, ~8 ms now).

const STYLE = `
:host { all: initial; position: fixed; inset: 0; display: block; contain: strict; pointer-events: none; z-index: 2147483646; }
.layer { position: absolute; inset: 0; font: 12px/1.3 system-ui, sans-serif; }
.outline, .word { left: 0; top: 0; }
.badge { right: 0; top: 0; }
.outline { position: fixed; border: 2px solid var(--tone); border-radius: 8px; box-sizing: border-box; pointer-events: none; }
.outline.flash { animation: flash 0.6s ease-in-out 3; }
@keyframes flash { 50% { box-shadow: 0 0 0 6px var(--tone); } }
.badge { position: fixed; pointer-events: auto; display: inline-flex; gap: 4px; align-items: center; max-width: 280px;
  padding: 2px 8px; border-radius: 10px; border: 1px solid var(--tone); background: #fff; color: #1c1b1f;
  cursor: help; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; box-shadow: 0 1px 3px rgba(0,0,0,.2); }
.badge:focus-visible { outline: 3px solid #1a73e8; outline-offset: 2px; }
.badge .glyph { color: var(--tone); }
/* Riding the cut, the badge lies over the comment's own content (X's "…" menu, Instagram's heart): clicks go through to it. */
.badge.riding { pointer-events: none; opacity: 0.92; }
.badge .label { overflow: hidden; text-overflow: ellipsis; min-width: 0; }
/* Outside the layer, so its font is said here; bordered, so it stands out on a dark site too. */
.tip { display: none; position: fixed; pointer-events: none; max-width: 360px; max-height: calc(100vh - 8px); overflow: hidden;
  padding: 8px 10px; border-radius: 6px; border: 1px solid #9aa0a6; box-shadow: 0 4px 14px rgba(0,0,0,.45); box-sizing: border-box;
  font: 12px/1.4 system-ui, sans-serif; background: #1c1b1f; color: #fff; white-space: normal; }
.tip p { margin: 0 0 4px; }
.word { position: fixed; pointer-events: none; box-sizing: border-box; background: rgba(255, 196, 0, 0.35); border-bottom: 2px solid #b3261e; }
.spotlight { --tone: #b3261e; border-width: 4px; border-style: solid; }
.toast { position: fixed; left: 50%; bottom: 24px; transform: translateX(-50%); max-width: 520px; padding: 10px 14px;
  border-radius: 8px; background: #1c1b1f; color: #fff; pointer-events: auto; font-size: 14px; }
.critical { --tone: #b3261e; } .warning { --tone: #b35c00; } .info { --tone: #0b57d0; } .neutral { --tone: #5f6368; }
@media (prefers-reduced-motion: reduce) { .outline.flash { animation: none; outline: 4px solid var(--tone); } }
@media (forced-colors: active) { .word { forced-color-adjust: none; background: transparent; border-bottom-color: Highlight; } }
`;

interface Drawn {
  outline: HTMLDivElement;
  badge: HTMLButtonElement;
  /** One box per line of the evidence words that shows. */
  words: HTMLDivElement[];
}

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Where an entry is to be drawn: its visible box and the visible parts of its evidence words. */
interface Placement {
  entry: Entry;
  box: Box & { clipTop: number };
  /** The badge is left out: its comment has nearly gone under the cut, or a comment inside it has a badge there. */
  badgeOut: boolean;
  /** The badge is pushed down off the comment's top edge, over the comment's own content. */
  riding: boolean;
  place: string;
  words: Box[];
}

/** Where a comment shows on screen this frame: its box on the page, and what of it shows. */
interface Showing {
  entry: Entry;
  r: DOMRect;
  box: Box & { clipTop: number };
}

/** How near the viewport (px above and below) a comment's badge is built and followed, so it is there as it scrolls in. */
const NEAR_MARGIN = 200;

/** A badge's height (one 12 px line at 1.3, padding and border), for keeping badges off each other. */
const BADGE_HEIGHT = 22;

/** The badge's top: on the comment's top edge, or riding the cut (bar, panel, window edge) while the comment's top is under it. */
function badgeTop(box: Box & { clipTop: number }): number {
  return Math.max(2, box.clipTop, box.top - 10);
}

/** How far a badge may be pushed below its place on the comment's top edge and still sit in the comment's top margin. */
const RIDING_SLACK = 4;

/** Whether the badge is pushed down from the comment's top edge (by the site's bar, a panel or the window edge) onto the comment's content. */
function ridesCut(r: DOMRect, box: Box & { clipTop: number }): boolean {
  return badgeTop(box) > r.top - 10 + RIDING_SLACK;
}

/**
 * The comments cut at the top whose badges are left out: one whose remaining sliver is lower than
 * two badges (its badge would sit on the site's buttons at its foot), and one holding a comment
 * (a reply) whose badge sits in the same place (the badges would cover each other).
 */
function badgesLeftOut(showing: readonly Showing[]): Set<Entry> {
  const out = new Set<Entry>();
  for (const s of showing) {
    if (s.r.top >= s.box.clipTop) continue;
    const nearlyGone = s.box.bottom - s.box.clipTop < 2 * BADGE_HEIGHT;
    const covered = () => showing.some((o) => o !== s && s.entry.element.contains(o.entry.element)
      && badgeTop(o.box) < badgeTop(s.box) + BADGE_HEIGHT);
    if (nearlyGone || covered()) out.add(s.entry);
  }
  return out;
}

interface Entry {
  id: string;
  element: Element;
  /** Ancestors that scroll or clip (a comment panel, a dialog): the outline must not spill out of them. */
  clippers: Element[] | null;
  item: PageWorkItem;
  /** Made from the item when the badge is built (null until then, and after the item changed). */
  text: BadgeText | null;
  /** Null until the comment first shows on screen. */
  drawn: Drawn | null;
  visible: boolean;
  /** Where the outline and badge were last put (null: hidden). */
  placed: string | null;
}

const CLIPPING = /^(?:auto|scroll|hidden|clip|overlay)$/;

/** Whether an element clips its content, per element: the comments of a thread share most of their ancestors. */
const clipsContent = new WeakMap<Element, boolean>();

function clippingAncestors(element: Element): Element[] {
  const found: Element[] = [];
  for (let node = element.parentElement; node && node !== document.body; node = node.parentElement) {
    let clips = clipsContent.get(node);
    if (clips === undefined) {
      const style = getComputedStyle(node);
      clipsContent.set(node, (clips = CLIPPING.test(style.overflowY) || CLIPPING.test(style.overflowX)));
    }
    if (clips) found.push(node);
  }
  return found;
}

/** Puts an element of the layer at (x, y) of the viewport. */
function moveTo(element: HTMLElement, x: number, y: number): void {
  element.style.transform = `translate(${x}px, ${y}px)`;
}

function hiddenTemplate<K extends 'div' | 'button'>(tag: K): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  element.style.display = 'none'; // shown once it is positioned on screen
  return element;
}

function badgeTemplate(): HTMLButtonElement {
  const badge = hiddenTemplate('button');
  badge.type = 'button';
  badge.setAttribute('aria-describedby', 'uppsikt-tip');
  const glyph = document.createElement('span');
  glyph.className = 'glyph';
  glyph.setAttribute('aria-hidden', 'true');
  const label = document.createElement('span');
  label.className = 'label';
  badge.append(glyph, label);
  return badge;
}

export class Overlay {
  private host: HTMLElement;
  private layer: HTMLDivElement;
  private tip: HTMLDivElement;
  /** Under the outlines and badges, so the words' boxes never cover a badge. */
  private wordLayer: HTMLDivElement;
  private entries = new Map<string, Entry>();
  /** How the badges' texts are made (the latest render's): badges built later, when scrolled to, use it. */
  private textOf: BadgeTextOf = () => ({ label: '', glyph: '', tone: 'neutral', details: [] });
  /** Every entry in page order: which are near the viewport is found from a few of their boxes. */
  private order = new PageOrder<Entry>();
  /** Only badges in or near the viewport are positioned each frame. */
  private visible = new Set<Entry>();
  private frame = 0;
  private settling = false;
  /** The page growing or shrinking (images, fonts, the site's own layout) moves comments without a scroll. */
  private resized: ResizeObserver | null;
  /** Cloned for each badge: cheaper than building thousands of them element by element. */
  private outlineTemplate = hiddenTemplate('div');
  private badgeTemplate = badgeTemplate();
  private wordTemplate = hiddenTemplate('div');
  /** The entries with built badges, in page order (the badges' keyboard order); removed ones are dropped before the next insert. */
  private drawnInOrder: Entry[] = [];
  private removedSinceCompacted = 0;
  /** The entry whose tooltip shows: a badge taken away or hidden gets no mouseout or focusout, so its tooltip goes with it here. */
  private tipFor: Entry | null = null;

  /**
   * `clock` times the work the overlay does on its own (positioning, visibility), outside the scans;
   * `evidenceOf` finds the words to mark in a comment whose badge shows.
   */
  constructor(private clock: Timed = untimed, private evidenceOf: EvidenceOf = () => []) {
    this.host = document.createElement('uppsikt-overlay');
    const root = this.host.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = STYLE;
    this.layer = document.createElement('div');
    this.layer.className = 'layer';
    this.tip = document.createElement('div');
    this.tip.className = 'tip';
    this.tip.setAttribute('role', 'tooltip');
    this.tip.id = 'uppsikt-tip';
    this.wordLayer = document.createElement('div');
    this.layer.append(this.wordLayer);
    this.wordTemplate.className = 'word';
    root.append(style, this.layer, this.tip);
    this.listenForTips();
    document.documentElement.append(this.host);
    this.resized = typeof ResizeObserver === 'function' ? new ResizeObserver(this.settle) : null;
    this.resized?.observe(document.documentElement);
    addEventListener('scroll', this.schedule, { capture: true, passive: true });
    addEventListener('resize', this.schedule, { passive: true });
  }

  /**
   * Shows exactly these badges (comment id → element and item); others are removed. With `only`,
   * just those comments' badges are looked at (the others are as drawn before). A badge's text is
   * `textOf` its item, made when the badge is built or, once built, when its item changes. Stops
   * creating new badges at `deadline` (performance.now() time) and returns false: call again to go on.
   */
  render(wanted: ReadonlyMap<string, WantedBadge>, textOf: BadgeTextOf, deadline = Number.POSITIVE_INFINITY, only: readonly string[] | null = null): boolean {
    this.textOf = textOf;
    const ids = only ?? wanted.keys();
    const looked = only ?? [...this.entries.keys()];
    for (const id of looked) {
      const entry = this.entries.get(id);
      const next = wanted.get(id);
      if (entry && (!next || next.element !== entry.element)) this.remove(id);
    }
    this.forgetRemoved();
    let done = true;
    for (const id of ids) {
      const next = wanted.get(id);
      if (!next) continue;
      const existing = this.entries.get(id);
      if (!existing && performance.now() > deadline) {
        done = false;
        break;
      }
      const { element, item } = next;
      const entry = existing ?? this.create(id, element, item);
      if (entry.item === item) continue;
      entry.item = item;
      entry.placed = null; // its words may be others
      if (!entry.drawn || !entry.text) {
        entry.text = null;
        continue;
      }
      const text = textOf(item);
      if (entry.text.label !== text.label || entry.text.details.join() !== text.details.join()) this.fill(entry, text);
      else entry.text = text; // says the same: kept
    }
    if (done) this.settle();
    return done;
  }

  /**
   * Draws attention to one comment (after the side panel scrolled to it): its own outline flashes;
   * a comment without a badge (marking turned off for the site) gets a passing outline of its own.
   */
  flash(id: string, element: Element): void {
    const entry = this.entries.get(id);
    if (!entry) {
      this.passingOutline(element, 'outline neutral flash', 2000);
      return;
    }
    const { outline, badge } = this.draw(entry);
    outline.classList.remove('flash');
    void outline.offsetWidth; // restart the animation
    outline.classList.add('flash');
    badge.focus({ preventScroll: true });
  }

  /** Where in-page helpers (the signature button) put their elements: inside the isolated layer. */
  get root(): HTMLElement {
    return this.layer;
  }

  /** A firm outline around a comment being documented, so the screenshot shows which one. */
  spotlight(_id: string, element: Element): void {
    this.passingOutline(element, 'outline spotlight', 4000);
    this.hideTip(); // a tooltip must not cover the comment in the screenshot
  }

  /** An outline around `element` for `ms` milliseconds, apart from the badges' own. */
  private passingOutline(element: Element, className: string, ms: number): void {
    const box = document.createElement('div');
    box.className = className;
    this.layer.append(box);
    const draw = () => {
      const r = element.getBoundingClientRect();
      Object.assign(box.style, { display: 'block', left: `${r.left - 4}px`, top: `${r.top - 4}px`, width: `${r.width + 8}px`, height: `${r.height + 8}px` });
    };
    draw();
    requestAnimationFrame(draw);
    setTimeout(() => box.remove(), ms);
  }

  /** A short message at the bottom of the page (results of the keyboard shortcut and context menu). */
  notice(message: string): void {
    const toast = document.createElement('div');
    toast.className = 'toast';
    toast.setAttribute('role', 'status');
    toast.textContent = message;
    this.layer.append(toast);
    setTimeout(() => toast.remove(), 6000);
  }

  destroy(): void {
    cancelAnimationFrame(this.frame);
    this.resized?.disconnect();
    removeEventListener('scroll', this.schedule, { capture: true });
    removeEventListener('resize', this.schedule);
    this.entries.clear();
    this.order.clear();
    this.visible.clear();
    this.drawnInOrder = [];
    this.host.remove();
  }

  /** Takes every badge away (a navigation, marking turned off). */
  clear(): void {
    this.render(new Map(), this.textOf);
  }

  private create(id: string, element: Element, item: PageWorkItem): Entry {
    const entry: Entry = { id, element, clippers: null, item, text: null, drawn: null, visible: false, placed: null };
    this.order.add(entry); // first: an entry kept though not in the order would never be drawn
    this.entries.set(id, entry);
    return entry;
  }

  /** The entry's outline and badge, built (in page order among the built ones) the first time they are needed. */
  private draw(entry: Entry): Drawn {
    if (entry.drawn) return entry.drawn;
    const outline = this.outlineTemplate.cloneNode() as HTMLDivElement;
    const badge = this.badgeTemplate.cloneNode(true) as HTMLButtonElement;
    badge.dataset.commentId = entry.id;
    entry.drawn = { outline, badge, words: [] };
    this.fill(entry, entry.text ?? this.textOf(entry.item));
    const at = placeInPageOrder(this.drawnInOrder, entry.element);
    const next = this.drawnInOrder[at]?.drawn?.outline ?? null;
    this.layer.insertBefore(outline, next);
    this.layer.insertBefore(badge, next);
    this.drawnInOrder.splice(at, 0, entry);
    return entry.drawn;
  }

  private fill(entry: Entry, text: BadgeText): void {
    entry.text = text;
    if (!entry.drawn) return;
    const { outline, badge } = entry.drawn;
    outline.className = `outline ${text.tone}`;
    const riding = badge.classList.contains('riding'); // where it sits is the positioning's to say
    badge.className = `badge ${text.tone}`;
    badge.classList.toggle('riding', riding);
    const [glyph, label] = badge.children;
    glyph.textContent = text.glyph;
    label.textContent = text.label; // text only: nothing from the page is ever parsed as HTML
    badge.setAttribute('aria-label', `Uppsikt: ${text.label}`);
    if (this.tipFor === entry) this.showTip(entry); // the tooltip open on it says what the badge says now
  }

  /** One set of listeners on the layer for every badge's tooltip (thousands of badges on a long thread). */
  private listenForTips(): void {
    const entryOf = (event: Event) => {
      const badge = (event.target as Element | null)?.closest?.('button.badge') as HTMLElement | null;
      return badge?.dataset.commentId ? this.entries.get(badge.dataset.commentId) : undefined;
    };
    const show = (event: Event) => {
      const entry = entryOf(event);
      if (entry) this.showTip(entry);
    };
    const hide = (event: Event) => {
      if (entryOf(event)) this.hideTip();
    };
    this.layer.addEventListener('mouseover', show);
    this.layer.addEventListener('focusin', show);
    this.layer.addEventListener('mouseout', hide);
    this.layer.addEventListener('focusout', hide);
    this.layer.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && entryOf(event)) this.hideTip();
    });
  }

  private showTip(entry: Entry): void {
    if (!entry.drawn || !entry.text) return; // tips open from a badge's own events: it is built
    this.tip.replaceChildren(...entry.text.details.map((line) => {
      const p = document.createElement('p');
      p.textContent = line;
      return p;
    }));
    const rect = entry.drawn.badge.getBoundingClientRect();
    this.tipFor = entry;
    this.tip.style.display = 'block';
    this.tip.style.left = `${Math.max(4, Math.min(rect.left, innerWidth - 370))}px`;
    // Below the badge if it fits, above it if that fits, else as low as it can be and still end in the window.
    const height = this.tip.getBoundingClientRect().height;
    const below = rect.bottom + 6;
    const above = rect.top - 6 - height;
    this.tip.style.top = `${below + height <= innerHeight - 4 ? below : above >= 4 ? above : Math.max(4, innerHeight - 4 - height)}px`;
  }

  private hideTip(): void {
    this.tipFor = null;
    this.tip.style.display = 'none';
  }

  /**
   * Drops removed entries from the built ones right away: their elements may have left the page
   * (where document order no longer holds), and an entry kept would keep the whole thread it was
   * cut from alive after the site navigated away.
   */
  private forgetRemoved(): void {
    if (this.removedSinceCompacted === 0) return;
    this.drawnInOrder = this.drawnInOrder.filter((entry) => entry.drawn);
    this.removedSinceCompacted = 0;
  }

  private remove(id: string): void {
    const entry = this.entries.get(id);
    if (!entry) return;
    if (this.tipFor === entry) this.hideTip();
    this.order.delete(entry);
    if (entry.drawn) {
      entry.drawn.outline.remove();
      entry.drawn.badge.remove();
      for (const word of entry.drawn.words) word.remove();
      entry.drawn = null;
      this.removedSinceCompacted++;
    }
    this.entries.delete(id);
    this.visible.delete(entry);
  }

  /**
   * Positions the badges just after the next frame, when the page's own changes have been laid out,
   * so measuring costs nothing; on scroll and resize `schedule` keeps them in step frame by frame.
   */
  private settle = (): void => {
    if (this.settling) return;
    this.settling = true;
    requestAnimationFrame(() => setTimeout(() => {
      this.settling = false;
      this.position();
    }, 0));
  };

  private schedule = (): void => {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.position();
    });
  };

  /** The entries now in or near the viewport become the ones followed; those that left it go into `hidden`. */
  private followNear(hidden: Entry[]): void {
    const near = new Set(this.order.near(NEAR_MARGIN, innerHeight));
    for (const entry of this.visible) if (!near.has(entry)) {
      entry.visible = false;
      hidden.push(entry);
    }
    for (const entry of near) entry.visible = true;
    this.visible = near;
  }

  private hide(entry: Entry): void {
    entry.placed = null;
    if (this.tipFor === entry) this.hideTip();
    if (!entry.drawn) return;
    entry.drawn.outline.style.display = 'none';
    entry.drawn.badge.style.display = 'none';
    for (const word of entry.drawn.words) word.style.display = 'none';
  }

  private position(): void {
    this.clock.run('position', () => this.positionVisible());
  }

  private positionVisible(): void {
    // All boxes are measured before any style is written: interleaving the two would make the
    // browser lay out the whole page once per badge (reading innerWidth lays it out as well).
    const clipperBoxes = new Map<Element, DOMRect>(); // shared by the comments in one scrolling panel
    const viewport = { left: 0, top: 0, right: innerWidth, bottom: innerHeight };
    const width = viewport.right;
    const hidden: Entry[] = [];
    const showing: Showing[] = [];
    this.followNear(hidden);
    let bar: TopBar | null | undefined; // looked for once, over the first comment shown
    for (const entry of this.visible) {
      if (!entry.element.isConnected) {
        hidden.push(entry);
        continue;
      }
      const r = entry.element.getBoundingClientRect();
      if (bar === undefined && r.bottom > 0 && r.top < viewport.bottom) bar = topBarAt((Math.max(r.left, 0) + Math.min(r.right, viewport.right)) / 2);
      const box = this.visibleBox(entry, r, viewport, clipperBoxes, bar ?? null);
      if (box) showing.push({ entry, r, box });
      else hidden.push(entry);
    }
    const leftOut = badgesLeftOut(showing);
    const moved: Placement[] = [];
    for (const { entry, r, box } of showing) {
      const badgeOut = leftOut.has(entry);
      const riding = ridesCut(r, box);
      const place = `${box.left} ${box.top} ${box.right} ${box.bottom} ${box.clipTop} ${width} ${badgeOut} ${riding}`;
      // Where it is drawn already: most comments stay put when others are added.
      if (entry.placed !== place) moved.push({ entry, box, badgeOut, riding, place, words: this.wordBoxes(entry, box) });
    }
    for (const entry of hidden) this.hide(entry);
    for (const { entry, box, badgeOut, riding, place, words } of moved) {
      entry.placed = place;
      const drawn = this.draw(entry);
      const { outline, badge } = drawn;
      outline.style.display = 'block';
      badge.style.display = badgeOut ? 'none' : 'inline-flex';
      if (badgeOut && this.tipFor === entry) this.hideTip();
      badge.classList.toggle('riding', riding);
      // Sizes change only when the comment does (or a panel cuts it), so scrolling only moves them.
      Object.assign(outline.style, { width: `${box.right - box.left + 6}px`, height: `${box.bottom - box.top + 6}px` });
      moveTo(outline, box.left - 3, box.top - 3);
      // Top-right corner of the comment, sitting on its outline, kept inside the clipping area.
      badge.style.maxWidth = `${Math.min(280, Math.max(120, box.right - box.left))}px`;
      moveTo(badge, -Math.max(2, width - box.right), badgeTop(box));
      this.placeWords(entry.id, drawn, words);
    }
  }

  /** The visible parts of the lines the comment's evidence words take up, cut to the comment's visible box. */
  private wordBoxes(entry: Entry, box: Box): Box[] {
    const parts: Box[] = [];
    for (const range of this.evidenceOf(entry.element, entry.item)) {
      for (const r of range.getClientRects()) {
        const part = { left: Math.max(r.left, box.left), top: Math.max(r.top, box.top), right: Math.min(r.right, box.right), bottom: Math.min(r.bottom, box.bottom) };
        if (part.right - part.left >= 1 && part.bottom - part.top >= 1) parts.push(part);
      }
    }
    return parts;
  }

  private placeWords(id: string, drawn: Drawn, parts: Box[]): void {
    while (drawn.words.length < parts.length) {
      const word = this.wordTemplate.cloneNode() as HTMLDivElement;
      word.dataset.commentId = id;
      this.wordLayer.append(word);
      drawn.words.push(word);
    }
    for (const word of drawn.words.splice(parts.length)) word.remove();
    parts.forEach((part, i) => {
      const word = drawn.words[i];
      Object.assign(word.style, { display: 'block', width: `${part.right - part.left}px`, height: `${part.bottom - part.top}px` });
      moveTo(word, part.left, part.top);
    });
  }

  /**
   * The comment's box cut by its clipping ancestors and the site's top bar (the layer cuts it to the
   * viewport), and the top of what shows of it; null when less than a sliver shows.
   */
  private visibleBox(entry: Entry, r: DOMRect, viewport: Box, clipperBoxes: Map<Element, DOMRect>, bar: TopBar | null): (Box & { clipTop: number }) | null {
    entry.clippers ??= clippingAncestors(entry.element);
    let clip: Box = { left: -Infinity, top: barOver(bar, entry.element, r) ? bar.bottom : -Infinity, right: Infinity, bottom: Infinity };
    for (const ancestor of entry.clippers) {
      let a = clipperBoxes.get(ancestor);
      if (!a) clipperBoxes.set(ancestor, (a = ancestor.getBoundingClientRect()));
      clip = { left: Math.max(clip.left, a.left), top: Math.max(clip.top, a.top), right: Math.min(clip.right, a.right), bottom: Math.min(clip.bottom, a.bottom) };
    }
    const box = { left: Math.max(r.left, clip.left), top: Math.max(r.top, clip.top), right: Math.min(r.right, clip.right), bottom: Math.min(r.bottom, clip.bottom) };
    const shows = Math.min(box.right, viewport.right) - Math.max(box.left, viewport.left) > 4
      && Math.min(box.bottom, viewport.bottom) - Math.max(box.top, viewport.top) > 4;
    return shows ? { ...box, clipTop: Math.max(clip.top, viewport.top) } : null;
  }
}
