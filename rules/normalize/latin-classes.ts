/**
 * A pattern's \p{L} and \p{N} written as the Latin letters and the digits 0–9. The rules read
 * Swedish and English (and the neighbours' Latin letters), and the full Unicode classes make a long
 * pattern several times slower to compile: the background compiles every pattern again each time the
 * browser starts it, and paid about 0.3 s for it before its first findings. A letter of another
 * script counts as no letter, so a word right next to one still reads as a word.
 */
// As escapes: written out, these letters would read as words to the list of words with å/ä/ö.
const LETTER = 'A-Za-z\u00aa\u00ba\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f';
const DIGIT = '0-9';

export function latinClasses(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      const escape = source.slice(i, i + 5);
      const range = escape === '\\p{L}' ? LETTER : escape === '\\p{N}' ? DIGIT : null;
      if (range) {
        out += inClass ? range : `[${range}]`;
        i += 4;
      } else {
        out += source.slice(i, i + 2); // any other escape, as written (also "\[" and "\]")
        i++;
      }
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === ']') inClass = false;
    out += c;
  }
  return out;
}
