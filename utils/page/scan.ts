import type { Finding } from '@/rules/types';
import { flaggedCategories, triage, unansweredOrder, WORK_GROUPS } from '@/rules/triage';
import { dueState, responseAge, threadStatuses, type CommentStatus, type DueState, type ResponseRule } from '@/rules/thread-status';
import { officeHoursBetween } from '@/rules/office-hours';
import type { CommentSnapshot } from '@/rules/snapshot';
import type { Category, RecommendedAction } from '@/rules/categories';
import { getPreset } from '@/rules/presets';
import type { PageContext } from '@/utils/messaging';
import type { PageReport, WorkItem } from '@/utils/report';
import type { AdapterResult } from './adapter';

/**
 * The work list shows an excerpt and documentation reads the whole comment from the page, so the
 * report (sent to the background on every change) carries no more than this of each text.
 */
const ITEM_TEXT_LIMIT = 300;

function clip(text: string, limit: number): string {
  if (text.length <= limit) return text;
  const end = /[\uD800-\uDBFF]/.test(text[limit - 1]) ? limit - 1 : limit; // never split an emoji
  return `${text.slice(0, end)}…`;
}

/** What the marks on a comment element say (GUIDE, "Marks on the page"). */
export interface CommentVerdict {
  status: CommentStatus;
  categories: Category[];
  item: WorkItem | null;
}

/** One shared empty list, so "no findings" compares equal from one scan to the next. */
const NO_FINDINGS: Finding[] = [];

/**
 * Findings per comment, kept while the text is unchanged, so a rescan only analyses what is new.
 * The analysis itself runs in the background, off the page's main thread.
 */
export class AnalysisCache {
  private entries = new Map<string, { text: string; findings: Finding[] }>();

  /** Comments whose current text has not been analysed yet. */
  missing(comments: Array<{ id: string; text: string }>): Array<{ id: string; text: string }> {
    return comments.filter((c) => this.entries.get(c.id)?.text !== c.text);
  }

  store(id: string, text: string, findings: Finding[]): void {
    this.entries.set(id, { text, findings });
  }

  findings(id: string, text: string): Finding[] {
    const cached = this.entries.get(id);
    return cached && cached.text === text ? cached.findings : NO_FINDINGS;
  }

  clear(): void {
    this.entries.clear();
  }
}

const holidaySets = new WeakMap<PageContext, ReadonlySet<string>>();

/** One set per page context, so office-hour results worked out for it are reused on every rescan. */
function holidaySet(context: PageContext): ReadonlySet<string> {
  let set = holidaySets.get(context);
  if (!set) holidaySets.set(context, (set = new Set(context.holidays)));
  return set;
}

/** What a comment's verdict was decided from. */
interface Judged {
  comment: CommentSnapshot;
  status: CommentStatus;
  findings: Finding[];
  /** Office hours waited (unrounded), when waiting for a reply and its time is known. */
  hours: number | null;
  age: number | null;
  due: DueState | null;
  verdict: CommentVerdict;
}

function sameComment(a: CommentSnapshot, b: CommentSnapshot): boolean {
  return a === b || a.text === b.text && a.parentId === b.parentId && a.postedAt === b.postedAt && a.permalink === b.permalink
    && a.author.name === b.author.name && a.author.handle === b.author.handle && a.author.url === b.author.url;
}

/**
 * The verdicts of the last judgement, kept between scans: a comment whose verdict would come out
 * the same keeps its objects, so what changed is found by identity (marks, badges, the report delta).
 */
export class JudgementMemory {
  context: PageContext | null = null;
  /** When the kept verdicts were judged. */
  at: Date | null = null;
  judged = new Map<string, Judged>();
}

/**
 * Decides about every comment the adapter read: its status, flagged categories and work item.
 * The work can be done in slices (`step` with a deadline) so a long thread never blocks the page.
 */
export class PageJudgement {
  readonly verdicts = new Map<string, CommentVerdict>();
  private items: WorkItem[] = [];
  private next = 0;
  private statuses: Map<string, CommentStatus>;
  private ignored: Set<string>;
  private rule: ResponseRule;
  private actionFor: (category: Category) => RecommendedAction;
  private judged = new Map<string, Judged>();
  private elapsed: number | null;

  constructor(
    private result: AdapterResult, private context: PageContext, private cache: AnalysisCache, private now: Date,
    private memory = new JudgementMemory(),
  ) {
    if (memory.context !== context) memory.judged.clear();
    memory.context = context;
    this.statuses = threadStatuses(result.snapshot.comments, context.account);
    this.ignored = new Set(context.ignored);
    this.rule = { responseHours: context.responseHours, office: context.office, holidays: holidaySet(context) };
    // Office hours add up: a comment's wait now is its wait then plus the office hours in between,
    // worked out once for the whole page instead of once per comment.
    this.elapsed = memory.at && memory.at <= now ? officeHoursBetween(memory.at, now, context.office, this.rule.holidays) : null;
    const preset = getPreset(context.presetId);
    this.actionFor = (category) => context.actionOverrides[category] ?? preset.categories[category].action;
  }

  /** Judges comments until `deadline` (a performance.now() time); true when every comment is judged. */
  step(deadline = Number.POSITIVE_INFINITY): boolean {
    const { comments, platform } = this.result.snapshot;
    const first = this.next;
    for (; this.next < comments.length; this.next++) {
      // Every slice judges at least one batch, so a late start still makes progress.
      if (this.next > first && this.next % 64 === 0 && performance.now() > deadline) return false;
      const comment = comments[this.next];
      const status = this.statuses.get(comment.id) ?? 'unanswered';
      const isIgnored = this.ignored.size > 0 && this.ignored.has(`${platform}:${comment.id}`);
      const findings = status === 'own' || isIgnored ? NO_FINDINGS : this.cache.findings(comment.id, comment.text);
      const waiting = status === 'unanswered' || status === 'unknown';
      const before = this.memory.judged.get(comment.id);
      const hours = !waiting ? null
        : before?.hours != null && this.elapsed !== null && before.comment.postedAt === comment.postedAt ? before.hours + this.elapsed
          : responseAge(comment.postedAt, this.now, this.rule)?.hours ?? null;
      const age = hours === null ? null : Math.round(hours * 10) / 10;
      const due = hours === null ? null : dueState(hours, this.rule.responseHours);
      let judged: Judged;
      if (before && before.status === status && before.findings === findings && before.age === age && before.due === due
        && sameComment(before.comment, comment)) {
        // The same verdict: kept, with the wait brought forward (no new objects for thousands of comments).
        judged = before;
        judged.comment = comment;
        judged.hours = hours;
      } else {
        judged = { comment, status, findings, hours, age, due, verdict: this.decide(comment, status, findings, age, due) };
      }
      if (judged.verdict.item) this.items.push(judged.verdict.item);
      this.verdicts.set(comment.id, judged.verdict);
      this.judged.set(comment.id, judged);
    }
    this.memory.judged = this.judged;
    this.memory.at = this.now;
    return true;
  }

  private decide(comment: CommentSnapshot, status: CommentStatus, findings: Finding[], age: number | null, due: DueState | null): CommentVerdict {
    const decision = triage(findings, status, this.actionFor);
    const item: WorkItem | null = decision && {
      commentId: comment.id, parentId: comment.parentId, author: comment.author, text: clip(comment.text, ITEM_TEXT_LIMIT),
      permalink: comment.permalink, postedAt: comment.postedAt, status, ageOfficeHours: age, due,
      group: decision.group, categories: decision.categories, findings: findings.filter((f) => f.confidence >= 0.5),
      action: decision.action,
    };
    return { status, categories: flaggedCategories(findings), item };
  }

  /** The page's report, once every comment is judged. */
  report(): PageReport {
    const { snapshot } = this.result;
    // By group, unanswered ones most urgent first, otherwise in page order: one total order, so an
    // item that did not change keeps its place among the others (the report delta relies on it).
    // Sorted by position with the keys in typed arrays: no object per item on every rescan of a long thread.
    const count = this.items.length;
    const group = new Uint8Array(count);
    const urgency = new Float64Array(count);
    const order: number[] = new Array(count);
    for (let i = 0; i < count; i++) {
      const item = this.items[i];
      group[i] = WORK_GROUPS.indexOf(item.group);
      urgency[i] = item.group === 'unanswered' ? unansweredOrder(item) : 0;
      order[i] = i;
    }
    order.sort((a, b) => group[a] - group[b] || urgency[b] - urgency[a] || a - b);
    const items = order.map((i) => this.items[i]);
    return {
      platform: snapshot.platform, pageKind: snapshot.pageKind, url: snapshot.url, scannedAt: this.now.toISOString(),
      account: this.context.account, pageOwner: snapshot.pageOwner ?? snapshot.post?.author ?? null, accountSource: this.context.accountSource,
      commentCount: snapshot.comments.length, items, profileText: snapshot.profileText,
      ownComments: snapshot.comments.filter((c) => this.verdicts.get(c.id)?.status === 'own').slice(0, 500),
      recentPostTimes: snapshot.recentPostTimes, misses: snapshot.misses,
    };
  }
}

/** Judges a whole page at once (the extract CLI and tests). */
export function judgePage(
  result: AdapterResult, context: PageContext, cache: AnalysisCache, now: Date,
): { report: PageReport; verdicts: Map<string, CommentVerdict> } {
  const judgement = new PageJudgement(result, context, cache, now);
  judgement.step();
  return { report: judgement.report(), verdicts: judgement.verdicts };
}
