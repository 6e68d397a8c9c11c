// Instagram's UI text, Swedish and English side by side. The adapter matches both whatever
// html[lang] says: an editor may switch language, and a label from either table means the same thing.

export interface LabelTable {
  /** "Reply" under each comment. */
  reply: string[];
  /** The site marks a comment or caption edited. */
  edited: string[];
  /** The cut-off text's expander ("… mer"). */
  more: string[];
  /** Sidebar link to the signed-in account's own profile. */
  profileLink: string[];
  /** The comment box's aria-label. */
  addComment: string[];
  /**
   * The buttons under the comments that show more of them: the icon that loads more (its svg's
   * aria-label) and the one that shows the comments Instagram hid as offensive.
   */
  loadMoreComments: string[];
  /** Shown beside a comment, never part of its text: a pinned comment's mark, the translation toggle. */
  commentMarks: string[];
}

export const labels: Record<'sv' | 'en', LabelTable> = {
  sv: {
    reply: ['Svara'],
    edited: ['Redigerad', 'Redigerat'],
    more: ['mer', '… mer', 'Visa mer'],
    profileLink: ['Profil'],
    addComment: ['Lägg till en kommentar…', 'Lägg till en kommentar...'],
    loadMoreComments: ['Läs in fler kommentarer', 'Visa fler kommentarer', 'Visa dolda kommentarer'],
    commentMarks: ['Fäst', 'Fästa', 'Visa översättning', 'Visa original'],
  },
  en: {
    reply: ['Reply'],
    edited: ['Edited'],
    more: ['more', '… more', 'See more'],
    profileLink: ['Profile'],
    addComment: ['Add a comment…', 'Add a comment...'],
    loadMoreComments: ['Load more comments', 'View more comments', 'View hidden comments'],
    commentMarks: ['Pinned', 'See translation', 'See original'],
  },
};

/** Every label of one kind, both languages. */
export function anyLanguage(kind: keyof LabelTable): string[] {
  return [...labels.sv[kind], ...labels.en[kind]];
}

const LOAD_MORE = new Set(anyLanguage('loadMoreComments').map((l) => l.toLowerCase()));

/** "Läs in fler kommentarer", "Load more comments": the button that loads more of the post's comments. */
export function isLoadMoreCommentsLabel(text: string): boolean {
  return LOAD_MORE.has(text.trim().toLowerCase());
}

const MARKS = new Set([...anyLanguage('commentMarks'), ...anyLanguage('reply'), ...anyLanguage('edited')].map((l) => l.toLowerCase()));
/** "12 gillamarkeringar", "1 234 gilla-markeringar", "1 like", "1,234 likes". */
const LIKE_COUNT = /^\d[\d\s.,]*\s(?:gilla-?markering(?:ar)?|likes?)$/iu;

/** "Fäst", "Visa översättning", "Svara", "12 gillamarkeringar": a label shown with a comment, not its text. */
export function isCommentMark(text: string): boolean {
  return text.length <= 40 && (MARKS.has(text.toLowerCase()) || LIKE_COUNT.test(text));
}

const MORE = new Set(anyLanguage('more').map((l) => l.replace(/^[•·…\s]+/, '').toLowerCase()));

/** "mer", "… mer", "Visa mer", "more": the button that opens a shortened comment. */
export function isMoreLabel(text: string): boolean {
  return MORE.has(text.replace(/^[•·…\s]+/, '').toLowerCase());
}

/**
 * "Visa svar (3)", "Visa alla 3 svar", "Visa fler svar", "View replies (3)", "View all 3 replies",
 * "View more replies", "View 2 more replies", with Instagram's leading "——" rule. The count is in parentheses when shown.
 */
export const viewRepliesPattern =
  /^[\s—–-]*(?:(?:Visa|Se) (?:alla |fler )?(?:\d[\d\s]* )?svar(?:en)?|(?:View|See) (?:all |more )?(?:\d[\d,]* )?(?:more )?repl(?:y|ies))(?:\s*\((\d[\d\s,]*)\))?\s*$/iu;

/** Month names as in Instagram's absolute dates (time[title], image alt texts). */
export const monthNames: Record<string, number> = {
  januari: 1, februari: 2, mars: 3, april: 4, maj: 5, juni: 6, juli: 7, augusti: 8, september: 9,
  oktober: 10, november: 11, december: 12,
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, okt: 10, oct: 10, nov: 11,
  dec: 12, january: 1, february: 2, march: 3, may: 5, june: 6, july: 7, august: 8, october: 10,
};

/** Grid image alt texts: "Photo by Sjöviks kommun on March 12, 2025." / "Foto av … den 12 mars 2025." */
export const gridAltDatePattern = /(?:\bon|\bden)\s+(\d{1,2}\s+\p{L}+\.?\s+\d{4}|\p{L}+\.?\s+\d{1,2},\s*\d{4})/iu;
