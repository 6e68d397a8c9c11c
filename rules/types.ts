import type { Category } from './categories';

/**
 * One thing in a text the editor must act on. Offsets are UTF-16 indices into the text that
 * was analysed (as JavaScript strings index), so `text.slice(start, end) === evidence`.
 */
export interface Finding {
  category: Category;
  start: number;
  end: number;
  /** 0..1; flagged at >= FLAG_THRESHOLD. */
  confidence: number;
  /** Id of the rule that fired, e.g. `id.personnummer`, `lex.prohibited.attack`. */
  rule: string;
  /** The matched text, exactly as in the original. */
  evidence: string;
  /** Id of the word-list entry that fired, when a lexicon entry did. */
  entry?: string;
}

/** The organisation's own contact details: never flagged as a private person's. */
export interface OwnContacts {
  emails?: string[];
  phones?: string[];
  addresses?: string[];
  websites?: string[];
}

/** The findings are the same under every policy: the policy decides what is done with them (rules/presets). */
export interface AnalyzeOptions {
  own?: OwnContacts;
  /** Analysis reference time (for personnummer date checks); default now. */
  now?: Date;
}
