import type { BadgeText } from './badge-text';
import type { PageWorkItem } from '@/utils/report';
import { untimed, type Timed } from './step-clock';
import { PageOrder } from './near-viewport';
import { barOver, topBarAt, type TopBar } from './top-bar';
import { coveredBy, openDialogs } from './covered';
import { SiteDialogs } from './site-dialogs';
import { badgeIcon } from './badge-icons';
import { pageScroller, ScrollFollower, type Area, type Scrolled } from './scroll-follower';

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
// A badge is only built when its comment comes near the screen (a screenful at a time, ahead of the
// scroll; which comments are near is found from their boxes in page order: utils/page/near-viewport),
// since a long thread has thousands.
// The words behind a finding get a box of their own drawn over them, under the badges.
// The host covers the viewport and contains its own layout and paint (cutting what it draws to the
// viewport): a change in it is laid out from the host, not from the page's root.
// Each outline (with its badge and word boxes inside it) is put once at its comment's place in the
// content of the box the comment scrolls in, and moves with that box's scroll without being touched
// (utils/page/scroll-follower): what scrolling changes is looked at only when the page is still
// (the badge riding the site's bar, left out when too little of its comment shows).

// `all` leaves direction alone: on a right-to-left page the badges would be laid out right to left and cut at their start.
const STYLE = `
:host { all: initial; direction: ltr; unicode-bidi: isolate; position: fixed; inset: 0; display: block; contain: strict; pointer-events: none; z-index: 2147483646; }
.layer { position: absolute; inset: 0; font: 12px/1.3 system-ui, sans-serif; }
/* Cut with clip, not hidden: a box with overflow: hidden can be scrolled, by focus among others. */
.cut { position: absolute; overflow: clip; }
.follow { position: absolute; width: 0; height: 0; }
.outline { position: absolute; left: 0; top: 0; border: 2px solid var(--tone); border-radius: 8px; box-sizing: border-box; pointer-events: none; }
.outline.flash { animation: flash 0.6s ease-in-out 3; }
@keyframes flash { 50% { box-shadow: 0 0 0 6px var(--tone); } }
/* On the comment's top edge, at its right end: 10 px above the comment, over the outline's border. */
.badge { position: absolute; right: 1px; top: -9px; pointer-events: auto; display: inline-flex; gap: 4px; align-items: center; max-width: 280px;
  padding: 2px 8px; border-radius: 10px; border: 1px solid var(--tone); background: #fff; color: #1c1b1f;
  cursor: help; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; box-shadow: 0 1px 3px rgba(0,0,0,.2); }
.badge:focus-visible { outline: 3px solid #1a73e8; outline-offset: 2px; }
.badge .glyph { color: var(--tone); display: inline-flex; flex: none; }
.badge .glyph svg { width: 12px; height: 12px; fill: currentColor; }
/* Riding the cut, the badge lies over the comment's own content (X's "…" menu, Instagram's heart): clicks go through to it. */
.badge.riding { pointer-events: none; opacity: 0.92; }
.badge .label { overflow: hidden; text-overflow: ellipsis; min-width: 0; }
/* Outside the layer, so its font is said here; bordered, so it stands out on a dark site too. */
/* The pointer can be moved onto it (WCAG 1.4.13) and it scrolls when the window is too low for it (200 % zoom). */
.tip { display: none; position: fixed; pointer-events: auto; max-width: 360px; max-height: calc(100vh - 8px); overflow-y: auto; overscroll-behavior: contain;
  padding: 8px 10px; border-radius: 6px; border: 1px solid #9aa0a6; box-shadow: 0 4px 14px rgba(0,0,0,.45); box-sizing: border-box;
  font: 12px/1.4 system-ui, sans-serif; background: #1c1b1f; color: #fff; white-space: normal; }
.tip p { margin: 0 0 4px; }
.word { position: absolute; left: 0; top: 0; pointer-events: none; box-sizing: border-box; background: rgba(255, 196, 0, 0.35); border-bottom: 2px solid #b3261e; }
.spotlight { --tone: #b3261e; border-width: 4px; border-style: solid; }
.spotlight-label { position: absolute; left: -4px; top: -22px; padding: 1px 6px; border-radius: 4px 4px 0 0; background: #b3261e; color: #fff; font: 600 12px/18px system-ui, sans-serif; white-space: nowrap; }
.toast { position: fixed; left: 50%; bottom: 24px; transform: translateX(-50%); max-width: 520px; padding: 10px 14px;
  border-radius: 8px; background: #1c1b1f; color: #fff; pointer-events: auto; font-size: 14px; }
.critical { --tone: #b3261e; } .warning { --tone: #b35c00; } .info { --tone: #0b57d0; } .neutral { --tone: #5f6368; }
@media (prefers-reduced-motion: reduce) { .outline.flash { animation: none; outline: 4px solid var(--tone); } }
@media (forced-colors: active) { .word { forced-color-adjust: none; background: transparent; border-bottom-color: Highlight; } }
`;

/** An outline with its badge and word boxes inside it: one element to put and move. */
interface Drawn {
  outline: HTMLDivElement;
  badge: HTMLButtonElement;
  /** One box per line of the evidence words. */
  words: HTMLDivElement[];
}

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Where a comment shows this frame: its box, that box cut by what clips it, what of it shows on screen, and the follower it is drawn in. */
interface Showing {
  entry: Entry;
  r: DOMRect;
  /** Its box cut by the ancestors that clip it and scroll with it. */
  box: Box;
  /** What of `box` shows in its scrolling box and the viewport, below the site's bar; null when less than a sliver. */
  seen: (Box & { clipTop: number }) | null;
  follower: ScrollFollower;
  /** What of the follower's scrolling box shows: what it cuts to. */
  area: Area;
}

/** An outline to be put: where in its follower's content, and the lines of its evidence words (measured before anything is written). */
interface Placement {
  showing: Showing;
  top: number;
  place: string;
  words: Box[];
}

/** How near the viewport (px above and below) comments are measured every frame (their badges built, their places checked). */
const NEAR_MARGIN = 200;

/**
 * How many screenfuls above and below the viewport built outlines are kept (built a screenful
 * ahead, hidden beyond this): a small scroll back and forth hides and shows none of them again.
 */
const KEPT_SCREENS = 2;

/** A badge as built: shown, on its comment's top edge (see `placeBadges`). */
const BADGE_AS_BUILT = badgeStateOf(false, 0);

function badgeStateOf(leftOut: boolean, down: number): string {
  return `${leftOut} ${down}`;
}

/** How long the page is still before what scrolling changed is looked at: badges riding the bar, badges left out. */
const STILL_AFTER_MS = 150;
/** How long a tooltip stays after the pointer left its badge: long enough to move onto it. */
const TIP_HIDE_DELAY_MS = 300;

/** A badge's height (one 12 px line at 1.3, padding and border), for keeping badges off each other. */
const BADGE_HEIGHT = 22;

/** How far an outline reaches outside its comment's box (its border). */
const OUTLINE_REACH = 3;

/** The badge's top: on the comment's top edge, or riding the cut (bar, panel, window edge) while the comment's top is under it. */
function badgeTop(box: Box & { clipTop: number }): number {
  return Math.max(2, box.clipTop, box.top - 10);
}

/** How far a badge may be pushed below its place on the comment's top edge and still sit in the comment's top margin. */
const RIDING_SLACK = 4;

/**
 * The comments cut at the top whose badges are left out: one whose remaining sliver is lower than
 * two badges (its badge would sit on the site's buttons at its foot), and one holding a comment
 * (a reply) whose badge sits in the same place (the badges would cover each other).
 */
function badgesLeftOut(showing: ReadonlyArray<Showing & { seen: Box & { clipTop: number } }>): Set<Entry> {
  const out = new Set<Entry>();
  for (const s of showing) {
    if (s.r.top >= s.seen.clipTop) continue;
    const nearlyGone = s.seen.bottom - s.seen.clipTop < 2 * BADGE_HEIGHT;
    const covered = () => showing.some((o) => o !== s && s.entry.element.contains(o.entry.element)
      && badgeTop(o.seen) < badgeTop(s.seen) + BADGE_HEIGHT);
    if (nearlyGone || covered()) out.add(s.entry);
  }
  return out;
}

/** The box the comment scrolls in, and the ancestors between that clip it but scroll with it. */
interface Scrolling {
  scroller: Element;
  clippers: Element[];
}

interface Entry {
  id: string;
  element: Element;
  scrolling: Scrolling | null;
  item: PageWorkItem;
  /** Made from the item when the badge is built (null until then, and after the item changed). */
  text: BadgeText | null;
  /** Null until the comment first comes near the screen. */
  drawn: Drawn | null;
  /** The follower its outline is in. */
  follower: ScrollFollower | null;
  /** Where the outline was put, in its follower (null: not put, or to be put again). */
  placed: string | null;
  /** How its badge was last shown: riding the bar by how much, or left out. */
  badgeState: string;
  hidden: boolean;
  /** The site showed a dialog of its own over the comment when last looked at: the outline stays in place, unseen. */
  covered: boolean;
}

const CLIPPING = /^(?:auto|scroll|hidden|clip|overlay)$/;
const SCROLLING = /^(?:auto|scroll|overlay)$/;

/** How each ancestor handles overflow, per element: the comments of a thread share most of their ancestors. */
const overflowOf = new WeakMap<Element, 'scrolls' | 'clips' | 'none'>();

/**
 * The nearest ancestor that scrolls (has more content than room), or the page; and the clipping
 * ancestors below it. The body is looked at only as what may scroll (some sites scroll it, not the page).
 */
function scrollingOf(element: Element): Scrolling {
  const clippers: Element[] = [];
  for (let node = element.parentElement; node && node !== document.documentElement; node = node.parentElement) {
    let overflow = overflowOf.get(node);
    if (overflow === undefined) {
      const style = getComputedStyle(node);
      overflow = SCROLLING.test(style.overflowY) ? 'scrolls' : CLIPPING.test(style.overflowY) || CLIPPING.test(style.overflowX) ? 'clips' : 'none';
      overflowOf.set(node, overflow);
    }
    // A box that could scroll but has nothing to scroll moves with the page: it only clips.
    if (overflow === 'scrolls' && node.scrollHeight > node.clientHeight + 1) return { scroller: node, clippers };
    if (overflow !== 'none' && node !== document.body) clippers.push(node);
  }
  return { scroller: pageScroller(), clippers };
}

function intersect(a: Box, b: Box): Box {
  return { left: Math.max(a.left, b.left), top: Math.max(a.top, b.top), right: Math.min(a.right, b.right), bottom: Math.min(a.bottom, b.bottom) };
}

function hasRoom(box: Box, min: number): boolean {
  return box.right - box.left > min && box.bottom - box.top > min;
}

function badgeTemplate(): HTMLButtonElement {
  const badge = document.createElement('button');
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
  private entries = new Map<string, Entry>();
  /** How the badges' texts are made (the latest render's): badges built later, when scrolled to, use it. */
  private textOf: BadgeTextOf = () => ({ label: '', glyph: 'review', tone: 'neutral', details: [] });
  /** Every entry in page order: which are near the viewport is found from a few of their boxes. */
  private order = new PageOrder<Entry>();
  /** The entries in or near the viewport, measured every frame. */
  private near: Entry[] = [];
  /** Per scrolling box, the followers for comments clear of the site's bar and for those under it, and what of a panel is watched for size. */
  private followers = new Map<Element, { clear?: ScrollFollower; underBar?: ScrollFollower; watched?: Set<Element> }>();
  /** The site's bar at the top, as last found over a comment on screen (undefined: not looked for yet). */
  private bar: TopBar | null | undefined;
  private frame = 0;
  private settling = false;
  private destroyed = false;
  private stillTimer: ReturnType<typeof setTimeout> | undefined;
  /** The page growing or shrinking (images, fonts, the site's own layout) moves comments without a scroll. */
  private resized: ResizeObserver | null;
  /** Cloned for each badge: cheaper than building thousands of them element by element. */
  private outlineTemplate = document.createElement('div');
  private badgeTemplate = badgeTemplate();
  private wordTemplate = document.createElement('div');
  /** The entries with built badges, in page order (the badges' keyboard order); removed ones are dropped before the next insert. */
  private drawnInOrder: Entry[] = [];
  private removedSinceCompacted = 0;
  private siteDialogs: SiteDialogs;
  private ownsDialogs: boolean;
  /** The entry whose tooltip shows: a badge taken away or hidden gets no mouseout or focusout, so its tooltip goes with it here. */
  private tipFor: Entry | null = null;
  /** The pointer left a badge: its tooltip waits a moment, so the pointer can go onto it. */
  private tipHideTimer: ReturnType<typeof setTimeout> | undefined;

  /**
   * `clock` times the work the overlay does on its own (positioning, visibility), outside the scans;
   * `evidenceOf` finds the words to mark in a comment whose badge shows; `dialogs`, watched from when
   * the content script started, are the site's own dialogs (the outlines under them are not drawn
   * over them): without, those added from now on.
   */
  constructor(private clock: Timed = untimed, private evidenceOf: EvidenceOf = () => [], dialogs?: SiteDialogs) {
    this.siteDialogs = dialogs ?? new SiteDialogs();
    this.ownsDialogs = !dialogs;
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
    this.wordTemplate.className = 'word';
    root.append(style, this.layer, this.tip);
    this.listenForTips();
    document.documentElement.append(this.host);
    this.resized = typeof ResizeObserver === 'function' ? new ResizeObserver(this.sizeChanged) : null;
    this.resized?.observe(document.documentElement);
    addEventListener('scroll', this.schedule, { capture: true, passive: true });
    addEventListener('resize', this.sizeChanged, { passive: true });
    this.siteDialogs.watch();
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
    this.clock.run('position', () => this.positionNow('settle', [entry])); // put where its comment is now, so it can take focus
    outline.classList.remove('flash');
    void outline.offsetWidth; // restart the animation
    outline.classList.add('flash');
    badge.focus({ preventScroll: true });
  }

  /** Where in-page helpers (the signature button) put their elements: inside the isolated layer. */
  /**
   * The language Uppsikt's text on the page is in: a screen reader reads the badges in it, not in the
   * page's own ("Sensitive personal data: health" on a Swedish page was read with a Swedish voice).
   */
  setLanguage(lang: string): void {
    if (this.host.lang !== lang) this.host.lang = lang;
  }

  get root(): HTMLElement {
    return this.layer;
  }

  /** A firm outline around a comment being documented, so the screenshot shows which one. */
  spotlight(_id: string, element: Element): void {
    // Named on the screenshot (in the record's language): a badge's outline on a neighbour is a red frame too.
    const box = this.passingOutline(element, 'outline spotlight', 4000);
    const label = document.createElement('span');
    label.className = 'spotlight-label';
    label.textContent = 'Dokumenteras';
    box.append(label);
    this.hideTip(); // a tooltip must not cover the comment in the screenshot
  }

  /** An outline around `element` for `ms` milliseconds, apart from the badges' own. */
  private passingOutline(element: Element, className: string, ms: number): HTMLDivElement {
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
    return box;
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
    this.destroyed = true;
    cancelAnimationFrame(this.frame);
    clearTimeout(this.stillTimer);
    clearTimeout(this.tipHideTimer);
    this.resized?.disconnect();
    if (this.ownsDialogs) this.siteDialogs.disconnect();
    removeEventListener('scroll', this.schedule, { capture: true });
    removeEventListener('resize', this.sizeChanged);
    this.entries.clear();
    this.order.clear();
    this.near = [];
    this.drawnInOrder = [];
    for (const follower of this.allFollowers()) follower.remove();
    this.followers.clear();
    this.host.remove();
  }

  /** Takes every badge away (a navigation, marking turned off). */
  clear(): void {
    this.render(new Map(), this.textOf);
  }

  private create(id: string, element: Element, item: PageWorkItem): Entry {
    const entry: Entry = { id, element, scrolling: null, item, text: null, drawn: null, follower: null, placed: null, badgeState: BADGE_AS_BUILT, hidden: false, covered: false };
    this.order.add(entry); // first: an entry kept though not in the order would never be drawn
    this.entries.set(id, entry);
    return entry;
  }

  /** The entry's outline, with its badge inside, built the first time it is needed; it goes into a follower when it is put. */
  private draw(entry: Entry): Drawn {
    if (entry.drawn) return entry.drawn;
    const outline = this.outlineTemplate.cloneNode() as HTMLDivElement;
    const badge = this.badgeTemplate.cloneNode(true) as HTMLButtonElement;
    badge.dataset.commentId = entry.id;
    outline.append(badge);
    entry.drawn = { outline, badge, words: [] };
    this.fill(entry, entry.text ?? this.textOf(entry.item));
    this.forgetRemoved();
    // After every built one that comes before it in page order (most often after the last).
    const rank = this.order.rank(entry);
    let at = this.drawnInOrder.length;
    if (at && this.order.rank(this.drawnInOrder[at - 1]) > rank) {
      let lo = 0;
      while (lo < at) {
        const mid = (lo + at) >> 1;
        if (this.order.rank(this.drawnInOrder[mid]) < rank) lo = mid + 1;
        else at = mid;
      }
    }
    this.drawnInOrder.splice(at, 0, entry);
    return entry.drawn;
  }

  /** Puts the entry's outline into `follower`, among the others there in page order (the badges' keyboard order). */
  private putIn(entry: Entry, drawn: Drawn, follower: ScrollFollower): void {
    entry.follower = follower;
    const at = this.drawnInOrder.indexOf(entry);
    const next = this.drawnInOrder.slice(at + 1).find((other) => other.follower === follower && other.drawn?.outline.parentElement === follower.follow);
    follower.follow.insertBefore(drawn.outline, next?.drawn?.outline ?? null);
  }

  private fill(entry: Entry, text: BadgeText): void {
    entry.text = text;
    if (!entry.drawn) return;
    const { outline, badge } = entry.drawn;
    outline.className = `outline ${text.tone}`;
    const riding = badge.classList.contains('riding'); // where it sits is the positioning's to say
    badge.className = `badge ${text.tone}`;
    badge.classList.toggle('riding', riding);
    const [glyph, label] = badge.children as unknown as [HTMLElement, HTMLElement];
    if (glyph.dataset.glyph !== text.glyph) {
      glyph.replaceChildren(badgeIcon(text.glyph));
      glyph.dataset.glyph = text.glyph;
    }
    label.textContent = text.label; // text only: nothing from the page is ever parsed as HTML
    badge.setAttribute('aria-label', `Uppsikt: ${text.label}${text.about ? ` – ${text.about}` : ''}`);
    if (this.tipFor === entry) this.showTip(entry); // the tooltip open on it says what the badge says now
  }

  /** One set of listeners on the layer for every badge's tooltip (thousands of badges on a long thread). */
  private listenForTips(): void {
    const entryOf = (event: Event) => {
      const badge = (event.target as Element | null)?.closest?.('button.badge') as HTMLElement | null;
      return badge?.dataset.commentId ? this.entries.get(badge.dataset.commentId) : undefined;
    };
    const hide = (event: Event) => {
      if (entryOf(event)) this.hideTip();
    };
    // Left for the tooltip itself, or back to the badge: it stays; left for anywhere else: it goes.
    const hideSoon = (event: MouseEvent) => {
      if (!entryOf(event) && event.currentTarget !== this.tip) return;
      const to = event.relatedTarget as Node | null;
      if (to && (this.tip.contains(to) || (this.tipFor?.drawn?.badge.contains(to) ?? false))) return;
      clearTimeout(this.tipHideTimer);
      this.tipHideTimer = setTimeout(() => this.hideTip(), TIP_HIDE_DELAY_MS);
    };
    this.layer.addEventListener('mouseover', (event) => {
      const entry = entryOf(event);
      if (entry) this.showTip(entry);
    });
    this.tip.addEventListener('mouseover', () => clearTimeout(this.tipHideTimer));
    this.layer.addEventListener('focusin', (event) => {
      const entry = entryOf(event);
      if (!entry) return;
      // Every badge is described by the one tooltip: it says this badge's words as the focus lands,
      // also when the comment is first scrolled into view (it said the badge before's until then).
      this.fillTip(entry);
      if (!this.bringIntoView(entry)) this.showTip(entry);
    });
    this.layer.addEventListener('mouseout', hideSoon);
    this.tip.addEventListener('mouseout', hideSoon);
    this.layer.addEventListener('focusout', hide);
    this.layer.addEventListener('keydown', (event) => {
      if (!entryOf(event)) return;
      if (event.key === 'Escape') this.hideTip();
      // A tooltip taller than the room beside its badge scrolls with the arrow keys, as the badge has the focus.
      const step = event.key === 'ArrowDown' ? 40 : event.key === 'ArrowUp' ? -40 : 0;
      if (step && this.tipFor && this.tip.scrollHeight > this.tip.clientHeight) {
        this.tip.scrollBy({ top: step });
        event.preventDefault();
      }
    });
  }

  /**
   * A badge reached with the keyboard whose comment is off screen (badges are built a screenful
   * ahead): the comment is scrolled into view, as the browser does for the page's own links, and the
   * tooltip shows once it is there. Returns whether it scrolled.
   */
  private bringIntoView(entry: Entry): boolean {
    if (!entry.drawn || !entry.follower) return false;
    const badge = entry.drawn.badge.getBoundingClientRect();
    const area = entry.follower.cut.getBoundingClientRect();
    if (badge.top >= area.top && badge.bottom <= area.bottom) return false;
    this.tipFor = entry;
    entry.element.scrollIntoView({ block: 'center' });
    return true;
  }

  /** The tooltip's words: the entry's. */
  private fillTip(entry: Entry): void {
    if (!entry.text) return;
    this.tip.replaceChildren(...entry.text.details.map((line) => {
      const p = document.createElement('p');
      p.textContent = line;
      return p;
    }));
  }

  private showTip(entry: Entry): void {
    if (!entry.drawn || !entry.text) return; // tips open from a badge's own events: it is built
    this.fillTip(entry);
    const rect = entry.drawn.badge.getBoundingClientRect();
    clearTimeout(this.tipHideTimer);
    this.tipFor = entry;
    this.tip.style.display = 'block';
    this.tip.style.maxHeight = '';
    this.tip.scrollTop = 0;
    this.tip.style.left = `${Math.max(4, Math.min(rect.left, innerWidth - 370))}px`;
    // Below the badge if it fits, above it if that fits, else in the larger of the two rooms, scrolling:
    // never over the badge it explains.
    const height = this.tip.getBoundingClientRect().height;
    const below = rect.bottom + 6;
    const roomBelow = innerHeight - 4 - below;
    const roomAbove = rect.top - 6 - 4;
    if (height <= roomBelow) this.tip.style.top = `${below}px`;
    else if (height <= roomAbove) this.tip.style.top = `${rect.top - 6 - height}px`;
    else {
      const room = Math.max(roomBelow, roomAbove, 60);
      this.tip.style.maxHeight = `${room}px`;
      this.tip.style.top = `${roomBelow >= roomAbove ? below : Math.max(4, rect.top - 6 - room)}px`;
    }
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
      entry.drawn = null;
      this.removedSinceCompacted++;
    }
    this.entries.delete(id);
  }

  /**
   * Positions everything drawn just after the next frame, when the page's own changes have been laid
   * out, so measuring costs nothing: the page changed, so every outline is looked at, not only those
   * near the screen.
   */
  private settle = (): void => {
    if (this.settling) return;
    this.settling = true;
    requestAnimationFrame(() => setTimeout(() => {
      this.settling = false;
      // Destroyed meanwhile (a navigation, the extension reloaded): nothing is left to place.
      if (!this.destroyed) this.position('settle');
    }, 0));
  };

  /**
   * The page, a panel or the window grew or shrank (a comment expanded, more loaded, some removed):
   * each follower is given its box's new scroll range, and every outline its comment's new place,
   * before this frame is painted (the page is laid out for it already). Waiting for the settle
   * showed the outlines off their comments for a frame or two: far off when scrolled far down.
   */
  private sizeChanged = (): void => {
    for (const follower of this.allFollowers()) follower.followRange();
    this.position('settle');
  };

  /** On scroll: the comments coming near the screen get their outlines (built ahead), those near it are checked. */
  private schedule = (): void => {
    this.tip.style.display = 'none'; // its badge moves with its comment; it is shown again once the page is still
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.position('scroll');
    });
  };

  private allFollowers(): ScrollFollower[] {
    return [...this.followers.values()].flatMap((pair) => [pair.clear, pair.underBar].filter((f): f is ScrollFollower => !!f));
  }

  /**
   * A panel's content growing (more comments, one expanded) changes its scroll range but not the
   * page's size: its children are watched for size, those it holds now only (observed, a child the
   * site took out would be kept alive, with the thread in it).
   */
  private watch(scroller: Element, pair: { watched?: Set<Element> }): void {
    // Sets: a panel whose children are the comments themselves has thousands, looked at after every change.
    const now = new Set(scroller.isConnected && scroller !== document.documentElement ? scroller.children : []);
    for (const child of pair.watched ?? []) if (!now.has(child)) this.resized?.unobserve(child);
    for (const child of now) if (!pair.watched?.has(child)) this.resized?.observe(child);
    pair.watched = now;
  }

  private followerFor(scroller: Element, underBar: boolean): ScrollFollower {
    let pair = this.followers.get(scroller);
    if (!pair) {
      this.followers.set(scroller, (pair = {}));
      this.watch(scroller, pair);
    }
    const key = underBar ? 'underBar' : 'clear';
    return (pair[key] ??= new ScrollFollower(this.layer, scroller));
  }

  private hide(entry: Entry): void {
    entry.placed = null;
    if (this.tipFor === entry) this.hideTip();
    if (!entry.drawn || entry.hidden) return;
    entry.hidden = true;
    entry.drawn.outline.style.display = 'none';
    this.cover(entry, false); // looked at again once it shows
  }

  private cover(entry: Entry, covered: boolean): void {
    if (!entry.drawn || entry.covered === covered) return;
    entry.covered = covered;
    // Hidden, not taken out of the layout: the badge can neither be seen, clicked nor reached with the keyboard.
    entry.drawn.outline.style.visibility = covered ? 'hidden' : '';
    if (covered && this.tipFor === entry) this.hideTip();
  }

  /**
   * Which comments the site shows a dialog of its own over, where their badge stands (looked at after
   * a change, as a dialog opens or closes, and once the page is still).
   */
  private coveredOf(showing: readonly Showing[]): Set<Entry> {
    const covered = new Set<Entry>();
    const dialogs = openDialogs(this.siteDialogs.current());
    if (!dialogs.length) return covered;
    for (const s of showing) {
      if (!s.seen) continue;
      const x = Math.max(s.seen.left, s.seen.right - 8);
      const y = Math.min(s.seen.bottom - 1, badgeTop(s.seen) + BADGE_HEIGHT / 2);
      if (coveredBy(dialogs, s.entry.element, x, y)) covered.add(s.entry);
    }
    return covered;
  }

  /**
   * `scroll`: the comments near the screen, while the page scrolls (what is drawn moves by itself);
   * `settle`: every drawn comment, after the page changed; `still`: as settle, and the badges' places
   * that depend on the scroll (riding the bar, left out), once the page has been still a moment.
   */
  private position(why: 'scroll' | 'settle' | 'still'): void {
    this.clock.run('position', () => this.positionNow(why));
    clearTimeout(this.stillTimer);
    // A settle has looked at all that still would (and a page growing by appends is settled each time).
    if (why === 'scroll') this.stillTimer = setTimeout(() => this.position('still'), STILL_AFTER_MS);
  }

  /** `also`: entries to be put wherever they are (one flashed from the side panel). */
  private positionNow(why: 'scroll' | 'settle' | 'still', also: readonly Entry[] = []): void {
    // All boxes are measured before any style is written: interleaving the two would make the
    // browser lay out the whole page once per badge (reading innerWidth lays it out as well).
    const viewport = { left: 0, top: 0, right: innerWidth, bottom: innerHeight };
    this.near = this.order.near(NEAR_MARGIN, viewport.bottom);
    const shown = (entry: Entry) => !!entry.drawn && !entry.hidden;
    // Built (or shown again) a screenful ahead at a time, while scrolling or once still: inserting or
    // showing one outline every few frames as comments come in costs a repaint each time.
    const ahead = why === 'still' || (why === 'scroll' && !this.near.every(shown)) ? this.order.near(viewport.bottom, viewport.bottom) : [];
    const building = ahead.filter((entry) => !shown(entry));
    const looked = [...new Set(why === 'scroll' ? [...this.near, ...building]
      : why === 'settle' ? [...also, ...this.near, ...this.drawnInOrder.filter(shown)] // every outline shown, wherever the change put its comment
        : [...also, ...ahead])];
    if (why === 'still' || this.bar === undefined) this.lookForBar(looked, viewport);
    if (why !== 'scroll') this.lookAgain();
    const showing = this.measure(looked, viewport);
    const covered = why !== 'scroll' ? this.coveredOf(showing) : null;
    // Everything is read before anything is written: a read after a write lays the page out again.
    const scrolled = new Map<ScrollFollower, Scrolled>();
    for (const s of showing) if (!scrolled.has(s.follower)) scrolled.set(s.follower, s.follower.measure());
    // After a change, an outline is built only for a comment that shows: one just below the screen
    // (a thread growing by appends) is built with the screenful ahead once the page scrolls, not in
    // a frame of its own (every frame the overlay changes in has the whole page painted again).
    const placed = why === 'settle' ? showing.filter((s) => s.entry.drawn || s.seen) : showing;
    const placements = placed.flatMap((s) => this.placement(s, scrolled.get(s.follower)!.top));
    const far = why === 'still' || building.length ? this.farOff(looked, viewport) : [];
    for (const entry of far) this.hide(entry);
    for (const s of showing) s.follower.keep(s.area, scrolled.get(s.follower)!);
    for (const placement of placements) this.place(placement);
    if (covered) for (const s of showing) this.cover(s.entry, covered.has(s.entry));
    if (why !== 'scroll') this.placeBadges(showing);
  }

  /**
   * The built outlines further off than KEPT_SCREENS: they leave the layout (and the keyboard's
   * reach), not looked at again until they come near; one left where its comment was could show
   * over another after the page changed. Hidden in a frame that builds outlines anyway where it can:
   * each frame the overlay changes in has the whole page painted again (~30 ms on X's 5,000-tweet
   * bench page, ~8 ms on Facebook's).
   */
  private farOff(looked: readonly Entry[], viewport: Box): Entry[] {
    const kept = new Set([...looked, ...this.order.near(KEPT_SCREENS * viewport.bottom, viewport.bottom)]);
    return this.drawnInOrder.filter((entry) => entry.drawn && !entry.hidden && !kept.has(entry));
  }

  /**
   * The site's bar, looked for over the first comment on screen once the page is still (finding it
   * costs a hit test, which lays out and pre-paints the whole page).
   */
  private lookForBar(entries: readonly Entry[], viewport: Box): void {
    for (const entry of entries) {
      const r = entry.element.isConnected ? entry.element.getBoundingClientRect() : null;
      if (!r || r.bottom <= 0 || r.top >= viewport.bottom || r.width === 0) continue;
      this.bar = topBarAt((Math.max(r.left, 0) + Math.min(r.right, viewport.right)) / 2);
      return;
    }
  }

  /**
   * After the page changed: what each comment near the screen scrolls in is looked at again (a panel
   * that had too few comments to scroll may scroll now), and the followers of panels gone from the page go.
   */
  private lookAgain(): void {
    if (this.bar && !this.bar.element.isConnected) this.bar = null; // a bar gone with the page it was on would keep that page alive
    for (const entry of this.near) entry.scrolling = null; // those further off are looked at again when they come near
    for (const [scroller, pair] of this.followers) {
      this.watch(scroller, pair);
      if (scroller.isConnected) continue;
      pair.clear?.remove();
      pair.underBar?.remove();
      this.followers.delete(scroller);
    }
  }

  /** Measures each entry's comment; those gone from the page or not shown are hidden. */
  private measure(entries: readonly Entry[], viewport: Box): Showing[] {
    const boxes = new Map<Element, DOMRect>(); // shared by the comments in one panel
    const boxOf = (element: Element) => {
      let r = boxes.get(element);
      if (!r) boxes.set(element, (r = element.getBoundingClientRect()));
      return r;
    };
    const showing: Showing[] = [];
    const gone: Entry[] = [];
    for (const entry of entries) {
      const r = entry.element.isConnected ? entry.element.getBoundingClientRect() : null;
      if (!r || (r.width === 0 && r.height === 0)) {
        gone.push(entry);
        continue;
      }
      entry.scrolling ??= scrollingOf(entry.element);
      const { scroller, clippers } = entry.scrolling;
      let box: Box = r;
      for (const clipper of clippers) box = intersect(box, boxOf(clipper));
      if (!hasRoom(box, 1)) {
        gone.push(entry);
        continue;
      }
      const underBar = barOver(this.bar ?? null, entry.element, r);
      const area = this.areaOf(scroller, viewport, underBar, boxOf);
      const seenBox = intersect(box, area);
      const seen = hasRoom(seenBox, 4) ? { ...seenBox, clipTop: area.top } : null;
      showing.push({ entry, r, box, seen, follower: this.followerFor(scroller, underBar), area });
    }
    for (const entry of gone) this.hide(entry);
    return showing;
  }

  /**
   * What of a scrolling box shows (the viewport for the page; a panel with room at its sides and foot
   * for the outlines' borders), below the site's bar for comments under it.
   */
  private areaOf(scroller: Element, viewport: Box, underBar: boolean, boxOf: (element: Element) => DOMRect): Area {
    let shown = viewport;
    if (scroller !== pageScroller()) {
      const b = boxOf(scroller);
      shown = intersect({ left: b.left - OUTLINE_REACH, top: b.top, right: b.right + OUTLINE_REACH, bottom: b.bottom + OUTLINE_REACH }, viewport);
    }
    return underBar && this.bar ? { ...shown, top: Math.max(shown.top, this.bar.bottom) } : shown;
  }

  /** Where the outline goes in its follower's content (`scrolledTop` is how far the follower's box is scrolled), and its words; nothing when it is there already. */
  private placement(showing: Showing, scrolledTop: number): Placement[] {
    const { entry, box, follower } = showing;
    const top = box.top + scrolledTop;
    const place = `${box.left} ${top} ${box.right - box.left} ${box.bottom - box.top}`;
    if (entry.placed === place && entry.follower === follower && !entry.hidden) return [];
    return [{ showing, top, place, words: this.wordBoxes(entry, box) }];
  }

  /** Puts the outline (and the word boxes in it) at its comment's place in the follower's content. */
  private place({ showing: { entry, box, follower }, top, place, words }: Placement): void {
    const drawn = this.draw(entry);
    if (entry.follower !== follower || !drawn.outline.parentElement) this.putIn(entry, drawn, follower);
    if (entry.hidden) {
      entry.hidden = false;
      drawn.outline.style.display = '';
    }
    entry.placed = place;
    const { outline, badge } = drawn;
    Object.assign(outline.style, {
      left: `${box.left - OUTLINE_REACH}px`, top: `${top - OUTLINE_REACH}px`,
      width: `${box.right - box.left + 2 * OUTLINE_REACH}px`, height: `${box.bottom - box.top + 2 * OUTLINE_REACH}px`,
    });
    badge.style.maxWidth = `${Math.min(280, Math.max(120, box.right - box.left))}px`;
    // Inside the outline's border: its content starts 1 px outside the comment's box.
    const origin = { left: box.left - OUTLINE_REACH + 2, top: box.top - OUTLINE_REACH + 2 };
    this.placeWords(entry.id, drawn, words.map((part) => ({
      left: part.left - origin.left, top: part.top - origin.top, right: part.right - origin.left, bottom: part.bottom - origin.top,
    })));
  }

  /**
   * Where the badges stand while the page is still: pushed down to ride the site's bar (or the
   * window's edge) while their comment's top is under it, and left out where too little of their
   * comment shows or a reply's badge would cover them.
   */
  private placeBadges(showing: readonly Showing[]): void {
    const seen = showing.filter((s): s is Showing & { seen: Box & { clipTop: number } } => s.seen !== null);
    const leftOut = badgesLeftOut(seen);
    for (const s of showing) {
      const drawn = s.entry.drawn;
      if (!drawn) continue;
      const out = leftOut.has(s.entry);
      // Pushed down from the comment's top edge (10 px above it) to the top of what shows of it.
      const down = s.seen && !out ? Math.max(0, badgeTop(s.seen) - (s.box.top - 10)) : 0;
      const riding = down > RIDING_SLACK;
      const state = badgeStateOf(out, down);
      if (state === s.entry.badgeState) continue;
      s.entry.badgeState = state;
      drawn.badge.style.display = out ? 'none' : '';
      if (out && this.tipFor === s.entry) this.hideTip();
      drawn.badge.style.transform = down ? `translateY(${down}px)` : '';
      drawn.badge.classList.toggle('riding', riding);
    }
    // The open tooltip next to where its badge is now, if the badge shows; else it goes.
    const open = seen.find((s) => s.entry === this.tipFor && !leftOut.has(s.entry));
    if (open) this.showTip(open.entry);
    else if (this.tipFor && showing.some((s) => s.entry === this.tipFor)) this.hideTip();
  }

  /** The lines the comment's evidence words take up, cut to the comment's box. */
  private wordBoxes(entry: Entry, box: Box): Box[] {
    const parts: Box[] = [];
    for (const range of this.evidenceOf(entry.element, entry.item)) {
      for (const line of range.getClientRects()) {
        const part = intersect(line, box);
        if (part.right - part.left >= 1 && part.bottom - part.top >= 1) parts.push(part);
      }
    }
    return parts;
  }

  private placeWords(id: string, drawn: Drawn, parts: Box[]): void {
    while (drawn.words.length < parts.length) {
      const word = this.wordTemplate.cloneNode() as HTMLDivElement;
      word.dataset.commentId = id;
      drawn.outline.insertBefore(word, drawn.badge); // under the badge
      drawn.words.push(word);
    }
    for (const word of drawn.words.splice(parts.length)) word.remove();
    parts.forEach((part, i) => {
      Object.assign(drawn.words[i].style, { left: `${part.left}px`, top: `${part.top}px`, width: `${part.right - part.left}px`, height: `${part.bottom - part.top}px` });
    });
  }
}
