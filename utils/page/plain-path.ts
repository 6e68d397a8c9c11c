// Thousands of comment links are read on every scan; most are plain site-relative paths
// ("/p/ABC/c/123/", "/sjovikskommun/status/1"), which need no (slow) URL parsing at all.

const plainPath = /^\/(?!\/)[A-Za-z0-9_\-./~]*$/;
const dotSegment = /(^|\/)\.\.?(\/|$)/;

/** The pathname of a site-relative link when URL parsing would return it unchanged; else null. */
export function plainPathname(href: string): string | null {
  return plainPath.test(href) && !dotSegment.test(href) ? href : null;
}
