import { useState } from 'react';
import { AccountForm, emptyAccount } from '@/components/AccountForm';
import { AccountOverview } from '@/components/AccountOverview';
import { getPreset } from '@/rules/presets';
import type { AccountRecord } from '@/utils/db/records';
import { saveRegisterEntry } from '@/utils/ui/background-writes';
import { useSettings } from '@/utils/ui/hooks';
import { RegisterReport } from '@/components/RegisterReport';
import { REGISTER_STRINGS } from '@/utils/ui/register-strings';
import '@/components/panel.css';
import './overview.css';
import { reasonText } from '@/utils/ui/reason-text';

/** The account register and the monitoring overview: the culture administration's 50 accounts at a glance. */
export function App() {
  const { settings } = useSettings();
  const preset = getPreset(settings.policy.presetId);
  const lang = settings.language;
  const t = REGISTER_STRINGS[lang];
  const [editing, setEditing] = useState<AccountRecord | null>(null);

  async function save(account: AccountRecord): Promise<string | null> {
    const result = await saveRegisterEntry(account);
    if (!result.ok) return reasonText(result.reason, lang);
    setEditing(null);
    return null;
  }

  return (
    <main className="overview-page" lang={lang}>
      <h1>{t.title}</h1>
      <p className="muted">{t.policyLine(preset.name, preset.monitoring.roundsPerDay ?? null, preset.documentationIntervalMonths ?? null)}</p>
      <AccountOverview preset={preset} onEdit={setEditing} lang={lang} />
      <div className="buttons no-print">
        <button type="button" className="action-button" onClick={() => setEditing(emptyAccount())}>{t.addAccount}</button>
      </div>
      {editing && <AccountForm key={editing.id} initial={editing} onSave={save} onCancel={() => setEditing(null)} lang={lang} />}
      <RegisterReport lang={lang} />
    </main>
  );
}
