// Context words around a candidate number decide what it is ("pnr 850314-2385" vs "dnr 2023-01234").
// Matching uses Swedish-safe word boundaries (GUIDE: no \b) on small lowercase slices, so it stays linear.

/** A character from U+0300 on: below it, every text is its own NFC form. */
const MAY_NEED_NFC = /[\u0300-\uffff]/;

/** Lowercase NFC form of `slice`; most slices are plain, and skip the normaliser. */
function lowerNfc(slice: string): string {
  return (MAY_NEED_NFC.test(slice) ? slice.normalize('NFC') : slice).toLowerCase();
}

/** Lowercase NFC slice of up to `length` characters before `start`. */
export function textBefore(text: string, start: number, length: number): string {
  return lowerNfc(text.slice(Math.max(0, start - length), start));
}

/** Lowercase NFC slice of up to `length` characters after `end`. */
export function textAfter(text: string, end: number, length: number): string {
  return lowerNfc(text.slice(end, end + length));
}

/** A regex that finds any of `words` (already lowercase; may contain regex syntax) as whole words. */
export function wordsPattern(words: readonly string[], flags = 'u'): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${words.join('|')})(?![\\p{L}\\p{N}])`, flags);
}

export const PERSONNUMMER_CONTEXT = wordsPattern([
  'personnummer\\p{L}*',
  'personnr',
  'pers\\.?\\s?nr',
  'p-?nr',
  'pnr',
  'samordningsnummer\\p{L}*',
  'samordningsnr',
  'född',
  'födelsenummer',
  'sökande',
  'id-nummer',
  'personal (?:identity |id )?number',
  'social security number',
  'coordination number',
  'personnummret',
]);

/** Words that say a number is a reference, not a person: case, order, invoice, customer numbers. */
export const REFERENCE_CONTEXT = wordsPattern([
  'dnr',
  'diarie(?:nummer|nr)\\p{L}*',
  'ärende(?:nummer|nr|id)?',
  'ärendenumret',
  'order(?:nummer|nr|numret)?',
  'beställnings(?:nummer|nr)',
  'faktura(?:nummer|nr|numret)?',
  'ocr(?:-?nummer)?',
  'referens(?:nummer|nr)?',
  'ref',
  'kund(?:nummer|nr)',
  'medlems(?:nummer|nr)',
  'lånekort\\p{L}*',
  'organisationsnummer',
  'org\\.?\\s?nr',
  'kolli(?:nummer|nr)?',
  'sändnings(?:nummer|nr)',
  'artikel(?:nummer|nr)',
  'serie(?:nummer|nr)',
  'case (?:number|no)',
  'order (?:number|no)',
  'invoice(?: number| no)?',
  'reference',
  'tracking',
  'ks',
]);

export const AMOUNT_AFTER = /^\s?(?:kr|kronor|sek|:-|€|eur|usd|\$|miljoner|mkr|tkr)(?![\p{L}\p{N}])/u;

export const PHONE_CONTEXT = wordsPattern([
  'ring\\p{L}*',
  'tel',
  'tel\\.',
  'telefon\\p{L}*',
  'mobil\\p{L}*',
  'nummer',
  'numret',
  'nr',
  'sms\\p{L}*',
  'sms:a',
  'swisha',
  'call',
  'text',
  'phone',
  'whatsapp',
]);

/** Words that say a phone number, e-mail or giro number is the organisation's, not a private person's. */
export const ORGANISATION_CONTEXT = wordsPattern([
  'växel\\p{L}*',
  'kontaktcent(?:er|ret|rum)',
  'kundtjänst\\p{L}*',
  'medborgarkontor\\p{L}*',
  'servicecent(?:er|ret)',
  'kommunens',
  'stadens',
  'regionens',
  'förvaltningens',
  'nämndens',
  'dataskyddsombud\\p{L}*',
  'switchboard',
  'contact cent(?:er|re)',
  'municipal(?:ity)?',
  'municipality\'s',
  'council\'s',
  'fakturan',
]);

/** Words that tie a number or address to a private person: "ring mig", "mitt konto", "bor på". */
export const PRIVATE_CONTEXT = wordsPattern([
  'mig',
  'mitt',
  'min',
  'mina',
  'privat\\p{L}*',
  'hem(?:ma)?',
  'me',
  'my',
  'bor',
  'hans',
  'hennes',
  'deras',
]);

export function hasContext(pattern: RegExp, slice: string): boolean {
  pattern.lastIndex = 0;
  return pattern.test(slice);
}

/** True when `pattern` matches within the last `distance` characters of `slice`. */
export function hasContextNear(pattern: RegExp, slice: string, distance: number): boolean {
  return hasContext(pattern, slice.slice(Math.max(0, slice.length - distance)));
}
