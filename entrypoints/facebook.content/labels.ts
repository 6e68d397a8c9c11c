import { labelWords } from '@/utils/page/label-words';

/**
 * Facebook's UI text, Swedish and English side by side. The adapter prefers label-free signals
 * (roles, comment_id in links, nesting); these tables are the fallback and the few places where
 * only text tells (e.g. "See more"). Swedish wordings are not all confirmed on the live site, so
 * several variants are listed.
 */
export const labels = {
  /** Button that expands a cut text. */
  seeMore: { sv: ['Visa mer', 'Se mer'], en: ['See more', 'See More'] },
  /** Marker next to the time of an edited comment. */
  edited: { sv: ['Redigerad', 'Redigerat', 'Redigerades'], en: ['Edited'] },
  /** Start of a comment article's aria-label ("Comment by Name a week ago"). */
  commentBy: { sv: ['Kommentar från', 'Kommentar av'], en: ['Comment by'] },
  /** Start of a reply article's aria-label ("Reply by Name to Name's comment 1 day ago"). */
  replyBy: { sv: ['Svar från', 'Svar av'], en: ['Reply by'] },
  /** The signed-in account's button in the top bar. */
  yourProfile: { sv: ['Din profil', 'Ditt konto'], en: ['Your profile', 'Account'] },
  /** Identity badge shown on comments by the post's author. */
  authorBadge: { sv: ['Författare', 'Skribent', 'Upphovsperson'], en: ['Author'] },
  /** Button under the comment list that loads more top-level comments. */
  moreComments: {
    sv: ['Visa fler kommentarer', 'Visa tidigare kommentarer', 'Visa föregående kommentarer'],
    en: ['View more comments', 'View previous comments', 'See more comments'],
  },
  /** Placeholder/label of the comment box. */
  writeComment: { sv: ['Skriv en kommentar', 'Skriv ett svar', 'Svara som'], en: ['Write a comment', 'Write a reply', 'Reply as', 'Comment as'] },
} as const;

export type LabelKey = keyof typeof labels;

/** All variants of a label, both languages. */
export function labelVariants(key: LabelKey): string[] {
  return [...labels[key].sv, ...labels[key].en];
}

const lowered = new Map<LabelKey, string[]>();
const longest = new Map<LabelKey, number>();

/** The variants in lower case, worked out once: labels are compared on every comment of every rescan. */
function lowerVariants(key: LabelKey): string[] {
  let variants = lowered.get(key);
  if (!variants) {
    lowered.set(key, (variants = labelVariants(key).map((v) => v.toLowerCase())));
    longest.set(key, Math.max(...variants.map((v) => v.length)));
  }
  return variants;
}

/** Trimmed, case-insensitive exact match against a label's variants. */
export function isLabel(text: string | null | undefined, key: LabelKey): boolean {
  if (!text) return false;
  const variants = lowerVariants(key);
  // A label is a word or two: a long text (a comment's, asked about every span) is not tidied to find out.
  if (text.length > longest.get(key)! * 4 + 16) return false;
  const t = text.replace(/\s+/g, ' ').trim().toLowerCase();
  return t.length > 0 && variants.includes(t);
}

const mentions = new Map<LabelKey, RegExp>();

/** Whether a label's words appear anywhere in the text (any case, any spacing): see `labelWords`. */
export function mentionsLabel(text: string | null | undefined, key: LabelKey): boolean {
  let pattern = mentions.get(key);
  if (!pattern) mentions.set(key, (pattern = labelWords(labelVariants(key))));
  return !!text && pattern.test(text);
}

/** Does the text start with one of the label's variants (case-insensitive)? Returns the rest. */
export function afterLabel(text: string | null | undefined, key: LabelKey): string | null {
  const t = (text ?? '').trim();
  for (const v of lowerVariants(key)) {
    if (t.length > v.length && t[v.length] === ' ' && t.slice(0, v.length).toLowerCase() === v) return t.slice(v.length + 1).trim();
  }
  return null;
}

/**
 * Buttons that open hidden replies: "Visa fler svar", "Visa alla 3 svar", "Visa 1 svar",
 * "Lisa svarade · 2 svar", "View more replies", "View all 3 replies", "View 2 more replies", "Anna replied · 1 reply",
 * "View replies (3)". The reply action itself ("Svara", "Reply") must not match.
 */
const HIDDEN_REPLIES = [
  /(?<![\p{L}])(?:visa|se) (?:(?:fler|alla|tidigare|föregående|\d+) ?(?:\d+ )?svar(?:en)?|svaren)(?![\p{L}])/iu,
  /(?<![\p{L}])\d+ (?:svar|reply|replies)(?![\p{L}])/iu,
  /(?<![\p{L}])svarade(?![\p{L}])/iu,
  /(?<![\p{L}])(?:view|see) (?:more|all|previous|\d+)? ?(?:\d+ )?(?:replies|reply)(?![\p{L}])/iu,
  /(?<![\p{L}])(?:view|see) \d+ more (?:replies|reply)(?![\p{L}])/iu,
  /(?<![\p{L}])replied(?![\p{L}])/iu,
];

export function isHiddenRepliesText(text: string | null | undefined): boolean {
  // Far too long to be the button's label, whatever its spacing: not tidied to find out (every button of a long thread is asked).
  if (!text || text.length > 1000) return false;
  const t = text.replace(/\s+/g, ' ').trim();
  if (!t || t.length > 200) return false;
  return HIDDEN_REPLIES.some((re) => re.test(t));
}

/** "782 comments", "28 kommentarer", "1 kommentar": the post's own comment count. */
export function commentCountFromText(text: string | null | undefined): number | null {
  const m = /^(\d[\d\s.,]*?)\s*(k|tn|m|mn)?\s*(?:comments?|kommentarer|kommentar)$/iu.exec((text ?? '').replace(/\u00a0/g, ' ').trim());
  if (!m) return null;
  // "1,2 tn" and "1.2K" are rounded thousands (at least 1 200); "1 234" and "1,234" are whole numbers.
  const scale = m[2] ? (/^m/iu.test(m[2]) ? 1_000_000 : 1000) : 1;
  const n = scale === 1 ? Number(m[1].replace(/[\s.,]/g, '')) : Math.round(Number(m[1].replace(/\s/g, '').replace(',', '.')) * scale);
  return Number.isFinite(n) ? n : null;
}
