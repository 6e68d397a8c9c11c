import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Overlay } from '@/utils/page/overlay';
import type { BadgeText } from '@/utils/page/badge-text';
import type { PageWorkItem } from '@/utils/report';

// The overlay in jsdom, with the comments' boxes up to the test: a comment is on screen (at its own
// box) once the test scrolls it there, and far below the window until then. jsdom lays nothing out,
// so where a part shows is worked out from the styles the overlay writes.

const frame = () => new Promise((done) => setTimeout(done, 20));
/** Long enough for the page to count as still (the badges' places that depend on the scroll are set then). */
const still = () => new Promise((done) => setTimeout(done, 250));

/** The comments scrolled onto the screen so far. */
const shown = new Set<Element>();

/** The comments scroll onto the screen (or off it, far below) and the overlay hears of the scroll. */
async function onScreen(elements: Element[], isShown = true) {
  for (const element of elements) {
    if (isShown) shown.add(element);
    else shown.delete(element);
  }
  dispatchEvent(new Event('scroll'));
  await frame();
}

const text = (label: string): BadgeText => ({ label, glyph: 'unanswered', tone: 'warning', details: [`${label}: detaljer`] });

let overlay: Overlay;
let comments: HTMLElement[];
const boxes = new Map<Element, { top: number; left: number; width: number; height: number }>();

const px = (value: string) => Number.parseFloat(value || '0');
const movedDown = (element: HTMLElement) => px(/translateY\((-?[\d.]+)px\)/.exec(element.style.transform)?.[1] ?? '0');

/** Where a part of the layer is on screen (its top and left edge), from the styles of it and of what holds it. */
function onScreenAt(element: HTMLElement): { top: number; left: number; shown: boolean } {
  const outline = element.classList.contains('outline') ? element : element.closest<HTMLElement>('.outline')!;
  const follow = outline.parentElement as HTMLElement; // moved up by the page's scroll
  let top = px(outline.style.top) + movedDown(follow);
  let left = px(outline.style.left);
  if (element !== outline) {
    top += 2 + (element.classList.contains('badge') ? -9 + movedDown(element) : px(element.style.top)); // inside the outline's 2 px border
    left += 2 + px(element.style.left);
  }
  const laidOut = ![element, outline].some((e) => e.style.display === 'none');
  return { top, left, shown: laidOut && top > -40 && top < innerHeight };
}

function badges(): Array<{ id: string; label: string; display: string; top: string }> {
  const root = document.querySelector('uppsikt-overlay')!.shadowRoot!;
  return [...root.querySelectorAll<HTMLElement>('button.badge')].map((b) => {
    const at = onScreenAt(b);
    return { id: b.dataset.commentId!, label: b.children[1].textContent!, display: at.shown ? 'shown' : 'hidden', top: `${at.top}px` };
  });
}

/** Items as the judgement gives them: a comment that says the same keeps its item object. */
const items = new Map<string, PageWorkItem>();
function item(id: string, label: string): PageWorkItem {
  const key = `${id}|${label}`;
  if (!items.has(key)) items.set(key, { commentId: id, text: label } as PageWorkItem);
  return items.get(key)!;
}
/** The texts the overlay asked for, by comment. */
let made: string[] = [];
const textOf = (i: PageWorkItem): BadgeText => {
  made.push(i.commentId);
  return { ...text(i.text), about: `skribent ${i.commentId}` };
};

function wanted(ids: string[], labels: Record<string, string> = {}) {
  return new Map(ids.map((id) => [id, { element: comments[Number(id)], item: item(id, labels[id] ?? `Obesvarad ${id}`) }]));
}

beforeEach(() => {
  shown.clear();
  Object.assign(globalThis, { requestAnimationFrame: (f: () => void) => setTimeout(f, 0), cancelAnimationFrame: clearTimeout });
  document.body.innerHTML = '<div id="list"></div>';
  comments = [0, 1, 2, 3].map((k) => {
    const el = document.createElement('div');
    el.textContent = `Kommentar ${k}`;
    document.getElementById('list')!.append(el);
    boxes.set(el, { top: 100 + k * 200, left: 20, width: 600, height: 150 });
    return el;
  });
  HTMLElement.prototype.getBoundingClientRect = function rect(this: HTMLElement) {
    const b = !boxes.has(this) ? { top: 0, left: 0, width: 0, height: 0 } : shown.has(this) ? boxes.get(this)! : { ...boxes.get(this)!, top: 100_000 };
    return { ...b, x: b.left, y: b.top, right: b.left + b.width, bottom: b.top + b.height, toJSON: () => b } as DOMRect;
  };
  overlay = new Overlay();
  made = [];
});

afterEach(() => overlay.destroy());

describe('badges over the comments', () => {
  it('builds a badge only when its comment comes on screen, with its latest text, in page order', async () => {
    overlay.render(wanted(['0', '1', '2', '3']), textOf);
    expect(badges()).toEqual([]);
    overlay.render(wanted(['0', '1', '2', '3'], { 1: 'Hets mot folkgrupp' }), textOf, Infinity, ['1']);
    for (const seen of [2, 0, 1]) {
      await onScreen([comments[seen]]);
      await frame();
    }
    // The keyboard reaches them in the order the comments come, whatever order they were seen in.
    expect(badges().map((b) => [b.id, b.label])).toEqual([['0', 'Obesvarad 0'], ['1', 'Hets mot folkgrupp'], ['2', 'Obesvarad 2']]);
    expect(made).toEqual(['2', '0', '1']); // a text is made only for a badge that is built: none for comment 3
    // Its name says whose comment it is, when the text knows.
    const named = document.querySelector('uppsikt-overlay')!.shadowRoot!;
    expect([...named.querySelectorAll('button.badge')].map((b) => b.getAttribute('aria-label'))).toEqual(['Uppsikt: Obesvarad 0 – skribent 0', 'Uppsikt: Hets mot folkgrupp – skribent 1', 'Uppsikt: Obesvarad 2 – skribent 2']);
    expect(badges().map((b) => [b.display, b.top])).toEqual([['shown', '90px'], ['shown', '290px'], ['shown', '490px']]);
  });

  it('moves a shown badge with its comment, hides it off screen, and drops it with the comment', async () => {
    overlay.render(wanted(['0', '1', '2']), textOf);
    await onScreen([comments[0], comments[1]]);
    await frame();
    expect(badges().map((b) => b.top)).toEqual(['90px', '290px']);
    boxes.set(comments[1], { ...boxes.get(comments[1])!, top: 340 }); // a comment above it grew
    dispatchEvent(new Event('scroll'));
    await frame();
    expect(badges().map((b) => b.top)).toEqual(['90px', '330px']);
    await onScreen([comments[0]], false);
    await still(); // a comment moved without a scroll is seen to when the page is still
    expect(badges().map((b) => b.display)).toEqual(['hidden', 'shown']);
    overlay.render(wanted(['1', '2']), textOf);
    expect(badges().map((b) => b.id)).toEqual(['1']);
    await onScreen([comments[2], comments[0]]);
    await frame();
    expect(badges().map((b) => b.id)).toEqual(['1', '2']); // the removed comment gets none back
  });

  it('gives a built badge its new text when its item changes, and makes none for a badge not built', async () => {
    overlay.render(wanted(['0', '1']), textOf);
    await onScreen([comments[0]]);
    await frame();
    made = [];
    overlay.render(wanted(['0', '1'], { 0: 'Obesvarad 0 – försenad', 1: 'Hets mot folkgrupp' }), textOf);
    expect(badges().map((b) => [b.id, b.label])).toEqual([['0', 'Obesvarad 0 – försenad']]);
    expect(made).toEqual(['0']);
    overlay.render(wanted(['0', '1'], { 0: 'Obesvarad 0 – försenad', 1: 'Hets mot folkgrupp' }), textOf);
    expect(made).toEqual(['0']); // the same items: nothing made again
    await onScreen([comments[1]]);
    await frame();
    expect(badges().map((b) => [b.id, b.label])).toEqual([['0', 'Obesvarad 0 – försenad'], ['1', 'Hets mot folkgrupp']]);
  });

  it('draws the badge\'s symbol as an icon of its kind, in the badge\'s colour and needing no emoji font, and changes it with the finding', async () => {
    const kinds: Record<string, BadgeText['glyph']> = { 'Obesvarad 0': 'unanswered', 'Obesvarad 1': 'unanswered', 'Obesvarad 0 – försenad': 'overdue', 'Hets mot folkgrupp': 'critical' };
    const textWithGlyph = (i: PageWorkItem): BadgeText => ({ ...text(i.text), glyph: kinds[i.text] });
    overlay.render(wanted(['0', '1']), textWithGlyph);
    await onScreen([comments[0], comments[1]]);
    await frame();
    const root = document.querySelector('uppsikt-overlay')!.shadowRoot!;
    const symbols = () => [...root.querySelectorAll<HTMLElement>('button.badge .glyph')].map((glyph) => ({
      text: glyph.textContent, kind: glyph.dataset.glyph, path: glyph.querySelector('svg path')?.getAttribute('d'), hidden: glyph.getAttribute('aria-hidden'),
    }));
    const [first, second] = symbols();
    expect(first).toMatchObject({ text: '', kind: 'unanswered', hidden: 'true' }); // no character a font must have; not read aloud
    expect(first.path).toBeTruthy();
    expect(second.path).toBe(first.path); // the same kind, the same shape
    overlay.render(wanted(['0', '1'], { 0: 'Obesvarad 0 – försenad', 1: 'Hets mot folkgrupp' }), textWithGlyph);
    const [overdue, critical] = symbols();
    expect([overdue.kind, critical.kind]).toEqual(['overdue', 'critical']);
    expect(new Set([first.path, overdue.path, critical.path]).size).toBe(3); // told apart by shape, not only by colour
    expect(root.querySelectorAll('button.badge .glyph svg')).toHaveLength(2); // replaced, not added
    expect(root.querySelector('style')!.textContent).toMatch(/\.glyph svg \{[^}]*fill: currentColor/);
  });

  it('shows a badge flashed from the side panel even before its comment was seen', () => {
    overlay.render(wanted(['0', '3']), textOf);
    overlay.flash('3', comments[3]);
    expect(badges().map((b) => b.id)).toEqual(['3']);
  });

  it('flashes an outline around a comment shown from the side panel that has no badge (marking off), and takes it away again', async () => {
    vi.useFakeTimers();
    try {
      overlay.clear();
      shown.add(comments[2]);
      overlay.flash('2', comments[2]);
      const root = document.querySelector('uppsikt-overlay')!.shadowRoot!;
      const flashed = [...root.querySelectorAll<HTMLElement>('.outline.flash')].map((o) => [o.style.top, o.style.height]);
      expect(flashed).toEqual([['496px', '158px']]);
      expect(badges()).toEqual([]);
      await vi.advanceTimersByTimeAsync(2500);
      expect(root.querySelectorAll('.outline').length).toBe(0);
    } finally {
      vi.useRealTimers();
    }
  });

  it('explains a badge in a tooltip when it gets keyboard focus, and hides it on Escape', async () => {
    overlay.render(wanted(['0']), textOf);
    await onScreen([comments[0]]);
    await frame();
    const root = document.querySelector('uppsikt-overlay')!.shadowRoot!;
    const badge = root.querySelector<HTMLElement>('button.badge')!;
    const tip = root.querySelector<HTMLElement>('[role="tooltip"]')!;
    badge.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    expect([tip.style.display, tip.textContent]).toEqual(['block', 'Obesvarad 0: detaljer']);
    expect(badge.getAttribute('aria-describedby')).toBe(tip.id);
    badge.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(tip.style.display).toBe('none');
  });

  it('takes the tooltip away with its badge: the comment gone, marking turned off or the page left, or the comment scrolled away; and says a changed finding', async () => {
    overlay.render(wanted(['0', '1']), textOf);
    await onScreen([comments[0], comments[1]]);
    await frame();
    const root = document.querySelector('uppsikt-overlay')!.shadowRoot!;
    const tip = root.querySelector<HTMLElement>('[role="tooltip"]')!;
    const focus = (id: string) => root.querySelector<HTMLElement>(`button.badge[data-comment-id="${id}"]`)!
      .dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    // A removed badge gets no focusout or mouseout: its tooltip stayed, explaining a badge no longer there.
    focus('0');
    overlay.render(wanted(['1']), textOf);
    expect(tip.style.display).toBe('none');
    focus('1');
    overlay.clear();
    expect(tip.style.display).toBe('none');
    overlay.render(wanted(['2']), textOf);
    await onScreen([comments[2]]);
    await frame();
    focus('2');
    expect(tip.style.display).toBe('block');
    await onScreen([comments[2]], false);
    expect(tip.style.display).toBe('none');
    // Another badge's tooltip is left as it is when one goes.
    overlay.render(wanted(['2', '3']), textOf);
    await onScreen([comments[2], comments[3]]);
    await frame();
    focus('3');
    overlay.render(wanted(['3']), textOf);
    expect([tip.style.display, tip.textContent]).toEqual(['block', 'Obesvarad 3: detaljer']);
    // One whose finding changes while its tooltip is open says the new one.
    overlay.render(wanted(['3'], { 3: 'Hets mot folkgrupp' }), textOf);
    expect([tip.style.display, tip.textContent]).toEqual(['block', 'Hets mot folkgrupp: detaljer']);
  });

  it('scrolls a comment into view when the keyboard reaches its badge off screen (built ahead), and explains it there', async () => {
    overlay.render(wanted(['0', '1']), textOf);
    boxes.set(comments[1], { top: 1400, left: 20, width: 600, height: 150 }); // below the window, within a screenful
    await onScreen([comments[0], comments[1]]);
    await frame();
    const root = document.querySelector('uppsikt-overlay')!.shadowRoot!;
    const badge = root.querySelector<HTMLElement>('button.badge[data-comment-id="1"]')!; // built ahead
    const cut = badge.closest('.cut')!;
    boxes.set(cut, { top: 0, left: 0, width: 1024, height: 768 });
    boxes.set(badge, { top: 2000, left: 500, width: 120, height: 22 });
    shown.add(cut).add(badge);
    const scrolledTo: Element[] = [];
    comments[1].scrollIntoView = function scrolled(this: Element) {
      scrolledTo.push(this);
      boxes.set(comments[1], { top: 310, left: 20, width: 600, height: 150 });
      boxes.set(badge, { top: 300, left: 500, width: 120, height: 22 });
      dispatchEvent(new Event('scroll'));
    };
    const tip = root.querySelector<HTMLElement>('[role="tooltip"]')!;
    // The badge before was explained: as the focus lands on this one, the description (the tooltip) is already its own.
    root.querySelector<HTMLElement>('button.badge[data-comment-id="0"]')!.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    expect(tip.textContent).toBe('Obesvarad 0: detaljer');
    badge.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    expect(tip.textContent).toBe('Obesvarad 1: detaljer');
    expect(scrolledTo).toEqual([comments[1]]);
    await still();
    expect([tip.style.display, tip.textContent, tip.style.top]).toEqual(['block', 'Obesvarad 1: detaljer', '328px']);
  });

  it('never parses badge text as HTML', async () => {
    overlay.render(wanted(['0'], { 0: '<img src=x onerror="alert(1)">\u202Eevil' }), textOf);
    await onScreen([comments[0]]);
    await frame();
    const root = document.querySelector('uppsikt-overlay')!.shadowRoot!;
    expect(root.querySelector('img')).toBeNull();
    expect(badges()[0].label).toBe('<img src=x onerror="alert(1)">\u202Eevil');
  });
});

  it('keeps the badge of a comment scrolled partly off the top at the top edge, and leaves it out once too little of the comment shows for it', async () => {
    overlay.render(wanted(['0', '1']), textOf);
    boxes.set(comments[0], { top: -100, left: 20, width: 600, height: 150 }); // 50 px of it show
    boxes.set(comments[1], { top: 100, left: 20, width: 600, height: 150 });
    await onScreen([comments[0], comments[1]]);
    await still();
    expect(badges().map((b) => [b.id, b.display, b.top])).toEqual([['0', 'shown', '2px'], ['1', 'shown', '90px']]);
    boxes.set(comments[0], { top: -120, left: 20, width: 600, height: 150 }); // 30 px: the badge would sit on its buttons
    dispatchEvent(new Event('scroll'));
    await still();
    expect(badges().map((b) => [b.id, b.display])).toEqual([['0', 'hidden'], ['1', 'shown']]);
    const outlines = [...document.querySelector('uppsikt-overlay')!.shadowRoot!.querySelectorAll<HTMLElement>('.outline')];
    expect(outlines.map((o) => o.style.display !== 'none')).toEqual([true, true]); // what shows of it is still outlined
  });

  it('leaves out the badge of a comment cut at the top where a reply inside it has its badge, so the two never cover each other', async () => {
    const reply = document.createElement('div');
    reply.textContent = 'Svar';
    comments[0].append(reply);
    comments.push(reply);
    boxes.set(comments[0], { top: -300, left: 20, width: 600, height: 600 });
    boxes.set(reply, { top: 5, left: 60, width: 560, height: 200 });
    overlay.render(wanted(['0', '4']), textOf);
    await onScreen([comments[0], reply]);
    await still();
    expect(badges().map((b) => [b.id, b.display])).toEqual([['0', 'hidden'], ['4', 'shown']]);
    expect(badges()[1].top).toBe('2px');
    boxes.set(reply, { top: 200, left: 60, width: 560, height: 200 }); // the reply further down: room for both
    dispatchEvent(new Event('scroll'));
    await still();
    expect(badges().map((b) => [b.id, b.display, b.top])).toEqual([['0', 'shown', '2px'], ['4', 'shown', '190px']]);
  });

describe('scrolling a long thread', () => {
  /** 40 comments 150 px apart in the page, all needing action and rendered; `scrollTo` lays them out for the page scrolled to y. */
  function longThread(): { scrollTo: (y: number) => void; scrolled: () => number } {
    let scrolled = 0;
    Object.defineProperty(document.documentElement, 'scrollTop', { configurable: true, get: () => scrolled });
    const list = document.getElementById('list')!;
    comments = Array.from({ length: 40 }, (_, k) => {
      const el = document.createElement('div');
      el.textContent = `Kommentar ${k}`;
      list.append(el);
      shown.add(el);
      return el;
    });
    const scrollTo = (y: number) => {
      scrolled = y;
      comments.forEach((el, k) => boxes.set(el, { top: 100 + k * 150 - scrolled, left: 20, width: 600, height: 120 }));
    };
    scrollTo(0);
    overlay.render(wanted(comments.map((_, k) => String(k))), textOf);
    return { scrollTo, scrolled: () => scrolled };
  }

  it('changes nothing it has drawn while the page scrolls, only what follows the scroll, building outlines a screenful ahead', async () => {
    // The page scrolls 60 px a frame over 3 screenfuls.
    const thread = longThread();
    await still();
    const root = document.querySelector('uppsikt-overlay')!.shadowRoot!;
    const records: MutationRecord[] = [];
    const watched = new MutationObserver((found) => records.push(...found));
    watched.observe(root, { subtree: true, childList: true, attributes: true });
    let framesChangingMore = 0;
    try {
      for (let f = 0; f < 40; f++) {
        thread.scrollTo(thread.scrolled() + 60);
        await onScreen([]);
        const changed = [...records.splice(0), ...watched.takeRecords()];
        // What follows the page's scroll moves (by script where the browser has no scroll timelines); nothing else should change.
        if (changed.some((record) => !(record.target as Element).classList.contains('follow'))) framesChangingMore++;
        // Every comment on screen has its badge shown on its top edge, every frame.
        const shownBadges = new Map(badges().filter((b) => b.display === 'shown').map((b) => [b.id, b.top]));
        comments.forEach((el, k) => {
          const { top } = boxes.get(el)!;
          if (top > 20 && top < innerHeight - 30) expect(shownBadges.get(String(k))).toBe(`${top - 10}px`);
        });
      }
    } finally {
      watched.disconnect();
      delete (document.documentElement as { scrollTop?: number }).scrollTop;
    }
    // Outlines built ahead about once a screenful, not one every few frames as comments come in.
    expect(framesChangingMore).toBeLessThanOrEqual(4);
  });

  it('builds no outline for a comment added just below the screen until the page scrolls, then with the screenful ahead', async () => {
    // A thread growing by appends gets its new comments below the screen: drawing their outlines at
    // once would cost a frame (a repaint of the whole page) each time, for nothing seen.
    overlay.render(wanted(['0']), textOf);
    await onScreen([comments[0]]);
    await frame();
    boxes.set(comments[1], { top: innerHeight + 50, left: 20, width: 600, height: 150 });
    shown.add(comments[1]);
    const root = document.querySelector('uppsikt-overlay')!.shadowRoot!;
    const records: MutationRecord[] = [];
    const watched = new MutationObserver((found) => records.push(...found));
    watched.observe(root, { subtree: true, childList: true, attributes: true });
    overlay.render(wanted(['0', '1']), textOf);
    await frame();
    await frame();
    watched.disconnect();
    expect([...records, ...watched.takeRecords()]).toEqual([]);
    expect(badges().map((b) => b.id)).toEqual(['0']);
    dispatchEvent(new Event('scroll'));
    await frame();
    expect(badges().map((b) => [b.id, b.top])).toEqual([['0', '90px'], ['1', `${innerHeight + 40}px`]]);
  });

  it('hides the outlines left far behind in the frame that builds the new ones, and changes nothing more once the page is still', async () => {
    // Each frame the overlay changes in has the whole page painted again: a jump down the thread
    // should cost one, not a second when the page comes to rest.
    const thread = longThread();
    await still();
    const root = document.querySelector('uppsikt-overlay')!.shadowRoot!;
    const outlineOf = (k: number) => root.querySelector<HTMLElement>(`button.badge[data-comment-id="${k}"]`)?.parentElement ?? null;
    const builtFirst = comments.map((_, k) => k).filter((k) => outlineOf(k));
    expect(builtFirst.length).toBeGreaterThan(3);
    const records: MutationRecord[] = [];
    const watched = new MutationObserver((found) => records.push(...found));
    watched.observe(root, { subtree: true, childList: true, attributes: true });
    try {
      thread.scrollTo(3235); // the window's top in the gap between comments 20 and 21: no comment is cut at the top
      await onScreen([]);
      // Those more than two screenfuls above are out of the layout (and the keyboard's reach) already.
      const farAbove = builtFirst.filter((k) => 220 + k * 150 - thread.scrolled() < -2 * innerHeight);
      expect(farAbove.length).toBeGreaterThan(0);
      expect(farAbove.map((k) => outlineOf(k)!.style.display)).toEqual(farAbove.map(() => 'none'));
      expect(badges().filter((b) => b.display === 'shown').map((b) => b.id)).toEqual(['21', '22', '23', '24', '25', '26']);
      records.splice(0);
      await still();
      const changed = [...records.splice(0), ...watched.takeRecords()].filter((record) => !(record.target as Element).classList.contains('follow'));
      expect(changed.map((record) => `${(record.target as Element).className} ${record.attributeName ?? record.type}`)).toEqual([]);
      expect(badges().filter((b) => b.display === 'shown').map((b) => [b.id, b.top])).toEqual([['21', '5px'], ['22', '155px'], ['23', '305px'], ['24', '455px'], ['25', '605px'], ['26', '755px']]);
    } finally {
      watched.disconnect();
      delete (document.documentElement as { scrollTop?: number }).scrollTop;
    }
  });
});

describe('the words behind a finding', () => {
  const rect = (left: number, top: number, width: number, height: number) => ({ left, top, width, height, right: left + width, bottom: top + height }) as DOMRect;
  /** A hate comment's words as the browser lays them out: two lines, the second running past the comment's right edge. */
  const evidenceOf = (element: Element, i: PageWorkItem): Range[] => (i.text.startsWith('Hets')
    ? [{ getClientRects: () => {
      const b = boxes.get(element)!;
      return [rect(b.left + 10, b.top + 20, 300, 18), rect(b.left + 400, b.top + 40, 400, 18)];
    } } as unknown as Range]
    : []);
  const root = () => document.querySelector('uppsikt-overlay')!.shadowRoot!;
  const words = () => [...root().querySelectorAll<HTMLElement>('.word')].map((w) => {
    const at = onScreenAt(w);
    return [w.dataset.commentId, at.shown ? 'block' : 'none', `${at.left}px`, `${at.top}px`, w.style.width];
  });

  beforeEach(() => {
    overlay.destroy();
    overlay = new Overlay(undefined, evidenceOf);
  });

  it('draws a box over each line of the words, cut to the comment, under its badge, and moves it with the comment', async () => {
    overlay.render(wanted(['0', '1'], { 1: 'Hets mot folkgrupp' }), textOf);
    await onScreen([comments[0], comments[1]]);
    await frame();
    expect(words()).toEqual([['1', 'block', '30px', '320px', '300px'], ['1', 'block', '420px', '340px', '200px']]);
    const badge = root().querySelector('button.badge[data-comment-id="1"]')!;
    expect(root().querySelector('.word')!.compareDocumentPosition(badge) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    boxes.set(comments[1], { ...boxes.get(comments[1])!, top: 250 }); // scrolled 50 px
    dispatchEvent(new Event('scroll'));
    await frame();
    expect(words().map((w) => w[3])).toEqual(['270px', '290px']);
    await onScreen([comments[1]], false);
    await still();
    expect(words().filter((w) => w[1] === 'block')).toEqual([]);
  });

  it('takes the boxes away when the finding goes, and with the comment', async () => {
    overlay.render(wanted(['1', '2'], { 1: 'Hets mot folkgrupp', 2: 'Hets mot folkgrupp' }), textOf);
    await onScreen([comments[1], comments[2]]);
    await frame();
    expect(words().map((w) => w[0])).toEqual(['1', '1', '2', '2']);
    overlay.render(wanted(['1', '2'], { 1: 'Obesvarad 1', 2: 'Hets mot folkgrupp' }), textOf);
    await frame();
    expect(words().map((w) => w[0])).toEqual(['2', '2']);
    overlay.render(wanted(['1']), textOf);
    expect(words()).toEqual([]);
  });
});
