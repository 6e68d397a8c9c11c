// What the Facebook reader needs of a link: host, path, query parameters and the link without
// tracking parameters. A long thread has thousands of links and the URL parser was a third of
// reading a comment, so plain links (ASCII, no dot segments, simple escapes) are read by hand;
// anything else goes to the URL parser. Both give the same answers (tests compare them).

export interface LinkParts {
  /** Lower case. */
  hostname: string;
  pathname: string;
  /** The first value of the query parameter, decoded; null when absent. */
  param(name: string): string | null;
  /** The absolute link without Facebook's tracking parameters (`__cft__…`, `__tn__`, `ref`, `fref`). */
  withoutTracking(): string;
}

const isTracking = (key: string) => key.startsWith('__cft__') || key === '__tn__' || key === 'ref' || key === 'fref';

export function urlParts(href: string | null | undefined, base: string): LinkParts | null {
  if (!href) return null;
  let u: URL;
  try {
    u = new URL(href, base);
  } catch {
    return null;
  }
  return {
    hostname: u.hostname,
    pathname: u.pathname,
    param: (name) => u.searchParams.get(name),
    withoutTracking: () => {
      const clean = new URL(u.href);
      for (const key of [...clean.searchParams.keys()]) if (isTracking(key)) clean.searchParams.delete(key);
      return clean.toString();
    },
  };
}

// https, a facebook.com host, a path of plain characters, a query without quotes, spaces or a fragment.
const PLAIN = /^https:\/\/((?:[A-Za-z0-9-]+\.)*facebook\.com)(\/[A-Za-z0-9._~!$&()*+,;=:@/-]*)(?:\?([A-Za-z0-9._~!$&()*+,;=:@/?[\]%-]*))?$/i;
const DOT_SEGMENT = /\/\.\.?(?:\/|$)/;
// Escapes of ASCII characters only: anything else may decode to invalid UTF-8, which the parser replaces.
const BAD_ESCAPE = /%(?![0-7][0-9A-Fa-f])/;

// Most keys and values have nothing to decode or encode: they are given back as they are.
const decodeForm = (s: string) => (!s.includes('%') && !s.includes('+') ? s
  : s.replace(/\+/g, ' ').replace(/%([0-7][0-9A-Fa-f])/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))));
const FORM_SAFE = /^[A-Za-z0-9*._-]*$/;
// application/x-www-form-urlencoded, as URLSearchParams writes it.
const encodeForm = (s: string) => (FORM_SAFE.test(s) ? s
  : s.replace(/[^A-Za-z0-9*._-]/g, (c) => (c === ' ' ? '+' : `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`)));

/** The parts of a plain link, read without the URL parser; null when the link is not plain. */
export function plainParts(href: string | null | undefined, base: string): LinkParts | null {
  if (!href) return null;
  let absolute = href;
  if (href.startsWith('/') && !href.startsWith('//')) {
    const origin = PLAIN.exec(base);
    if (!origin) return null;
    absolute = `https://${origin[1]}${href}`;
  }
  const m = PLAIN.exec(absolute);
  if (!m || DOT_SEGMENT.test(m[2]) || (m[3] !== undefined && BAD_ESCAPE.test(m[3]))) return null;
  const hostname = m[1].toLowerCase();
  const pathname = m[2];
  const query = m[3];
  // Split only when asked: an author's link is read for its path alone.
  let split: string[][] | undefined;
  const pairs = () => (split ??= (query ?? '').split('&').filter(Boolean).map((pair) => {
    const at = pair.indexOf('=');
    return at < 0 ? [decodeForm(pair), ''] : [decodeForm(pair.slice(0, at)), decodeForm(pair.slice(at + 1))];
  }));
  return {
    hostname,
    pathname,
    param: (name) => pairs().find(([key]) => key === name)?.[1] ?? null,
    withoutTracking: () => {
      const link = `https://${hostname}${pathname}`;
      if (!pairs().some(([key]) => isTracking(key))) return query === undefined ? link : `${link}?${query}`;
      const kept = pairs().filter(([key]) => !isTracking(key)).map(([key, value]) => `${encodeForm(key)}=${encodeForm(value)}`);
      return kept.length ? `${link}?${kept.join('&')}` : link;
    },
  };
}

/** The link's parts, by hand when it is plain, else by the URL parser; null when it is not a link. */
export function linkParts(href: string | null | undefined, base: string): LinkParts | null {
  return plainParts(href, base) ?? urlParts(href, base);
}
