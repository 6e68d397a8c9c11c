import type { ContextTag } from './lexicon';
import { tagBit } from './tags';
import type { Token } from './tokenize';

/** How far around a word the rules look for a person, a victim or a hostile claim (in tokens). */
export const WINDOW = { before: 12, after: 10 };

const AIM_VERBS = new Set(['är', 'e', 'var', 'blir', 'blev', 'vara', 'is', 'are', "you're", 'youre', 'was', "he's", "she's", 'be']);
const LOOK_VERBS = new Set(['ser', 'såg', 'sett']);
const YOU_DIRECT = new Set(['din', 'ditt', 'dina', 'era', 'er', 'du', 'ni', 'your', 'you', "you're", 'youre', 'ur', 'u', 'dej', 'dig']);
const SELF_SUBJECT = new Set(['jag', 'ja', 'vi', 'i', 'we', "i'm", 'im']);
/** "jag", "vi", or an English capital "I" (a Swedish "i" is a preposition). */
function isSelfSubject(token: Token): boolean {
  return SELF_SUBJECT.has(token.key) && (token.key !== 'i' || token.capitalized);
}
const PREPOSITIONS = new Set(['på', 'av', 'om', 'mot', 'med', 'för', 'till', 'åt', 'från', 'about', 'of', 'with', 'at', 'for']);
const POSSESSIVES = new Set(['min', 'mitt', 'mina', 'vår', 'vårt', 'våra', 'din', 'ditt', 'dina', 'er', 'ert', 'era', 'my', 'our', 'your']);
const ALL_OF_YOU = new Set(['allihop', 'allihopa']);
// Prepositions that tie a place or unit to a person before the verb ("hon i kundtjänst", "killen på bygglov").
const PP_HEADS = new Set(['i', 'på', 'vid', 'från', 'inom', 'hos']);
// "de jävlarna", "dessa stinkande jävlar", "den här jäveln": a word pointed at particular people.
const POINTING = new Set(['de', 'dom', 'dessa', 'sådana', 'här', 'där', 'lilla', 'those', 'these', 'this', 'that']);
/** What only people do, in "X som jobbar där": X is a person. */
const HUMAN_DOINGS = new Set(['jobbar', 'jobbade', 'arbetar', 'arbetade', 'bor', 'bodde', 'heter', 'undervisar', 'tränar']);
/** "En som jobbar på fritids …": no one in particular. */
const SOMEONE_UNNAMED = new Set(['en', 'ett', 'någon', 'nån', 'ingen', 'man', 'alla', 'de', 'dom', 'den', 'det', 'folk']);
/** Bodies, not people: an insult pointed at them is criticism of the organisation, not a personal attack. */
const ORGANISATIONS = new Set(['kommunen', 'kommun', 'regionen', 'staten', 'förvaltningen', 'nämnden', 'styrelsen', 'myndigheten', 'bolaget', 'företaget', 'landet', 'regeringen', 'sidan', 'kontot']);
const PLACE_ADVERBS = new Set(['här', 'där']);
const DEMONSTRATIVE_HEADS = new Set(['den', 'det', 'de', 'dom', 'dessa', 'han', 'hon', 'hen', 'ni', 'du']);
/** Exclamations that open an insult said of someone after it ("vilken clown kommunalrådet är", "what an idiot he is"). */
const EXCLAIM = new Set(['vilken', 'vilket', 'vilka', 'what']);
/** Words that deny what follows them ("jag är inte gravid", "ingen ska skjutas"). */
const NEGATIONS = new Set(['inte', 'ej', 'icke', 'aldrig', 'ingen', 'inget', 'inga', 'not', "don't", 'never', 'no']);
/**
 * Words that may stand between a negation and what it denies: "inte med i facket", "inte någon
 * cancer", a modal or auxiliary ("ingen ska skjutas", "ingen kommer att döda"). "Längre" is not one:
 * "inte längre med i facket" still tells a membership.
 */
const NEGATED_SPAN = new Set(['med', 'i', 'en', 'ett', 'någon', 'något', 'några', 'nån', 'nåt', 'heller', 'alls', 'ska', 'skall', 'kommer', 'att', 'vill', 'tänker', 'har', 'är', 'e', 'blir', 'fått', 'någonsin', 'direkt', 'be', 'a', 'an', 'any']);
/** A school class ("7c", "4b"): "Elliot i 7C" is a pupil, whatever the name. */
const SCHOOL_CLASS = /^\d{1,2}[a-zåäö]$/u;

/**
 * The tokens of one text with the context tags the word lists gave them, and the questions the
 * rules ask about a position: is a person nearby, is this word aimed at someone, and so on.
 */
export class TokenContext {
  private readonly starts: number[];
  private readonly ends: number[];

  constructor(
    readonly tokens: Token[],
    /** Per token, a bit set of its context tags (see tags.ts). */
    private readonly tags: number[],
  ) {
    // Sentence bounds once, so every query stays constant-time however long the text is.
    this.starts = new Array<number>(tokens.length);
    this.ends = new Array<number>(tokens.length);
    let start = 0;
    for (let i = 0; i < tokens.length; i++) {
      if (tokens[i].sentenceStart) start = i;
      this.starts[i] = start;
    }
    let end = tokens.length;
    for (let i = tokens.length - 1; i >= 0; i--) {
      this.ends[i] = end;
      if (tokens[i].sentenceStart) end = i;
    }
  }

  has(index: number, tag: ContextTag): boolean {
    return ((this.tags[index] ?? 0) & tagBit(tag)) !== 0;
  }

  /** First index of the sentence that holds `index`. */
  sentenceStart(index: number): number {
    return this.starts[index] ?? 0;
  }

  /** Index just past the sentence that holds `index`. */
  sentenceEnd(index: number): number {
    return this.ends[index] ?? this.tokens.length;
  }

  /** A specific other person: a pronoun, a role, kin, a name or an @handle (not the writer). */
  isThirdPerson(i: number): boolean {
    const t = this.tokens[i];
    if (!t) return false;
    if (t.kind === 'handle' || this.has(i, 'person')) return true;
    if (this.has(i, 'name') && t.capitalized) return true;
    // "Elliot i 7C är …": a capitalised word placed in a school class names a pupil, also at a sentence start.
    if (t.capitalized && t.kind === 'word' && this.tokens[i + 1]?.key === 'i' && SCHOOL_CLASS.test(this.tokens[i + 2]?.norm ?? '')) return true;
    // "Nidal som jobbar där är …": a capitalised word with a relative clause of what people do names someone, also at a sentence start.
    if (t.capitalized && t.kind === 'word' && !SOMEONE_UNNAMED.has(t.key) && this.tokens[i + 1]?.key === 'som' && HUMAN_DOINGS.has(this.tokens[i + 2]?.key ?? '')) return true;
    // Two capitalised words mid-sentence read as a full name ("Ulla Persson", "Göran Ek"); one word
    // said twice is a chant ("SKJUT SKJUT SKJUT!!!"), not a name.
    const next = this.tokens[i + 1];
    return t.capitalized && !t.sentenceStart && next !== undefined && next.capitalized && !next.sentenceStart && t.kind === 'word' && next.kind === 'word' && t.norm.length > 1 && next.norm.length > 1 && t.key !== next.key;
  }

  isPerson(i: number): boolean {
    if (this.isThirdPerson(i)) return true;
    // A possessive alone ("vår kommun", "min ansökan") is not a person; "min mamma" is, through "mamma".
    return (this.has(i, 'self') || this.has(i, 'you')) && !POSSESSIVES.has(this.tokens[i].key);
  }

  /** Persons in the sentence window around [first, last), nearest first. */
  personsAround(first: number, last: number): number[] {
    const from = Math.max(this.sentenceStart(first), first - WINDOW.before);
    const to = Math.min(this.sentenceEnd(last - 1), last + WINDOW.after);
    const found: number[] = [];
    for (let i = from; i < to; i++) if ((i < first || i >= last) && this.isPerson(i)) found.push(i);
    return found.sort((a, b) => Math.abs(a - first) - Math.abs(b - first));
  }

  anyTag(from: number, to: number, tag: ContextTag, skipFrom = -1, skipTo = -1): number {
    const lo = Math.max(0, from);
    const hi = Math.min(this.tokens.length, to);
    for (let i = lo; i < hi; i++) if ((i < skipFrom || i >= skipTo) && this.has(i, tag)) return i;
    return -1;
  }

  /**
   * Whether the word at `i` is denied: a negation right before it, or before it with only linking
   * words between ("är inte gravid", "är inte med i facket", "ingen ska skjutas", "ska inte döda").
   */
  isNegated(i: number): boolean {
    const start = this.sentenceStart(i);
    for (let k = i - 1; k >= Math.max(start, i - 4); k--) {
      const key = this.tokens[k].key;
      if (NEGATIONS.has(key)) return true;
      if (!NEGATED_SPAN.has(key)) return false;
    }
    return false;
  }

  /** "jag är en jävla idiot": the writer says it of themselves. */
  isSelfDescribed(i: number): boolean {
    const start = this.sentenceStart(i);
    for (let v = i - 1; v >= Math.max(start, i - 4); v--) {
      // "vi är trötta på alla bögar" is about others: a preposition breaks the link.
      if (PREPOSITIONS.has(this.tokens[v].key)) return false;
      if (!AIM_VERBS.has(this.tokens[v].norm)) continue;
      for (let s = v - 1; s >= Math.max(start, v - 2); s--) if (isSelfSubject(this.tokens[s])) return true;
      return false;
    }
    return false;
  }

  /**
   * "vilken clown kommunalrådet är", "vilka idioter ni är", "what a clown he is": an exclamation right
   * before the word, then a person (not the writer) and a copula right after it.
   */
  private isExclaimedOf(i: number, last: number): boolean {
    let exclaimed = false;
    for (let k = Math.max(this.sentenceStart(i), i - 3); k < i; k++) if (EXCLAIM.has(this.tokens[k].key)) exclaimed = true;
    if (!exclaimed) return false;
    const end = Math.min(this.sentenceEnd(i), last + 3);
    for (let s = last; s < end; s++) {
      if (isSelfSubject(this.tokens[s])) return false;
      if (this.isPerson(s) && AIM_VERBS.has(this.tokens[s + 1]?.norm ?? '')) return true;
    }
    return false;
  }

  /** "ser ut som", "såg ut som": said of someone as "är" is ("fröken Eva ser ut som en gris"). */
  private looksLike(v: number): boolean {
    return this.tokens[v].norm === 'som' && this.tokens[v - 1]?.norm === 'ut' && LOOK_VERBS.has(this.tokens[v - 2]?.norm ?? '');
  }

  /**
   * Is the word at `i` said to or about a particular person? "du är en idiot", "din jävla …",
   * "kommunalrådet är en korrupt lögnare", "idioter allihop", "@rektorn …"; for a `noun` that
   * names someone also "de jävlarna", "den här jäveln".
   */
  /** "de", "dessa", or "här"/"där" after "den", "han" … ("den där jäveln"); "Var där med hunden" points at a place. */
  private isPointing(k: number): boolean {
    const key = this.tokens[k].key;
    if (!POINTING.has(key)) return false;
    return !PLACE_ADVERBS.has(key) || DEMONSTRATIVE_HEADS.has(this.tokens[k - 1]?.key ?? '');
  }

  /** "Den här kommunen 🤡": the word pointed at is an organisation, not a person. */
  private namesOrganisation(from: number, to: number): boolean {
    for (let k = from; k < to; k++) if (ORGANISATIONS.has(this.tokens[k].key)) return true;
    return false;
  }

  isAimed(i: number, last = i + 1, noun = false): boolean {
    const start = this.sentenceStart(i);
    for (let k = Math.max(start, i - 3); k < i; k++) if (YOU_DIRECT.has(this.tokens[k].key) || YOU_DIRECT.has(this.tokens[k].norm)) return true;
    // Only a word that names someone can be pointed at ("de jävlarna"); "this stupid decision" is not.
    if (noun) for (let k = Math.max(start, i - 3); k < i; k++) if (this.isPointing(k) && !this.namesOrganisation(k + 1, i)) return true;
    const after = this.tokens[last];
    if (after && ALL_OF_YOU.has(after.key)) return true;
    if (noun && this.isExclaimedOf(i, last)) return true;
    for (let v = i - 1; v >= Math.max(start, i - 5); v--) {
      if (!AIM_VERBS.has(this.tokens[v].norm) && !this.looksLike(v)) continue;
      // The subject may carry a relative clause: "Han som kör sopbilen på vår gata är …".
      for (let s = v - 1; s >= Math.max(start, v - 7); s--) {
        if (isSelfSubject(this.tokens[s])) return false; // "jag är en jävla idiot" is self-deprecation
        if (this.isPerson(s)) return true; // before things: "politikerna" is people, not "politik"
        // "Hon i kundtjänst är …": a thing after a preposition belongs to the subject, it is not the subject.
        if (this.has(s, 'nonperson') && !PP_HEADS.has(this.tokens[s - 1]?.key ?? '')) return false;
      }
      return false;
    }
    const end = Math.min(this.sentenceEnd(i), i + 12);
    for (let k = Math.max(start, i - 12); k < end; k++) if (this.tokens[k].kind === 'handle') return true;
    return false;
  }
}
