import type { ReportAssembler, ReportPart } from '@/utils/report-delta';
import { reportPartProblem, validateReportDelta } from './validate-report';
import { isClosedTab, keptReport, showReportRefused, storePageReport } from './page-reports';
import { platformOf } from '@/utils/platform-name';

const FROM_ELSEWHERE = 'Ogiltig sidrapport: den gäller en annan sajt än fliken visar.';

export type IntakeAnswer = { ok: true; needsAction: number | null; needsWhole?: boolean } | { ok: false; reason: string };

/**
 * A part of a page's report: once the scan's parts are all in, the report the delta makes is
 * stored. A delta after the worker was stopped (it idles out after 30 s) builds on the copy kept in
 * session storage when that copy is the report the page built on; only otherwise is the page asked
 * for its whole report (megabytes on a long thread, copied on the page's main thread).
 */
export async function receiveReportPart(assembler: ReportAssembler, tabId: number, part: ReportPart, senderUrl?: string): Promise<IntakeAnswer> {
  // A part that is not one (or too big) is refused with the reason, not held nor taken as a stale part.
  // Sent before its tab closed, come after: nothing is kept of it (nor held in the assembler).
  if (isClosedTab(tabId)) return { ok: true, needsAction: null };
  const problem = reportPartProblem(part);
  if (problem) return refused(tabId, problem);
  const delta = assembler.add(tabId, part);
  if (delta === null) return { ok: true, needsAction: null };
  const valid = validateReportDelta(delta);
  if (!valid.ok) return refused(tabId, valid.reason);
  if (valid.delta.base !== null && !assembler.has(tabId)) {
    const kept = await keptReport(tabId);
    if (kept) assembler.restore(tabId, kept.scan, kept.report);
  }
  const report = assembler.apply(tabId, valid.delta);
  if (!report) return { ok: true, needsAction: null, needsWhole: true };
  // The page says which site it is on; the browser says where it really is. A report of another site's
  // page (from a renderer the page took over) would log rounds for an account that was never looked at.
  if (senderUrl !== undefined && (platformOf(senderUrl) !== report.platform || platformOf(report.url) !== report.platform)) {
    assembler.forget(tabId);
    return refused(tabId, FROM_ELSEWHERE);
  }
  return { ok: true, needsAction: await storePageReport(tabId, report, valid.delta.scan) };
}

/** The page is told why; so is the editor, on the toolbar button, whose count may no longer be right. */
async function refused(tabId: number, reason: string): Promise<IntakeAnswer> {
  await showReportRefused(tabId, reason);
  return { ok: false, reason };
}
