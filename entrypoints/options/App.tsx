import { useState } from 'react';
import { browser } from 'wxt/browser';
import { Field, Lock } from '@/components/Field';
import { CategoryActions } from '@/components/CategoryActions';
import { originPattern, RegistrarAccess } from '@/components/RegistrarAccess';
import { getPreset } from '@/rules/presets';
import { headerLines, parseHeaderLines } from '@/utils/settings/headers';
import { sendMessage } from '@/utils/messaging';
import { parseSettings, settingsSchema, type Settings } from '@/utils/settings/schema';
import { getAt, ownSettingsToSave, setAt, withLockedFrom } from '@/utils/settings/setting-paths';
import { settingsItem } from '@/utils/settings/store';
import { useSettings } from '@/utils/ui/hooks';
import { SETTINGS_STRINGS } from '@/utils/ui/settings-strings';
import { setValidationLanguage } from '@/utils/ui/validation-language';
import '@/components/panel.css';
import './options.css';

type Path = string;

const PRESETS: Array<[Settings['policy']['presetId'], string]> = [
  ['stockholm', 'Stockholms stad'], ['perstorp', 'Perstorps kommun'], ['norrkoping', 'Norrköpings kommun'], ['helsingborg', 'Helsingborgs stad'],
];

/** Where an organisation sets Uppsikt up once: validated on entry, nothing saved until it is valid. */
export function App() {
  const { settings, locked, policyProblems, loaded } = useSettings();
  // Until the editor changes something, the form shows the stored (and managed) settings as they are.
  const [edited, setDraft] = useState<Settings | null>(null);
  const draft = edited ?? settings;
  // The page speaks the language chosen in the form, at once.
  const lang = draft.language;
  const t = SETTINGS_STRINGS[lang];
  setValidationLanguage(lang);
  const [status, setStatus] = useState('');
  const [headerText, setHeaderText] = useState<string | null>(null);
  const [headerError, setHeaderError] = useState<string | null>(null);

  const check = settingsSchema.safeParse(draft);
  const errors = new Map<string, string>();
  if (!check.success) for (const issue of check.error.issues) errors.set(issue.path.join('.'), t.validation(issue.message));
  const isLocked = (path: Path) => locked.some((l) => path === l || path.startsWith(`${l}.`));

  const text = (path: Path, label: string, extra: Partial<React.ComponentProps<typeof Field>> = {}) => (
    <Field label={label} value={String(getAt(draft, path) ?? '')} error={errors.get(path)} locked={isLocked(path)} lang={lang}
      onChange={(v) => setDraft(setAt(draft, path, v))} {...extra} />
  );
  const number = (path: Path, label: string, hint: string) => (
    <Field label={label} type="number" hint={hint} value={String(getAt(draft, path) ?? '')} error={errors.get(path)} locked={isLocked(path)} lang={lang}
      onChange={(v) => setDraft(setAt(draft, path, v === '' ? undefined : Number(v)))} />
  );
  // Selects and checkboxes carry the same lock as a Field: disabled, and the 🔒 said with the label.
  const lockId = (path: Path) => `${path.replace(/\./g, '-')}-locked`;
  const choice = (id: string, path: Path, label: string, options: ReadonlyArray<readonly [string, string]>) => {
    const locked = isLocked(path);
    return (<>
      <label htmlFor={id}>{label}{locked && <Lock id={lockId(path)} lang={lang} />}</label>
      <select id={id} value={String(getAt(draft, path))} disabled={locked} aria-describedby={locked ? lockId(path) : undefined}
        onChange={(e) => setDraft(setAt(draft, path, e.target.value))}>
        {options.map(([value, name]) => <option key={value} value={value}>{name}</option>)}
      </select>
    </>);
  };
  const checkbox = (path: Path, label: string) => {
    const locked = isLocked(path);
    return (
      <label key={path} className="checkbox">
        <input type="checkbox" checked={Boolean(getAt(draft, path))} disabled={locked} aria-describedby={locked ? lockId(path) : undefined}
          onChange={(e) => setDraft(setAt(draft, path, e.target.checked))} />
        {label}{locked && <Lock id={lockId(path)} lang={lang} />}
      </label>
    );
  };

  async function save() {
    if (!check.success || headerError) return;
    const access = await requestRegistrarAccess(check.data);
    // Only the editor's own values are stored: the policy's are laid over them each time they are read.
    const ownBefore = parseSettings(await settingsItem.getValue()).settings;
    await settingsItem.setValue(ownSettingsToSave(check.data, ownBefore, locked));
    await sendMessage('logAction', { action: 'settings.changed', detail: 'Inställningarna sparades' }).catch(() => undefined);
    setStatus(access ? `${t.saved} ${access}` : t.saved);
  }

  /** Asks for access to the registrar's intake only (least privilege), while the Save click counts as the editor's consent. */
  async function requestRegistrarAccess(next: Settings): Promise<string> {
    if (next.registrar.transport !== 'http' || !next.registrar.endpoint) return '';
    const origin = originPattern(next.registrar.endpoint);
    try {
      if (await browser.permissions.contains({ origins: [origin] })) return '';
      const granted = await browser.permissions.request({ origins: [origin] });
      return granted ? '' : t.noRegistrarAccess;
    } catch {
      // An address the browser will not grant (the manifest does not name it): said, not "Sparat" alone.
      return t.noRegistrarAccess;
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
      const parsed = parseSettings(JSON.parse(await file.text()));
      // What the policy sets stays shown as the policy sets it: an imported value there would not be saved.
      const imported = withLockedFrom(parsed.settings, settings, locked);
      const { problems } = parsed;
      setDraft(imported);
      // Told in the language of the settings now shown (the file's, when it changed it).
      const told = SETTINGS_STRINGS[imported.language];
      setStatus(problems.length
        ? told.importedWithProblems(problems.map((p) => `${p.path} (${told.validation(p.message)})`).join('; '))
        : told.imported);
    } catch {
      setStatus(t.notJson);
    }
  }

  // A form filled in before the stored settings arrived would save the defaults over them.
  if (!loaded) return <main className="options"><h1>{t.title}</h1><p role="status">{t.loading}</p></main>;

  return (
    <main className="options" lang={lang}>
      <h1>{t.title}</h1>
      {policyProblems.length > 0 && (
        <div role="alert" className="notice notice-warning">
          <p>{t.policyProblems}</p>
          <ul>{policyProblems.map((p) => <li key={p.path}><code>{p.path}</code>: {t.validation(p.message)}</li>)}</ul>
        </div>
      )}
      <form onSubmit={(e) => { e.preventDefault(); void save(); }}>
        <fieldset>
          <legend>{t.organisation}</legend>
          {text('organisation.name', t.organisationFields.name)}
          {text('organisation.department', t.organisationFields.department)}
          {text('organisation.website', t.organisationFields.website, { type: 'url', hint: 'https://www.sjovik.se' })}
          {text('organisation.switchboard', t.organisationFields.switchboard, { type: 'tel' })}
          {text('organisation.email', t.organisationFields.email, { type: 'email' })}
          {text('organisation.visitingAddress', t.organisationFields.visitingAddress)}
          {text('organisation.postalAddress', t.organisationFields.postalAddress)}
          {text('organisation.dataProtectionOfficer', t.organisationFields.dataProtectionOfficer)}
        </fieldset>
        <fieldset>
          <legend>{t.editor}</legend>
          {text('editor.firstName', t.editorFields.firstName)}
          {text('editor.lastName', t.editorFields.lastName)}
          {text('editor.title', t.editorFields.title)}
        </fieldset>
        <fieldset>
          <legend>{t.policy}</legend>
          {choice('preset', 'policy.presetId', t.preset, PRESETS)}
          {number('policy.responseHours', t.responseHours, t.presetValue)}
          {text('policy.officeStart', t.officeStart, { type: 'time' })}
          {text('policy.officeEnd', t.officeEnd, { type: 'time' })}
          {number('policy.monitoringRounds', t.monitoringRounds, t.presetValue)}
          {number('policy.retentionDays', t.retentionDays, t.presetValue)}
          <CategoryActions preset={getPreset(draft.policy.presetId)} value={draft.policy.categoryActions ?? {}} lang={lang}
            locked={isLocked('policy.categoryActions')}
            onChange={(next) => setDraft(setAt(draft, 'policy.categoryActions', Object.keys(next).length ? next : undefined))} />
        </fieldset>
        <fieldset>
          <legend>{t.registrar}</legend>
          {choice('transport', 'registrar.transport', t.transport, (['email', 'http', 'download'] as const).map((k) => [k, t.transports[k]] as const))}
          {text('registrar.email', t.registrarEmail, { type: 'email' })}
          {text('registrar.endpoint', t.endpoint, { type: 'url' })}
          {settings.registrar.transport === 'http' && <RegistrarAccess endpoint={settings.registrar.endpoint} lang={lang} />}
          <Field label={t.headers} multiline value={headerText ?? headerLines(draft.registrar.headers)} lang={lang}
            locked={isLocked('registrar.headers')} error={headerError ?? undefined}
            hint={t.headersHint}
            onChange={(v) => {
              setHeaderText(v);
              const parsed = parseHeaderLines(v);
              setHeaderError(parsed.error);
              if (!parsed.error) setDraft(setAt(draft, 'registrar.headers', parsed.headers));
            }} />
          {checkbox('registrar.attachPdf', t.attachPdf)}
          <p className="hint">{t.documentHint}</p>
        </fieldset>
        <fieldset>
          <legend>{t.texts}</legend>
          {text('texts.consent', t.consentText, { multiline: true, hint: t.consentHint })}
        </fieldset>
        <fieldset>
          <legend>{t.display}</legend>
          {choice('language', 'language', t.language, [['sv', 'Svenska'], ['en', 'English']])}
          {(['facebook', 'instagram', 'x'] as const).map((site) => (
            checkbox(`highlight.${site}`, t.highlightOn(site === 'x' ? 'X' : site[0].toUpperCase() + site.slice(1)))
          ))}
        </fieldset>
        <p><a href="/overview.html">{t.register}</a> · <a href="/log.html">{t.log}</a></p>
        <div className="buttons">
          <button type="submit" className="action-button" disabled={!check.success}>{t.save}</button>
          <button type="button" className="action-button" onClick={exportConfig}>{t.exportSettings}</button>
          <label className="action-button file-button">{t.importSettings}
            <input type="file" accept="application/json,.json" onChange={(e) => { const f = e.target.files?.[0]; if (f) void importConfig(f); }} />
          </label>
        </div>
        {!check.success && <p role="alert" className="error">{t.fixFirst}</p>}
        <p role="status">{status}</p>
      </form>
    </main>
  );
}
