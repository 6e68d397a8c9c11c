import bidiFactory from 'bidi-js';

// pdf-lib sets a line's glyphs left to right, except that its font library turns a whole line around
// when the first script in it runs right to left. A line mixing directions came out wrong either way:
// "مرحبا! Mitt personnummer är 19121212-1212" printed backwards, digits too, and a Hebrew word at the
// end of a Swedish line with its letters in writing order. So a line with right-to-left letters is set
// as runs of one direction each, in the order the Unicode bidirectional algorithm shows them (the
// record is Swedish: lines run left to right).

/** Scripts written right to left that the PDF's font can print (DejaVu Sans), and their neighbours. */
const RIGHT_TO_LEFT_SCRIPT = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;
/** The first letter of a script of its own: what the font library decides a drawn text's direction by. */
const FIRST_SCRIPT = /[^\p{Script=Common}\p{Script=Inherited}]/u;

let bidi: ReturnType<typeof bidiFactory> | undefined;

export interface DirectionalRun {
  /** The run's characters in writing order. */
  text: string;
  rightToLeft: boolean;
}

/** A line's runs of one direction, left to right as shown; a line of left-to-right text is one run. */
export function visualRuns(line: string): DirectionalRun[] {
  if (!RIGHT_TO_LEFT_SCRIPT.test(line)) return [{ text: line, rightToLeft: false }];
  bidi ??= bidiFactory();
  const { levels } = bidi.getEmbeddingLevels(line, 'ltr');
  const runs: Array<{ start: number; end: number; level: number }> = [];
  for (let i = 0; i < line.length; i++) {
    const last = runs[runs.length - 1];
    if (last && last.level === levels[i]) last.end = i + 1;
    else runs.push({ start: i, end: i + 1, level: levels[i] });
  }
  // From the highest level down to 1, every stretch of runs at that level or above turns around (rule L2).
  const highest = Math.max(...runs.map((r) => r.level));
  for (let level = highest; level >= 1; level--) {
    for (let i = 0; i < runs.length; i++) {
      if (runs[i].level < level) continue;
      let j = i;
      while (j + 1 < runs.length && runs[j + 1].level >= level) j++;
      runs.splice(i, j - i + 1, ...runs.slice(i, j + 1).reverse());
      i = j;
    }
  }
  return runs.map((r) => ({ text: line.slice(r.start, r.end), rightToLeft: r.level % 2 === 1 }));
}

/**
 * The run as it is handed to pdf-lib, so that it shows in its own direction: the font library turns
 * around (and joins the letters of) a text whose first script runs right to left, and leaves any
 * other as written; where that is not the run's direction, the run is handed over turned around.
 */
export function asDrawn(run: DirectionalRun): string {
  const first = FIRST_SCRIPT.exec(run.text)?.[0];
  const turnedByFont = first !== undefined && RIGHT_TO_LEFT_SCRIPT.test(first);
  if (turnedByFont === run.rightToLeft) return run.text;
  const chars = Array.from(run.text).reverse();
  if (!run.rightToLeft) return chars.join('');
  bidi ??= bidiFactory();
  const mirror = bidi;
  return chars.map((c) => mirror.getMirroredCharacter(c) ?? c).join('');
}
