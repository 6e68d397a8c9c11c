// @vitest-environment jsdom
// Facebook's and Instagram's text readers take the element's textContent when nothing in it needs a
// rule (most names and comments). On any tree, that must read exactly what walking the tree reads.
import { describe, expect, it } from 'vitest';
import * as facebook from '@/entrypoints/facebook.content/read-text';
import * as instagram from '@/entrypoints/instagram.content/read-text';
import { random } from '@/utils/random';

const TEXTS = ['Hej', ' ', '  ', '\n', '\t', '\u00a0', 'när öppnar', '😀', '<b>', '\u202e', 'Visa mer', 'See more', ''];
/** Plain wrappers most of the time, so that many trees have nothing special in them. */
const ELEMENTS = [
  '<span>#</span>', '<span>#</span>', '<a href="/x">#</a>', '<b>#</b>', '<span dir="auto">#</span>',
  '<div>#</div>', '<p>#</p>', '<br>', '<img alt="🙂">', '<img>', '<span aria-hidden="true">#</span>', '<span hidden>#</span>',
  '<div role="button">#</div>', '<div role="button">Visa mer</div>', '<script>x()</script>', '<svg><title>t</title></svg>',
  '<time>2 d</time>', '<button>#</button>', '<div role="article" aria-label="Svar från A">#</div>', '<!-- note -->',
];

function randomTree(rand: () => number, depth: number): string {
  const count = Math.floor(rand() * 4);
  let html = '';
  for (let i = 0; i < count; i++) {
    if (depth > 2 || rand() < 0.5) html += TEXTS[Math.floor(rand() * TEXTS.length)].replace(/</g, '&lt;');
    else html += ELEMENTS[Math.floor(rand() * ELEMENTS.length)].replace('#', () => randomTree(rand, depth + 1));
  }
  return html;
}

const ROOTS = ['<div dir="auto">#</div>', '<a href="/anna">#</a>', '<span>#</span>', '<div aria-hidden="true">#</div>', '<br>'];

describe('the textContent shortcut reads what the walk reads', () => {
  it('on Facebook, with and without nested comments left out', () => {
    const rand = random(11);
    let plain = 0;
    for (let i = 0; i < 3000; i++) {
      const host = document.createElement('div');
      host.innerHTML = ROOTS[i % ROOTS.length].replace('#', () => randomTree(rand, 0));
      const root = host.firstElementChild!;
      for (const skip of [undefined, '[role="article"]']) {
        expect(facebook.visibleText(root, { skip })).toBe(facebook.walkedText(root, skip));
      }
      if (root.querySelector('*') === null && root.tagName !== 'BR') plain++;
    }
    expect(plain).toBeGreaterThan(300); // the shortcut was taken often
  });

  it('on Instagram', () => {
    const rand = random(12);
    for (let i = 0; i < 3000; i++) {
      const host = document.createElement('div');
      host.innerHTML = ROOTS[i % ROOTS.length].replace('#', () => randomTree(rand, 0));
      const root = host.firstElementChild!;
      expect(instagram.visibleText(root)).toBe(instagram.walkedText(root));
    }
  });

  it('cuts a 1 MB comment the same way, on both', () => {
    const root = document.createElement('div');
    root.textContent = 'hej '.repeat(250_000);
    expect(facebook.visibleText(root)).toBe(facebook.walkedText(root));
    expect(facebook.visibleText(root).length).toBeLessThanOrEqual(200_000);
    expect(instagram.visibleText(root)).toBe(instagram.walkedText(root));
    expect(instagram.visibleText(root).length).toBeLessThanOrEqual(instagram.MAX_CHARS);
  });
});
