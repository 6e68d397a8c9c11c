import type { PageReport } from '@/utils/report';

// The toolbar button's count for a tab: the comments on its page that need the editor (every group
// but "review", replies hidden behind "Visa fler svar" included). The number alone says nothing of
// what it counts, so the button's tooltip says it in words, and its colour says the worst of them:
// the page's badge tones (utils/page/overlay), which carry white text at 4.5:1 or more.

const TONE = { critical: '#b3261e', warning: '#b35c00', info: '#0b57d0' } as const;

export interface ToolbarBadge {
  text: string;
  title: string;
  color: string;
}

const TITLES = {
  sv: {
    none: 'Uppsikt: inget på sidan behöver åtgärd',
    some: (n: number) => `Uppsikt: ${n} ${n === 1 ? 'kommentar' : 'kommentarer'} på sidan behöver åtgärd`,
    groups: {
      'act-now': (n: number) => `${n} att åtgärda nu`,
      unanswered: (n: number) => `${n} ${n === 1 ? 'obesvarad' : 'obesvarade'}`,
      case: (n: number) => `${n} till ärendehantering`,
    },
    ofThem: 'av dem',
    and: 'och',
    overdue: (n: number) => `${n} över svarstiden`,
    unknown: (n: number) => `${n} med dolda svar (kan vara besvarade)`,
    review: (n: number) => `${n} att granska räknas inte.`,
    unread: 'Inlägget har fler kommentarer än sidan visar; de är inte lästa.',
    layout: 'Sidans layout kändes inte igen, så kommentarer kan saknas eller vara fel lästa; sidopanelen säger vad.',
    refused: (reason: string) => `Uppsikt: sidans senaste rapport togs inte emot, så antalet kan vara inaktuellt (${reason})`,
  },
  en: {
    none: 'Uppsikt: nothing on this page needs action',
    some: (n: number) => `Uppsikt: ${n} ${n === 1 ? 'comment on this page needs' : 'comments on this page need'} action`,
    groups: {
      'act-now': (n: number) => `${n} to act on now`,
      unanswered: (n: number) => `${n} unanswered`,
      case: (n: number) => `${n} to case handling`,
    },
    ofThem: 'of them',
    and: 'and',
    overdue: (n: number) => `${n} past the response time`,
    unknown: (n: number) => `${n} with hidden replies (may be answered)`,
    review: (n: number) => `${n} to review ${n === 1 ? 'is' : 'are'} not counted.`,
    unread: 'The post has more comments than the page shows; those are not read.',
    layout: 'The page\'s layout was not recognised, so comments may be missing or misread; the side panel says what.',
    refused: (reason: string) => `Uppsikt: the page's last report was refused, so the count may be out of date (${reason})`,
  },
} as const;

export function toolbarBadge(
  { items, hiddenComments, misses = [] }: Pick<PageReport, 'items' | 'hiddenComments'> & Partial<Pick<PageReport, 'misses'>>, language: 'sv' | 'en',
): ToolbarBadge {
  const t = TITLES[language];
  const needing = items.filter((item) => item.group !== 'review');
  const review = items.length - needing.length;
  // What the number leaves out: comments only to review, comments the page has not shown, a page not read as it should be.
  const notes = [misses.length > 0 && t.layout, review > 0 && t.review(review), hiddenComments && t.unread].filter(Boolean).join(' ');
  const withNotes = (title: string) => (notes ? `${title}. ${notes}` : title);
  const actNow = needing.filter((item) => item.group === 'act-now').length;
  const overdue = needing.filter((item) => item.due === 'overdue').length;
  const unknown = needing.filter((item) => item.status === 'unknown').length;
  const color = actNow > 0 ? TONE.critical : overdue > 0 || misses.length > 0 ? TONE.warning : TONE.info;
  // Nothing found on a page not read as it should be is not "nothing needs action".
  if (needing.length === 0 && misses.length > 0) return { text: '!', title: `Uppsikt: ${notes}`, color };
  if (needing.length === 0) return { text: '', title: withNotes(t.none), color };
  // The groups add up to the number; how many are overdue or may be answered cuts across them, and is said of them all.
  const groups = (['act-now', 'unanswered', 'case'] as const)
    .map((group) => [group, needing.filter((item) => item.group === group).length] as const)
    .filter(([, n]) => n > 0)
    .map(([group, n]) => t.groups[group](n));
  const across = [overdue && t.overdue(overdue), unknown && t.unknown(unknown)].filter(Boolean).join(` ${t.and} `);
  const title = `${t.some(needing.length)}: ${groups.join(', ')}${across ? `; ${t.ofThem} ${across}` : ''}`;
  return { text: String(Math.min(needing.length, 999)), title: withNotes(title), color };
}

/** The page's report was refused (utils/messaging's reason): the count it showed may no longer be right. */
export function refusedBadge(reason: string, language: 'sv' | 'en'): ToolbarBadge {
  return { text: '!', title: TITLES[language].refused(reason.slice(0, 300)), color: TONE.warning };
}
