// Which comments are on or near the screen, found from their boxes in page order: the overlay builds
// and follows badges for those only, and finds them without measuring every comment each frame.
import { beforeEach, describe, expect, it } from 'vitest';
import { PageOrder, placeInPageOrder } from '@/utils/page/near-viewport';

interface Item {
  element: HTMLElement;
  n: number;
}

const boxes = new Map<Element, { top: number; height: number } | null>();
let measured = 0;

beforeEach(() => {
  boxes.clear();
  measured = 0;
  HTMLElement.prototype.getBoundingClientRect = function rect(this: HTMLElement) {
    measured++;
    const b = boxes.get(this);
    const box = b ? { top: b.top, left: 20, width: 600, height: b.height } : { top: 0, left: 0, width: 0, height: 0 };
    return { ...box, x: box.left, y: box.top, right: box.left + box.width, bottom: box.top + box.height, toJSON: () => box } as DOMRect;
  };
});

/** `count` comments in a list, 100 px apart and 80 px high, the page scrolled `scrolled` px down. */
function thread(count: number, scrolled: number): Item[] {
  document.body.innerHTML = '<div id="list"></div>';
  const list = document.getElementById('list')!;
  return Array.from({ length: count }, (_, n) => {
    const element = document.createElement('div');
    list.append(element);
    boxes.set(element, { top: n * 100 - scrolled, height: 80 });
    return { element, n };
  });
}

const numbers = (items: Item[]) => items.map((i) => i.n);

describe('comments near the viewport', () => {
  it('finds those within the margin of a 900 px window, measuring a few dozen of 5,000 comments', () => {
    const order = new PageOrder<Item>();
    for (const item of thread(5000, 250_000)) order.add(item);
    measured = 0;
    // On screen: 2500–2508; within 200 px: 2498 (bottom -120) … 2511 (top 1100 − 0)
    expect(numbers(order.near(200, 900))).toEqual([2498, 2499, 2500, 2501, 2502, 2503, 2504, 2505, 2506, 2507, 2508, 2509, 2510, 2511]);
    expect(measured).toBeLessThan(50);
  });

  it('keeps page order whatever order comments are added in, and forgets the ones taken out', () => {
    const items = thread(6, 0);
    const order = new PageOrder<Item>();
    for (const n of [3, 0, 5, 1, 4, 2]) order.add(items[n]);
    expect(numbers(order.near(0, 10_000))).toEqual([0, 1, 2, 3, 4, 5]);
    order.delete(items[2]);
    order.delete(items[4]);
    expect(numbers(order.near(0, 10_000))).toEqual([0, 1, 3, 5]);
    expect(order.size).toBe(4);
    expect(placeInPageOrder([items[0], items[3]], items[1].element)).toBe(1);
  });

  it('finds a comment taller than the window whose top is far above it, and passes over comments not shown', () => {
    const items = thread(100, 3000);
    boxes.set(items[28].element, { top: -200, height: 150 }); // just above the margin: not near
    boxes.set(items[29].element, { top: -1500, height: 3000 }); // a long comment filling the window
    for (const n of [31, 32, 33, 34, 35]) boxes.set(items[n].element, null); // collapsed by the site
    const order = new PageOrder<Item>();
    for (const item of items) order.add(item);
    expect(numbers(order.near(0, 900))).toEqual([29, 30, 36, 37, 38, 39]);
  });

  it('finds nothing when no comment is near, and nothing in an empty page', () => {
    const order = new PageOrder<Item>();
    expect(order.near(200, 900)).toEqual([]);
    for (const item of thread(50, 100_000)) order.add(item);
    expect(order.near(200, 900)).toEqual([]);
    order.clear();
    expect(order.size).toBe(0);
  });
});

describe('ranks in page order', () => {
  it('says where each comment stands, whatever order they were added in, and after some were taken out', () => {
    const items = thread(6, 0);
    const order = new PageOrder<Item>();
    for (const k of [3, 0, 5, 1, 4, 2]) order.add(items[k]);
    expect(items.map((item) => order.rank(item))).toEqual([0, 1, 2, 3, 4, 5]);
    order.delete(items[1]);
    order.delete(items[4]);
    expect(items.map((item) => order.rank(item))).toEqual([0, -1, 1, 2, -1, 3]);
  });

  it('stays right while the thread grows at its end between asks, and when a comment comes in between', () => {
    const items = thread(8, 0);
    const order = new PageOrder<Item>();
    for (const k of [0, 2, 3]) order.add(items[k]);
    expect(order.rank(items[3])).toBe(2);
    order.add(items[6]); // at the end
    order.add(items[7]);
    expect(items.map((item) => order.rank(item))).toEqual([0, -1, 1, 2, -1, -1, 3, 4]);
    order.add(items[1]); // in between: those after it move on
    order.add(items[5]);
    expect(items.map((item) => order.rank(item))).toEqual([0, 1, 2, 3, -1, 4, 5, 6]);
  });
});
