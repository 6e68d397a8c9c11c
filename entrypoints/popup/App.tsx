import { useActiveTab, usePageReport, useSettings } from '@/utils/ui/hooks';
import { STRINGS } from '@/utils/ui/strings';
import '@/components/panel.css';

/** "Is this account in order?" for the page the editor is on. */
export function App() {
  const { settings } = useSettings();
  const t = STRINGS[settings.language];
  const tab = useActiveTab();
  const { report } = usePageReport(tab?.id);
  return (
    <main lang={settings.language} style={{ width: 360 }}>
      <header className="panel-header"><h1>Uppsikt – {t.checklists}</h1></header>
      {!report && <p className="hint">{t.noPage}</p>}
      {report && (
        <>
          <p className="account">
            {t.account}: <strong>{report.account?.name ?? report.account?.handle ?? '—'}</strong>{' '}
            <span className="muted">({t.accountFrom[report.accountSource]})</span>
          </p>
          {report.profileText && (
            <section aria-labelledby="profile-heading">
              <h2 id="profile-heading">{settings.language === 'sv' ? 'Profiltext på sidan' : 'Profile text on the page'}</h2>
              <p className="excerpt" dir="auto">{report.profileText}</p>
            </section>
          )}
        </>
      )}
    </main>
  );
}
