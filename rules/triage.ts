import { FLAG_THRESHOLD, type Category, type RecommendedAction } from './categories';
import type { Finding } from './types';
import type { CommentStatus, DueState } from './thread-status';

export type WorkGroup = 'act-now' | 'unanswered' | 'case' | 'review';

/** The work list's groups, most urgent first. */
export const WORK_GROUPS: readonly WorkGroup[] = ['act-now', 'unanswered', 'case', 'review'];

/** What each flagged category asks of the editor when the preset says nothing else. */
export function defaultAction(category: Category): RecommendedAction {
  if (category === 'prohibited.threat' || category === 'prohibited.csam' || category === 'prohibited.incitement') return 'police-report';
  if (category === 'needs-reply') return 'answer';
  if (category === 'personal.case') return 'case-handling';
  if (category === 'personal.contact') return 'review';
  return 'document-remove';
}

const ACTION_RANK: Record<RecommendedAction, number> = {
  'police-report': 4, 'document-remove': 3, 'case-handling': 2, answer: 1, review: 0,
};

export interface Triage {
  group: WorkGroup;
  action: RecommendedAction;
  /** What is left once `action` is done: a question still wants its answer after the comment is removed, a case its move. */
  followUps: readonly FollowUp[];
  categories: Category[];
}

/** Steps that can follow the recommended one. */
export type FollowUp = Extract<RecommendedAction, 'case-handling' | 'answer'>;

const NOTHING_AFTER: readonly FollowUp[] = Object.freeze([]);

/** The steps after `action`, in the order they are done: the case moved, then the question answered. */
function followUps(action: RecommendedAction, actions: RecommendedAction[], categories: Category[], waiting: boolean): readonly FollowUp[] {
  const then: FollowUp[] = [];
  if (action !== 'case-handling' && actions.includes('case-handling')) then.push('case-handling');
  // Moving a case includes answering where to turn.
  if (action !== 'answer' && action !== 'case-handling' && !then.length && waiting && categories.includes('needs-reply')) then.push('answer');
  return then.length ? then : NOTHING_AFTER;
}

/** Flagged categories of a set of findings (confidence ≥ 0.5), in a stable order. */
export function flaggedCategories(findings: Finding[]): Category[] {
  return [...new Set(findings.filter((f) => f.confidence >= FLAG_THRESHOLD).map((f) => f.category))].sort();
}

/**
 * Where a comment goes in the work list, and the one action to recommend. Null when it needs
 * nothing: the account's own comments and answered ones without flagged content.
 */
export function triage(
  findings: Finding[], status: CommentStatus, actionFor: (c: Category) => RecommendedAction = defaultAction,
): Triage | null {
  const categories = flaggedCategories(findings);
  const actions = categories.map(actionFor);
  const strongest = actions.reduce<RecommendedAction | null>(
    (best, a) => (best === null || ACTION_RANK[a] > ACTION_RANK[best] ? a : best), null,
  );
  const waiting = status === 'unanswered' || status === 'unknown';
  const decided = (group: WorkGroup, action: RecommendedAction): Triage => ({ group, action, followUps: followUps(action, actions, categories, waiting), categories });
  if (strongest === 'police-report' || strongest === 'document-remove') return decided('act-now', strongest);
  if (strongest === 'case-handling') return decided('case', 'case-handling');
  // Unanswered; what the policy has the editor only look at (spam, a personal attack) is looked at, not answered, unless it asks something.
  if (waiting) return decided('unanswered', strongest === 'review' && !categories.includes('needs-reply') ? 'review' : 'answer');
  // An answered question needs nothing more; other flagged content still wants a look.
  if (status !== 'own' && actions.some((a) => a === 'review')) return decided('review', 'review');
  return null;
}

/** Work-list order: questions first, then overdue before due soon, then oldest first. */
export function compareUnanswered(
  a: { categories: Category[]; due: DueState | null; ageOfficeHours: number | null },
  b: { categories: Category[]; due: DueState | null; ageOfficeHours: number | null },
): number {
  const q = Number(b.categories.includes('needs-reply')) - Number(a.categories.includes('needs-reply'));
  if (q) return q;
  const rank = (d: DueState | null) => (d === 'overdue' ? 2 : d === 'soon' ? 1 : 0);
  return rank(b.due) - rank(a.due) || (b.ageOfficeHours ?? -1) - (a.ageOfficeHours ?? -1);
}

/**
 * A work item's place in its group as one number, larger first: unanswered ones by
 * `unansweredOrder`; under "Åtgärda nu" what may be a crime to report (a threat, incitement) before
 * what is only documented and removed; otherwise page order (0).
 */
export function workOrder(item: {
  group: WorkGroup; action: RecommendedAction; categories: Category[]; due: DueState | null; ageOfficeHours: number | null;
}): number {
  if (item.group === 'unanswered') return unansweredOrder(item);
  if (item.group === 'act-now') return item.action === 'police-report' ? 1 : 0;
  return 0;
}

/**
 * The same order as one number, larger first (`compareUnanswered(a, b)` has the sign of
 * `unansweredOrder(b) - unansweredOrder(a)`): thousands of items sort without a comparison of their parts.
 */
export function unansweredOrder(item: { categories: Category[]; due: DueState | null; ageOfficeHours: number | null }): number {
  const question = item.categories.includes('needs-reply') ? 1 : 0;
  const rank = item.due === 'overdue' ? 2 : item.due === 'soon' ? 1 : 0;
  const age = Math.min(Math.max(item.ageOfficeHours ?? -1, -1), 1e9); // an age is far below a billion office hours
  return question * 1e12 + rank * 1e10 + age + 1;
}
