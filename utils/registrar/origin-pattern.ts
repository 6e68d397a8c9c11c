/**
 * The pattern the browser grants access to the registrar's intake by: its host, every port and path.
 * Firefox takes no port in a pattern ("http://127.0.0.1:8080/*" is refused as not in the manifest),
 * and a pattern without one covers every port in Chrome too.
 */
export function originPattern(endpoint: string): string {
  const url = new URL(endpoint);
  return `${url.protocol}//${url.hostname}/*`;
}
