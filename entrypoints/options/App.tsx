import { useState } from 'react';
import { browser } from 'wxt/browser';
import { Field, Lock } from '@/components/Field';
import { CategoryActions } from '@/components/CategoryActions';
import { RegistrarAccess } from '@/components/RegistrarAccess';
import { originPattern } from '@/utils/registrar/origin-pattern';
import { getPreset } from '@/rules/presets';
import { effectivePolicy } from '@/utils/policy';
import { savedSettingsText } from '@/utils/settings/changes-text';
import { placeholderProblems } from '@/utils/settings/consent-placeholders';
import { headerLines, parseHeaderLines } from '@/utils/settings/headers';
import { sendMessage } from '@/utils/messaging';
import { parseSettings, settingsSchema, type Settings } from '@/utils/settings/schema';
import { getAt, ownSettingsToSave, setAt, withLockedFrom } from '@/utils/settings/setting-paths';
import { fileFields, keepOwnOnImport, looksLikePolicyFile, settingsForFile } from '@/utils/settings/settings-file';
import { settingsItem } from '@/utils/settings/store';
import { SETTINGS_STRINGS } from '@/utils/ui/settings-strings';
import { useDocumentLanguage } from '@/utils/ui/hooks';
import { fieldLabel, issueText, problemsText, setValidationLanguage, settingPath } from '@/utils/ui/validation-language';
import { NumberField, writeNumber } from './NumberField';
import { useOptionsSettings } from './use-options-settings';
import '@/components/panel.css';
import './options.css';
import { downloadText, exportFileName } from '@/utils/log/download';
import { settingsFileText, whereJsonBroke } from '@/utils/settings/file-text';
import { excerptOf } from '@/utils/ui/display-text';

/** Letters of a policy account's name beside its problem. */
const ABOUT_LETTERS = 60;

type Path = string;

const PRESETS: Array<[Settings['policy']['presetId'], string]> = [
  ['stockholm', 'Stockholms stad'], ['perstorp', 'Perstorps kommun'], ['norrkoping', 'Norrköpings kommun'], ['helsingborg', 'Helsingborgs stad'],
];

/** Where an organisation sets Uppsikt up once: validated on entry, nothing saved until it is valid. */
// The half-year documentation (R13) and the register report (R15) are known from the log: kept shorter, they are forgotten.
const HALF_YEAR_DAYS = 184;
/** An import names at most this many fields it did not read (a file may have thousands). */
const MAX_NAMED_FIELDS = 8;

export function App() {
  // The editor's own settings come at once; the organisation's policy may be laid over them later.
  const { settings, locked, policyProblems, storedProblems, loaded } = useOptionsSettings();
  // Until the editor changes something, the form shows the stored (and managed) settings as they are.
  // After, it shows the edits, with what the policy decides (which may arrive after the edits) on top.
  // The paths the policy set at the edit are kept with it: one the policy has stopped setting since holds the policy's
  // old value in the edits, and shows (and saves) the editor's own instead.
  const [edited, setEditedForm] = useState<{ form: Settings; lockedThen: readonly string[] } | null>(null);
  const setEdited = (form: Settings) => setEditedForm({ form, lockedThen: locked });
  const draft = edited ? withLockedFrom(edited.form, settings, [...edited.lockedThen.filter((path) => !locked.includes(path)), ...locked]) : settings;
  // The page speaks the language chosen in the form, at once.
  const lang = draft.language;
  const t = SETTINGS_STRINGS[lang];
  useDocumentLanguage(lang, t.title);
  setValidationLanguage(lang);
  const [status, setStatus] = useState('');
  const [headerText, setHeaderText] = useState<string | null>(null);
  const isLocked = (path: Path) => locked.some((l) => path === l || path.startsWith(`${l}.`));
  /** Every change: "saved" no longer holds once the form differs from what was saved. */
  const setDraft = (next: Settings) => {
    setEdited(next);
    setStatus(SETTINGS_STRINGS[next.language].unsaved);
  };

  const check = settingsSchema.safeParse(draft);
  const issues = check.success ? [] : check.error.issues;
  // A problem inside a setting (one header's value, one category's action) is shown on the setting's field.
  const errorFor = (path: Path) => {
    const issue = issues.find((i) => settingPath(i.path) === path);
    return issue ? issueText(issue, lang) : undefined;
  };
  // Checked here, not in the schema: the text as written in the form (lines of headers; placeholders).
  const headerError = headerText === null || isLocked('registrar.headers') ? null : parseHeaderLines(headerText, lang).error;
  const placeholders = isLocked('texts.consent') ? { unknown: [], unclosed: [] } : placeholderProblems(draft.texts.consent);
  const consentError = [
    placeholders.unknown.length ? t.unknownPlaceholders(placeholders.unknown.join(', ')) : '',
    placeholders.unclosed.length ? t.unclosedPlaceholders(placeholders.unclosed.join(', ')) : '',
  ].filter(Boolean).join(' ') || null;
  const invalid = [...new Set([
    ...issues.map((i) => settingPath(i.path)), ...(headerError ? ['registrar.headers'] : []), ...(consentError ? ['texts.consent'] : []),
  ])];
  // A shorter retention period removes records for good at the next daily gallring: saved only when the editor says so.
  const retentionBefore = effectivePolicy(settings).retentionDays;
  const retentionAfter = effectivePolicy(draft).retentionDays;
  const shorterRetention = retentionAfter < retentionBefore && !isLocked('policy.retentionDays');
  const [retentionConfirmed, setRetentionConfirmed] = useState<number | null>(null);
  const retentionAgreed = !shorterRetention || retentionConfirmed === retentionAfter;
  const canSave = invalid.length === 0 && retentionAgreed;

  /** An adjustment left empty follows the preset: its value, said under the field. */
  const presetValue = (path: Path): string => {
    const preset = effectivePolicy(setAt(draft, path, undefined));
    switch (path) {
      case 'policy.responseHours': return writeNumber(preset.responseHours, lang);
      case 'policy.officeStart': return preset.office.start;
      case 'policy.officeEnd': return preset.office.end;
      case 'policy.monitoringRounds': return writeNumber(preset.monitoringRounds, lang);
      default: return writeNumber(preset.retentionDays, lang);
    }
  };
  const text = (path: Path, label: string, extra: Partial<React.ComponentProps<typeof Field>> = {}) => (
    <Field label={label} value={String(getAt(draft, path) ?? '')} error={errorFor(path)} locked={isLocked(path)} lang={lang}
      // The policy's adjustments are optional: emptied, a field follows the preset again (an empty time is no time).
      onChange={(v) => setDraft(setAt(draft, path, v === '' && path.startsWith('policy.') ? undefined : v))} {...extra} />
  );
  const number = (path: Path, label: string, hint: string, decimals = false) => (
    <NumberField label={label} hint={hint} value={getAt(draft, path) as number | undefined} error={errorFor(path)} locked={isLocked(path)}
      lang={lang} decimals={decimals} onChange={(v) => setDraft(setAt(draft, path, v))} />
  );
  // Selects and checkboxes carry the same lock as a Field: disabled, and the lock said with the label.
  const lockId = (path: Path) => `${path.replace(/\./g, '-')}-locked`;
  const choice = (id: string, path: Path, label: string, options: ReadonlyArray<readonly [string, string]>) => {
    const locked = isLocked(path);
    return (<>
      <label htmlFor={id}>{label}{locked && <Lock id={lockId(path)} lang={lang} />}</label>
      <select id={id} value={String(getAt(draft, path))} disabled={locked} aria-describedby={locked ? lockId(path) : undefined}
        onChange={(e) => setDraft(setAt(draft, path, e.target.value))}>
        {/* A language is named in itself ("English" in the Swedish interface): a screen reader says it so. */}
        {options.map(([value, name]) => <option key={value} value={value} lang={path === 'language' ? value : undefined}>{name}</option>)}
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

  /**
   * Spara pressed (or Enter in a field) while something must be put right first: said, and the keyboard
   * taken to the first field to correct, or to the retention question. (A disabled Spara left the Tab
   * order, and Enter in a field did nothing and said nothing.)
   */
  function showWhatBlocksSaving() {
    setStatus(invalid.length ? t.fixFirst : t.confirmRetentionFirst(writeNumber(retentionAfter, lang)));
    const first = document.querySelector<HTMLElement>('[aria-invalid="true"]') ?? document.getElementById('confirm-shorter-retention');
    first?.focus();
  }

  async function save() {
    if (!check.success || !canSave) {
      showWhatBlocksSaving();
      return;
    }
    const access = await requestRegistrarAccess(check.data);
    // Only the editor's own values are stored: the policy's are laid over them each time they are read.
    const ownBefore = parseSettings(await settingsItem.getValue()).settings;
    await settingsItem.setValue(ownSettingsToSave(check.data, ownBefore, locked));
    await sendMessage('logAction', { action: 'settings.changed', detail: savedSettingsText(settings, check.data) }).catch(() => undefined);
    setStatus(access ? `${t.saved} ${access}` : t.saved);
  }

  /**
   * Asks for access to the registrar's intake only (least privilege), while the Save click counts as the
   * editor's consent: asked before anything is awaited, as Firefox takes a request only in the click itself
   * (a grant already there is answered without a question).
   */
  async function requestRegistrarAccess(next: Settings): Promise<string> {
    if (next.registrar.transport !== 'http' || !next.registrar.endpoint) return '';
    try {
      const granted = await browser.permissions.request({ origins: [originPattern(next.registrar.endpoint)] });
      return granted ? '' : t.noRegistrarAccess;
    } catch {
      // An address the browser will not grant (the manifest does not name it): said, not "Sparat" alone.
      return t.noRegistrarAccess;
    }
  }

  function exportConfig() {
    // The log page's way: revoking the address at once can cancel the download in Firefox.
    downloadText(JSON.stringify(settingsForFile(draft), null, 2), exportFileName('settings', 'json', lang), 'application/json');
  }

  async function importConfig(file: File) {
    const { text, readAsAnsi } = await settingsFileText(file);
    let content: unknown;
    try {
      content = JSON.parse(text);
    } catch (error) {
      setStatus(t.notJson(whereJsonBroke(text, error)));
      return;
    }
    try {
      const fields = fileFields(content);
      const named = fields.unknown.slice(0, MAX_NAMED_FIELDS).map((name) => (lang === 'sv' ? `”${name.slice(0, 40)}”` : `“${name.slice(0, 40)}”`)).join(', ');
      if (fields.known.length === 0) {
        setStatus(`${t.notSettings(named)}${looksLikePolicyFile(fields.unknown) ? ` ${t.policyFile}` : ''}`);
        return;
      }
      // What the file leaves out, or has wrong, stays as the editor has it.
      const parsed = parseSettings(content, draft);
      // What the policy sets stays shown as the policy sets it: an imported value there would not be saved.
      // The registrar compared is the one that will be saved (the policy's, when it sets it).
      const asSaved = (value: Settings) => withLockedFrom(value, settings, locked);
      const kept = keepOwnOnImport(asSaved(parsed.settings), content, draft);
      const imported = asSaved(kept.settings);
      const { problems } = parsed;
      setEdited(imported);
      setHeaderText(null);
      // Told in the language of the settings now shown (the file's, when it changed it), each field by its label.
      const told = SETTINGS_STRINGS[imported.language];
      // Headers the policy sets stay, whatever the file's address: nothing was left behind then.
      const headersNote = kept.headersDropped && !locked.includes('registrar.headers') ? ` ${told.headersLeftBehind}` : '';
      const unknownNote = named ? ` ${told.unknownFields(named)}` : '';
      const ansiNote = readAsAnsi ? ` ${told.readAsAnsi}` : '';
      setStatus((problems.length
        ? told.importedWithProblems(problemsText(problems, imported.language))
        : told.imported) + headersNote + unknownNote + ansiNote);
    } catch {
      setStatus(t.notJson(null));
    }
  }

  // A form filled in before the stored settings arrived would save the defaults over them.
  if (!loaded) return <main className="options"><h1>{t.title}</h1><p role="status">{t.loading}</p></main>;

  return (
    <main className="options" lang={lang}>
      <h1>{t.title}</h1>
      {storedProblems.length > 0 && (
        <div role="alert" className="notice notice-warning">
          <p>{t.storedProblems}</p>
          <ul>{storedProblems.map((p) => <li key={p.path}>{fieldLabel(p.path, lang)}: {issueText(p, lang)}</li>)}</ul>
        </div>
      )}
      {policyProblems.length > 0 && (
        <div role="alert" className="notice notice-warning">
          <p>{t.policyProblems}</p>
          {/* The path for the IT department, which wrote it; the field's label for the editor. */}
          <ul>{policyProblems.map((p) => <li key={p.path}><code>{p.path}</code>: {issueText(p, lang)} ({fieldLabel(p.path, lang)}{p.about ? `: ${excerptOf(p.about, ABOUT_LETTERS)}` : ''})</li>)}</ul>
        </div>
      )}
      <form onSubmit={(e) => { e.preventDefault(); void save(); }}>
        <fieldset>
          <legend>{t.organisation}</legend>
          {text('organisation.name', t.organisationFields.name)}
          {text('organisation.department', t.organisationFields.department)}
          {text('organisation.website', t.organisationFields.website, { type: 'url', hint: t.websiteHint })}
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
          {number('policy.responseHours', t.responseHours, t.presetValueIs(presetValue('policy.responseHours')), true)}
          {text('policy.officeStart', t.officeStart, { type: 'time', hint: t.presetValueIs(presetValue('policy.officeStart')) })}
          {text('policy.officeEnd', t.officeEnd, { type: 'time', hint: t.presetValueIs(presetValue('policy.officeEnd')) })}
          {number('policy.monitoringRounds', t.monitoringRounds, t.presetValueIs(presetValue('policy.monitoringRounds')))}
          {number('policy.retentionDays', t.retentionDays, `${t.presetValueIs(presetValue('policy.retentionDays'))}. ${t.retentionHint}`)}
          {text('policy.retentionDecision', t.retentionDecision, { hint: t.retentionDecisionHint })}
          {shorterRetention && (
            <div className="notice notice-warning">
              <p id="shorter-retention">{t.shorterRetention(writeNumber(retentionBefore, lang), writeNumber(retentionAfter, lang))}</p>
              <label className="checkbox">
                <input type="checkbox" id="confirm-shorter-retention" checked={retentionConfirmed === retentionAfter} aria-describedby="shorter-retention"
                  onChange={(e) => setRetentionConfirmed(e.target.checked ? retentionAfter : null)} />
                {t.confirmShorterRetention(writeNumber(retentionAfter, lang))}
              </label>
            </div>
          )}
          {retentionAfter < HALF_YEAR_DAYS && <p className="notice notice-warning" role="note">{t.retentionUnderHalfYear}</p>}
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
          <Field label={t.headers} multiline value={(isLocked('registrar.headers') ? null : headerText) ?? headerLines(draft.registrar.headers)} lang={lang}
            locked={isLocked('registrar.headers')} error={headerError ?? errorFor('registrar.headers')}
            hint={t.headersHint}
            onChange={(v) => {
              setHeaderText(v);
              const parsed = parseHeaderLines(v, lang);
              if (parsed.error) setStatus(SETTINGS_STRINGS[lang].unsaved);
              else setDraft(setAt(draft, 'registrar.headers', parsed.headers));
            }} />
          {checkbox('registrar.attachPdf', t.attachPdf)}
          {checkbox('registrar.sendDecisions', t.sendDecisions)}
          <p className="hint">{t.documentHint}</p>
        </fieldset>
        <fieldset>
          <legend>{t.texts}</legend>
          {text('texts.consent', t.consentText, { multiline: true, hint: t.consentHint, error: errorFor('texts.consent') ?? consentError ?? undefined })}
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
          <button type="submit" className="action-button" aria-disabled={!canSave}>{t.save}</button>
          <button type="button" className="action-button" onClick={exportConfig}>{t.exportSettings}</button>
          <label className="action-button file-button">{t.importSettings}
            <input type="file" accept="application/json,.json" onChange={(e) => { const f = e.target.files?.[0]; if (f) void importConfig(f); }} />
          </label>
        </div>
        {invalid.length > 0 && <>
          <p className="error">{t.fixFirst}</p>
          {/* Named too: a field may be out of sight, or not on the page at all (an imported file's office days). */}
          <p className="error">{t.invalidFields(invalid.map((path) => fieldLabel(path, lang)).join(', '))}</p>
        </>}
        {invalid.length === 0 && !retentionAgreed && <p className="error">{t.confirmRetentionFirst(writeNumber(retentionAfter, lang))}</p>}
        <p role="status">{status}</p>
      </form>
    </main>
  );
}
