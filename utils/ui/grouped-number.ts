/**
 * "200 000" in Swedish (a no-break space between thousands), "200,000" in English. Done by hand:
 * the first toLocaleString on a page loads the browser's number formats (~10 ms, measured in a
 * content script), a task of its own for one number.
 */
export function groupedNumber(n: number, lang: 'sv' | 'en'): string {
  return String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, lang === 'sv' ? '\u00a0' : ',');
}
