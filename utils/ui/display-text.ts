import { withoutBidiControls } from './without-bidi';

/**
 * A page's text shortened for showing beside Uppsikt's own words (the work list, a badge's tooltip):
 * nothing in it may grow out of its place, and a cut never breaks a character.
 */

/** Marks kept on one letter: enough for any script's accents and vowel signs; a 'Zalgo' pile of dozens is not. */
const MARKS_PER_LETTER = 4;
const PILED_MARKS = new RegExp(`(\\p{M}{${MARKS_PER_LETTER}})\\p{M}+`, 'gu');

/**
 * The text without marks piled on a letter past a few: dozens of them paint far above and below the
 * line, over the text around it (the work list's item above), and fill a short excerpt on their own.
 */
export function withoutPiledMarks(text: string): string {
  return text.replace(PILED_MARKS, '$1');
}

/**
 * How many characters (code points) a text has, as "(N tecken)" says: an emoji is one, where it is
 * two UTF-16 units. Counted over the units: spreading 500 KB of emoji into an array cost ~30 ms.
 */
export function characterCount(text: string): number {
  let count = text.length;
  for (let i = 0; i < text.length - 1; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0xd800 || unit > 0xdbff) continue;
    const next = text.charCodeAt(i + 1);
    // A pair counts once; a half on its own (a broken or hostile text) counts as one, as [...text] does.
    if (next >= 0xdc00 && next <= 0xdfff) {
      count--;
      i++;
    }
  }
  return count;
}

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * How much of `text` fits in `max` code units ending between two characters as the reader sees them:
 * a cut inside an emoji sequence showed another emoji (👩‍👩‍👧‍👦 as 👩‍👩) or a broken '�'.
 */
export function fittingLength(text: string, max: number): number {
  if (text.length <= max) return text.length;
  let end = 0;
  for (const { index, segment } of graphemes.segment(text)) {
    if (index + segment.length > max) break;
    end = index + segment.length;
  }
  if (end > 0) return end;
  // One 'character' longer than max (a letter with endless invisible tags): cut between code points.
  return /[\uD800-\uDBFF]/.test(text[max - 1]) ? max - 1 : max;
}

/** A mark on a letter; not a variation selector (the 'emoji' form of ❤️), which counts as emoji do. */
const MARK = /(?![\uFE00-\uFE0F\u{E0100}-\u{E01EF}])\p{M}/gu;

/**
 * As `fittingLength`, but the marks on a letter (accents, vowel signs, what is left of a 'Zalgo' pile)
 * do not count: a thinned 'Zalgo' text is cut after as many letters as any other. Counted in code
 * units, so `max` ASCII letters still fit; on a text thinned by `withoutPiledMarks` the cut is at most
 * a few times `max` code units.
 */
export function fittingLetters(text: string, max: number): number {
  if (text.length <= max) return text.length;
  let used = 0;
  let end = 0;
  for (const { index, segment } of graphemes.segment(text)) {
    used += segment.length - (segment.match(MARK)?.length ?? 0);
    if (used > max) break;
    end = index + segment.length;
  }
  return end > 0 ? end : fittingLength(text, max);
}

/**
 * Shortens for display only: bidi controls are dropped so a comment cannot reorder the text around
 * it, marks piled on a letter are thinned so they cannot paint over what is above, and the cut falls
 * between characters, after at most `letters` letters whatever marks are on them.
 */
export function excerptOf(text: string, letters: number): string {
  const clean = withoutPiledMarks(withoutBidiControls(text)).replace(/\s+/g, ' ').trim();
  return fittingLetters(clean, letters) < clean.length ? `${clean.slice(0, fittingLetters(clean, letters - 1))}…` : clean;
}

/** Whose comment it is, as names and messages say it: the name (else the handle) shortened by excerptOf. */
export function writerShown(author: { name?: string | null; handle?: string | null }, letters: number, unknown = ''): string {
  return excerptOf(author.name || author.handle || unknown, letters);
}
