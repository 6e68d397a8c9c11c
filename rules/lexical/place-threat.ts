import type { TokenContext } from './context';

// Threats against the municipality's buildings and meetings: "Jag ska spränga kommunhuset", "snart
// smäller det på stadshuset", "jag kommer med kniven till nästa möte". The attack must aim at the
// place itself, so "kommunen spränger berget vid skolan" and "vi spränger budgeten" are not threats.

/** Words that may stand between the attack and the place it aims at. */
const BETWEEN = new Set([
  'hela', 'er', 'ert', 'era', 'erat', 'eran', 'det', 'den', 'de', 'dom', 'jävla', 'djävla', 'satans', 'fucking', 'förbannade',
  'på', 'i', 'vid', 'utanför', 'mot', 'in', 'inne', 'till', 'nästa', 'ju', 'nu', 'snart', 'bara', 'med', 'mig', 'oss', 'en', 'ett',
  // The verb's particle, and its subject after it in a clause that opens with "så" or "då": "så bränner vi ner kommunhuset".
  'ner', 'upp', 'jag', 'vi',
]);
/** How many such words at most. */
const MAX_BETWEEN = 4;
/** "Ingen tänker spränga skolan", "jag skulle aldrig …": said against it. */
const NEGATIONS = new Set(['inte', 'aldrig', 'ej', 'ingen', 'icke']);
/** Whose: "skolans budget", "kommunhusets fasad" are about something the place has. */
const GENITIVE = /(?:ens|ets|ans|ns|ts|as)$/u;
/** What a knife is brought to a meeting for when it is no threat: "… för att skära tårtan", "… till fikat". */
const HARMLESS_USE = new Set([
  'tårta', 'tårtan', 'tårtor', 'smörgåstårta', 'smörgåstårtan', 'kaka', 'kakan', 'kakor', 'kakorna', 'bulle', 'bullar', 'bullarna',
  'bröd', 'brödet', 'limpa', 'limpan', 'ost', 'osten', 'frukt', 'frukten', 'äpple', 'äpplet', 'äpplen', 'fika', 'fikat', 'lunch', 'lunchen',
  'mat', 'maten', 'smörgås', 'smörgåsar', 'mackor', 'mackorna', 'pizza', 'pizzan', 'melon', 'melonen',
]);
const ARTICLES = new Set(['en', 'ett', 'min', 'mitt', 'mina', 'vår', 'vårt', 'våra']);
/** The verbs that bring a weapon: "tar med mig", "kommer med", "har med". */
const BRINGING = new Set(['ta', 'tar', 'tänker', 'kommer', 'komma', 'har', 'hade', 'tog']);

/** Is the place the token at `index` stands for the place itself (not "skolans …")? */
function isPlace(ctx: TokenContext, index: number): boolean {
  return ctx.has(index, 'place') && !GENITIVE.test(ctx.tokens[index].key);
}

function negated(ctx: TokenContext, first: number): boolean {
  for (let k = Math.max(ctx.sentenceStart(first), first - 3); k < first; k++) if (NEGATIONS.has(ctx.tokens[k].key)) return true;
  return false;
}

/** A place right after the words ending at `last`, past a few small words, in the same sentence. */
function placeAfter(ctx: TokenContext, last: number): boolean {
  const end = Math.min(ctx.sentenceEnd(last - 1), last + MAX_BETWEEN + 1);
  for (let k = last; k < end; k++) {
    if (isPlace(ctx, k)) return true;
    // Whose meeting may stand between: "smälla på fullmäktiges nästa möte".
    if (!BETWEEN.has(ctx.tokens[k].key) && !GENITIVE.test(ctx.tokens[k].key)) return false;
  }
  return false;
}

/** "Kommunhuset borde sprängas": the place first, a modal, the verb in the passive. */
function placeBeforePassive(ctx: TokenContext, first: number): boolean {
  if (!/s$/u.test(ctx.tokens[first].key) || ctx.anyTag(first - 3, first, 'modal') < 0) return false;
  for (let k = Math.max(ctx.sentenceStart(first), first - 5); k < first; k++) if (isPlace(ctx, k)) return true;
  return false;
}

/** An attack (the words first..last) aimed at a building or a meeting, not said against. */
export function attacksPlace(ctx: TokenContext, first: number, last: number): boolean {
  if (negated(ctx, first)) return false;
  return placeAfter(ctx, last) || placeBeforePassive(ctx, first);
}

/** Food named later in the sentence: the knife is for it ("Jag tar med kniven till mötet för att skära tårtan"). */
function forFood(ctx: TokenContext, last: number): boolean {
  for (let k = last; k < ctx.sentenceEnd(last); k++) if (HARMLESS_USE.has(ctx.tokens[k].key)) return true;
  return false;
}

/**
 * A weapon (the word at first..last) brought to a building or a meeting: "med" and a verb of
 * bringing just before ("tar med mig ett gevär", "kommer med kniven"), a place just after.
 * "Jag såg en man med kniv vid skolan" brings nothing.
 */
export function bringsWeaponTo(ctx: TokenContext, first: number, last: number): boolean {
  if (negated(ctx, first) || forFood(ctx, last)) return false;
  if (!placeAfter(ctx, last)) return broughtToPlaceBefore(ctx, first);
  for (let k = first - 1; k >= Math.max(ctx.sentenceStart(first), first - 4); k--) {
    if (ctx.tokens[k].key === 'med') return k > 0 && BRINGING.has(ctx.tokens[k - 1].key);
  }
  return false;
}

/** "… så kommer jag till skolkontoret med ett järnrör": the verb of bringing and the place first, then "med" and the weapon. */
function broughtToPlaceBefore(ctx: TokenContext, first: number): boolean {
  let k = first - 1;
  if (k >= 0 && ARTICLES.has(ctx.tokens[k].key)) k--;
  if (k < 1 || ctx.tokens[k].key !== 'med') return false;
  const start = Math.max(ctx.sentenceStart(first), k - 6);
  for (let place = k - 1; place >= start; place--) {
    if (!isPlace(ctx, place)) continue;
    for (let verb = place - 1; verb >= Math.max(start, place - 4); verb--) if (BRINGING.has(ctx.tokens[verb].key)) return true;
    return false;
  }
  return false;
}
