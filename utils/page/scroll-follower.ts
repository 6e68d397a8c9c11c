// What the overlay draws for the comments of one scrolling box (the page, or a panel such as
// Instagram's comment list) lives in a "follower": an element moved by that box's scroll, inside a
// "cut" that stays put over the box's visible area (below the site's top bar). Each outline and
// badge sits at its comment's place in the box's content and never changes while the box scrolls.
// Where the browser has scroll timelines (Chromium), the follower is moved by one animation the
// compositor runs from the scroll position, so scrolling costs the page's main thread nothing.
// Moving anything by script, even by transforms alone, made Chromium repaint the site's whole
// page every frame: on a 5,000-comment thread, ~10 ms a frame on Facebook's layout, ~55 ms on X's.
// Without scroll timelines (Firefox) the follower is moved by script once a frame.
// Where animations take a range in pixels (Chromium 115+), the animation runs over a range far
// beyond any page's, so it moves the follower by exactly the scroll whatever the box's scroll range
// is: it is made once and never changed as the thread grows. Changing it cost the page another
// pass of style and pre-paint in the frame (~8 ms on X's 5,000-tweet bench page).

export interface Scrolled {
  top: number;
  range: number;
}

export interface Area {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

interface ScrollTimelineConstructor {
  new (options: { source: Element; axis: 'block' }): AnimationTimeline;
}

const ScrollTimelineOf = (globalThis as { ScrollTimeline?: ScrollTimelineConstructor }).ScrollTimeline;

/** Whether an animation on a scroll timeline can be given its range in pixels (rangeStart, rangeEnd). */
const PIXEL_RANGES = !!ScrollTimelineOf && typeof Animation === 'function' && 'rangeStart' in Animation.prototype;

/** The pixel range such an animation runs over: more than any box scrolls, so it never reaches its end. */
const FAR_RANGE = 10_000_000;

/** The page's own scrolling box. */
export function pageScroller(): Element {
  return document.scrollingElement ?? document.documentElement;
}

export class ScrollFollower {
  readonly cut: HTMLDivElement;
  /** Where the drawn elements go, at their comments' places in the box's content (`contentTop`). */
  readonly follow: HTMLDivElement;
  private area = '';
  /** The scroll range the animation was made for (it changes when the thread grows). */
  private range = -1;
  private animation: Animation | null = null;
  private movedTo = Number.NaN;

  constructor(parent: HTMLElement, readonly source: Element) {
    this.cut = document.createElement('div');
    this.cut.className = 'cut';
    this.follow = document.createElement('div');
    this.follow.className = 'follow';
    this.cut.append(this.follow);
    parent.prepend(this.cut); // under the layer's other children (toasts, passing outlines)
  }

  /**
   * How far the box is scrolled (a viewport y plus this is where it is in the follower: the same
   * while the box scrolls) and how far it can be. Read before anything is written (`keep`): a read
   * after a write lays the page out again.
   */
  measure(): Scrolled {
    return { top: this.source.scrollTop, range: this.source.scrollHeight - this.source.clientHeight };
  }

  /** Keeps the cut over `area` (viewport pixels) and the follower in step with the box's scroll, as `measure` found it. Writes only what changed. */
  keep(area: Area, scrolled: Scrolled): void {
    const key = `${Math.floor(area.left)} ${Math.floor(area.top)} ${Math.ceil(area.right)} ${Math.ceil(area.bottom)}`;
    if (key !== this.area) {
      this.area = key;
      const [left, top, right, bottom] = key.split(' ').map(Number);
      Object.assign(this.cut.style, { left: `${left}px`, top: `${top}px`, width: `${Math.max(0, right - left)}px`, height: `${Math.max(0, bottom - top)}px` });
      // The follower's origin is the viewport's, whatever the cut's place.
      Object.assign(this.follow.style, { left: `${-left}px`, top: `${-top}px` });
    }
    if (ScrollTimelineOf) this.animate(scrolled.range);
    else this.moveTo(scrolled.top);
  }

  /**
   * Keeps the animation made for the box's scroll range as it is now: where the thread grew or
   * shrank, the old one would move the follower by the old range over the new one, far off its
   * comments when scrolled far down. Cheap when the range is the same.
   */
  followRange(): void {
    if (ScrollTimelineOf && !PIXEL_RANGES) this.animate(this.source.scrollHeight - this.source.clientHeight);
  }

  remove(): void {
    this.animation?.cancel();
    this.cut.remove();
  }

  private moveTo(scrollTop: number): void {
    if (scrollTop === this.movedTo) return;
    this.movedTo = scrollTop;
    this.follow.style.transform = `translateY(${-scrollTop}px)`;
  }

  /** One animation over the box's whole scroll range: at each scroll position the follower is moved up by it. */
  private animate(range: number): void {
    if (PIXEL_RANGES) {
      this.animation ??= this.animateOver(FAR_RANGE, { rangeStart: '0px', rangeEnd: `${FAR_RANGE}px` });
      return;
    }
    if (range === this.range) return;
    this.range = range;
    if (range <= 0) {
      this.animation?.cancel();
      this.animation = null;
      this.moveTo(0); // nothing to scroll
      return;
    }
    const keyframes = [{ transform: 'translateY(0px)' }, { transform: `translateY(${-range}px)` }];
    // The running animation gets the new range: a new one would leave the follower unmoved until it starts, a frame later.
    if (this.animation) {
      (this.animation.effect as KeyframeEffect).setKeyframes(keyframes);
      return;
    }
    this.animation = this.animateOver(range);
  }

  /**
   * The follower moved up by `distance` over the box's scroll, or over `ranges` of it (no
   * scroll range: the timeline is inactive and the follower stays where it is, at 0).
   */
  private animateOver(distance: number, ranges: { rangeStart: string; rangeEnd: string } | object = {}): Animation {
    this.movedTo = Number.NaN;
    this.follow.style.transform = '';
    const timeline = new ScrollTimelineOf!({ source: this.source, axis: 'block' });
    const keyframes = [{ transform: 'translateY(0px)' }, { transform: `translateY(${-distance}px)` }];
    return this.follow.animate(keyframes, { timeline, fill: 'both', easing: 'linear', ...ranges } as KeyframeAnimationOptions);
  }
}
