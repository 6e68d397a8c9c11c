import type { Candidate } from './candidate';
import { clampConfidence } from './candidate';
import { hasContextNear, textBefore, wordsPattern } from './context';
import type { NumberRun } from './number-runs';

export const PRIORITY_ADDRESS = 40;

/** Endings of Swedish street names: Storgatan, Björkvägen, Tallstigen, Kyrkbacken, Stortorget … (also typed without å/ä/ö: Asvagen). */
const STREET_NAME =
  /(?:gatan|gata|vägen|väg|vagen|vag|gränd|gränden|grand|granden|stigen|stig|allén|allé|allen|alle|backe|backen|torget|torg|platsen|gången|leden|stråket|slingan|esplanaden|kajen|stranden|ringen|plan|street|road|avenue|lane)$/u;
/** Road numbers and general words that end like a street but are not addresses ("riksväg 40"). */
const NOT_A_STREET = /^(?:riksväg|länsväg|motorväg|europaväg|landsväg|cykelväg|gångväg|genväg|omväg|huvudgata|gata|väg|torg|plan|allé|backe|gången|ringen|leden|stigen|street|road|avenue|lane|platsen|vägen|gatan|torget|stranden|kajen|riksvag|lansvag|motorvag|europavag|landsvag|cykelvag|gangvag|genvag|omvag|vag|vagen|alle)$/u;
/** Direction and size words that lead street names: Östra Långgatan, Lilla Torget, Gamla vägen. */
const LEADING_WORD = /^(?:östra|västra|norra|södra|lilla|stora|gamla|nya|övre|nedre)$/iu;
/** A private person is tied to the address: "bor på", "hemadress", "lives at". */
const PRIVATE_ADDRESS = wordsPattern(['bor', 'bodde', 'boende', 'hemadress\\p{L}*', 'adress\\p{L}*', 'flyttade', 'lives', 'lived', 'grann\\p{L}*', 'hos']);
/** A facility's address: "Biblioteket ligger numera på Storgatan 14", "besöksadress". */
const FACILITY_ADDRESS = wordsPattern([
  'ligger', 'finns', 'öppnar', 'öppnat', 'öppnade', 'besöksadress\\p{L}*', 'postadress\\p{L}*', 'located', 'flyttar till', 'hittar ni', 'välkomna till', 'entré\\p{L}*',
  // A public building or a business named with its address: "Stadshuset, Drottninggatan 2, är stängt", "vår nya pizzeria på Storgatan 5".
  'stadshuset', 'kommunhuset', 'rådhuset', 'biblioteket', 'simhallen', 'badhuset', 'sporthallen', 'kulturhuset', 'vårdcentralen', 'förskolan', 'skolan',
  'återvinningscentralen', 'medborgarkontoret', 'pizzeria\\p{L}*',
  // A shared part of a block of flats, in a fault report to the housing company: "tvättstugan på Granvägen 8".
  'tvättstug\\p{L}*', 'trapphus\\p{L}*', 'trappuppgång\\p{L}*', 'balkong\\p{L}*', 'soprum\\p{L}*', 'hissen', 'hissarna', 'källaren', 'källarförråd\\p{L}*',
  'cykelrum\\p{L}*', 'garaget', 'taket', 'fasaden', 'porten', 'portkoden', 'innergården', 'lekplatsen', 'fastigheten', 'fastigheterna',
  // Named by the building's own name: "Tallskolans adress är Skolvägen 5", "Kyrkans besöksadress".
  '\\p{L}+skolans?', 'bibliotekets', 'badhusets', 'simhallens', 'kyrkans?', '\\p{L}*hallens', 'fritidsgården\\p{L}?', 'äldreboendets?', 'restaurang\\p{L}*', 'butik\\p{L}*', 'kafé\\p{L}*', 'café\\p{L}*', 'salong\\p{L}*',
]);
/** A place named by what is near it, as in a fault report: "gatlampan utanför Storgatan 12", "hålet mittemot Torget 3". */
const LANDMARK = wordsPattern(['utanför', 'framför', 'mittemot', 'mitt emot', 'i höjd med', 'vid', 'bredvid', 'outside']);

const WORD_BEFORE = /([\p{L}][\p{L}-]*)[ \u00a0]$/u;

/** A UTF-16 unit that may be part of a word WORD_BEFORE reads: ASCII letters, '-' and anything past ASCII. */
function mayBeWordUnit(code: number): boolean {
  return code === 45 || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code >= 0x80;
}

/**
 * WORD_BEFORE on the (at most `maxLength`) characters before `end`. Only the last stretch of word units
 * is given to the regex: a match cannot start before it, and the regex would otherwise try every position.
 */
function wordBefore(text: string, end: number, maxLength: number): RegExpExecArray | null {
  const from = Math.max(0, end - maxLength);
  const space = end - 1;
  if (space < from || (text.charCodeAt(space) !== 0x20 && text.charCodeAt(space) !== 0xa0)) return null;
  let start = space;
  while (start > from && mayBeWordUnit(text.charCodeAt(start - 1))) start--;
  return WORD_BEFORE.exec(text.slice(start, end));
}

/**
 * Street addresses: a street name followed by a house number 1-999 with an optional letter
 * ("Storgatan 44", "Östra Långgatan 3B, 123 45 Sjövik"), and flat numbers ("lgh 1204").
 */
export function findAddresses(text: string, runs: NumberRun[], limit: number): Array<{ candidate: Candidate; normalised: string }> {
  const hits: Array<{ candidate: Candidate; normalised: string }> = [];
  for (let r = 0; r < runs.length && hits.length < limit; r++) {
    const group = runs[r].groups[0];
    const word = wordBefore(text, group.start, 40);
    if (!word) continue;
    const streetWord = word[1];
    const lower = streetWord.toLowerCase();
    const flat = lower === 'lgh' || lower === 'lägenhet' || lower === 'lägenhetsnummer';
    if (flat) {
      if (group.digits.length !== 4) continue;
      const start = group.start - word[0].length;
      hits.push({
        candidate: { category: 'personal.contact', rule: 'contact.address', start, end: group.end, confidence: 0.75, priority: PRIORITY_ADDRESS },
        normalised: text.slice(start, group.end).toLowerCase(),
      });
      continue;
    }
    if (!STREET_NAME.test(lower) || NOT_A_STREET.test(lower)) continue;
    if (group.digits.length > 3 || group.digits === '0' || group.digits.startsWith('0')) continue;
    // House number: digits, an optional letter, then not another word character ("Storgatan 44", "3B").
    let end = group.end;
    if (end < text.length && /[A-Ha-h]/.test(text[end]) && !(end + 1 < text.length && /[\p{L}\p{N}]/u.test(text[end + 1]))) end++;
    if (end < text.length && /[\p{L}\p{N}]/u.test(text[end])) continue;
    // A unit after the number means a distance or a time, not a house ("vägen 50 km", "torget 19:00").
    const following = text.slice(end, end + 6).toLowerCase();
    if (/^(?:\s?(?:km|m|mil|meter|kr|%|min)(?![\p{L}])|[:.]\d)/u.test(following)) continue;
    // A stretch of the street ("Storgatan 12–20 får nya träd") is no one's home.
    if (/^\s?[-–]\s?\d/u.test(following)) continue;
    let start = group.start - word[0].length;
    const preceding = wordBefore(text, start, 20);
    if (preceding && LEADING_WORD.test(preceding[1])) start -= preceding[0].length;
    // Postal code and town: ", 123 45 Sjövik".
    const postal = /^,?\s\d{3}\s?\d{2}\s\p{Lu}\p{L}+/u.exec(text.slice(end, end + 40));
    if (postal) end += postal[0].length;
    const capitalised = /\p{Lu}/u.test(text[start]);
    const context = textBefore(text, start, 40);
    let confidence = capitalised ? 0.7 : 0.55;
    const privateAddress = hasContextNear(PRIVATE_ADDRESS, context, 40);
    if (privateAddress) confidence += 0.15;
    if (hasContextNear(FACILITY_ADDRESS, context, 30)) confidence = Math.min(confidence, 0.3);
    else if (!privateAddress && hasContextNear(LANDMARK, context, 14)) confidence = Math.min(confidence, 0.3);
    hits.push({
      candidate: { category: 'personal.contact', rule: 'contact.address', start, end, confidence: clampConfidence(confidence), priority: PRIORITY_ADDRESS },
      normalised: normaliseAddress(text.slice(start, end)),
    });
  }
  return hits;
}

/** Lowercase street and number, without postal code or punctuation, to compare with the organisation's own. */
export function normaliseAddress(value: string): string {
  return value
    .normalize('NFC')
    .toLowerCase()
    .split(',')[0]
    .replace(/\s+/gu, ' ')
    .trim();
}
