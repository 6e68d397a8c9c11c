import type { Preset } from './presets/preset';
import type { AuthorRef, CommentSnapshot } from './snapshot';
import { isSameAccount } from './thread-status';

// R3: replies signed by the editor ("/Anna, kommunikatör"; Perstorp: "/Anna Svensson, kommunikatör").

export interface EditorName {
  firstName: string;
  lastName: string;
  title: string;
}

/** The editor's signature in the preset's format; null when the preset asks for none or the name is not set. */
export function signatureFor(editor: EditorName, preset: Pick<Preset, 'signature'>): string | null {
  const format = preset.signature.format;
  const first = editor.firstName.trim();
  if (format === 'none' || !first) return null;
  const last = editor.lastName.trim();
  const name = format === 'full-name-title' && last ? `${first} ${last}` : first;
  const title = editor.title.trim();
  return `/${name}${title ? `, ${title}` : ''}`;
}

// What may follow a signature: emoji, their modifiers and joiners, closing punctuation, spaces.
const TRAILING = /(?:[\s.!:;()\p{Extended_Pictographic}\u{1F3FB}-\u{1F3FF}\p{Regional_Indicator}]|\u200d|\ufe0f)+$/u;
const NAME_WORD = '\\p{Lu}[\\p{L}\'’-]*';
const TITLE = '\\p{L}[\\p{L}\\s-]{1,40}?';
const MARKER = '(?:\\/\\/?|[–—-]|[Mm]vh,?|[Mm]ed vänlig hälsning,?|[Vv]änliga hälsningar,?|[Hh]älsningar,?|[Hh]älsar)';
// A marker, one to three capitalised name words, and an optional title after a comma, a dash or in brackets, at the very
// end ("/Anna, kommunikatör", "/Anna – kommunikatör", "// Anna (kommunikatör": the closing bracket is trimmed as trailing).
const SIGNED = new RegExp(`(?:^|[\\s.!?])${MARKER}\\s*(${NAME_WORD}(?:\\s+${NAME_WORD}){0,2})(?:\\s*,\\s*|\\s+[–—-]\\s+|\\s*\\(\\s*)?(${TITLE})?$`, 'u');
// Without a marker: only a known editor's name on its own last line.
const BARE = new RegExp(`(?:^|\\n)\\s*(${NAME_WORD}(?:\\s+${NAME_WORD}){0,2})(?:\\s*,\\s*(${TITLE}))?$`, 'u');

interface Signature {
  names: string[];
  title: string | null;
}

function trailingSignature(text: string, pattern: RegExp): Signature | null {
  const m = pattern.exec(text.normalize('NFC').replace(TRAILING, ''));
  if (!m) return null;
  return { names: m[1].split(/\s+/u), title: m[2]?.trim() || null };
}

/** A role or a department where the name should be ("/Kommunikatör", "/Redaktionen"), or initials ("/AB"): nobody's first name. */
const INITIALS = /^\P{Ll}+$/u;
const ROLE_OR_OFFICE = /(?:tör|törer|ansvarig|avdelningen?|enheten|redaktionen|kontoret|förvaltningen|kommun|stad)$/iu;

function namesSomeone(s: Signature): boolean {
  return !INITIALS.test(s.names[0]) && !ROLE_OR_OFFICE.test(s.names[0]);
}

function firstNameOf(editor: string): string {
  return editor.replace(/^\/+/u, '').trim().split(/[\s,]+/u)[0]?.toLocaleLowerCase('sv') ?? '';
}

/**
 * Does a reply end with a signature in the preset's format? Tolerates "/Anna, kommunikatör",
 * "// Anna", "Mvh Anna, kommunikatör", "– Anna Berg, webbredaktör" and emoji after it. Perstorp's
 * format needs first and last name and title. `knownEditors` ("Anna Berg, kommunikatör") also
 * accepts a bare name line from one of them, and rejects a marker followed by anybody else's name.
 */
export function isSigned(text: string, preset: Pick<Preset, 'signature'>, knownEditors: string[] = []): boolean {
  const known = new Set(knownEditors.map(firstNameOf).filter(Boolean));
  const fits = (s: Signature | null): boolean => {
    if (!s || !namesSomeone(s)) return false;
    if (known.size && !known.has(s.names[0].toLocaleLowerCase('sv'))) return false;
    if (preset.signature.format === 'full-name-title') return s.names.length >= 2 && s.title !== null;
    return true;
  };
  if (fits(trailingSignature(text, SIGNED))) return true;
  return known.size > 0 && fits(trailingSignature(text, BARE));
}

/** The managed account's replies on the page without a signature; none when the preset asks for none. */
export function unsignedReplies(
  comments: CommentSnapshot[],
  account: AuthorRef | null,
  preset: Pick<Preset, 'signature'>,
  knownEditors: string[] = [],
): CommentSnapshot[] {
  if (preset.signature.format === 'none') return [];
  return comments.filter((c) => isSameAccount(c.author, account) && !isSigned(c.text, preset, knownEditors));
}
