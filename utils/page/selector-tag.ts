// The element name a selector's subject must have ("time" in `a[href*="/c/"] time`), when it names
// one: an element of another name cannot match, which a string comparison says for far less than
// `Element.matches`. Anything this does not read with certainty (a list, a namespace, escapes, an
// unclosed bracket or quote) gives null: then only `matches` decides.

/** Characters that end a compound selector outside brackets, quotes and parentheses. */
const COMBINATORS = new Set([' ', '\t', '\n', '\r', '\f', '>', '+', '~']);

export function subjectTag(css: string): string | null {
  if (css.includes('\\') || css.includes('|')) return null;
  let start = 0;
  let quote: string | null = null;
  let brackets = 0;
  let parens = 0;
  for (let i = 0; i < css.length; i++) {
    const c = css[i];
    if (quote) {
      if (c === quote) quote = null;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '[') brackets++;
    else if (c === ']') brackets--;
    else if (c === '(') parens++;
    else if (c === ')') parens--;
    else if (brackets === 0 && parens === 0) {
      if (c === ',') return null; // a list: its subjects may differ
      if (COMBINATORS.has(c)) start = i + 1;
    }
    if (brackets < 0 || parens < 0) return null;
  }
  if (quote || brackets || parens) return null;
  const name = /^[a-zA-Z][a-zA-Z0-9-]*/.exec(css.slice(start).trim());
  return name ? name[0].toLowerCase() : null;
}

/** Whether the element may match a selector whose subject must be `tag` (null: any may). */
export function mayBe(element: Element, tag: string | null): boolean {
  // HTML names are lowercase already; only a foreign element (SVG's foreignObject) needs lowering.
  return tag === null || element.localName === tag || element.localName.toLowerCase() === tag;
}
