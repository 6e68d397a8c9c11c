import type { Finding } from '@/rules/types';
import { flaggedCategories, triage, workOrder, WORK_GROUPS } from '@/rules/triage';
import { dueState, responseAge, ThreadIndex, waitHeadroomSeconds, type CommentStatus, type DueState, type ResponseRule } from '@/rules/thread-status';
import { officeHoursBetween } from '@/rules/office-hours';
import { sameComment, type CommentSnapshot } from '@/rules/snapshot';
import type { Category, RecommendedAction } from '@/rules/categories';
import { getPreset } from '@/rules/presets';
import type { PageContext } from '@/utils/messaging';
import type { PageReport, PageWorkItem } from '@/utils/report';
import type { AdapterResult } from './adapter';
import { groupMisses } from './group-misses';
import { REPORT_LIMITS } from '@/utils/report-limits';
import { fitAuthor, fitComment, fitText } from '@/utils/report-fit';
import { reachedReadLimit } from './characters-cut';
import { characterCount, fittingLetters, withoutPiledMarks } from '@/utils/ui/display-text';

/**
 * The work list shows an excerpt and documentation reads the whole comment from the page, so the
 * report (sent to the background on every change) carries no more than this of each text.
 */
const ITEM_TEXT_LIMIT = 300;

/** What the page showed of a known time ("3 d") and how precise it is: the panel prints the time no more precisely. */
const shownOf = ({ postedAt, postedShown }: CommentSnapshot): PageWorkItem['postedShown'] =>
  postedAt && postedShown ? { label: fitText(postedShown.label, REPORT_LIMITS.timeLabel), precision: postedShown.precision } : null;

/**
 * How much of a long text is thinned for its item: enough for the item's letters under piles of
 * ~60 marks each, without going through a 1 MB comment at every change.
 */
const ITEM_TEXT_THINNED = 20_000;

/**
 * An item's text: marks piled on a letter thinned first, then cut after ITEM_TEXT_LIMIT letters
 * (never inside a character). Cut first, a 'Zalgo' comment's 300 code units held some 9 letters,
 * and the work list showed only those.
 */
function itemText(text: string): string {
  const long = text.length > ITEM_TEXT_THINNED;
  const upTo = /[\uD800-\uDBFF]/.test(text[ITEM_TEXT_THINNED - 1]) ? ITEM_TEXT_THINNED - 1 : ITEM_TEXT_THINNED; // never split an emoji
  const head = withoutPiledMarks(long ? text.slice(0, upTo) : text);
  const end = fittingLetters(head, ITEM_TEXT_LIMIT);
  return long || end < head.length ? `${head.slice(0, end)}…` : head;
}

/** What the marks on a comment element say (GUIDE, "Marks on the page"). */
export interface CommentVerdict {
  status: CommentStatus;
  categories: Category[];
  item: PageWorkItem | null;
}

/** One shared empty list, so "no findings" compares equal from one scan to the next. */
const NO_FINDINGS: Finding[] = [];

function countTruncated(comments: CommentSnapshot[]): number {
  let n = 0;
  for (const comment of comments) if (comment.truncated) n++;
  return n;
}

/**
 * Findings per comment, kept while the text is unchanged, so a rescan only analyses what is new.
 * The analysis itself runs in the background, off the page's main thread.
 */
export class AnalysisCache {
  private entries = new Map<string, { text: string; findings: Finding[] }>();
  /** Counts what was stored: while it stands, every comment's findings are the ones looked up before. */
  version = 0;
  /** The ids stored since version `logFrom` (a clear starts it over), so a judgement can ask which findings came in. */
  private log: string[] = [];
  private logFrom = 0;

  /** The list last asked about, and which of it were missing then. */
  private asked: ReadonlyArray<{ id: string; text: string }> = [];
  private unanalysed: Array<{ id: string; text: string }> = [];

  /**
   * Comments whose current text has not been analysed yet. A list that goes on from the last one
   * asked about (the same objects first) is only looked through from where that one ended.
   */
  missing(comments: ReadonlyArray<{ id: string; text: string }>): Array<{ id: string; text: string }> {
    const goesOn = startsWith(comments, this.asked);
    const looked = goesOn ? this.unanalysed.concat(comments.slice(this.asked.length)) : comments;
    const todo = looked.filter((c) => this.entries.get(c.id)?.text !== c.text);
    [this.asked, this.unanalysed] = [comments.slice(), todo];
    // Only when some kept are off the page: a thread of more than the limit on the page is not looked through on every scan.
    if (this.entries.size > CACHED_LIMIT && this.entries.size > comments.length) this.keepOnly(comments);
    return todo;
  }

  /** How many comments' findings are kept. */
  get size(): number {
    return this.entries.size;
  }

  /**
   * Forgets the comments no longer read from the page (deleted, or past what the X reader keeps of
   * a conversation scrolled through for hours); one that comes back is analysed again. The findings
   * of those read stay as they are.
   */
  private keepOnly(comments: ReadonlyArray<{ id: string }>): void {
    const onPage = new Set(comments.map((c) => c.id));
    for (const id of this.entries.keys()) if (!onPage.has(id)) this.entries.delete(id);
  }

  store(id: string, text: string, findings: Finding[]): void {
    this.entries.set(id, { text, findings });
    this.log.push(id);
    this.version++;
    if (this.log.length > STORED_LOG_LIMIT) {
      const dropped = this.log.length / 2;
      this.log = this.log.slice(dropped);
      this.logFrom += dropped;
    }
  }

  /** The ids whose findings were stored after `version`; null when that is no longer known (cleared, or long ago). */
  storedSince(version: number): string[] | null {
    return version < this.logFrom || version > this.version ? null : this.log.slice(version - this.logFrom);
  }

  findings(id: string, text: string): Finding[] {
    const cached = this.entries.get(id);
    return cached && cached.text === text ? cached.findings : NO_FINDINGS;
  }

  /** Counts the clears: an answer asked for before one (other settings) is not stored. */
  cleared = 0;

  clear(): void {
    this.cleared++;
    this.entries.clear();
    [this.asked, this.unanalysed] = [[], []];
    this.version++;
    [this.log, this.logFrom] = [[], this.version];
  }
}

const STORED_LOG_LIMIT = 20_000;
/** Comments whose findings are kept before those no longer on the page are forgotten (a few MB at most). */
const CACHED_LIMIT = 20_000;

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
  /** Office hours waited (unrounded) at `hoursAt`, when waiting for a reply and its time is known. */
  hours: number | null;
  hoursAt: Date;
  age: number | null;
  due: DueState | null;
  verdict: CommentVerdict;
}

/**
 * The verdicts of the last judgement, kept between scans: a comment whose verdict would come out
 * the same keeps its objects, so what changed is found by identity (marks, badges, the report delta).
 * When the comments judged last are all still first on the page, unchanged (the same objects: the
 * adapters keep them), the next judgement goes on from them and looks again only at what is new,
 * what a new reply may have answered, and how long the waiting ones have waited.
 */
export class JudgementMemory {
  context: PageContext | null = null;
  /**
   * Since `base`, the waits kept can grow by `slack` office seconds before any shown age or due
   * state changes: until then a judgement going on leaves the comments it kept as they are.
   */
  base: Date | null = null;
  slack = 0;
  judged = new Map<string, Judged>();
  /** The threads of the comments judged last (in page order), and their judgements by position. */
  threads: ThreadIndex | null = null;
  byPosition: Judged[] = [];
  verdicts = new Map<string, CommentVerdict>();
  /** The last report's items, in its order, and the account's own comments in it (null until it is made). */
  items: PageWorkItem[] | null = null;
  own: CommentSnapshot[] | null = null;
  cacheVersion = -1;
  /**
   * Findings without what case handling settles, per findings array (and the result to itself), for
   * as long as the context stands: the same array lets a comment moved to case handling keep its verdict.
   */
  settledByCase = new WeakMap<Finding[], Finding[]>();
}

/** Comments put in their threads between looks at the clock. */
const THREAD_BATCH = 512;

/** The account's own comments the report carries in full (the side panel checks their signature). */
const OWN_COMMENTS_LIMIT = 500;

/** Where an item goes in the report: by group, most urgent first (see workOrder), otherwise in page order. */
interface OrderKey {
  group: number;
  urgency: number;
  position: number;
}

function orderKey(item: PageWorkItem, position: number): OrderKey {
  return { group: WORK_GROUPS.indexOf(item.group), urgency: workOrder(item), position };
}

const before = (a: OrderKey, b: OrderKey) => a.group - b.group || b.urgency - a.urgency || a.position - b.position;

/**
 * Decides about every comment the adapter read: its status, flagged categories and work item.
 * The work can be done in slices (`step` with a deadline) so a long thread never blocks the page.
 */
export class PageJudgement {
  /**
   * Comment id → verdict. Going on from the last judgement, this is the memory's map, brought up to
   * date: read it before the next judgement with the same memory.
   */
  readonly verdicts: Map<string, CommentVerdict>;
  /** The comments whose verdict is new (in page order); null when every verdict may be. */
  readonly changed: string[] | null;
  private items: PageWorkItem[] = [];
  private next = 0;
  private threads: ThreadIndex;
  /** Going on from the last judgement: comments before this position are the ones judged then. */
  private from = 0;
  /** Of those, the positions whose status may have changed (a new reply in their thread). */
  private recheck = new Set<number>();
  /** Of those, the items whose verdict changed (to take out of the last report's order). */
  private replaced = new Set<PageWorkItem>();
  private findingsMoved = true;
  /** Only the rechecked and new comments are looked at: every kept verdict holds (waits within their slack). */
  private keptHold = false;
  /** The positions looked at when the kept ones hold: the rechecked ones, in order (the new ones follow). */
  private rechecked: number[] = [];
  private ignored: Set<string>;
  private handled: Set<string>;
  private movedToCase: Set<string>;
  private rule: ResponseRule;
  private actionFor: (category: Category) => RecommendedAction;
  private judged: Map<string, Judged>;
  private byPosition: Judged[];
  /** Office hours from each earlier time a wait was worked out at, to now (a few distinct times per page). */
  private elapsedFrom = new Map<number, number>();
  private base: Date;
  private slack = Number.POSITIVE_INFINITY;
  /** How many comments the threads hold so far (all of them when going on). */
  private threaded: number;
  private lastItems: PageWorkItem[] | null;
  private lastOwn: CommentSnapshot[] | null;

  constructor(
    private result: AdapterResult, private context: PageContext, private cache: AnalysisCache, private now: Date,
    private memory = new JudgementMemory(),
  ) {
    if (memory.context !== context) {
      memory.judged.clear();
      memory.settledByCase = new WeakMap();
    }
    const { comments } = result.snapshot;
    this.threaded = comments.length;
    const last = memory.context === context ? memory.threads : null;
    const judgedBefore = last?.added.length ?? 0;
    const recheck = last && judgedBefore > 0 && startsWith(comments, last.added) ? last.add(comments.slice(judgedBefore)) : null;
    memory.context = context;
    this.lastItems = memory.items;
    this.lastOwn = memory.own;
    // Taken over until this judgement is done: one left unfinished leaves nothing to go on from.
    [memory.items, memory.own] = [null, null];
    if (recheck && last) {
      this.threads = last;
      this.from = judgedBefore;
      this.recheck = new Set(recheck);
      this.verdicts = memory.verdicts;
      this.judged = memory.judged;
      this.byPosition = memory.byPosition;
      this.changed = [];
    } else {
      // Built in parts by `step`: a long page's threads take more than one task.
      this.threads = new ThreadIndex(context.account);
      this.threaded = 0;
      this.verdicts = new Map();
      this.judged = new Map();
      this.byPosition = [];
      this.changed = null;
    }
    memory.threads = null;
    this.ignored = new Set(context.ignored);
    this.handled = new Set(context.handled);
    this.movedToCase = new Set(context.movedToCase);
    this.rule = { responseHours: context.responseHours, office: context.office, holidays: holidaySet(context) };
    this.base = now;
    if (recheck && last) {
      // Comments whose findings came in since are looked at again; if that is not known, every comment's are.
      const stored = cache.storedSince(memory.cacheVersion);
      this.findingsMoved = stored === null;
      for (const id of stored ?? []) {
        const at = this.threads.indexOf(id);
        if (at >= 0 && at < judgedBefore) this.recheck.add(at);
      }
      const sinceBase = this.elapsedSince(memory.base);
      if (!this.findingsMoved && sinceBase !== null && sinceBase * 3600 < memory.slack) {
        this.keptHold = true;
        this.rechecked = [...this.recheck].sort((a, b) => a - b);
        [this.base, this.slack] = [memory.base!, memory.slack];
      }
    }
    const preset = getPreset(context.presetId);
    this.actionFor = (category) => context.actionOverrides[category] ?? preset.categories[category].action;
  }

  /** Judges comments until `deadline` (a performance.now() time); true when every comment is judged. */
  step(deadline = Number.POSITIVE_INFINITY): boolean {
    const { comments, platform } = this.result.snapshot;
    if (!this.thread(deadline)) return false;
    // When the kept verdicts hold, only the rechecked positions and the new comments are looked at.
    const count = this.keptHold ? this.rechecked.length + comments.length - this.from : comments.length;
    const positionAt = (k: number) => (!this.keptHold ? k : k < this.rechecked.length ? this.rechecked[k] : this.from + k - this.rechecked.length);
    const sinceBase = this.keptHold ? this.elapsedSince(this.base)! * 3600 : 0;
    const first = this.next;
    for (; this.next < count; this.next++) {
      // Every slice judges at least one batch, so a late start still makes progress.
      if (this.next > first && this.next % 32 === 0 && performance.now() > deadline) return false;
      const index = positionAt(this.next);
      const comment = comments[index];
      const kept = index < this.from ? this.byPosition[index] : undefined;
      const rechecked = this.recheck.size > 0 && this.recheck.has(index);
      // A comment judged last time whose status and findings cannot have changed: only its wait moves on.
      const threadStatus = kept && !rechecked ? kept.status : this.threads.status(index);
      // Answered elsewhere or moved to case handling: the editor's word ends the wait the thread shows.
      const status = this.handled.size > 0 && (threadStatus === 'unanswered' || threadStatus === 'unknown')
        && this.handled.has(`${platform}:${comment.id}`) ? 'answered' : threadStatus;
      const isIgnored = this.ignored.size > 0 && this.ignored.has(`${platform}:${comment.id}`);
      const read = status === 'own' || isIgnored ? NO_FINDINGS
        : kept && !rechecked && !this.findingsMoved && kept.status === status ? kept.findings : this.cache.findings(comment.id, comment.text);
      const findings = this.movedToCase.size > 0 && read.length > 0 && this.movedToCase.has(`${platform}:${comment.id}`) ? this.withoutCaseHandling(read) : read;
      const waiting = status === 'unanswered' || status === 'unknown';
      const earlier = kept ?? this.memory.judged.get(comment.id);
      // Office hours add up: a wait now is the wait worked out then plus the office hours in between.
      const since = earlier?.hours != null && earlier.comment.postedAt === comment.postedAt ? this.elapsedSince(earlier.hoursAt) : null;
      const hours = !waiting ? null
        : since !== null ? earlier!.hours! + since
          : responseAge(comment.postedAt, this.now, this.rule)?.hours ?? null;
      // In whole seconds first: a wait added up scan by scan and one worked out afresh then round alike.
      const seconds = hours === null ? null : Math.round(hours * 3600);
      const age = seconds === null ? null : Math.round(seconds / 360) / 10;
      const due = seconds === null ? null : dueState(seconds / 3600, this.rule.responseHours);
      if (hours !== null) this.slack = Math.min(this.slack, sinceBase + waitHeadroomSeconds(hours, this.rule.responseHours));
      let judged: Judged;
      if (earlier && earlier.status === status && earlier.findings === findings && earlier.age === age && earlier.due === due
        && sameComment(earlier.comment, comment)) {
        // The same verdict: kept, with the wait brought forward (no new objects for thousands of comments).
        judged = earlier;
        judged.comment = comment;
        judged.hours = hours;
        judged.hoursAt = this.now;
      } else {
        judged = { comment, status, findings, hours, hoursAt: this.now, age, due, verdict: this.decide(comment, status, findings, age, due) };
      }
      if (kept) {
        if (judged === kept) continue; // going on from the last judgement: nothing to write down
        if (kept.verdict.item) this.replaced.add(kept.verdict.item);
      }
      if (this.changed) {
        this.changed.push(comment.id);
        if (judged.verdict.item) this.items.push(judged.verdict.item);
      } else if (judged.verdict.item) this.items.push(judged.verdict.item);
      this.verdicts.set(comment.id, judged.verdict);
      this.judged.set(comment.id, judged);
      this.byPosition[index] = judged;
    }
    this.memory.judged = this.judged;
    this.memory.byPosition = this.byPosition;
    this.memory.threads = this.threads;
    this.memory.verdicts = this.verdicts;
    this.memory.cacheVersion = this.cache.version;
    [this.memory.base, this.memory.slack] = [this.base, this.slack];
    return true;
  }

  /** Puts the comments in their threads, in parts within `deadline`; false when time ran out first. */
  private thread(deadline: number): boolean {
    const { comments } = this.result.snapshot;
    // Every call puts at least one part in, so a late start still makes progress.
    for (let parts = 0; this.threaded < comments.length; parts++) {
      if (parts > 0 && performance.now() > deadline) return false;
      const part = comments.slice(this.threaded, this.threaded + THREAD_BATCH);
      if (this.threads.add(part, false) === null) {
        // A reply came before its parent, across parts: its threads are worked out in one go.
        this.threads = new ThreadIndex(this.context.account);
        this.threads.add(comments, false);
        this.threaded = comments.length;
      } else this.threaded += part.length;
    }
    return true;
  }

  /** Office hours from `time` to now; null when `time` is unknown or later. */
  private elapsedSince(time: Date | null): number | null {
    if (!time || time > this.now) return null;
    let hours = this.elapsedFrom.get(time.getTime());
    if (hours === undefined) this.elapsedFrom.set(time.getTime(), (hours = officeHoursBetween(time, this.now, this.context.office, this.rule.holidays)));
    return hours;
  }

  /** A comment moved to case handling (R4): what asked for that move is done; the rest of its findings stand. */
  private withoutCaseHandling(findings: Finding[]): Finding[] {
    const { settledByCase } = this.memory;
    let settled = settledByCase.get(findings);
    if (!settled) {
      settled = findings.filter((f) => this.actionFor(f.category) !== 'case-handling');
      settledByCase.set(findings, settled);
      settledByCase.set(settled, settled);
    }
    return settled;
  }

  private decide(comment: CommentSnapshot, status: CommentStatus, findings: Finding[], age: number | null, due: DueState | null): CommentVerdict {
    const decision = triage(findings, status, this.actionFor);
    const item: PageWorkItem | null = decision && {
      commentId: fitText(comment.id, REPORT_LIMITS.id), author: fitAuthor(comment.author), text: itemText(comment.text), status, ageOfficeHours: age, due,
      group: decision.group, categories: decision.categories, findings: findings.filter((f) => f.confidence >= 0.5),
      action: decision.action, followUps: decision.followUps, truncated: comment.truncated, postedAt: comment.postedAt && fitText(comment.postedAt, REPORT_LIMITS.time),
      postedShown: shownOf(comment), textLength: characterCount(comment.text),
      ...(reachedReadLimit(this.result.snapshot.platform, comment.text) ? { longerThanRead: true } : {}),
    };
    return { status, categories: flaggedCategories(findings), item };
  }

  /** The page's report, once every comment is judged. */
  report(): PageReport<PageWorkItem> {
    const { snapshot } = this.result;
    const items = this.changed && this.lastItems ? this.itemsGoneOn(this.lastItems) : this.itemsInOrder();
    const own = this.changed && this.lastOwn ? this.ownGoneOn(this.lastOwn)
      : snapshot.comments.filter((c) => this.verdicts.get(c.id)?.status === 'own').slice(0, OWN_COMMENTS_LIMIT).map(fitComment);
    this.memory.items = items;
    this.memory.own = own;
    const owner = snapshot.pageOwner ?? snapshot.post?.author ?? null;
    // Every field the background limits is cut to it (utils/report-fit): a misread layout must not get the whole report refused.
    return {
      platform: snapshot.platform, pageKind: snapshot.pageKind, url: fitText(snapshot.url, REPORT_LIMITS.url), scannedAt: this.now.toISOString(),
      account: this.context.account && fitAuthor(this.context.account), pageOwner: owner && fitAuthor(owner), accountSource: this.context.accountSource,
      commentCount: snapshot.comments.length, truncatedCount: countTruncated(snapshot.comments),
      hiddenComments: snapshot.post?.hiddenComments === true, ...(snapshot.post?.repliesHiddenByAuthor ? { repliesHiddenByAuthor: true } : {}), offPageCount: listedOffPage(items, this.result.offPage), items,
      profileText: snapshot.profileText?.slice(0, REPORT_LIMITS.profileText) ?? null, bioText: snapshot.bioText?.slice(0, REPORT_LIMITS.bioText) ?? null,
      ...(snapshot.followersShown ? { followersShown: snapshot.followersShown.slice(0, REPORT_LIMITS.followersShown) } : {}),
      ownComments: own, recentPostTimes: snapshot.recentPostTimes.slice(0, REPORT_LIMITS.recentPostTimes).map((t) => fitText(t, REPORT_LIMITS.time)),
      misses: groupMisses(snapshot.misses), ...(this.context.decisionsUnread ? { decisionsUnread: true } : {}),
    };
  }

  /**
   * By group, most urgent first (see workOrder), otherwise in page order: one total order, so an
   * item that did not change keeps its place among the others (the report delta relies on it).
   * Sorted by position with the keys in typed arrays: no object per item on every rescan of a long thread.
   */
  private itemsInOrder(): PageWorkItem[] {
    // Going on from a judgement whose report was not made: every item, in page order.
    if (this.changed) this.items = this.byPosition.flatMap((judged) => (judged.verdict.item ? [judged.verdict.item] : []));
    const count = this.items.length;
    const group = new Uint8Array(count);
    const urgency = new Float64Array(count);
    const order: number[] = new Array(count);
    for (let i = 0; i < count; i++) {
      const item = this.items[i];
      group[i] = WORK_GROUPS.indexOf(item.group);
      urgency[i] = workOrder(item);
      order[i] = i;
    }
    order.sort((a, b) => group[a] - group[b] || urgency[b] - urgency[a] || a - b);
    return order.map((i) => this.items[i]);
  }

  /** The last report's order with the changed items taken out and the new ones put in where they go. */
  private itemsGoneOn(last: PageWorkItem[]): PageWorkItem[] {
    if (this.items.length === 0 && this.replaced.size === 0) return last;
    const kept = this.replaced.size ? last.filter((item) => !this.replaced.has(item)) : last;
    const positionOf = (item: PageWorkItem) => this.threads.indexOf(item.commentId);
    const added = this.items.map((item) => ({ item, key: orderKey(item, positionOf(item)) })).sort((a, b) => before(a.key, b.key));
    const out: PageWorkItem[] = [];
    let at = 0;
    for (const { item, key } of added) {
      // Where it goes among the kept ones (a binary search: they are in order).
      let lo = at;
      let hi = kept.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (before(orderKey(kept[mid], positionOf(kept[mid])), key) < 0) lo = mid + 1;
        else hi = mid;
      }
      while (at < lo) out.push(kept[at++]);
      out.push(item);
    }
    while (at < kept.length) out.push(kept[at++]);
    return out;
  }

  /** The last report's own comments and the account's new ones (a comment's author does not change while it is kept). */
  private ownGoneOn(last: CommentSnapshot[]): CommentSnapshot[] {
    const { comments } = this.result.snapshot;
    if (last.length >= OWN_COMMENTS_LIMIT) return last;
    const added: CommentSnapshot[] = [];
    for (let index = this.from; index < comments.length && last.length + added.length < OWN_COMMENTS_LIMIT; index++) {
      if (this.verdicts.get(comments[index].id)?.status === 'own') added.push(fitComment(comments[index]));
    }
    return added.length ? last.concat(added) : last;
  }
}

/** Whether `list` starts with every element of `start`, the same objects in the same order. */
function startsWith<T>(list: readonly T[], start: readonly T[]): boolean {
  if (list.length < start.length) return false;
  for (let i = 0; i < start.length; i++) if (list[i] !== start[i]) return false;
  return true;
}

/** Judges a whole page at once (the extract CLI and tests). */
export function judgePage(
  result: AdapterResult, context: PageContext, cache: AnalysisCache, now: Date,
): { report: PageReport<PageWorkItem>; verdicts: Map<string, CommentVerdict> } {
  const judgement = new PageJudgement(result, context, cache, now);
  judgement.step();
  return { report: judgement.report(), verdicts: judgement.verdicts };
}

/** The listed items whose reply X has taken out of the page (the account's own and answered ones are not listed). */
function listedOffPage(items: readonly PageWorkItem[], offPage: ReadonlyMap<string, unknown> | undefined): number {
  if (!offPage?.size) return 0;
  let count = 0;
  for (const item of items) if (offPage.has(item.commentId)) count++;
  return count;
}
