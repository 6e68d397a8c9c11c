/** A sentence of a (normalised) text: its span and whether it ends in a question mark. */
export interface Sentence {
  start: number;
  end: number;
  text: string;
  question: boolean;
  /** "?!" or "!?": exclamatory, often rhetorical. */
  exclamatoryQuestion: boolean;
}

function isBoundary(char: string): boolean {
  return char === '.' || char === '!' || char === '?' || char === '\n' || char === '\u2026';
}

/** What may follow a sentence's last mark; anything else (a letter, a digit) keeps the sentence going. */
const ENDS_AFTER = /[\s"'”»)\]!?.…]/u;
const PICTOGRAPHIC = /\p{Extended_Pictographic}/u;
const SPACE = /\s/u;

/** `/\s/u.test(char)`, answered without the regex for ASCII (nearly every character). */
function isSpace(char: string): boolean {
  const code = char.charCodeAt(0);
  return code < 0x80 ? code === 32 || (code >= 9 && code <= 13) : SPACE.test(char);
}

/** The next . ! ? newline or …: the regex engine skips the words between them faster than a loop. */
const BOUNDARY = /[.!?\n\u2026]/g;

/**
 * Splits on . ! ? … and newlines. A '?' inside a URL ("site.se/a?b=1") or a '.' inside a number or
 * abbreviation followed by no space does not end a sentence. Linear.
 */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  let i = 0;
  const n = text.length;
  while (i < n) {
    BOUNDARY.lastIndex = i;
    const boundary = BOUNDARY.exec(text);
    if (boundary === null) break;
    i = boundary.index;
    const next = text[i + 1];
    if (text[i] !== '\n' && next !== undefined && !ENDS_AFTER.test(next) && !PICTOGRAPHIC.test(next)) {
      i++;
      continue;
    }
    let end = i;
    while (end < text.length && (isBoundary(text[end]) || text[end] === ' ')) end++;
    push(sentences, text, start, i, text.slice(i, end));
    start = end;
    i = end;
  }
  if (start < text.length) push(sentences, text, start, text.length, '');
  return sentences;
}

function push(sentences: Sentence[], text: string, start: number, contentEnd: number, terminator: string): void {
  let s = start;
  while (s < contentEnd && isSpace(text[s])) s++;
  let e = contentEnd;
  while (e > s && isSpace(text[e - 1])) e--;
  if (e <= s) return;
  const end = terminator.includes('?') ? contentEnd + terminator.trimEnd().length : e;
  sentences.push({
    start: s,
    end,
    text: text.slice(s, end),
    question: terminator.includes('?'),
    exclamatoryQuestion: terminator.includes('?!') || terminator.includes('!?'),
  });
}
