import { browser } from 'wxt/browser';
import { LogView } from '@/components/LogView';
import { db } from '@/utils/db/app-db';
import { LOG_STRINGS } from '@/utils/log/strings';
import { effectivePolicy } from '@/utils/policy';
import { editorLabel } from '@/utils/settings/defaults';
import { confirmDelivery, purgeLog, retryDelivery, saveDeliveryAsFile, withdrawDecision } from '@/utils/ui/background-writes';
import { UndeliveredList } from '@/components/UndeliveredList';
import { importBackup } from '@/utils/ui/backup-import';
import { useDocumentLanguage, useSettings } from '@/utils/ui/hooks';
import { STRINGS } from '@/utils/ui/strings';
import '@/components/panel.css';
import './log.css';

/** log.html: what has not reached the registrator, and the whole log; opened from the side panel and the options page. */
export function App() {
  const { settings, loaded } = useSettings();
  const lang = settings.language;
  useDocumentLanguage(lang, `Uppsikt – ${LOG_STRINGS[lang].title.toLowerCase()}`);
  // Nothing is done with the default settings: a backup made before they are read named "Okänd redaktör".
  if (!loaded) return <main className="log-page"><p role="status">{STRINGS[lang].loading}</p></main>;
  return (
    <main className="log-page" lang={lang}>
      <header className="panel-header">
        <h1>Uppsikt – {LOG_STRINGS[lang].title.toLowerCase()}</h1>
        <nav>
          <a href={browser.runtime.getURL('/options.html')}>{STRINGS[lang].settings}</a>
        </nav>
      </header>
      <UndeliveredList db={db()} lang={lang} canEmail={Boolean(settings.registrar.email)}
        writes={{ retry: retryDelivery, saveAsFile: saveDeliveryAsFile, confirm: confirmDelivery }} />
      <LogView db={db()} editor={editorLabel(settings)} retentionDays={effectivePolicy(settings).retentionDays} lang={lang}
        writes={{ importBackup, purge: purgeLog, withdrawDecision }} />
    </main>
  );
}
