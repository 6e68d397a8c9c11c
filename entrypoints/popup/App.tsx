import { NoReportHint } from '@/components/NoReportHint';
import { lazy, Suspense, useState } from 'react';
import { getPreset } from '@/rules/presets';
import { effectivePolicy } from '@/utils/policy';
import { editorLabel } from '@/utils/settings/defaults';
import { registerConsent, saveChecklist, withdrawConsent } from '@/utils/ui/background-writes';
import { useActiveTab, useDocumentLanguage, usePageReport, useSettings, useStoredLanguage } from '@/utils/ui/hooks';
import { usePageAccount } from '@/utils/ui/registered-account';
import { STRINGS } from '@/utils/ui/strings';
import '@/components/panel.css';

type Tab = 'account' | 'base' | 'signature' | 'consent';
const TABS: Record<Tab, { sv: string; en: string }> = {
  account: { sv: 'Konto', en: 'Account' },
  base: { sv: 'Basinformation', en: 'Base information' },
  signature: { sv: 'Signatur', en: 'Signature' },
  consent: { sv: 'Samtycke', en: 'Consent' },
};

// Each tab's panel is its own chunk, fetched while the popup asks the background for the page's
// report, so the popup's first frame (header and tabs) waits only for React and the shell.
const loadBaseInformation = () => import('@/components/BaseInformationChecklist');
const BaseInformationChecklist = lazy(() => loadBaseInformation().then((m) => ({ default: m.BaseInformationChecklist })));
const AccountStatus = lazy(() => import('@/components/AccountStatus').then((m) => ({ default: m.AccountStatus })));
const SignatureChecklist = lazy(() => import('@/components/SignatureChecklist').then((m) => ({ default: m.SignatureChecklist })));
const ConsentTab = lazy(() => import('./ConsentTab').then((m) => ({ default: m.ConsentTab })));
void loadBaseInformation(); // the tab that opens first

const TAB_IDS = Object.keys(TABS) as Tab[];

/** "Is this account in order?" for the page the editor is on: account, base information, signature, consent. */
export function App() {
  const { settings, loaded } = useSettings();
  // The frame (title and tabs) is drawn in the stored language at once; the checklists wait for the settings.
  const storedLanguage = useStoredLanguage();
  const lang = loaded ? settings.language : storedLanguage ?? 'sv';
  const t = STRINGS[lang];
  useDocumentLanguage(lang);
  const tab = useActiveTab();
  const { report, loading } = usePageReport(tab?.id);
  const [current, setCurrent] = useState<Tab>('base');
  const preset = getPreset(settings.policy.presetId);
  const policy = effectivePolicy(settings);
  const editor = editorLabel(settings);
  // Checks and consents are kept under the register's key, where the overview and the reminders read them.
  const { key, keys } = usePageAccount(report);
  const moveBetweenTabs = (event: React.KeyboardEvent) => {
    const at = TAB_IDS.indexOf(current);
    const to = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: TAB_IDS.length - 1 }[event.key];
    if (to === undefined) return;
    event.preventDefault();
    const next = TAB_IDS[(to + TAB_IDS.length) % TAB_IDS.length];
    setCurrent(next);
    document.getElementById(`tab-${next}`)?.focus();
  };

  // A few milliseconds: a frame drawn in Swedish and redrawn in English would flicker.
  if (!loaded && !storedLanguage) return null;
  return (
    <main lang={lang} className="popup">
      <header className="panel-header"><h1>Uppsikt – {t.checklists}</h1></header>
      {/* The WAI-ARIA tabs pattern: one Tab stop, the arrow keys (and Home, End) move between the tabs and show each. */}
      <div role="tablist" aria-label={t.checklists} className="popup-tabs" onKeyDown={moveBetweenTabs}>
        {TAB_IDS.map((id) => (
          <button key={id} role="tab" type="button" id={`tab-${id}`} aria-selected={current === id} tabIndex={current === id ? 0 : -1}
            aria-controls={current === id ? `panel-${id}` : undefined} onClick={() => setCurrent(id)}>
            {TABS[id][lang]}
          </button>
        ))}
      </div>
      <section role="tabpanel" id={`panel-${current}`} aria-labelledby={`tab-${current}`}>
        {/* Nothing is checked or saved with the default settings (another policy's items, "Okänd redaktör"). */}
        {!loaded && <p className="hint" role="status">{t.loading}</p>}
        {loaded && (
        <Suspense fallback={<p className="hint" role="status">{t.loading}</p>}>
        {!report && !loading && current !== 'consent' && <NoReportHint tab={tab} lang={lang} />}
        {report && current === 'account' && tab?.id !== undefined && (
          <AccountStatus report={report} tabId={tab.id} preset={preset} lang={lang} />
        )}
        {report && current === 'base' && (
          <BaseInformationChecklist profileText={report.profileText} bioText={report.bioText ?? null} platform={report.platform} preset={preset}
            organisation={settings.organisation} policy={{ responseHours: policy.responseHours, office: policy.office }}
            accountKey={key} accountKeys={keys} lang={lang} save={saveChecklist} />
        )}
        {report && current === 'signature' && (
          <SignatureChecklist editor={settings.editor} preset={preset} comments={report.ownComments} account={report.account}
            organisation={settings.organisation.name} lang={lang} />
        )}
        {current === 'consent' && (
          <ConsentTab preset={preset} organisation={settings.organisation} editor={editor} accountKey={key}
            ownTemplate={settings.texts.consent || undefined} lang={lang} register={registerConsent} withdraw={withdrawConsent} />
        )}
        </Suspense>
        )}
      </section>
    </main>
  );
}
