import { FLAG_THRESHOLD, type Category } from '@/rules/categories';
import { flaggedCategories } from '@/rules/triage';
import type { Finding } from '@/rules/types';
import type { AuthorRef, CommentSnapshot, Platform, PostSnapshot, ShownTime } from '@/rules/snapshot';
import { CAPTURE_TEXT_LIMITS, MAX_CAPTURED_TEXT } from '@/utils/capture-limits';
import type { Settings } from '@/utils/settings/schema';
import { fitAuthor, fitComment, fitText } from '@/utils/report-fit';
import { REPORT_LIMITS } from '@/utils/report-limits';
import { sha256Hex } from './hash';
import { recordPolicy, type RecordPolicy } from './record-policy';

/** What the content script hands over for documenting one comment, read from the page at capture time. */
export interface CapturedComment {
  platform: Platform;
  pageUrl: string;
  account: AuthorRef | null;
  comment: CommentSnapshot;
  parent: CommentSnapshot | null;
  replies: CommentSnapshot[];
  /** The post the comment is under, as the page showed it (absent from what older versions captured). */
  post?: PostSnapshot | null;
  findings: Finding[];
  /** Characters of the comment's text past what Uppsikt reads of one comment, when the page can tell. */
  charactersCut?: number;
}

/** The comment's text is longer than Uppsikt reads: only the start is documented. */
export interface TextCut {
  /** How many characters are left out; null when the page could not tell. */
  charactersCut: number | null;
}

/**
 * The documentation record: everything the registrar needs to register it as an allmän handling.
 * Schema 1 is only ever extended: fields marked optional are absent from records made before them
 * (stored records are described again on a retry); no field changes meaning. `postedAt` is the
 * instant Uppsikt worked out, `postedShown` what the page said ("3 d") and how precise that is.
 */
export interface EvidenceDocument {
  schema: 'uppsikt.evidence/1';
  id: string;
  platform: Platform;
  pageUrl: string;
  commentUrl: string | null;
  account: AuthorRef | null;
  /** The organisation documenting (settings). */
  organisation?: { name: string; department: string } | null;
  comment: {
    id: string; author: AuthorRef; text: string; postedAt: string | null; edited: boolean;
    postedShown?: ShownTime | null;
    /** The site showed only part of the text ("Visa mer"): only what showed is documented. */
    truncated?: boolean;
    textCut?: TextCut | null;
  };
  /** The replies shown when it was documented, at most RECORD_LIMITS of them; `repliesTotal` counts them all. */
  thread: { parent: ThreadEntry | null; replies: ThreadEntry[]; repliesTotal: number };
  /** The post the comment is under: who posted it, when, its address and text (at most RECORD_LIMITS.postText characters). */
  post?: { author: AuthorRef | null; text: string; postedAt: string | null; permalink: string | null } | null;
  /** Every category found, a question to answer (`needs-reply`) too. */
  categories: Category[];
  /** The categories found in the comment it answers and its replies: the thread's personal data, for the secrecy decision. */
  threadCategories?: Category[];
  /** The same comment's documentation made before this one (a second registration says which the first was). */
  earlier?: EarlierDocumentation[];
  /** Removal and police decisions logged before it was documented: no supplement could tell them. */
  decisionsBefore?: DecisionBefore[];
  /** The comment also asks something of the organisation (`needs-reply` among the categories). */
  containsQuestion?: boolean;
  /** The policy it was judged by, and its clause and action per category other than a question. */
  policy?: RecordPolicy | null;
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

/** A removal or police decision logged before the comment was documented: what, when and by whom. */
export interface DecisionBefore {
  action: 'removed' | 'police-report.made' | 'police-report.considered';
  at: string;
  by: string;
}

/** A documentation of the same comment made earlier: its record's id, when, and its diarienummer once the registrator gave one. */
export interface EarlierDocumentation {
  id: string;
  at: string;
  registrationNumber: string | null;
}

interface ThreadEntry {
  id: string;
  author: AuthorRef;
  text: string;
  postedAt: string | null;
  postedShown?: ShownTime | null;
}

const toEntry = (c: CommentSnapshot): ThreadEntry => ({ id: c.id, author: c.author, text: c.text, postedAt: c.postedAt, postedShown: c.postedShown ?? null });

export const IMAGE_FILE = 'skarmbild.png';
export const RECORD_FILE = 'handling.json';

/**
 * What a record keeps of a long comment's findings and a long thread's replies: 500,000 characters
 * of one swear word gave 125,000 findings (a 23 MB record), and a thread can have thousands of
 * replies. Quotes are cut (the comment's whole text is in the record), replies together hold at
 * most one capture's worth of text. So a record stays well within RECORD_JSON_LIMIT.
 */
export const RECORD_LIMITS = { findings: 100, quote: 1000, replies: 100, repliesText: MAX_CAPTURED_TEXT, postText: 20_000 } as const;

/**
 * The largest record a backup's import takes: room for any record made now (well under half of it,
 * even with every character escaped in the JSON) and for those made before findings were capped.
 */
export const RECORD_JSON_LIMIT = 64 * MAX_CAPTURED_TEXT;

/** The capture with every field within REPORT_LIMITS, as reported (utils/report-fit): all of it fits a backup. */
export function fitCaptured(captured: CapturedComment): CapturedComment {
  const comment = fitComment(captured.comment);
  // What is cut here is cut from the record too: counted, so the record says so.
  const cutHere = captured.comment.text.length - comment.text.length;
  return {
    ...captured, pageUrl: fitText(captured.pageUrl, REPORT_LIMITS.url), account: captured.account && fitAuthor(captured.account),
    comment, parent: captured.parent && fitComment(captured.parent), replies: captured.replies.map(fitComment),
    post: captured.post ? fitPost(captured.post) : null,
    ...(cutHere > 0 ? { charactersCut: (captured.charactersCut ?? 0) + cutHere } : {}),
  };
}

function fitPost(post: PostSnapshot): PostSnapshot {
  return {
    id: post.id && fitText(post.id, REPORT_LIMITS.id), author: post.author && fitAuthor(post.author), text: fitText(post.text, RECORD_LIMITS.postText),
    postedAt: post.postedAt && fitText(post.postedAt, REPORT_LIMITS.time), permalink: post.permalink && fitText(post.permalink, REPORT_LIMITS.url),
  };
}

/** Whether the text was cut at Uppsikt's reading limit: said by the page, or the text fills the limit. */
function textCut(captured: CapturedComment): TextCut | null {
  if (captured.charactersCut) return { charactersCut: captured.charactersCut };
  return captured.comment.text.length >= CAPTURE_TEXT_LIMITS[captured.platform] ? { charactersCut: null } : null;
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
  /** The organisation and its policy; without them the record names neither. */
  settings?: Pick<Settings, 'organisation' | 'policy'>;
  /** What the rules find in the comment it answers and in its replies. */
  threadCategories?: Category[];
  earlier?: EarlierDocumentation[];
  decisionsBefore?: DecisionBefore[];
}): EvidenceDocument {
  const { captured, settings } = input;
  const flagged = captured.findings.filter((f) => f.confidence >= FLAG_THRESHOLD);
  const categories = flaggedCategories(flagged);
  return {
    schema: 'uppsikt.evidence/1',
    id: input.id,
    platform: captured.platform,
    pageUrl: captured.pageUrl,
    commentUrl: captured.comment.permalink,
    account: captured.account,
    organisation: settings ? { name: settings.organisation.name, department: settings.organisation.department } : null,
    comment: {
      id: captured.comment.id, author: captured.comment.author, text: captured.comment.text,
      postedAt: captured.comment.postedAt, edited: captured.comment.edited, postedShown: captured.comment.postedShown ?? null,
      truncated: captured.comment.truncated, textCut: textCut(captured),
    },
    thread: { parent: captured.parent && toEntry(captured.parent), replies: keptReplies(captured.replies), repliesTotal: captured.replies.length },
    post: captured.post ? { author: captured.post.author, text: captured.post.text, postedAt: captured.post.postedAt, permalink: captured.post.permalink } : null,
    categories,
    threadCategories: [...new Set(input.threadCategories ?? [])].sort(),
    earlier: input.earlier ?? [],
    decisionsBefore: input.decisionsBefore ?? [],
    containsQuestion: categories.includes('needs-reply'),
    policy: settings ? recordPolicy(settings.policy, categories) : null,
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
