import { browser } from 'wxt/browser';
import { WorkList } from '@/components/WorkList';
import { LayoutNotice } from '@/components/LayoutNotice';
import { useActiveTab, usePageReport, useSettings } from '@/utils/ui/hooks';
import { sendMessage } from '@/utils/messaging';
import { useViewStore } from '@/utils/ui/view-store';
import { STRINGS } from '@/utils/ui/strings';
import '@/components/panel.css';

export function App() {
  const { settings } = useSettings();
  const lang = settings.language;
  const t = STRINGS[lang];
  const tab = useActiveTab();
  const { report, loading } = usePageReport(tab?.id);
  const select = useViewStore((s) => s.select);

  return (
    <main lang={lang}>
      <header className="panel-header">
        <h1>Uppsikt</h1>
        <nav>
          <a href={browser.runtime.getURL('/options.html')} target="_blank" rel="noreferrer">{t.settings}</a>
        </nav>
      </header>
      {!loading && !report && <p className="hint">{t.noPage} {t.notScanned}</p>}
      {report && (
        <>
          <p className="account">
            {t.account}: <strong>{report.account?.name ?? report.account?.handle ?? '—'}</strong>{' '}
            <span className="muted">({t.accountFrom[report.accountSource]}) · {report.commentCount} {t.comments}</span>
          </p>
          <LayoutNotice misses={report.misses} lang={lang} />
          <div aria-live="polite">
            <WorkList
              report={report}
              lang={lang}
              onReveal={(item) => {
                select(item.commentId);
                if (tab?.id !== undefined) void sendMessage('revealComment', item.commentId, tab.id);
              }}
            />
          </div>
        </>
      )}
    </main>
  );
}
