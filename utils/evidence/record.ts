import type { Category } from '@/rules/categories';
import type { Finding } from '@/rules/types';
import type { AuthorRef, CommentSnapshot, Platform } from '@/rules/snapshot';
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
  thread: { parent: ThreadEntry | null; replies: ThreadEntry[] };
  categories: Category[];
  rules: string[];
  findings: Array<{ category: Category; rule: string; entry: string | null; evidence: string; confidence: number }>;
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
    thread: { parent: captured.parent && toEntry(captured.parent), replies: captured.replies.map(toEntry) },
    categories: [...new Set(flagged.map((f) => f.category))].sort(),
    rules: [...new Set(flagged.map((f) => f.rule))].sort(),
    findings: flagged.map((f) => ({ category: f.category, rule: f.rule, entry: f.entry ?? null, evidence: f.evidence, confidence: f.confidence })),
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
