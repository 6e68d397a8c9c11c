import { useState } from 'react';
import { browser } from 'wxt/browser';
import { Field } from '@/components/Field';
import { CategoryActions } from '@/components/CategoryActions';
import { getPreset } from '@/rules/presets';
import { headerLines, parseHeaderLines } from '@/utils/settings/headers';
import { sendMessage } from '@/utils/messaging';
import { parseSettings, settingsSchema, type Settings } from '@/utils/settings/schema';
import { getAt, ownSettingsToSave, setAt } from '@/utils/settings/setting-paths';
import { settingsItem } from '@/utils/settings/store';
import { useSettings } from '@/utils/ui/hooks';
import '@/components/panel.css';
import './options.css';

type Path = string;

const PRESETS: Array<[Settings['policy']['presetId'], string]> = [
  ['stockholm', 'Stockholms stad'], ['perstorp', 'Perstorps kommun'], ['norrkoping', 'Norrköpings kommun'], ['helsingborg', 'Helsingborgs stad'],
];

/** Where an organisation sets Uppsikt up once: validated on entry, nothing saved until it is valid. */
export function App() {
  const { settings, locked } = useSettings();
  // Until the editor changes something, the form shows the stored (and managed) settings as they are.
  const [edited, setDraft] = useState<Settings | null>(null);
  const draft = edited ?? settings;
  const [status, setStatus] = useState('');
  const [headerText, setHeaderText] = useState<string | null>(null);
  const [headerError, setHeaderError] = useState<string | null>(null);

  const check = settingsSchema.safeParse(draft);
  const errors = new Map<string, string>();
  if (!check.success) for (const issue of check.error.issues) errors.set(issue.path.join('.'), issue.message);
  const isLocked = (path: Path) => locked.some((l) => path === l || path.startsWith(`${l}.`));

  const text = (path: Path, label: string, extra: Partial<React.ComponentProps<typeof Field>> = {}) => (
    <Field label={label} value={String(getAt(draft, path) ?? '')} error={errors.get(path)} locked={isLocked(path)}
      onChange={(v) => setDraft(setAt(draft, path, v))} {...extra} />
  );
  const number = (path: Path, label: string, hint: string) => (
    <Field label={label} type="number" hint={hint} value={String(getAt(draft, path) ?? '')} error={errors.get(path)} locked={isLocked(path)}
      onChange={(v) => setDraft(setAt(draft, path, v === '' ? undefined : Number(v)))} />
  );

  async function save() {
    if (!check.success || headerError) return;
    const access = await requestRegistrarAccess(check.data);
    // Only the editor's own values are stored: the policy's are laid over them each time they are read.
    const ownBefore = parseSettings(await settingsItem.getValue()).settings;
    await settingsItem.setValue(ownSettingsToSave(check.data, ownBefore, locked));
    await sendMessage('logAction', { action: 'settings.changed', detail: 'Inställningarna sparades' }).catch(() => undefined);
    setStatus(access ? `Inställningarna är sparade. ${access}` : 'Inställningarna är sparade.');
  }

  /** Asks for access to the registrar's intake only (least privilege), while the Save click counts as the editor's consent. */
  async function requestRegistrarAccess(next: Settings): Promise<string> {
    if (next.registrar.transport !== 'http' || !next.registrar.endpoint) return '';
    const origin = `${new URL(next.registrar.endpoint).origin}/*`;
    try {
      if (await browser.permissions.contains({ origins: [origin] })) return '';
      const granted = await browser.permissions.request({ origins: [origin] });
      return granted ? '' : 'Uppsikt fick inte åtkomst till registratorns adress; leveransen fungerar bara om mottagaren tillåter CORS.';
    } catch {
      return '';
    }
  }

  function exportConfig() {
    const blob = new Blob([JSON.stringify(draft, null, 2)], { type: 'application/json' });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = 'uppsikt-installningar.json';
    link.click();
    URL.revokeObjectURL(link.href);
  }

  async function importConfig(file: File) {
    try {
      const { settings: imported, problems } = parseSettings(JSON.parse(await file.text()));
      setDraft(imported);
      setStatus(problems.length
        ? `Importerat, men dessa fält var ogiltiga och behöll sitt förra värde: ${problems.map((p) => `${p.path} (${p.message})`).join('; ')}. Kontrollera och spara.`
        : 'Importerat. Kontrollera och spara.');
    } catch {
      setStatus('Filen kunde inte läsas som JSON. Inget har ändrats.');
    }
  }

  return (
    <main className="options" lang={draft.language}>
      <h1>Uppsikt – inställningar</h1>
      <form onSubmit={(e) => { e.preventDefault(); void save(); }}>
        <fieldset>
          <legend>Organisation</legend>
          {text('organisation.name', 'Namn (t.ex. Sjöviks kommun)')}
          {text('organisation.department', 'Förvaltning eller nämnd')}
          {text('organisation.website', 'Webbplats', { type: 'url', hint: 'https://www.sjovik.se' })}
          {text('organisation.switchboard', 'Växel', { type: 'tel' })}
          {text('organisation.email', 'E-post', { type: 'email' })}
          {text('organisation.visitingAddress', 'Besöksadress')}
          {text('organisation.postalAddress', 'Postadress')}
          {text('organisation.dataProtectionOfficer', 'Dataskyddsombud (namn och kontakt)')}
        </fieldset>
        <fieldset>
          <legend>Redaktör</legend>
          {text('editor.firstName', 'Förnamn')}
          {text('editor.lastName', 'Efternamn')}
          {text('editor.title', 'Titel (t.ex. kommunikatör)')}
        </fieldset>
        <fieldset>
          <legend>Policy</legend>
          <label htmlFor="preset">Utgå från policy</label>
          <select id="preset" value={draft.policy.presetId} disabled={isLocked('policy.presetId')}
            onChange={(e) => setDraft(setAt(draft, 'policy.presetId', e.target.value))}>
            {PRESETS.map(([id, name]) => <option key={id} value={id}>{name}</option>)}
          </select>
          {number('policy.responseHours', 'Svarstid (timmar i kontorstid)', 'Tomt = policyns värde')}
          {text('policy.officeStart', 'Kontorstid från', { type: 'time' })}
          {text('policy.officeEnd', 'Kontorstid till', { type: 'time' })}
          {number('policy.monitoringRounds', 'Bevakningsrundor per dag', 'Tomt = policyns värde')}
          {number('policy.retentionDays', 'Gallring: spara loggen i dagar', 'Tomt = policyns värde')}
          <CategoryActions preset={getPreset(draft.policy.presetId)} value={draft.policy.categoryActions ?? {}}
            locked={isLocked('policy.categoryActions')}
            onChange={(next) => setDraft(setAt(draft, 'policy.categoryActions', Object.keys(next).length ? next : undefined))} />
        </fieldset>
        <fieldset>
          <legend>Registrator</legend>
          <label htmlFor="transport">Hur dokumentation skickas</label>
          <select id="transport" value={draft.registrar.transport} disabled={isLocked('registrar.transport')}
            onChange={(e) => setDraft(setAt(draft, 'registrar.transport', e.target.value))}>
            <option value="email">E-post till registrator (.eml)</option>
            <option value="http">HTTP till diarie- eller e-arkivsystem</option>
            <option value="download">Ladda ner som ZIP</option>
          </select>
          {text('registrar.email', 'Registratorns e-postadress', { type: 'email' })}
          {text('registrar.endpoint', 'Mottagande adress (HTTP)', { type: 'url' })}
          <Field label="Extra HTTP-rubriker (en per rad: Namn: värde)" multiline value={headerText ?? headerLines(draft.registrar.headers)}
            locked={isLocked('registrar.headers')} error={headerError ?? undefined}
            hint="T.ex. en API-nyckel som diariesystemet kräver. Skickas bara till registratorns adress."
            onChange={(v) => {
              setHeaderText(v);
              const parsed = parseHeaderLines(v);
              setHeaderError(parsed.error);
              if (!parsed.error) setDraft(setAt(draft, 'registrar.headers', parsed.headers));
            }} />
          <label className="checkbox">
            <input type="checkbox" checked={draft.registrar.attachPdf} disabled={isLocked('registrar.attachPdf')}
              onChange={(e) => setDraft(setAt(draft, 'registrar.attachPdf', e.target.checked))} />
            Bifoga PDF (skärmbild med posten under; alltid med Perstorps policy)
          </label>
          <p className="hint">Vill en kommentar dokumenteras från sidan: högerklicka på den eller tryck Alt+Shift+D.</p>
        </fieldset>
        <fieldset>
          <legend>Texter</legend>
          {text('texts.consent', 'Organisationens officiella samtyckes- och informationstext', {
            multiline: true,
            hint: 'Lämna tomt för Uppsikts text för vald policy. Platshållare: {organisation}, {namnd}, {dataskyddsombud}, {epost}, {webbplats}.',
          })}
        </fieldset>
        <fieldset>
          <legend>Visning</legend>
          <label htmlFor="language">Språk</label>
          <select id="language" value={draft.language} onChange={(e) => setDraft(setAt(draft, 'language', e.target.value))}>
            <option value="sv">Svenska</option>
            <option value="en">English</option>
          </select>
          {(['facebook', 'instagram', 'x'] as const).map((site) => (
            <label key={site} className="checkbox">
              <input type="checkbox" checked={draft.highlight[site]} onChange={(e) => setDraft(setAt(draft, `highlight.${site}`, e.target.checked))} />
              Markera kommentarer på {site === 'x' ? 'X' : site[0].toUpperCase() + site.slice(1)}
            </label>
          ))}
        </fieldset>
        <p><a href="/overview.html">Kontoregister och bevakning</a> · <a href="/log.html">Logg</a></p>
        <div className="buttons">
          <button type="submit" className="action-button" disabled={!check.success}>Spara</button>
          <button type="button" className="action-button" onClick={exportConfig}>Exportera inställningar</button>
          <label className="action-button file-button">Importera inställningar
            <input type="file" accept="application/json,.json" onChange={(e) => { const f = e.target.files?.[0]; if (f) void importConfig(f); }} />
          </label>
        </div>
        {!check.success && <p role="alert" className="error">Rätta de markerade fälten innan du sparar.</p>}
        <p role="status">{status}</p>
      </form>
    </main>
  );
}
