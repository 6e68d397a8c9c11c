import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { db, type AppDB } from '@/utils/db/app-db';
import { lastRegisterReport, registerReportRows, reportedAccounts, sinceLastReport } from '@/utils/accounts/register-report';
import { toCsv } from '@/utils/log/csv';
import { downloadText, exportFileName } from '@/utils/log/download';
import { sendMessage, type Result } from '@/utils/messaging';
import { REGISTER_STRINGS } from '@/utils/ui/register-strings';
import type { Lang } from '@/utils/ui/strings';
import { reasonText } from '@/utils/ui/reason-text';
import { swedishDate } from '@/utils/log/time';
import { bidiControlsShown } from '@/utils/ui/without-bidi';

interface Props {
  lang: Lang;
  /** The organisation (and department) the report is from, as the settings name it. */
  organisation: string;
  database?: AppDB;
  /** Logs 'register.reported' (the background writes the log); a test writes it itself. */
  markReported?: (detail: string) => Promise<Result>;
}

const logReported = (detail: string) => sendMessage('logAction', { action: 'register.reported', detail });

/**
 * The register report (R15): every account with its start and closing date and what started or
 * closed since the last report, as CSV and on paper. Only "Markera som rapporterad" counts as
 * reported: a print dialog opened, or a file exported, may never reach the communications unit.
 */
export function RegisterReport({ lang, organisation, database, markReported = logReported }: Props) {
  const t = REGISTER_STRINGS[lang];
  const [status, setStatus] = useState<{ error: boolean; text: string } | null>(null);
  const data = useLiveQuery(async () => {
    const source = database ?? db();
    return { accounts: await source.accounts.toArray(), previous: await lastRegisterReport(source) };
  }, [database]);
  if (!data || data.accounts.length === 0) return null;
  const previousAt = data.previous?.at ?? null;
  const [header, ...rows] = registerReportRows(data.accounts, previousAt, lang);
  const today = swedishDate(new Date());
  const mark = async () => {
    const listed = reportedAccounts(data.accounts, previousAt).map((a) => sinceLastReport(a, previousAt));
    const started = listed.filter((s) => s.started).length;
    const closed = listed.filter((s) => s.closed).length;
    // The log is kept in Swedish.
    const result = await markReported(`${rows.length} ${rows.length === 1 ? 'konto' : 'konton'} i rapporten: ${started} nystartade och ${closed} avslutade sedan förra rapporten`)
      .catch((error: unknown) => ({ ok: false as const, reason: String(error) }));
    setStatus(result.ok ? { error: false, text: t.marked(today) } : { error: true, text: t.markFailed(reasonText(result.reason, lang)) });
  };
  return (
    <section aria-labelledby="register-report" className="register-report-section">
      <h2 id="register-report">{t.report}</h2>
      <p className="register-report-heading">{t.reportOf(organisation, today)}</p>
      <p className="muted">{t.previousReport(previousAt ? swedishDate(new Date(previousAt)) : null)}</p>
      <div className="buttons no-print">
        <button type="button" className="action-button" onClick={() => downloadText(toCsv([header, ...rows], lang), exportFileName('register', 'csv', lang), 'text/csv;charset=utf-8')}>{t.exportCsv}</button>
        <button type="button" className="action-button" onClick={() => window.print()}>{t.print}</button>
        <button type="button" className="action-button primary" onClick={() => void mark()}>{t.markReported}</button>
      </div>
      <p className="muted no-print">{t.markHint}</p>
      <p role={status?.error ? 'alert' : 'status'} className={status?.error ? 'error no-print' : 'no-print'}>{status?.text}</p>
      <table className="overview register-report">
        <thead><tr>{header.map((h) => <th key={h} scope="col">{h}</th>)}</tr></thead>
        {/* Direction controls in a name are shown by number, as in the CSV: on paper they would turn it around. */}
        <tbody>{rows.map((row, i) => <tr key={i}>{row.map((cell, j) => <td key={j} data-label={header[j]}>{bidiControlsShown(cell)}</td>)}</tr>)}</tbody>
      </table>
    </section>
  );
}
