import type { AuthorRef, CommentSnapshot } from '@/rules/snapshot';
import { REPORT_LIMITS as L } from './report-limits';

// A misread layout can put a whole column's text in an author's name or a link's address: what is
// reported and documented is cut to REPORT_LIMITS here, so one odd field cannot make all of it
// invalid. Each returns what it was given when that fits (the page's judgement compares by identity).

/** `text` cut to at most `max` characters, never in the middle of an emoji. */
export function fitText(text: string, max: number): string {
  if (text.length <= max) return text;
  return text.slice(0, /[\uD800-\uDBFF]/.test(text[max - 1]) ? max - 1 : max);
}

const fitNullable = (text: string | null, max: number) => (text === null ? null : fitText(text, max));

export function fitAuthor(author: AuthorRef): AuthorRef {
  const { name, handle, url } = author;
  if (name.length <= L.authorName && (handle?.length ?? 0) <= L.handle && (url?.length ?? 0) <= L.url) return author;
  return { ...author, name: fitText(name, L.authorName), handle: fitNullable(handle, L.handle), url: fitNullable(url, L.url) };
}

export function fitComment(comment: CommentSnapshot): CommentSnapshot {
  const { id, parentId, author, text, postedAt, permalink } = comment;
  const fitted = fitAuthor(author);
  const fits = fitted === author && id.length <= L.id && (parentId?.length ?? 0) <= L.id && text.length <= L.commentText
    && (postedAt?.length ?? 0) <= L.time && (permalink?.length ?? 0) <= L.url;
  if (fits) return comment;
  return {
    ...comment, id: fitText(id, L.id), parentId: fitNullable(parentId, L.id), author: fitted, text: fitText(text, L.commentText),
    postedAt: fitNullable(postedAt, L.time), permalink: fitNullable(permalink, L.url),
  };
}
