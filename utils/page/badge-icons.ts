// The badges' symbols, drawn as small vector icons in the badge's colour: a badge reads without
// colour by its shape as well as its words. Emoji were used before, but those are drawn in their own
// colours and need an emoji font, which a bare Linux machine lacks (Chromium drew empty boxes).

/** What a badge's symbol says. */
export type BadgeGlyph = 'unanswered' | 'overdue' | 'critical' | 'case' | 'review';

const SVG = 'http://www.w3.org/2000/svg';

/** 16 × 16 outlines, filled even-odd so the inner parts (the "!", the clock's hands, the pupil) are cut out. */
const PATHS: Record<BadgeGlyph, string> = {
  // A speech bubble: a question or remark waiting for an answer.
  unanswered: 'M2 2h12a1 1 0 0 1 1 1v8a1 1 0 0 1-1 1H6.5L3 15v-3H2a1 1 0 0 1-1-1V3a1 1 0 0 1 1-1z',
  // A clock: past the policy's response time.
  overdue: 'M8 1a7 7 0 1 0 0 14A7 7 0 0 0 8 1zm-.8 3h1.6v3.55l2.45 1.45-.8 1.35L7.2 8.45V4z',
  // A warning triangle: document and remove now.
  critical: 'M8 1 .5 15h15L8 1zm-.9 5h1.8l-.3 4.6H7.4L7.1 6zM8 11.4a1.05 1.05 0 1 1 0 2.1 1.05 1.05 0 0 1 0-2.1z',
  // A folder: to ordinary case handling.
  case: 'M1 3.5A1.5 1.5 0 0 1 2.5 2h3.7l1.5 1.5h5.8A1.5 1.5 0 0 1 15 5v7.5a1.5 1.5 0 0 1-1.5 1.5h-11A1.5 1.5 0 0 1 1 12.5v-9z',
  // An eye: to look at.
  review: 'M8 3C4.2 3 1.3 5.7.5 8c.8 2.3 3.7 5 7.5 5s6.7-2.7 7.5-5C14.7 5.7 11.8 3 8 3zm0 2a3 3 0 1 1 0 6 3 3 0 0 1 0-6zm0 1.6a1.4 1.4 0 1 0 0 2.8 1.4 1.4 0 0 0 0-2.8z',
};

const built = new Map<BadgeGlyph, SVGSVGElement>();

/** A new copy of the glyph's icon (static markup, built once per kind; nothing from the page goes in it). */
export function badgeIcon(glyph: BadgeGlyph): SVGSVGElement {
  let icon = built.get(glyph);
  if (!icon) {
    icon = document.createElementNS(SVG, 'svg');
    icon.setAttribute('viewBox', '0 0 16 16');
    icon.setAttribute('focusable', 'false');
    const path = document.createElementNS(SVG, 'path');
    path.setAttribute('d', PATHS[glyph]);
    path.setAttribute('fill-rule', 'evenodd');
    icon.append(path);
    built.set(glyph, icon);
  }
  return icon.cloneNode(true) as SVGSVGElement;
}
