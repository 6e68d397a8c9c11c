import type { Category } from '../categories';
import type { TokenContext } from './context';
import type { LexiconEntry } from './lexicon';
import type { Hit } from './matcher';
import { attacksPlace, bringsWeaponTo } from './place-threat';

/** A finding before offsets are attached: which tokens, which category, how sure. */
export interface Candidate {
  category: Category;
  first: number;
  last: number;
  confidence: number;
  entry: LexiconEntry;
}

/** Below this a candidate is noise: not worth reporting even as a hint. */
export const REPORT_FLOOR = 0.3;
/** Confidence of a word aimed at a person ("du är en idiot"). */
const AIMED = 0.85;
/** Sensitive word with a person nearby but nothing tying them together ("grannen … muslim"). */
const PERSON_ONLY = 0.45;

// Verbs that are crimes in themselves when urged ("snatta från biblioteket").
/** Insults that are animals, and the possessives that make them someone's animal ("min hund", "grannens katt"). */
const ANIMAL_INSULTS = new Set(['hund', 'hunden', 'gris', 'grisen', 'ko', 'kon', 'kossa', 'kossan', 'get', 'geten', 'kalkon', 'kalkonen', 'råtta', 'råttan', 'apa', 'apan']);
const OWNERS = new Set(['min', 'mitt', 'mina', 'vår', 'vårt', 'våra', 'hans', 'hennes', 'deras', 'er', 'ert', 'era', 'grannens', 'grannarnas']);
const CRIMINAL_VERBS = new Set(['snatta', 'sno', 'ljug', 'fuska', 'bränn', 'krossa', 'ockupera', 'spraya', 'klottra', 'plundra', 'sabotera', 'planka', 'dumpa']);
const ARTICLES_BEFORE_ADJECTIVE = new Set(['den', 'det', 'de', 'dom']);
/** Nouns for someone that the person word lists leave out: "den lataste människan jag träffat". */
const PERSON_NOUNS = new Set(['människan', 'människa', 'människorna', 'personen', 'person', 'personalen', 'individen', 'typen']);
const KIN_TEASED = new Set(['lillebror', 'lillasyster', 'storebror', 'storasyster', 'bror', 'brorsa', 'syster', 'syrra', 'mamma', 'pappa', 'morsan', 'farsan', 'kusin']);
const LAUGHTER = new Set(['😂', '🤣', '😭', '💀', '😅', 'haha', 'hahaha', 'lol', 'xd']);
/** Possessives that name the one a sensitive word belongs to: "min diabetes", "hans cancer" ("din" and "er" speak to the reader). */
const OWNER_BEFORE = new Set(['min', 'mitt', 'mina', 'hans', 'hennes', 'hens']);
// Body words that are sexual harassment when said about a person ("f i t t a n på henne").
const BODY_WORDS = new Set(['fitta', 'fittan', 'kuk', 'kuken', 'rumpa', 'rumpan', 'brösten', 'låren', 'ass', 'boobs', 'tits']);
// Swear words used as adjectives before a noun.
const INTENSIFIERS = new Set(['jävla', 'djävla', 'förbannade', 'fucking']);
// Definite singular endings: "idioten", "horan", "jäveln" point at one particular person.
const DEFINITE = ['en', 'n', 'et'];
// Modals that state an intent ("jag ska döda …"); "kan man bränna ris?" asks what is allowed.
const INTENT_MODALS = new Set(['ska', 'skall', 'kommer', 'vill', 'tänker', 'borde', 'bör', 'måste', 'hoppas']);
// Group words that are also adjectives: "svarta plastsäckar" is about things, "svarta måste bort" about people.
const ADJECTIVE_GROUPS = new Set(['svarta', 'vita', 'judiska', 'somalisk', 'arabisk', 'thailändsk', 'thailändska', 'homosexuella', 'kristna']);
// Nouns for people that such an adjective may describe ("judiska familjer").
const PEOPLE_NOUNS = new Set(['människor', 'familjer', 'män', 'kvinnor', 'killar', 'tjejer', 'ungdomar', 'barn', 'invånare', 'grannar', 'gäng', 'gänget', 'elever', 'personer', 'folk', 'invandrare',
  // "iransk bakgrund", "av turkisk härkomst", "kinesisk medborgare": the origin of a person, not a thing.
  'familj', 'släkt', 'bakgrund', 'härkomst', 'ursprung', 'nationalitet', 'medborgare', 'flykting', 'flyktingar']);
// Before a noun these are about what it belongs to ("i katolska kyrkan", "från en kinesisk familj"), so no thing.
const MEMBERSHIP = new Set(['i', 'till', 'från', 'av', 'inom']);
// Short words that follow an adjective without being a noun it describes ("syrisk och kurdisk").
/** Words either side of a trait within which an opinion word makes it the writer's view in a debate. */
const OPINION_REACH = 25;
const FUNCTION_WORDS = new Set(['och', 'men', 'att', 'dit', 'här', 'där', 'den', 'det', 'nog', 'väl', 'hur', 'när', 'fast',
  // English: "He is Jewish and …", "We are Polish but …": no noun the adjective describes.
  'and', 'but', 'too', 'also', 'here', 'there', 'now', 'the', 'who', 'that', 'myself', 'ourselves', 'enough', 'from']);
// "skjuta upp/fram" (postpone, bring forward), "skjuta till" (chip in): particle verbs, not shooting.
const SHOOT_PARTICLES = new Set(['upp', 'fram', 'till']);
// Subjects that may stand between verb and particle in a question ("Skjuter ni upp tömningen?").
const SUBJECTS = new Set(['ni', 'vi', 'de', 'dom', 'du', 'han', 'hon', 'hen', 'man', 'den', 'det', 'kommunen']);

export interface RuleInput {
  hit: Hit;
  ctx: TokenContext;
  english: boolean;
}

export function decide({ hit, ctx, english }: RuleInput): Candidate[] {
  const { entry, first, last } = hit;
  if (!entry.category) return [];
  if (entry.englishOnly && !english) return [];
  const base = entry.confidence ?? 0.6;
  const out: Candidate[] = [];

  switch (entry.context ?? 'none') {
    case 'none':
      // "Ingen ska dö", "jag tänker inte slå ihjäl någon": a threat denied is none.
      if (entry.category === 'prohibited.threat' && ctx.isNegated(first)) break;
      emitAll(out, hit, base, false);
      // "Jävla hippies", "den jävla jägaren": a swear word hurled at people is an insult.
      if (entry.category === 'prohibited.obscene' && INTENSIFIERS.has(ctx.tokens[first].key)) {
        const next = last < ctx.tokens.length ? last : -1;
        if (next >= 0 && (ctx.isThirdPerson(next) || ctx.has(next, 'group') || (ctx.tokens[next].capitalized && !ctx.tokens[next].sentenceStart && !ctx.tokens[next].allCaps))) {
          emit(out, hit, 'prohibited.attack', 0.6);
        }
      }
      break;
    case 'person': {
      // "Jag är inte gravid", "min son är inte med i facket": denied, it tells nothing about the person.
      if (ctx.isNegated(first)) break;
      const sStart = ctx.sentenceStart(first);
      // The reader ("lås era cyklar") is nobody in particular; sensitive data needs a third person or the writer.
      const persons = ctx.personsAround(first, last).filter((p) => !ctx.has(p, 'you') || ctx.has(p, 'person'));
      for (let k = first; k < last; k++) if (ctx.isPerson(k)) persons.push(k); // "vi knullade", "jag är bög"
      // "efter min stroke", "hennes diabetes": the possessive says whose it is.
      const owned = OWNER_BEFORE.has(ctx.tokens[first - 1]?.key ?? '');
      if (owned) persons.push(first - 1);
      // "Som medlem i Kommunal …", "As an atheist I …": the writer speaks of themselves.
      const opensWithAs = ['som', 'as'].includes(ctx.tokens[sStart].key) && first - sStart <= 4;
      if (persons.length === 0 && !opensWithAs) break;
      if (originOfThing(ctx, entry, first, last)) break;
      // "araberna i centrum", "många invandrare", "transpersoner är …": a group is no identifiable person,
      // unless the group word is said of one ("mina föräldrar är invandrare").
      if (namesAGroup(ctx, entry, first, last) && !saidOfPerson(ctx, first)) break;
      const phrase = last - first >= 2;
      const between = persons.some((p) => ctx.anyTag(Math.min(p, first), Math.max(p, last), 'predicate', first, last) >= 0);
      const tied = phrase || opensWithAs || between || owned || ctx.anyTag(Math.max(sStart, first - 5), first, 'predicate') >= 0;
      // Within reach of the word, not the whole sentence: a text without full stops is one sentence, and each of
      // its findings read all of it (a 500 KB comment took seconds).
      const opinion = ctx.anyTag(Math.max(sStart, first - OPINION_REACH), Math.min(ctx.sentenceEnd(first), last + OPINION_REACH), 'opinion') >= 0;
      if (entry.debateExempt && opinion && persons.every((p) => ctx.has(p, 'self'))) break;
      // "Som vänsterpartist tycker jag att …": the writer arguing her own view, whoever the view is about.
      if (entry.debateExempt && opinion && opensWithAs && ctx.anyTag(last, Math.min(ctx.sentenceEnd(first), last + 3), 'self') >= 0) break;
      // Biometric data are about the person they come from; no predicate needed ("hans ansikte", "min dotters fingeravtryck").
      emitAll(out, hit, tied || entry.category === 'sensitive.biometric' ? base : PERSON_ONLY, false);
      break;
    }
    case 'accuse': {
      const from = Math.max(ctx.sentenceStart(first), first - 5);
      for (let k = from; k < first; k++) {
        if (ctx.isThirdPerson(k)) {
          emitAll(out, hit, base, false);
          break;
        }
      }
      break;
    }
    case 'insult': {
      if (entry.selfExempt && ctx.anyTag(Math.max(ctx.sentenceStart(first), first - 3), first, 'self') >= 0) break;
      const token = ctx.tokens[first];
      // Swedish endings on an English word ("clownen") are a Swedish noun, not the English insult.
      const definite = entry.id.startsWith('sv.') && !token.joined && last === first + 1 && DEFINITE.some((e) => token.key.endsWith(e)) && !isBareStem(entry, token.key);
      if (ctx.isSelfDescribed(first)) break;
      // "Rör de min hund igen …": an animal someone owns is the animal.
      if (ANIMAL_INSULTS.has(token.key) && OWNERS.has(ctx.tokens[first - 1]?.key ?? '')) break;
      // "med hunden i morse": an animal word in its definite form is the animal, unless aimed at someone.
      const aimed = ctx.isAimed(first, last, true) || (definite && base >= 0.5 && !ANIMAL_INSULTS.has(token.key));
      // An English word in Swedish text is a loanword ("clownen på kalaset") unless it is aimed at someone.
      if (!aimed && !english && !entry.id.startsWith('sv.')) break;
      emitAll(out, hit, aimed ? Math.max(base, AIMED) : base, aimed);
      break;
    }
    case 'target':
      // "ni har den fulaste logon": "den" and a noun after it, the word describes the thing.
      if (ARTICLES_BEFORE_ADJECTIVE.has(ctx.tokens[first - 1]?.key ?? '') && ctx.tokens[last]?.kind === 'word' && !ctx.isPerson(last)
        && !PERSON_NOUNS.has(ctx.tokens[last].key)) break;
      if (ctx.isAimed(first, last)) emitAll(out, hit, Math.max(base, 0.75), true);
      break;
    case 'group': {
      if (describesThing(ctx, first, last)) break;
      const hostile = ctx.anyTag(first - 8, last + 10, 'hostile', first, last);
      if (hostile < 0) break;
      emit(out, hit, entry.category as Category, base);
      // Hate aimed at a named colleague is a personal attack as well ("Fatima …, typisk somalisk lathet");
      // a pronoun or "våra barn" is the group itself or everyone, no one in particular.
      for (let k = Math.max(0, first - 12); k < Math.min(ctx.tokens.length, last + 12); k++) {
        if (k >= first && k < last) continue;
        if (ctx.isThirdPerson(k) && !ctx.has(k, 'group') && !NO_ONE_IN_PARTICULAR.has(ctx.tokens[k].key)) {
          emit(out, hit, 'prohibited.attack', 0.65);
          break;
        }
      }
      break;
    }
    case 'violence': {
      const token = ctx.tokens[first];
      if (isShootParticleVerb(ctx, first, last) || ctx.isNegated(first)) break;
      const passive = /s$/u.test(token.key) && ctx.anyTag(first - 3, first, 'modal') >= 0;
      let victim = false;
      let named = false;
      const end = Math.min(ctx.sentenceEnd(first), last + 3);
      for (let k = last; k < end; k++) {
        if (!((ctx.isPerson(k) && !ctx.has(k, 'self')) || ctx.has(k, 'victim') || ctx.has(k, 'group'))) continue;
        // "Skjut alla vargar!": "alla" is the animals named right after it.
        if (ctx.has(k + 1, 'nonperson')) continue;
        victim = true;
        // A named person or role ("rektorn", "Göran"), not only "dem" or "er", which in a game is the other team.
        if (ctx.isThirdPerson(k) && !ctx.has(k, 'victim')) named = true;
      }
      // "Jag kommer att tortera …", "vill mörda och våldta": a stated intent without a named victim.
      // "ni måste döda getingarna", "vi ska bränna ris": an intent aimed at an animal or a thing is no threat.
      const thing = ctx.anyTag(last, Math.min(end, last + 2), 'nonperson') >= 0;
      // "Vi ska krossa dem på lördag, heja Ekeby IF!": in a game the victims are the other team.
      if (inAGame(ctx, first) && !named) break;
      // "han kommer döda mig för att jag taggade honom": the writer fears it, no one threatens.
      if (ctx.has(last, 'self') && !victim) break;
      // "jag ska döda min lillebror han åt upp min pizza 😭": a sibling, laughed or cried over, is teasing.
      if (kinTeased(ctx, first, last)) break;
      // "Jag ska döda det här ogräset", "budgeten kommer att döda landsbygden": a thing killed, or a thing that kills.
      const aimedAtThing = thing || ['det', 'detta'].includes(ctx.tokens[last]?.key ?? '') || intentOfThing(ctx, first);
      if (!passive && !victim && !aimedAtThing && statesIntent(ctx, first)) emitAll(out, hit, 0.5, false);
      if (passive || victim) {
        emitAll(out, hit, base, false);
        // "Häng med ikväll så spöar vi upp gänget": urging others to violence is incitement too.
        if (ctx.anyTag(first - 5, first, 'hortative') >= 0) emit(out, hit, 'prohibited.incitement', 0.7);
      }
      break;
    }
    case 'imperative': {
      const urged = ctx.tokens[first].clauseStart || ctx.anyTag(first - 3, first, 'hortative') >= 0;
      // "Bränn inte löv": a warning, not an urging.
      const negated = ['inte', 'aldrig', 'ej'].includes(ctx.tokens[last]?.key ?? '');
      if (!urged || negated || inAGame(ctx, first)) break;
      const criminal = CRIMINAL_VERBS.has(ctx.tokens[first].key);
      if (criminal || covert(ctx, first, last) || ctx.anyTag(first - 6, last + 8, 'lawobj', first, last) >= 0) emitAll(out, hit, base, false);
      break;
    }
    case 'weapon': {
      const from = Math.max(ctx.sentenceStart(first), first - 5);
      const to = Math.min(ctx.sentenceEnd(first), last + 5);
      for (let k = from; k < to; k++) {
        if (k >= first && k < last) continue;
        if (ctx.isThirdPerson(k) || ctx.has(k, 'you')) {
          emitAll(out, hit, base, false);
          break;
        }
      }
      break;
    }
    case 'place':
      if (attacksPlace(ctx, first, last)) emitAll(out, hit, base, false);
      break;
    case 'armed':
      if (bringsWeaponTo(ctx, first, last)) emitAll(out, hit, base, false);
      break;
    case 'trade':
      if (ctx.anyTag(first - 8, last + 8, 'trade', first, last) >= 0) emitAll(out, hit, base, false);
      break;
    case 'sexual-advance': {
      if (ctx.anyTag(first - 10, last + 10, 'solicit', first, last) >= 0) {
        emitAll(out, hit, base, false);
        break;
      }
      // "din jävla fitta" is an insult (the attack rule), not a remark on a body.
      const insult = ctx.anyTag(first - 3, first, 'you') >= 0;
      if (BODY_WORDS.has(ctx.tokens[first].key) && !insult) {
        for (let k = Math.max(0, first - 3); k < Math.min(ctx.tokens.length, last + 3); k++) {
          if (k >= first && k < last) continue;
          if (ctx.isThirdPerson(k) || ctx.has(k, 'you')) {
            emitAll(out, hit, base, false);
            break;
          }
        }
      }
      break;
    }
  }
  return out;
}

function emit(out: Candidate[], hit: Hit, category: Category, confidence: number): void {
  if (confidence >= REPORT_FLOOR) out.push({ category, first: hit.first, last: hit.last, confidence, entry: hit.entry });
}

/** The entry's category, its `also` categories, and when aimed at someone its `alsoWithTarget` ones. */
function emitAll(out: Candidate[], hit: Hit, confidence: number, aimed: boolean): void {
  const { entry } = hit;
  emit(out, hit, entry.category as Category, confidence);
  for (const c of entry.also ?? []) emit(out, hit, c, confidence);
  if (aimed) for (const c of entry.alsoWithTarget ?? []) emit(out, hit, c, Math.max(confidence, 0.7));
}

/** Whether `key` is one of the entry's own words as written (so "fan", not a definite form). */
function isBareStem(entry: LexiconEntry, key: string): boolean {
  return [...(entry.stems ?? []), ...(entry.forms ?? [])].some((s) => s.toLowerCase() === key);
}

/** Family laughed or cried over: "min lillebror" or "mamma" right after the verb, and 😂 😭 💀 or "haha" in the sentence. */
function kinTeased(ctx: TokenContext, first: number, last: number): boolean {
  const victim = ctx.tokens[last]?.key === 'min' ? last + 1 : last;
  if (!KIN_TEASED.has(ctx.tokens[victim]?.key ?? '')) return false;
  for (let k = ctx.sentenceStart(first); k < ctx.sentenceEnd(first); k++) if (LAUGHTER.has(ctx.tokens[k].key)) return true;
  return false;
}

/**
 * An order to be done unseen: "Riv upp farthindren i natt", "Skjut vargen, ingen behöver veta". What is done
 * openly in daylight ("Riv det gamla huset och bygg nytt!") is an opinion.
 */
function covert(ctx: TokenContext, first: number, last: number): boolean {
  const end = Math.min(ctx.sentenceEnd(last) + 6, last + 14, ctx.tokens.length);
  // Before the verb too: "åk ut till bygget i natt och sabba maskinerna".
  for (let k = Math.max(ctx.sentenceStart(first), first - 8); k < end; k++) {
    const key = ctx.tokens[k].key;
    if (key === 'inatt' || (key === 'natt' && ctx.tokens[k - 1]?.key === 'i')) return true;
    if (key === 'behöver' && ctx.tokens[k - 1]?.key === 'ingen' && ctx.tokens[k + 1]?.key === 'veta') return true;
  }
  return false;
}

/** "Vi ska spöa Hammarby på lördag! Heja IFK!": a game talked of, in this sentence or the next. */
function inAGame(ctx: TokenContext, first: number): boolean {
  // Within this sentence and the next, but never past a few dozen words: a text without full stops is one long
  // "sentence", and a hostile one full of threats would otherwise be read once per threat.
  const from = Math.max(ctx.sentenceStart(first), first - GAME_REACH);
  const to = Math.min(ctx.sentenceEnd(ctx.sentenceEnd(first)), first + GAME_REACH);
  return ctx.anyTag(from, to, 'sport') >= 0;
}
/** How far from a threat the words of a game are looked for. */
const GAME_REACH = 40;

/** Pronouns for people in general ("någon borde skjuta …"). */
const SOMEONE = new Set(['någon', 'nån', 'ingen', 'man', 'folk', 'alla', 'många', 'dessa', 'sådana']);

/** The modal's subject is a thing, not a person: "Den här budgeten kommer att döda landsbygden". */
function intentOfThing(ctx: TokenContext, first: number): boolean {
  for (let m = first - 1; m >= Math.max(ctx.sentenceStart(first), first - 2); m--) {
    if (!ctx.has(m, 'modal')) continue;
    const subject = m - 1;
    if (subject < ctx.sentenceStart(first)) return false;
    const token = ctx.tokens[subject];
    const someone = ctx.isPerson(subject) || ctx.has(subject, 'self') || ctx.has(subject, 'you') || ctx.has(subject, 'group') || ctx.has(subject, 'victim')
      || SOMEONE.has(token.key) || PEOPLE_NOUNS.has(token.key);
    return token.kind === 'word' && !someone && /(?:en|et|na|an|n)$/u.test(token.key) && token.key.length > 3;
  }
  return false;
}

/** A modal of intent just before the verb ("ska", "kommer att"), not "kan" or "skulle". */
function statesIntent(ctx: TokenContext, first: number): boolean {
  for (let k = Math.max(0, first - 2); k < first; k++) if (ctx.has(k, 'modal') && INTENT_MODALS.has(ctx.tokens[k].key)) return true;
  return false;
}

/**
 * "en kinesisk elsparkcykel", "Katolska kyrkan har julkonsert", "vi firar kristna högtider": an origin
 * or faith adjective before a thing says nothing about a person; "går i katolska kyrkan" does.
 */
function originOfThing(ctx: TokenContext, entry: LexiconEntry, first: number, last: number): boolean {
  if (entry.category !== 'sensitive.ethnicity' && entry.category !== 'sensitive.religion') return false;
  const key = ctx.tokens[first].key;
  // Swedish "-sk", "-ska"; English "Eritrean", "Polish", "Chinese", "Somali" ("the Eritrean food stall").
  const adjective = /sk[at]?$/u.test(key) || ADJECTIVE_GROUPS.has(key) || (entry.id.startsWith('en.') && /(?:an|ish|ese|i)$/u.test(key));
  if (!adjective) return false;
  return !MEMBERSHIP.has(ctx.tokens[first - 1]?.key ?? '') && describesThing(ctx, first, last, true, 3);
}

/** Pronouns and words for children in general: beside hate against a group they point at no one in particular. */
const NO_ONE_IN_PARTICULAR = new Set(['han', 'hon', 'hen', 'honom', 'henne', 'hans', 'hennes', 'hens', 'sin', 'sitt', 'sina', 'de', 'dem', 'dom', 'vår', 'vårt', 'våra', 'barn', 'barnen', 'ungar', 'ungarna',
  'he', 'she', 'him', 'her', 'his', 'they', 'them', 'their', 'our', 'kids', 'children']);

/** Categories whose single words name a member of a group: in the plural (or counted) they name the group. */
const GROUP_MEMBER_CATEGORIES = new Set(['sensitive.ethnicity', 'sensitive.politics', 'sensitive.religion', 'sensitive.sexuality']);
/** Plural and definite plural endings of such words: "somalier", "araberna", "romernas", "muslimer", "transpersoner". */
const PLURAL_ENDING = /(?:er|ar|or|erna|arna|orna|ernas|arnas|ornas|na|nas)$/u;
/** Words that count people before a group word ("många invandrare", "alla muslimer"). */
const COUNTING = new Set(['många', 'alla', 'flera', 'fler', 'få', 'dessa', 'de', 'dom', 'somliga', 'vissa', 'inga', 'massa']);
/** Copulas that say a group word of a subject ("grannarna är muslimer", "hon blev moderat"). */
const COPULAS = new Set(['är', 'e', 'var', 'blev', 'blir', 'vara', 'varit']);

/** Whether the matched word names many people: a plural of the entry's own word, or counted. */
function namesAGroup(ctx: TokenContext, entry: LexiconEntry, first: number, last: number): boolean {
  if (!GROUP_MEMBER_CATEGORIES.has(entry.category ?? '') || last !== first + 1) return false;
  const key = ctx.tokens[first].key;
  const plural = !isBareStem(entry, key) && PLURAL_ENDING.test(key);
  const counted = [first - 1, first - 2].some((k) => k >= ctx.sentenceStart(first) && COUNTING.has(ctx.tokens[k].key));
  return plural || counted;
}

/** Small words that may stand between the copula and the group word ("är ju muslimer", "är båda invandrare"). */
const COPULA_FILLERS = new Set(['ju', 'också', 'faktiskt', 'nog', 'väl', 'båda', 'alla', 'själva']);

/** "Mina föräldrar är invandrare", "vi är ju muslimer": a copula right before the word, with a person as its subject. */
function saidOfPerson(ctx: TokenContext, first: number): boolean {
  const start = ctx.sentenceStart(first);
  let v = first - 1;
  while (v > start && COPULA_FILLERS.has(ctx.tokens[v].key)) v--;
  if (v < start || !COPULAS.has(ctx.tokens[v].key)) return false;
  for (let s = v - 1; s >= Math.max(start, v - 4); s--) if (ctx.isPerson(s)) return true;
  return false;
}

/** "Skjuter ni upp tömningen?", "skjuta till mer pengar": the particle (after at most a subject) makes another verb. */
function isShootParticleVerb(ctx: TokenContext, first: number, last: number): boolean {
  if (last !== first + 1 || !/^(skjut|sköt)/u.test(ctx.tokens[first].key)) return false;
  const at = SUBJECTS.has(ctx.tokens[last]?.key ?? '') ? last + 1 : last;
  const particle = ctx.tokens[at]?.key ?? '';
  return SHOOT_PARTICLES.has(particle) && !(particle === 'till' && ctx.tokens[at + 1]?.key === 'döds');
}

/** A group word used as an adjective before a noun for a thing: "svarta plastsäckar", "kristna högtider". */
function describesThing(ctx: TokenContext, first: number, last: number, adjective = ADJECTIVE_GROUPS.has(ctx.tokens[first].key), minNoun = 4): boolean {
  if (last !== first + 1 || !adjective) return false;
  const next = ctx.tokens[last];
  if (!next || next.kind !== 'word' || next.sentenceStart || next.clauseStart || next.capitalized || next.key.length < minNoun || FUNCTION_WORDS.has(next.key)) return false;
  if (PEOPLE_NOUNS.has(next.key) || ctx.isPerson(last) || ctx.has(last, 'group')) return false;
  // A word the lists know (a modal, a verb of the claim, a hostile word) is not the noun described.
  return !(['modal', 'predicate', 'hostile', 'opinion', 'victim'] as const).some((tag) => ctx.has(last, tag));
}
