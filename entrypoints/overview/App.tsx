import { useState } from 'react';
import { AccountForm, emptyAccount } from '@/components/AccountForm';
import { AccountOverview } from '@/components/AccountOverview';
import { getPreset } from '@/rules/presets';
import type { AccountRecord } from '@/utils/db/records';
import { saveRegisterEntry } from '@/utils/ui/background-writes';
import { useSettings } from '@/utils/ui/hooks';
import { RegisterReport } from '@/components/RegisterReport';
import '@/components/panel.css';
import './overview.css';

/** The account register and the monitoring overview: the culture administration's 50 accounts at a glance. */
export function App() {
  const { settings } = useSettings();
  const preset = getPreset(settings.policy.presetId);
  const [editing, setEditing] = useState<AccountRecord | null>(null);

  async function save(account: AccountRecord): Promise<string | null> {
    const result = await saveRegisterEntry(account);
    if (!result.ok) return result.reason;
    setEditing(null);
    return null;
  }

  return (
    <main className="overview-page">
      <h1>Uppsikt – konton och bevakning</h1>
      <p className="muted">Policy: {preset.name}. Bevakning {preset.monitoring.roundsPerDay ? `${preset.monitoring.roundsPerDay} gånger om dagen i kontorstid` : 'löpande'};{' '}
        {preset.documentationIntervalMonths ? `dokumentation av varje konto minst var ${preset.documentationIntervalMonths}:e månad` : 'policyn anger ingen fast tid för att dokumentera kontona'}.</p>
      <AccountOverview preset={preset} onEdit={setEditing} />
      <div className="buttons no-print">
        <button type="button" className="action-button" onClick={() => setEditing(emptyAccount())}>Lägg till konto</button>
      </div>
      {editing && <AccountForm key={editing.id} initial={editing} onSave={save} onCancel={() => setEditing(null)} />}
      <RegisterReport />
    </main>
  );
}
