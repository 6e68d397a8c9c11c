// X's UI text, Swedish and English side by side. data-testids carry almost everything on X; these
// tables cover the few places only the visible text tells what an element means. Both languages are
// matched whatever html[lang] says, since an editor may switch language and the meaning is the same.

export interface XLabelTable {
  /** A cell that opens replies to the reply above it (they are not shown). */
  showReplies: string[];
  /** A button at the end of a conversation that loads replies to the post not yet shown. */
  showMoreReplies: string[];
  /** The cut-off text's expander. */
  showMore: string[];
  /** The "edited" note on a tweet. */
  edited: string[];
  /** The alt text X gives an image or video its author did not describe. */
  undescribedMedia: string[];
  /** The post's way to the replies its author hid: they are not in the conversation. */
  hiddenByAuthor: string[];
}

export const xLabels: Record<'sv' | 'en', XLabelTable> = {
  sv: {
    showReplies: ['Visa svar'],
    showMoreReplies: ['Visa fler svar', 'Visa ytterligare svar', 'Visa trolig skräppost'],
    showMore: ['Visa mer'],
    edited: ['Senast redigerad', 'Redigerad'],
    undescribedMedia: ['Bild', 'Inbäddad video', 'GIF'],
    hiddenByAuthor: ['Visa dolda svar'],
  },
  en: {
    showReplies: ['Show replies'],
    showMoreReplies: ['Show more replies', 'Show additional replies', 'Show probable spam'],
    showMore: ['Show more'],
    edited: ['Last edited', 'Edited'],
    undescribedMedia: ['Image', 'Embedded video', 'GIF'],
    hiddenByAuthor: ['View hidden replies'],
  },
};

function normalise(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
}

/** Does the text start with one of the labels of this kind, in either language? */
export function matchesLabel(text: string | null | undefined, kind: keyof XLabelTable): boolean {
  if (!text) return false;
  const t = normalise(text);
  if (!t || t.length > 200) return false;
  return [...xLabels.sv[kind], ...xLabels.en[kind]].some((label) => t.startsWith(normalise(label)));
}

/** Does the text contain one of the labels of this kind, in either language? */
export function containsLabel(text: string | null | undefined, kind: keyof XLabelTable): boolean {
  if (!text) return false;
  const t = normalise(text.slice(0, 2000));
  return [...xLabels.sv[kind], ...xLabels.en[kind]].some((label) => t.includes(normalise(label)));
}

/** Is the whole text one of the labels of this kind, in either language? */
export function isLabel(text: string | null | undefined, kind: keyof XLabelTable): boolean {
  if (!text) return false;
  const t = normalise(text.slice(0, 200));
  return [...xLabels.sv[kind], ...xLabels.en[kind]].some((label) => t === normalise(label));
}
