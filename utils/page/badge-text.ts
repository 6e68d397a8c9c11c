import { actionLabel, explain, followUpText } from '@/rules/explain';
import type { Category, RecommendedAction } from '@/rules/categories';
import { getPreset } from '@/rules/presets';
import { postedWhen } from '@/utils/ui/posted-when';
import type { Finding } from '@/rules/types';
import type { PageWorkItem } from '@/utils/report';
import { withoutBidiControls } from '@/utils/ui/without-bidi';
import { fittingLength, withoutPiledMarks, writerShown } from '@/utils/ui/display-text';
import { groupedNumber } from '@/utils/ui/grouped-number';
import type { BadgeGlyph } from './badge-icons';

/** What the organisation does per category where it departs from the preset (settings → policy). */
export type ActionOverrides = Partial<Record<Category, RecommendedAction>>;
const NO_OVERRIDES: ActionOverrides = Object.freeze({});
const NO_STEPS: readonly string[] = Object.freeze([]);

export type BadgeTone = 'critical' | 'warning' | 'info' | 'neutral';

export interface BadgeText {
  /** Short text on the badge: "Obesvarad 26 h", "Hets mot folkgrupp". */
  label: string;
  /** The symbol before the words, so the badge reads without colour. */
  glyph: BadgeGlyph;
  tone: BadgeTone;
  /** Lines of the tooltip: what was found, the policy clause, what to do next. */
  details: string[];
  /**
   * Whose comment it is, for the badge's name: the badges are reached one after another at the page's
   * end, and "Obesvarad 2 h" alone said nothing of which comment it was.
   */
  about?: string;
}

/** Letters of the writer's name in a badge's name. */
const WRITER_LETTERS = 60;

const STRINGS = {
  sv: {
    unanswered: 'Obesvarad', unknown: 'Kanske obesvarad', overdue: 'försenad', soon: 'snart försenad',
    hiddenHint: 'Uppsikt kan inte se om kontot har svarat: svar är dolda, eller ett svar i tråden har bara ett namn, ingen länk till skribenten. Visa dolda svar och se efter på sidan.',
    truncatedHint: 'Texten är förkortad (”Visa mer”): bara början är granskad. Öppna den så granskas resten.',
    readLimitHint: (n: number) => `Texten är längre än Uppsikt läser in: bara de första ${groupedNumber(n, 'sv')} tecknen är granskade.`,
    noTime: 'tid okänd', next: 'Gör så här', found: 'Hittat', clause: 'Policy',
    waited: (age: string) => `Inget svar från kontot i tråden; har väntat ${age} räknat i kontorstid (kvällar, helger och helgdagar räknas inte)`,
    waitedUnknown: 'Inget svar från kontot i tråden; det gick inte att se på sidan när kommentaren skrevs',
    posted: (when: string) => `Publicerad ${when}`,
    answer: 'Svara i tråden, eller markera kommentaren som besvarad i sidopanelen om den har besvarats på annat sätt',
    done: 'Redan gjort',
  },
  en: {
    unanswered: 'Unanswered', unknown: 'Maybe unanswered', overdue: 'overdue', soon: 'due soon',
    hiddenHint: 'Uppsikt cannot see whether the account has answered: replies are hidden, or a reply in the thread has only a name, no link to its writer. Expand the hidden replies and look on the page.',
    truncatedHint: 'The text is shortened ("See more"): only its start is checked. Open it and the rest is checked too.',
    readLimitHint: (n: number) => `The text is longer than Uppsikt reads: only its first ${groupedNumber(n, 'en')} characters are checked.`,
    noTime: 'time unknown', next: 'What to do', found: 'Found', clause: 'Policy',
    waited: (age: string) => `No reply from the account in the thread; waiting ${age} counted in office hours (evenings, weekends and public holidays do not count)`,
    waitedUnknown: 'No reply from the account in the thread; when the comment was written could not be read on the page',
    posted: (when: string) => `Posted ${when}`,
    answer: 'Reply in the thread, or mark the comment answered in the side panel if it was answered another way',
    done: 'Already done',
  },
} as const;

/**
 * Quoted evidence, cut at a word to at most `max` characters: "…har fortfarande inte f" read as a
 * typo. Bidi controls in it are left out: they would reorder the rest of the tooltip's line; marks
 * piled on a letter are thinned: they painted over the tooltip's lines above and below.
 */
function quote(evidence: string, lang: 'sv' | 'en', max = 80): string {
  const text = withoutPiledMarks(withoutBidiControls(evidence));
  // Swedish quotes as the rest of the Swedish tooltip writes them (sidan: ”26 tim”).
  const mark = lang === 'sv' ? '”' : '"';
  if (text.length <= max) return `${mark}${text}${mark}`;
  const cut = text.slice(0, fittingLength(text, max - 1));
  const space = cut.lastIndexOf(' ');
  return `${mark}${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…${mark}`;
}

/** At most this many quotes per category: eight "Hittat" lines for one spam comment said nothing more than three. */
const QUOTES_PER_CATEGORY = 3;

function formatHours(hours: number): string {
  return hours < 1 ? '< 1 h' : `${Math.floor(hours)} h`;
}

/** The question found (if any), how long the comment has waited for the account, and whether replies are hidden. */
function waitingLines(item: PageWorkItem, question: Finding | undefined, presetId: string, lang: 'sv' | 'en'): string[] {
  const s = STRINGS[lang];
  const age = item.ageOfficeHours === null ? s.noTime : formatHours(item.ageOfficeHours);
  // The site shows the comment's age on the clock ("4 tim"); the badge counts office hours, so the tooltip says so.
  return [
    ...(question ? [`${s.found}: ${explain(question, presetId, lang).categoryLabel} – ${quote(question.evidence, lang)}`] : []),
    item.ageOfficeHours === null ? s.waitedUnknown : s.waited(age) + (item.postedAt ? `. ${s.posted(postedWhen(item.postedAt, item.postedShown, lang))}` : ''),
    ...(item.status === 'unknown' ? [s.hiddenHint] : []),
  ];
}

/**
 * What was flagged in a comment (not its question): the names for the badge, and per category what
 * was found (its words, each once; a check such as a personnummer's by name, a word list's entry not),
 * where the policy says so and what to do.
 */
function flaggedFindings(item: PageWorkItem, presetId: string, lang: 'sv' | 'en', overrides: ActionOverrides): { labels: string[]; details: string[] } {
  const s = STRINGS[lang];
  const byCategory = new Map<string, Finding[]>();
  for (const f of item.findings) {
    if (f.category !== 'needs-reply') byCategory.set(f.category, [...(byCategory.get(f.category) ?? []), f]);
  }
  const labels: string[] = [];
  // Categories under the same clause with the same step (GDPR art. 9's, say) are found first and then
  // explained once: said after each, the second seemed to have no clause or step of its own.
  const blocks = new Map<string, { found: string[]; explained: string[] }>();
  for (const findings of byCategory.values()) {
    const text = explain(findings[0], presetId, lang);
    labels.push(text.categoryLabel);
    const words = [...new Set(findings.map((f) => f.evidence.trim()).filter(Boolean))];
    const quoted = words.slice(0, QUOTES_PER_CATEGORY).map((w) => quote(w, lang)).join(', ')
      + (words.length > QUOTES_PER_CATEGORY ? (lang === 'en' ? ` and ${words.length - QUOTES_PER_CATEGORY} more` : ` och ${words.length - QUOTES_PER_CATEGORY} till`) : '');
    const checks = [...new Set(findings.filter((f) => !f.entry).map((f) => explain(f, presetId, lang).ruleLabel).filter(Boolean))];
    // The organisation's own choice for the category, where it made one (the side panel follows it too).
    const override = overrides[findings[0].category as Category];
    const explained = [`${s.clause} ${text.clause}`, `${s.next}: ${override ? actionLabel(override, lang) : text.actionLabel}`];
    const block = blocks.get(explained.join('\n')) ?? { found: [], explained };
    block.found.push(`${s.found}: ${text.categoryLabel} – ${quoted}${checks.length ? ` (${checks.join(', ')})` : ''}`);
    blocks.set(explained.join('\n'), block);
  }
  const details = [...blocks.values()].flatMap(({ found, explained }) => [...found, ...explained]);
  return { labels, details };
}

/** A comment past what Uppsikt reads of one (a 1 MB text): its end is not checked, and the tooltip says so. */
function readLimitLines(item: PageWorkItem, lang: 'sv' | 'en'): string[] {
  return item.longerThanRead && item.textLength ? [STRINGS[lang].readLimitHint(item.textLength)] : [];
}

/** What the badge on a comment says; the side panel shows the same words. */
export function badgeText(item: PageWorkItem, presetId: string, lang: 'sv' | 'en', overrides: ActionOverrides = NO_OVERRIDES, done: readonly string[] = NO_STEPS): BadgeText {
  const text = { ...judgedText(item, presetId, lang, overrides), about: writerShown(item.author, WRITER_LETTERS) };
  // What an editor already did to it comes first: a second editor reading the page does not do it again.
  if (done.length === 0) return text;
  return { ...text, details: [...done.map((step) => `${STRINGS[lang].done}: ${step}`), ...text.details] };
}

function judgedText(item: PageWorkItem, presetId: string, lang: 'sv' | 'en', overrides: ActionOverrides): BadgeText {
  const s = STRINGS[lang];
  const flagged = flaggedFindings(item, presetId, lang, overrides);
  if (item.group === 'act-now' || item.group === 'case' || (item.group === 'review' && flagged.labels.length > 0)) {
    const { labels, details } = flagged;
    const tone: BadgeTone = item.group === 'act-now' ? 'critical' : item.group === 'case' ? 'warning' : 'neutral';
    // A question in it still waits for an answer: the page's badge names the finding, so the tooltip says it.
    const question = item.findings.find((f) => f.category === 'needs-reply');
    if (question && (item.status === 'unanswered' || item.status === 'unknown')) details.push(...waitingLines(item, question, presetId, lang));
    if (item.truncated) details.push(s.truncatedHint);
    details.push(...readLimitLines(item, lang));
    const then = followUpText(item.followUps, lang);
    if (then) details.push(then);
    return { label: labels.join(' · '), glyph: tone === 'critical' ? 'critical' : tone === 'warning' ? 'case' : 'review', tone, details: [...new Set(details)] };
  }
  const unknown = item.status === 'unknown';
  const age = item.ageOfficeHours === null ? s.noTime : formatHours(item.ageOfficeHours);
  const dueText = item.due === 'overdue' ? ` – ${s.overdue}` : item.due === 'soon' ? ` – ${s.soon}` : '';
  const question = item.findings.find((f) => f.category === 'needs-reply');
  const preset = getPreset(presetId);
  // What the policy only has looked at (spam, an attack) and asks nothing is looked at, not answered: the side panel says Granska too.
  const toAnswer = item.action !== 'review';
  // Content to look at in a comment that waits for an answer (profanity, say): its words are marked, so it is named as well.
  const details = [
    ...waitingLines(item, question, presetId, lang),
    ...(item.truncated ? [s.truncatedHint] : []),
    ...readLimitLines(item, lang),
    ...(toAnswer ? [`${s.clause} (${preset.name}${lang === 'en' ? ', quoted in Swedish' : ''}): ${preset.responseClause}`, `${s.next}: ${s.answer}`] : []),
    ...flagged.details,
  ];
  return {
    label: [`${unknown ? s.unknown : s.unanswered} ${age}${dueText}`, ...flagged.labels].join(' · '),
    glyph: item.due === 'overdue' ? 'overdue' : 'unanswered',
    tone: item.due === 'overdue' ? 'warning' : 'info',
    details: [...new Set(details)],
  };
}

/**
 * Badge texts kept per comment while what they say is unchanged, so a rescan of a long thread
 * neither rebuilds thousands of explanations nor makes the overlay compare them.
 */
export class BadgeTexts {
  private kept = new Map<string, { key: string; text: BadgeText }>();
  /** The judgement keeps an unchanged comment's item object, so most lookups end here. */
  private byItem = new WeakMap<PageWorkItem, { presetId: string; lang: string; overrides: ActionOverrides; done: readonly string[]; text: BadgeText }>();

  get(item: PageWorkItem, presetId: string, lang: 'sv' | 'en', overrides: ActionOverrides = NO_OVERRIDES, done: readonly string[] = NO_STEPS): BadgeText {
    const same = this.byItem.get(item);
    if (same && same.presetId === presetId && same.lang === lang && same.overrides === overrides && same.done === done) return same.text;
    const text = this.byKey(item, presetId, lang, overrides, done);
    this.byItem.set(item, { presetId, lang, overrides, done, text });
    return text;
  }

  /** The same text object for an item that says the same (its badge need not be redrawn). */
  private byKey(item: PageWorkItem, presetId: string, lang: 'sv' | 'en', overrides: ActionOverrides, done: readonly string[]): BadgeText {
    const key = [presetId, lang, JSON.stringify(overrides), item.group, item.status, item.due, item.ageOfficeHours, item.postedAt, item.postedShown?.label, item.postedShown?.precision, item.action, item.followUps.join(), item.truncated, item.longerThanRead,
      item.categories.join(), item.findings.map((f) => `${f.rule}@${f.start}`).join(), done.join('\n')].join('|');
    const kept = this.kept.get(item.commentId);
    if (kept?.key === key) return kept.text;
    const text = badgeText(item, presetId, lang, overrides, done);
    this.kept.set(item.commentId, { key, text });
    return text;
  }

  clear(): void {
    this.kept.clear();
    this.byItem = new WeakMap();
  }
}
