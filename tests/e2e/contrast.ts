/**
 * Runs in a page: every visible piece of text whose contrast with what is behind it is below WCAG
 * AA (4.5:1; 3:1 for large text), with the colours. Disabled controls are left out, as WCAG does.
 */
export function lowContrastTexts(): Array<{ text: string; ratio: number; color: string; background: string }> {
  const parse = (css: string): [number, number, number, number] => {
    const m = css.match(/rgba?\(([^)]+)\)/);
    if (!m) return [0, 0, 0, 1];
    const [r, g, b, a = '1'] = m[1].split(/[,\s/]+/).filter(Boolean);
    return [Number(r), Number(g), Number(b), Number(a)];
  };
  const luminance = ([r, g, b]: number[]) => {
    const lin = (c: number) => { const s = c / 255; return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4; };
    return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
  };
  // What is painted behind an element: its own background, else its parent's, down to the page's canvas.
  const backgroundOf = (element: Element | null): [number, number, number] => {
    const layers: Array<[number, number, number, number]> = [];
    for (let el = element; el; el = el.parentElement) {
      const colour = parse(getComputedStyle(el).backgroundColor);
      if (colour[3] > 0) layers.push(colour);
      if (colour[3] >= 1) break;
    }
    const canvas = matchMedia('(prefers-color-scheme: dark)').matches ? [18, 18, 18] : [255, 255, 255];
    let out = layers.length && layers[layers.length - 1][3] >= 1 ? layers.pop()!.slice(0, 3) : canvas;
    for (const [r, g, b, a] of layers.reverse()) out = [r * a + out[0] * (1 - a), g * a + out[1] * (1 - a), b * a + out[2] * (1 - a)];
    return out as [number, number, number];
  };
  const found: Array<{ text: string; ratio: number; color: string; background: string }> = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.nodeValue?.trim();
    const element = node.parentElement;
    if (!text || !element || element.closest('[disabled], [aria-disabled="true"], option, script, style')) continue;
    const box = element.getBoundingClientRect();
    const style = getComputedStyle(element);
    if (box.width === 0 || box.height === 0 || style.visibility === 'hidden' || Number(style.opacity) === 0) continue;
    const colour = parse(style.color);
    const behind = backgroundOf(element);
    const fore = colour.slice(0, 3).map((c, i) => c * colour[3] + behind[i] * (1 - colour[3]));
    const [l1, l2] = [luminance(fore), luminance(behind)].sort((a, b) => b - a);
    const ratio = (l1 + 0.05) / (l2 + 0.05);
    const size = parseFloat(style.fontSize);
    const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
    if (ratio < (large ? 3 : 4.5)) found.push({ text: text.slice(0, 40), ratio: Math.round(ratio * 100) / 100, color: style.color, background: `rgb(${behind.map(Math.round).join(', ')})` });
  }
  return found;
}
