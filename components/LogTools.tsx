import { useId, useRef, useState } from 'react';
import type { Lang } from '@/rules/explain';
import type { AppDB } from '@/utils/db/app-db';
import type { LogEntry } from '@/utils/db/records';
import type { Result, DecisionToWithdraw } from '@/utils/messaging';
import { createBackup, describeCounts, type ImportReport } from '@/utils/log/backup';
import { logToCsv } from '@/utils/log/csv';
import { downloadBlob, downloadText, exportFileName } from '@/utils/log/download';
import { logToJson } from '@/utils/log/json';
import { allLogEntries, type LogFilter } from '@/utils/log/query';
import { previewRetention, type RetentionCounts } from '@/utils/log/retention';
import { LOG_STRINGS } from '@/utils/log/strings';
import { purgeSummary } from '@/utils/log/retention-text';
import { swedishDate } from '@/utils/log/time';
import { reasonText } from '@/utils/ui/reason-text';
import { UpcomingPurge } from './UpcomingPurge';

/** The writes: the page sends them to the background, which alone writes the database. */
export interface LogWrites {
  importBackup(file: Blob): Promise<Result<{ report: ImportReport }>>;
  purge(days: number): Promise<Result<{ counts: RetentionCounts; entry: LogEntry }>>;
  /** Takes back a decision about a comment (false alarm, handled outside the thread). */
  withdrawDecision(request: DecisionToWithdraw): Promise<Result>;
}

interface Props {
  db: AppDB;
  filter: LogFilter;
  editor: string;
  retentionDays: number;
  lang: Lang;
  writes: LogWrites;
}

type Status = { kind: 'info' | 'error'; text: string; problems?: string[] } | null;
type Confirm = { counts: RetentionCounts; cutoff: string } | null;

/** Export (of the current filter), backup, import and gallring, each with a message saying how it went. */
export function LogTools({ db, filter, editor, retentionDays, lang, writes }: Props) {
  const t = LOG_STRINGS[lang];
  const id = useId();
  const [status, setStatus] = useState<Status>(null);
  const [busy, setBusy] = useState(false);
  const [confirm, setConfirm] = useState<Confirm>(null);

  /** "Gallra nu": the keyboard goes back to it when its question is closed. */
  const purgeButton = useRef<HTMLButtonElement>(null);

  // Busy, the tools say so (aria-disabled) and ignore a second press, but keep the focus: a disabled
  // button drops it to the page's start.
  async function guarded(work: () => Promise<void>) {
    if (busy) return;
    setBusy(true);
    try {
      await work();
    } catch (error) {
      setStatus({ kind: 'error', text: t.failed(String((error as Error)?.message ?? error)) });
    } finally {
      setBusy(false);
    }
  }

  const exportLog = (format: 'csv' | 'json') => guarded(async () => {
    const entries = await allLogEntries(db, filter);
    const file = exportFileName('log', format, lang);
    if (format === 'csv') downloadText(logToCsv(entries, lang), file, 'text/csv;charset=utf-8');
    else downloadText(logToJson(entries, { by: editor, filter }), file, 'application/json');
    setStatus({ kind: 'info', text: t.exported(entries.length, file) });
  });

  const backup = () => guarded(async () => {
    const file = exportFileName('backup', 'json', lang);
    downloadBlob(await createBackup(db, editor), file);
    setStatus({ kind: 'info', text: t.backedUp(file) });
  });

  const importFile = (input: HTMLInputElement) => guarded(async () => {
    const file = input.files?.[0];
    if (!file) return;
    setStatus({ kind: 'info', text: t.importing });
    const result = await writes.importBackup(file);
    input.value = '';
    if (!result.ok) {
      setStatus({ kind: 'error', text: reasonText(result.reason, lang) });
      return;
    }
    const present = Object.values(result.report.alreadyPresent).reduce((a, b) => a + b, 0);
    const held = result.report.heldBack ? ` ${t.heldBack(result.report.heldBack)}` : '';
    setStatus({ kind: 'info', text: t.imported(describeCounts(result.report.added, lang), present) + held, problems: result.report.problems });
  });

  const askPurge = () => guarded(async () => {
    const preview = await previewRetention(db, retentionDays);
    if (!preview.ok) {
      setStatus({ kind: 'error', text: reasonText(preview.reason, lang) });
      return;
    }
    setStatus(null);
    setConfirm({ counts: preview.counts, cutoff: swedishDate(new Date(preview.cutoff)) });
  });

  const closeConfirm = () => {
    setConfirm(null);
    purgeButton.current?.focus();
  };

  const purge = () => guarded(async () => {
    closeConfirm();
    const result = await writes.purge(retentionDays);
    if (!result.ok) {
      setStatus({ kind: 'error', text: reasonText(result.reason, lang) });
      return;
    }
    // The log keeps the Swedish summary; the page says it in the editor's language.
    const cutoff = swedishDate(new Date(String(result.entry.data?.cutoff)));
    setStatus({ kind: 'info', text: purgeSummary(result.counts, retentionDays, cutoff, lang) });
  });

  return (
    <section className="log-tools" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t.tools}</h2>
      <div className="action-row">
        <button type="button" className="action-button" aria-disabled={busy} onClick={() => void exportLog('csv')}>{t.exportCsv}</button>
        <button type="button" className="action-button" aria-disabled={busy} onClick={() => void exportLog('json')}>{t.exportJson}</button>
        <button type="button" className="action-button" aria-disabled={busy} onClick={() => void backup()}>{t.backup}</button>
        <label className="action-button file-button">
          {t.importBackup}
          <input type="file" accept="application/json,.json" aria-disabled={busy} onChange={(e) => void importFile(e.currentTarget)} />
        </label>
        <button type="button" className="action-button" ref={purgeButton} aria-disabled={busy || confirm !== null} aria-expanded={confirm !== null}
          onClick={() => { if (!confirm) void askPurge(); }}>{t.purge}</button>
      </div>
      <p className="muted">{t.exportHint} {t.purgeHint(retentionDays)}</p>
      <UpcomingPurge db={db} retentionDays={retentionDays} lang={lang} />
      {confirm && (
        <div className="notice notice-warning" role="alertdialog" aria-labelledby={`${id}-confirm`} aria-describedby={`${id}-confirm-text`}
          onKeyDown={(e) => { if (e.key === 'Escape') closeConfirm(); }}>
          <p id={`${id}-confirm`}><strong>{t.purgeConfirm}</strong></p>
          <div id={`${id}-confirm-text`}>
            <p>{t.purgeQuestion(retentionDays, confirm.cutoff)}</p>
            <p>{t.purgeCounts(confirm.counts.log, confirm.counts.evidence, confirm.counts.outbox, confirm.counts.decisions)}</p>
            {confirm.counts.decisions > 0 && <p>{t.purgeDecisions}</p>}
            {confirm.counts.keptUndelivered > 0 && <p>{t.purgeKept(confirm.counts)}</p>}
            <p>{t.purgeAlways}</p>
          </div>
          <div className="action-row">
            <button type="button" className="action-button primary" onClick={() => void purge()}>{t.purgeYes}</button>
            <button type="button" className="action-button" onClick={closeConfirm} autoFocus>{t.cancel}</button>
          </div>
        </div>
      )}
      <div role="status" className={`status-message${status?.kind === 'error' ? ' error' : ''}`}>
        {status?.text}
        {status?.problems && status.problems.length > 0 && (
          <>
            <p>{t.importProblems}</p>
            <ul className="log-problems">{status.problems.map((p, i) => <li key={i}>{p}</li>)}</ul>
          </>
        )}
      </div>
    </section>
  );
}
