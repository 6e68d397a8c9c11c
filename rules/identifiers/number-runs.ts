// A linear scanner for groups of digits joined by single separators ("070-123 45 67",
// "3300 651231-8806"). Regexes with nested repetition risk catastrophic backtracking on hostile
// input (1 MB of digits), so this walks the text once by hand.

/** A maximal sequence of ASCII digits. */
export interface DigitGroup {
  start: number;
  end: number;
  digits: string;
}

/** Digit groups joined by one separator character each (or a spaced dash); `separators[i]` sits between group i and i+1. */
export interface NumberRun {
  groups: DigitGroup[];
  separators: string[];
  /** A '+' directly before the first group ("+46 70 …"). */
  plusPrefix: boolean;
}

// '.' joins groups too ("850314.2385"); only the personnummer reading accepts a window with one.
const SEPARATORS = new Set([' ', '-', '+', '.', '\u00a0', '\u2010', '\u2011', '\u2013', '\u202f']);
/** Longer digit sequences are never identifiers; skipping them keeps hostile input cheap. */
export const MAX_GROUP_DIGITS = 24;

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** Dashes people type with a space on each side ("070 - 123 45 67", "811218 – 9876"). */
const SPACED_DASHES = new Set(['-', '\u2010', '\u2011', '\u2013']);

/**
 * The separator joining a group ending at `end` to the next starting at `start`: one separator character,
 * or a dash with a space on each side (reported as the dash), or undefined when they are not joined.
 */
function separatorBetween(text: string, end: number, start: number): string | undefined {
  if (start === end + 1) return SEPARATORS.has(text[end]) ? text[end] : undefined;
  if (start === end + 3 && text[end] === ' ' && text[end + 2] === ' ' && SPACED_DASHES.has(text[end + 1])) return text[end + 1];
  return undefined;
}

/** Finds the next digit: the regex engine skips the letters between numbers faster than a loop. */
const DIGIT = /[0-9]/g;

export function scanNumberRuns(text: string): NumberRun[] {
  const runs: NumberRun[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    DIGIT.lastIndex = i;
    const next = DIGIT.exec(text);
    if (next === null) break;
    i = next.index;
    const start = i;
    while (i < n && isDigit(text.charCodeAt(i))) i++;
    const group: DigitGroup = { start, end: i, digits: text.slice(start, i) };
    const run: NumberRun | undefined = runs[runs.length - 1];
    const previous: DigitGroup | undefined = run?.groups[run.groups.length - 1];
    const separator = previous === undefined ? undefined : separatorBetween(text, previous.end, start);
    if (
      run !== undefined &&
      previous !== undefined &&
      separator !== undefined &&
      group.digits.length <= MAX_GROUP_DIGITS &&
      previous.digits.length <= MAX_GROUP_DIGITS
    ) {
      run.separators.push(separator);
      run.groups.push(group);
    } else {
      runs.push({ groups: [group], separators: [], plusPrefix: start > 0 && text[start - 1] === '+' });
    }
  }
  return runs.filter((run) => run.groups.every((g) => g.digits.length <= MAX_GROUP_DIGITS));
}

/** A contiguous slice of a run's groups, the unit every number classifier judges. */
export interface NumberWindow {
  run: NumberRun;
  first: number;
  last: number;
  start: number;
  end: number;
  digits: string;
  lengths: number[];
  separators: string[];
  /** The window covers the whole run (no digits joined on either side). */
  whole: boolean;
}

export const MAX_WINDOW_GROUPS = 7;
export const MAX_WINDOW_DIGITS = 19;

/** Every window of at most MAX_WINDOW_GROUPS groups and MAX_WINDOW_DIGITS digits: linear in the run. */
export function* windowsOf(run: NumberRun): Generator<NumberWindow> {
  const count = run.groups.length;
  for (let first = 0; first < count; first++) {
    let digits = '';
    for (let last = first; last < count && last - first < MAX_WINDOW_GROUPS; last++) {
      digits += run.groups[last].digits;
      if (digits.length > MAX_WINDOW_DIGITS) break;
      yield {
        run,
        first,
        last,
        start: run.groups[first].start,
        end: run.groups[last].end,
        digits,
        lengths: run.groups.slice(first, last + 1).map((g) => g.digits.length),
        separators: run.separators.slice(first, last),
        whole: first === 0 && last === count - 1,
      };
    }
  }
}

/** Luhn (mod 10) check over a digit string, as used by cards, bankgiro, plusgiro and personnummer. */
export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let value = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      value *= 2;
      if (value > 9) value -= 9;
    }
    sum += value;
  }
  return digits.length > 0 && sum % 10 === 0;
}
