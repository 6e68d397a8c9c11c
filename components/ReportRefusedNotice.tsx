import { STRINGS, type Lang } from '@/utils/ui/strings';
import { withoutBidiControls } from '@/utils/ui/without-bidi';

/**
 * The page's last report was refused by the background: what the panel shows is older than the page
 * (or nothing), and the editor is told so, with the reason for IT support (it is technical).
 */
export function ReportRefusedNotice({ reason, lang }: { reason: string | null; lang: Lang }) {
  if (!reason) return null;
  const t = STRINGS[lang];
  return (
    <div role="alert" className="notice notice-warning report-refused">
      <strong>{t.reportRefused}</strong>
      <p>{t.reportRefusedHelp}</p>
      <p>{t.reportRefusedReason}: <code>{withoutBidiControls(reason).slice(0, 300)}</code></p>
    </div>
  );
}
