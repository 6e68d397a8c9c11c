import type { Finding } from '@/rules/types';
import { flaggedCategories, compareUnanswered, triage } from '@/rules/triage';
import { responseAge, threadStatuses, type CommentStatus } from '@/rules/thread-status';
import type { Category } from '@/rules/categories';
import { getPreset } from '@/rules/presets';
import type { PageContext } from '@/utils/messaging';
import type { PageReport, WorkItem } from '@/utils/report';
import type { AdapterResult } from './adapter';

/** What the marks on a comment element say (GUIDE, "Marks on the page"). */
export interface CommentVerdict {
  status: CommentStatus;
  categories: Category[];
  item: WorkItem | null;
}

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
    return cached && cached.text === text ? cached.findings : [];
  }

  clear(): void {
    this.entries.clear();
  }
}

/** Decides about every comment the adapter read: its status, flagged categories and work item. */
export function judgePage(
  result: AdapterResult, context: PageContext, cache: AnalysisCache, now: Date,
): { report: PageReport; verdicts: Map<string, CommentVerdict> } {
  const { snapshot } = result;
  const statuses = threadStatuses(snapshot.comments, context.account);
  const ignored = new Set(context.ignored);
  const rule = { responseHours: context.responseHours, office: context.office, holidays: new Set(context.holidays) };
  const preset = getPreset(context.presetId);
  const actionFor = (category: Category) => context.actionOverrides[category] ?? preset.categories[category].action;
  const verdicts = new Map<string, CommentVerdict>();
  const items: WorkItem[] = [];
  for (const comment of snapshot.comments) {
    const status = statuses.get(comment.id) ?? 'unanswered';
    const isIgnored = ignored.has(`${snapshot.platform}:${comment.id}`);
    const findings = status === 'own' || isIgnored ? [] : cache.findings(comment.id, comment.text);
    const decision = triage(findings, status, actionFor);
    const waiting = status === 'unanswered' || status === 'unknown';
    const age = waiting ? responseAge(comment.postedAt, now, rule) : null;
    const item: WorkItem | null = decision && {
      commentId: comment.id, parentId: comment.parentId, author: comment.author, text: comment.text,
      permalink: comment.permalink, postedAt: comment.postedAt, status,
      ageOfficeHours: age ? Math.round(age.hours * 10) / 10 : null, due: age?.due ?? null,
      group: decision.group, categories: decision.categories, findings: findings.filter((f) => f.confidence >= 0.5),
      action: decision.action,
    };
    if (item) items.push(item);
    verdicts.set(comment.id, { status, categories: flaggedCategories(findings), item });
  }
  items.sort((a, b) => (a.group === 'unanswered' && b.group === 'unanswered' ? compareUnanswered(a, b) : 0));
  const report: PageReport = {
    platform: snapshot.platform, pageKind: snapshot.pageKind, url: snapshot.url, scannedAt: now.toISOString(),
    account: context.account, pageOwner: snapshot.pageOwner ?? snapshot.post?.author ?? null, accountSource: context.accountSource, commentCount: snapshot.comments.length, items,
    profileText: snapshot.profileText,
    ownComments: snapshot.comments.filter((c) => verdicts.get(c.id)?.status === 'own').slice(0, 500),
    recentPostTimes: snapshot.recentPostTimes, misses: snapshot.misses,
  };
  return { report, verdicts };
}
