import { useEffect, useRef, useState } from 'react';
import { AccountForm, emptyAccount } from '@/components/AccountForm';
import { AccountOverview } from '@/components/AccountOverview';
import { getPreset } from '@/rules/presets';
import type { AccountRecord } from '@/utils/db/records';
import { saveRegisterEntry } from '@/utils/ui/background-writes';
import { useDocumentLanguage, useSettings } from '@/utils/ui/hooks';
import { RegisterReport } from '@/components/RegisterReport';
import { REGISTER_STRINGS } from '@/utils/ui/register-strings';
import { STRINGS } from '@/utils/ui/strings';
import '@/components/panel.css';
import './overview.css';
import { reasonText } from '@/utils/ui/reason-text';
import { effectivePolicy } from '@/utils/policy';
import { sendMessage } from '@/utils/messaging';
import { stockholmDate } from '@/rules/stockholm-time';

/** This year's non-working days, from the background (which holds the holiday calendar); null until they come. */
function useNonWorkingDays(): ReadonlySet<string> | null {
  const [days, setDays] = useState<ReadonlySet<string> | null>(null);
  useEffect(() => {
    const year = Number(stockholmDate(Date.now()).slice(0, 4));
    // Unanswered, weekends still count from the office days; only a holiday could be marked wrongly.
    void sendMessage('nonWorkingDays', [year]).then((list) => setDays(new Set(list)), () => setDays(new Set()));
  }, []);
  return days;
}

/** The account register and the monitoring overview: the culture administration's 50 accounts at a glance. */
export function App() {
  const { settings, loaded } = useSettings();
  const preset = getPreset(settings.policy.presetId);
  const policy = effectivePolicy(settings);
  const holidays = useNonWorkingDays();
  const lang = settings.language;
  const t = REGISTER_STRINGS[lang];
  useDocumentLanguage(lang, t.title);
  const [editing, setEditing] = useState<AccountRecord | null>(null);
  const [saved, setSaved] = useState('');
  /** The button the form was opened from: the keyboard goes back to it when the form closes (it fell to the page). */
  const opener = useRef<HTMLElement | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  /** Whether the open form holds typed changes: another account is not opened over them. */
  const formChanged = useRef(false);
  const [unsaved, setUnsaved] = useState('');

  function open(account: AccountRecord): void {
    if (editing && formChanged.current) {
      setUnsaved(t.unsavedOnOpen);
      document.querySelector<HTMLElement>('.account-form input:not(:disabled), .account-form select:not(:disabled)')?.focus();
      return;
    }
    opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setSaved('');
    setEditing(account);
  }

  function close(): void {
    formChanged.current = false;
    setUnsaved('');
    setEditing(null);
    // After the form is gone: to its opener if it is still there (a renamed account's row is drawn anew), else to "Lägg till konto".
    requestAnimationFrame(() => (opener.current?.isConnected ? opener.current : addButton.current)?.focus());
  }

  async function save(account: AccountRecord): Promise<string | null> {
    const result = await saveRegisterEntry(account);
    if (!result.ok) return reasonText(result.reason, lang);
    setSaved(t.savedAccount(account.name));
    close();
    return null;
  }

  // The register is not judged against the default policy while the organisation's is read.
  if (!loaded) return <main className="overview-page"><p role="status">{STRINGS[lang].loading}</p></main>;
  return (
    <main className="overview-page" lang={lang}>
      <h1>{t.title}</h1>
      {/* The organisation's own number of rounds, as the reminders use it; "continuously" only while it keeps the preset's. */}
      <p className="muted">{t.policyLine(preset.name, policy.monitoringRounds, preset.monitoring.continuous && settings.policy.monitoringRounds === undefined, preset.documentationIntervalMonths ?? null)}</p>
      <p role="status" className="status-message no-print">{saved}</p>
      {/* Above the register: opened from the 700th row, the form is not a page's length away from "Lägg till konto". */}
      {unsaved && <p role="alert" className="error no-print">{unsaved}</p>}
      {editing && <AccountForm key={editing.id} initial={editing} preset={preset} onSave={save} onCancel={close} onChanged={(changed) => { formChanged.current = changed; }} lang={lang} />}
      <AccountOverview preset={preset} policy={policy} holidays={holidays} onEdit={open} onAdd={() => open(emptyAccount())} addButton={addButton} lang={lang} />
      <RegisterReport lang={lang} organisation={[settings.organisation.name, settings.organisation.department].filter((part) => part.trim()).join(', ')} />
    </main>
  );
}
