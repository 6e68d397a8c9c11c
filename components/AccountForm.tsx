import { useState } from 'react';
import { Field } from './Field';
import type { AccountRecord } from '@/utils/db/records';

export function emptyAccount(): AccountRecord {
  return {
    id: crypto.randomUUID(), by: '', at: '', name: '', platform: 'facebook', url: '', key: '', handle: null, purpose: '',
    goals: '', targetGroups: '', responsible: '', editors: [], substitute: '', started: null, status: 'active',
  };
}

/** Add or edit one account in the register (R15–R17). */
export function AccountForm({ initial, onSave, onCancel }: { initial: AccountRecord; onSave(a: AccountRecord): Promise<string | null>; onCancel(): void }) {
  const [account, setAccount] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const set = <K extends keyof AccountRecord>(key: K, value: AccountRecord[K]) => setAccount({ ...account, [key]: value });
  const locked = Boolean(account.managed);
  return (
    <form className="account-form" onSubmit={(e) => { e.preventDefault(); void onSave(account).then(setError); }}>
      <fieldset disabled={locked}>
        <legend>{initial.name ? `Ändra ${initial.name}` : 'Nytt konto'}{locked ? ' 🔒 styrs av organisationens policy' : ''}</legend>
        <Field label="Namn" value={account.name} onChange={(v) => set('name', v)} />
        <label htmlFor="platform">Plattform</label>
        <select id="platform" value={account.platform} onChange={(e) => set('platform', e.target.value as AccountRecord['platform'])}>
          <option value="facebook">Facebook</option><option value="instagram">Instagram</option><option value="x">X</option>
        </select>
        <Field label="Länk till kontot" type="url" value={account.url} onChange={(v) => set('url', v)} hint="https://www.facebook.com/sjovikskommun" />
        <Field label="Syfte" value={account.purpose} onChange={(v) => set('purpose', v)} multiline />
        <Field label="Mätbara mål" value={account.goals} onChange={(v) => set('goals', v)} />
        <Field label="Målgrupper" value={account.targetGroups} onChange={(v) => set('targetGroups', v)} />
        <Field label="Ansvarig" value={account.responsible} onChange={(v) => set('responsible', v)} />
        <Field label="Redaktörer (kommaseparerade)" value={account.editors.join(', ')} onChange={(v) => set('editors', v.split(',').map((e) => e.trim()).filter(Boolean))} />
        <Field label="Ersättare" value={account.substitute} onChange={(v) => set('substitute', v)} />
        <Field label="Startade" type="text" value={account.started ?? ''} onChange={(v) => set('started', v || null)} hint="ÅÅÅÅ-MM-DD" />
        <label htmlFor="status">Status</label>
        <select id="status" value={account.status} onChange={(e) => set('status', e.target.value as AccountRecord['status'])}>
          <option value="active">Aktivt</option><option value="paused">Vilande</option><option value="closed">Avslutat</option>
        </select>
      </fieldset>
      {error && <p role="alert" className="error">{error}</p>}
      <div className="buttons">
        {!locked && <button type="submit" className="action-button primary">Spara</button>}
        <button type="button" className="action-button" onClick={onCancel}>Stäng</button>
      </div>
    </form>
  );
}
