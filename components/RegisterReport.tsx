import { useLiveQuery } from 'dexie-react-hooks';
import { db, type AppDB } from '@/utils/db/app-db';
import { registerReportRows } from '@/utils/accounts/register';
import { toCsv } from '@/utils/log/csv';
import { downloadText } from '@/utils/log/download';
import { sendMessage } from '@/utils/messaging';
import { REGISTER_STRINGS } from '@/utils/ui/register-strings';
import type { Lang } from '@/utils/ui/strings';
import { swedishDate } from '@/utils/log/time';

/** The register report (R15: name, platform as people write it, link, description and purpose, responsible) as CSV and on paper. */
export function RegisterReport({ lang, database }: { lang: Lang; database?: AppDB }) {
  const t = REGISTER_STRINGS[lang];
  const accounts = useLiveQuery(() => (database ?? db()).accounts.toArray(), [database]);
  if (!accounts || accounts.length === 0) return null;
  const [header, ...rows] = registerReportRows(accounts, lang);
  const report = async (kind: 'csv' | 'print') => {
    if (kind === 'csv') downloadText(toCsv([header, ...rows]), `uppsikt-kontoregister-${swedishDate(new Date())}.csv`, 'text/csv;charset=utf-8');
    else window.print();
    await sendMessage('logAction', { action: 'register.reported', detail: `${rows.length} konton (${kind === 'csv' ? 'CSV' : 'utskrift'})` }).catch(() => undefined);
  };
  return (
    <section aria-labelledby="register-report">
      <h2 id="register-report">{t.report}</h2>
      <div className="buttons no-print">
        <button type="button" className="action-button" onClick={() => void report('csv')}>{t.exportCsv}</button>
        <button type="button" className="action-button" onClick={() => void report('print')}>{t.print}</button>
      </div>
      <table className="overview register-report">
        <thead><tr>{header.map((h) => <th key={h} scope="col">{h}</th>)}</tr></thead>
        <tbody>{rows.map((row, i) => <tr key={i}>{row.map((cell, j) => <td key={j}>{cell}</td>)}</tr>)}</tbody>
      </table>
    </section>
  );
}
