import type { Category } from '@/rules/categories';
import type { Finding } from '@/rules/types';
import type { AuthorRef, CommentSnapshot, Platform } from '@/rules/snapshot';
import { MAX_CAPTURED_TEXT } from '@/utils/capture-limits';
import { fitAuthor, fitComment, fitText } from '@/utils/report-fit';
import { REPORT_LIMITS } from '@/utils/report-limits';
import { sha256Hex } from './hash';

/** What the content script hands over for documenting one comment, read from the page at capture time. */
export interface CapturedComment {
  platform: Platform;
  pageUrl: string;
  account: AuthorRef | null;
  comment: CommentSnapshot;
  parent: CommentSnapshot | null;
  replies: CommentSnapshot[];
  findings: Finding[];
}

/** The documentation record: everything the registrar needs to register it as an allmän handling. */
export interface EvidenceDocument {
  schema: 'uppsikt.evidence/1';
  id: string;
  platform: Platform;
  pageUrl: string;
  commentUrl: string | null;
  account: AuthorRef | null;
  comment: { id: string; author: AuthorRef; text: string; postedAt: string | null; edited: boolean };
  /** The replies shown when it was documented, at most RECORD_LIMITS of them; `repliesTotal` counts them all. */
  thread: { parent: ThreadEntry | null; replies: ThreadEntry[]; repliesTotal: number };
  categories: Category[];
  rules: string[];
  /** The first RECORD_LIMITS.findings findings, each quote cut to RECORD_LIMITS.quote; `findingsTotal` counts them all. */
  findings: Array<{ category: Category; rule: string; entry: string | null; evidence: string; confidence: number }>;
  findingsTotal: number;
  editor: string;
  capturedAt: string;
  browser: string;
  extensionVersion: string;
  image: { file: string; sha256: string } | null;
}

interface ThreadEntry {
  id: string;
  author: AuthorRef;
  text: string;
  postedAt: string | null;
}

const toEntry = (c: CommentSnapshot): ThreadEntry => ({ id: c.id, author: c.author, text: c.text, postedAt: c.postedAt });

export const IMAGE_FILE = 'skarmbild.png';

/**
 * What a record keeps of a long comment's findings and a long thread's replies: 500,000 characters
 * of one swear word gave 125,000 findings (a 23 MB record), and a thread can have thousands of
 * replies. Quotes are cut (the comment's whole text is in the record), replies together hold at
 * most one capture's worth of text. So a record stays well within RECORD_JSON_LIMIT.
 */
export const RECORD_LIMITS = { findings: 100, quote: 1000, replies: 100, repliesText: MAX_CAPTURED_TEXT } as const;

/**
 * The largest record a backup's import takes: room for any record made now (well under half of it,
 * even with every character escaped in the JSON) and for those made before findings were capped.
 */
export const RECORD_JSON_LIMIT = 64 * MAX_CAPTURED_TEXT;

/** The capture with every field within REPORT_LIMITS, as reported (utils/report-fit): all of it fits a backup. */
export function fitCaptured(captured: CapturedComment): CapturedComment {
  return {
    ...captured, pageUrl: fitText(captured.pageUrl, REPORT_LIMITS.url), account: captured.account && fitAuthor(captured.account),
    comment: fitComment(captured.comment), parent: captured.parent && fitComment(captured.parent), replies: captured.replies.map(fitComment),
  };
}

/** The first replies, within RECORD_LIMITS. */
function keptReplies(replies: CommentSnapshot[]): ThreadEntry[] {
  const kept: ThreadEntry[] = [];
  let chars = 0;
  for (const reply of replies) {
    chars += reply.text.length;
    if (kept.length === RECORD_LIMITS.replies || chars > RECORD_LIMITS.repliesText) break;
    kept.push(toEntry(reply));
  }
  return kept;
}

export function buildEvidenceDocument(input: {
  id: string; captured: CapturedComment; editor: string; capturedAt: string; browser: string; extensionVersion: string;
  imageSha256: string | null;
}): EvidenceDocument {
  const { captured } = input;
  const flagged = captured.findings.filter((f) => f.confidence >= 0.5);
  return {
    schema: 'uppsikt.evidence/1',
    id: input.id,
    platform: captured.platform,
    pageUrl: captured.pageUrl,
    commentUrl: captured.comment.permalink,
    account: captured.account,
    comment: {
      id: captured.comment.id, author: captured.comment.author, text: captured.comment.text,
      postedAt: captured.comment.postedAt, edited: captured.comment.edited,
    },
    thread: { parent: captured.parent && toEntry(captured.parent), replies: keptReplies(captured.replies), repliesTotal: captured.replies.length },
    categories: [...new Set(flagged.map((f) => f.category))].sort(),
    rules: [...new Set(flagged.map((f) => f.rule))].sort(),
    findings: flagged.slice(0, RECORD_LIMITS.findings).map((f) => ({
      category: f.category, rule: f.rule, entry: f.entry ?? null, evidence: fitText(f.evidence, RECORD_LIMITS.quote), confidence: f.confidence,
    })),
    findingsTotal: flagged.length,
    editor: input.editor,
    capturedAt: input.capturedAt,
    browser: input.browser,
    extensionVersion: input.extensionVersion,
    image: input.imageSha256 ? { file: IMAGE_FILE, sha256: input.imageSha256 } : null,
  };
}

/** The record as stored and sent: exactly these bytes are hashed, so anyone can verify them later. */
export async function serialiseRecord(document: EvidenceDocument): Promise<{ json: string; sha256: string }> {
  const json = JSON.stringify(document, null, 2);
  return { json, sha256: await sha256Hex(json) };
}
