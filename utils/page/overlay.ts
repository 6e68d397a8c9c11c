import type { BadgeText } from './badge-text';
import { untimed, type Timed } from './step-clock';

// Badges and outlines drawn over the page in one shadow root: the site's CSS cannot reach them,
// theirs cannot reach the site, and nothing is inserted into the site's own elements, so the
// layout never shifts. Positions follow the comment elements on scroll, resize and rescans.

const STYLE = `
:host { all: initial; }
.layer { position: fixed; inset: 0; pointer-events: none; z-index: 2147483646; font: 12px/1.3 system-ui, sans-serif; }
.outline { position: fixed; border: 2px solid var(--tone); border-radius: 8px; box-sizing: border-box; pointer-events: none; }
.outline.flash { animation: flash 0.6s ease-in-out 3; }
@keyframes flash { 50% { box-shadow: 0 0 0 6px var(--tone); } }
.badge { position: fixed; pointer-events: auto; display: inline-flex; gap: 4px; align-items: center; max-width: 280px;
  padding: 2px 8px; border-radius: 10px; border: 1px solid var(--tone); background: #fff; color: #1c1b1f;
  cursor: help; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; box-shadow: 0 1px 3px rgba(0,0,0,.2); }
.badge:focus-visible { outline: 3px solid #1a73e8; outline-offset: 2px; }
.badge .glyph { color: var(--tone); }
.tip { display: none; position: fixed; pointer-events: none; max-width: 360px; padding: 8px 10px; border-radius: 6px;
  background: #1c1b1f; color: #fff; white-space: normal; }
.tip p { margin: 0 0 4px; }
.spotlight { --tone: #b3261e; border-width: 4px; border-style: solid; }
.toast { position: fixed; left: 50%; bottom: 24px; transform: translateX(-50%); max-width: 520px; padding: 10px 14px;
  border-radius: 8px; background: #1c1b1f; color: #fff; pointer-events: auto; font-size: 14px; }
.critical { --tone: #b3261e; } .warning { --tone: #b35c00; } .info { --tone: #0b57d0; } .neutral { --tone: #5f6368; }
@media (prefers-reduced-motion: reduce) { .outline.flash { animation: none; outline: 4px solid var(--tone); } }
`;

interface Entry {
  element: Element;
  /** Ancestors that scroll or clip (a comment panel, a dialog): the outline must not spill out of them. */
  clippers: Element[] | null;
  text: BadgeText;
  outline: HTMLDivElement;
  badge: HTMLButtonElement;
  visible: boolean;
}

function clippingAncestors(element: Element): Element[] {
  const found: Element[] = [];
  for (let node = element.parentElement; node && node !== document.body; node = node.parentElement) {
    const style = getComputedStyle(node);
    if (style.overflowY !== 'visible' || style.overflowX !== 'visible') found.push(node);
  }
  return found;
}

function hiddenTemplate<K extends 'div' | 'button'>(tag: K): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  element.style.display = 'none'; // shown once the observer says it is on screen
  return element;
}

function badgeTemplate(): HTMLButtonElement {
  const badge = hiddenTemplate('button');
  badge.type = 'button';
  badge.setAttribute('aria-describedby', 'uppsikt-tip');
  const glyph = document.createElement('span');
  glyph.className = 'glyph';
  glyph.setAttribute('aria-hidden', 'true');
  badge.append(glyph, document.createElement('span'));
  return badge;
}

export class Overlay {
  private host: HTMLElement;
  private layer: HTMLDivElement;
  private tip: HTMLDivElement;
  private entries = new Map<string, Entry>();
  /** Element → entry, so visibility changes are found without walking every badge. */
  private byElement = new Map<Element, Entry>();
  /** Only badges in or near the viewport are positioned each frame. */
  private visible = new Set<Entry>();
  private frame = 0;
  private settling = false;
  private visibility: IntersectionObserver;
  /** Cloned for each badge: cheaper than building thousands of them element by element. */
  private outlineTemplate = hiddenTemplate('div');
  private badgeTemplate = badgeTemplate();

  /** `clock` times the work the overlay does on its own (positioning, visibility), outside the scans. */
  constructor(private clock: Timed = untimed) {
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
    root.append(style, this.layer, this.tip);
    this.listenForTips();
    document.documentElement.append(this.host);
    this.visibility = new IntersectionObserver((changes) => this.clock.run('position', () => {
      for (const change of changes) {
        const entry = this.byElement.get(change.target);
        if (!entry) continue;
        entry.visible = change.isIntersecting;
        if (entry.visible) this.visible.add(entry);
        else {
          this.visible.delete(entry);
          this.hide(entry);
        }
      }
      this.settle();
    }), { rootMargin: '200px 0px' });
    addEventListener('scroll', this.schedule, { capture: true, passive: true });
    addEventListener('resize', this.schedule, { passive: true });
  }

  /**
   * Shows exactly these badges (comment id → element and text); others are removed. With `only`,
   * just those comments' badges are looked at (the others are as drawn before). Stops creating new
   * badges at `deadline` (performance.now() time) and returns false: call again to go on.
   */
  render(wanted: Map<string, { element: Element; text: BadgeText }>, deadline = Number.POSITIVE_INFINITY, only: readonly string[] | null = null): boolean {
    const ids = only ?? wanted.keys();
    const looked = only ?? [...this.entries.keys()];
    for (const id of looked) {
      const entry = this.entries.get(id);
      const next = wanted.get(id);
      if (entry && (!next || next.element !== entry.element)) this.remove(id);
    }
    let done = true;
    for (const id of ids) {
      const next = wanted.get(id);
      if (!next) continue;
      const existing = this.entries.get(id);
      if (!existing && performance.now() > deadline) {
        done = false;
        break;
      }
      const { element, text } = next;
      const entry = existing ?? this.create(id, element, text);
      if (entry.text !== text) {
        if (entry.text.label !== text.label || entry.text.details.join() !== text.details.join()) this.fill(entry, text);
        else entry.text = text; // says the same: kept, and not compared again
      }
    }
    if (done) this.settle();
    return done;
  }

  /** Draws attention to one comment (after the side panel scrolled to it). */
  flash(id: string): void {
    const entry = this.entries.get(id);
    if (!entry) return;
    entry.outline.classList.remove('flash');
    void entry.outline.offsetWidth; // restart the animation
    entry.outline.classList.add('flash');
    entry.badge.focus({ preventScroll: true });
  }

  /** Where in-page helpers (the signature button) put their elements: inside the isolated layer. */
  get root(): HTMLElement {
    return this.layer;
  }

  /** A firm outline around a comment being documented, so the screenshot shows which one. */
  spotlight(_id: string, element: Element): void {
    const box = document.createElement('div');
    box.className = 'outline spotlight';
    this.layer.append(box);
    this.tip.style.display = 'none'; // a tooltip must not cover the comment in the screenshot
    const draw = () => {
      const r = element.getBoundingClientRect();
      Object.assign(box.style, { display: 'block', left: `${r.left - 4}px`, top: `${r.top - 4}px`, width: `${r.width + 8}px`, height: `${r.height + 8}px` });
    };
    draw();
    requestAnimationFrame(draw);
    setTimeout(() => box.remove(), 4000);
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
    this.visibility.disconnect();
    removeEventListener('scroll', this.schedule, { capture: true });
    removeEventListener('resize', this.schedule);
    this.entries.clear();
    this.byElement.clear();
    this.visible.clear();
    this.host.remove();
  }

  private create(id: string, element: Element, text: BadgeText): Entry {
    const outline = this.outlineTemplate.cloneNode() as HTMLDivElement;
    const badge = this.badgeTemplate.cloneNode(true) as HTMLButtonElement;
    badge.dataset.commentId = id;
    this.layer.append(outline, badge);
    const entry: Entry = { element, clippers: null, text, outline, badge, visible: false };
    this.fill(entry, text);
    this.entries.set(id, entry);
    this.byElement.set(element, entry);
    this.visibility.observe(element);
    return entry;
  }

  private fill(entry: Entry, text: BadgeText): void {
    entry.text = text;
    entry.outline.className = `outline ${text.tone}`;
    entry.badge.className = `badge ${text.tone}`;
    const [glyph, label] = entry.badge.children;
    glyph.textContent = text.glyph;
    label.textContent = text.label; // text only: nothing from the page is ever parsed as HTML
    entry.badge.setAttribute('aria-label', `Uppsikt: ${text.label}`);
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
      if (entryOf(event)) this.tip.style.display = 'none';
    };
    this.layer.addEventListener('mouseover', show);
    this.layer.addEventListener('focusin', show);
    this.layer.addEventListener('mouseout', hide);
    this.layer.addEventListener('focusout', hide);
    this.layer.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && entryOf(event)) this.tip.style.display = 'none';
    });
  }

  private showTip(entry: Entry): void {
    this.tip.replaceChildren(...entry.text.details.map((line) => {
      const p = document.createElement('p');
      p.textContent = line;
      return p;
    }));
    const rect = entry.badge.getBoundingClientRect();
    this.tip.style.display = 'block';
    this.tip.style.left = `${Math.max(4, Math.min(rect.left, innerWidth - 370))}px`;
    this.tip.style.top = `${rect.bottom + 6 > innerHeight - 120 ? Math.max(4, rect.top - 130) : rect.bottom + 6}px`;
  }

  private remove(id: string): void {
    const entry = this.entries.get(id);
    if (!entry) return;
    this.visibility.unobserve(entry.element);
    entry.outline.remove();
    entry.badge.remove();
    this.entries.delete(id);
    this.byElement.delete(entry.element);
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

  private hide(entry: Entry): void {
    entry.outline.style.display = 'none';
    entry.badge.style.display = 'none';
  }

  private position(): void {
    this.clock.run('position', () => this.positionVisible());
  }

  private positionVisible(): void {
    // All boxes are measured before any style is written: interleaving the two would make the
    // browser lay out the whole page once per badge.
    const boxes = [...this.visible].map((entry) => [entry, entry.element.isConnected ? this.visibleBox(entry) : null] as const);
    for (const [entry, box] of boxes) {
      if (!box) {
        this.hide(entry);
        continue;
      }
      entry.outline.style.display = 'block';
      entry.badge.style.display = 'inline-flex';
      Object.assign(entry.outline.style, { left: `${box.left - 3}px`, top: `${box.top - 3}px`, width: `${box.right - box.left + 6}px`, height: `${box.bottom - box.top + 6}px` });
      // Top-right corner of the comment, sitting on its outline, kept inside the clipping area.
      Object.assign(entry.badge.style, {
        right: `${Math.max(2, innerWidth - box.right)}px`, top: `${Math.max(2, box.clipTop, box.top - 10)}px`,
        maxWidth: `${Math.min(280, Math.max(120, box.right - box.left))}px`,
      });
    }
  }

  /** The part of the comment that is actually visible: its box cut by the viewport and clipping ancestors. */
  private visibleBox(entry: Entry): { left: number; top: number; right: number; bottom: number; clipTop: number } | null {
    entry.clippers ??= clippingAncestors(entry.element);
    const r = entry.element.getBoundingClientRect();
    let clip = { left: 0, top: 0, right: innerWidth, bottom: innerHeight };
    for (const ancestor of entry.clippers) {
      const a = ancestor.getBoundingClientRect();
      clip = { left: Math.max(clip.left, a.left), top: Math.max(clip.top, a.top), right: Math.min(clip.right, a.right), bottom: Math.min(clip.bottom, a.bottom) };
    }
    const box = { left: Math.max(r.left, clip.left), top: Math.max(r.top, clip.top), right: Math.min(r.right, clip.right), bottom: Math.min(r.bottom, clip.bottom), clipTop: clip.top };
    return box.right - box.left > 4 && box.bottom - box.top > 4 ? box : null;
  }
}
