import { useEffect, useMemo, useRef, useState } from 'react';
import { evaluateBaseInformation, type BaseInformationResult, type OrganisationInfo } from '@/rules/base-information';
import { REST_PLACE_LABELS, bioLength, suggestBaseInformation, type SuggestionPolicy } from '@/rules/base-information-suggest';
import type { Preset } from '@/rules/presets';
import type { Platform } from '@/rules/snapshot';
import { db, type AppDB } from '@/utils/db/app-db';
import type { ChecklistResult } from '@/utils/db/records';
import { checklistSummary, lastChecklistResult, summaryText, type ChecklistItemState, type ChecklistToSave, type SaveOutcome } from '@/utils/checklists/results';
import type { Lang } from '@/utils/ui/strings';
import { ChecklistCopyButton } from './ChecklistCopyButton';
import { ChecklistLastSaved } from './ChecklistLastSaved';
import { reasonText } from '@/utils/ui/reason-text';

export interface BaseInformationChecklistProps {
  /** The profile / bio / about text the adapter read (PageReport.profileText); null when none was read. */
  profileText: string | null;
  /** The bio field alone, when the adapter could tell it apart (PageReport.bioText); the suggested bio keeps it. */
  bioText?: string | null;
  platform: Platform;
  preset: Preset;
  organisation: OrganisationInfo;
  /** Response time and office hours for the suggested text; the preset's when absent. */
  policy?: SuggestionPolicy;
  /** The key the check is saved under (the register's, else the page's); saving needs it. */
  accountKey: string | null;
  /** Every key the account's earlier checks are under (see usePageAccount); the saving key alone when absent. */
  accountKeys?: readonly string[];
  lang?: Lang;
  /** Where the last saved check is read from. */
  database?: AppDB;
  /** Saves the check (the background does, stamped with the editor, and logs it). */
  save(input: ChecklistToSave): Promise<SaveOutcome>;
  onSaved?: (result: ChecklistResult) => void;
}

const TEXT = {
  sv: {
    heading: 'Basinformation', found: 'Finns', missing: 'Saknas', manual: 'Kontrollera manuellt', confirm: 'Bekräfta manuellt', confirmed: 'Bekräftad manuellt',
    suggestion: 'Förslag till text', bio: { facebook: 'Presentation (Intro)', x: 'Bio', instagram: 'Bio' },
    /** The field in the definite form, as a sentence names it. */
    theBio: { facebook: 'presentationen', x: 'bion', instagram: 'bion' },
    wholeBio: (field: string, length: number, limit: number) => `Ny ${field.toLowerCase()}: det som står där nu, med det som saknas tillagt (${length}/${limit} tecken)`,
    addToBio: (theField: string, length: number, limit: number) => `Lägg till i ${theField} (${length} tecken; fältet rymmer högst ${limit} tecken inklusive det som redan står där)`,
    copyBio: (theField: string) => `Kopiera ${theField}`, copyAddition: 'Kopiera tillägget',
    rest: 'Resten får inte plats; lägg den i', noRoom: (theField: string) => `${theField.charAt(0).toUpperCase()}${theField.slice(1)} har inte plats för mer; lägg texten i`, save: 'Spara kontrollen', saved: (summary: string) => `Kontrollen är sparad: ${summary}.`,
    willSave: (summary: string) => `Sparas som: ${summary}.`,
    unconfirmed: (n: number) => `${n === 1 ? 'En punkt' : `${n} punkter`} att kontrollera manuellt räknas som ${n === 1 ? 'saknad' : 'saknade'} tills du bekräftar ${n === 1 ? 'den' : 'dem'}.`,
    noAccount: 'Kontot är okänt, så kontrollen kan inte sparas.', noText: 'Ingen profiltext lästes på den här sidan. Öppna kontots Om-sida eller profil.',
    allFound: 'All basinformation som policyn kräver finns.', quote: 'Ur profiltexten:',
  },
  en: {
    heading: 'Base information', found: 'Present', missing: 'Missing', manual: 'Check by hand', confirm: 'Confirm by hand', confirmed: 'Confirmed by hand',
    suggestion: 'Suggested text', bio: { facebook: 'Intro', x: 'Bio', instagram: 'Bio' },
    theBio: { facebook: 'the intro', x: 'the bio', instagram: 'the bio' },
    wholeBio: (field: string, length: number, limit: number) => `New ${field.toLowerCase()}: what it says now, with what is missing added (${length}/${limit} characters)`,
    addToBio: (theField: string, length: number, limit: number) => `Add to ${theField} (${length} characters; the field holds at most ${limit} characters including what it says already)`,
    copyBio: (theField: string) => `Copy ${theField}`, copyAddition: 'Copy the addition',
    rest: 'The rest does not fit; put it in', noRoom: (theField: string) => `${theField.charAt(0).toUpperCase()}${theField.slice(1)} has no room for more; put the text in`, save: 'Save the check', saved: (summary: string) => `The check is saved: ${summary}.`,
    willSave: (summary: string) => `Will be saved as: ${summary}.`,
    unconfirmed: (n: number) => `${n === 1 ? 'One item' : `${n} items`} to check by hand ${n === 1 ? 'counts' : 'count'} as missing until you confirm ${n === 1 ? 'it' : 'them'}.`,
    noAccount: 'The account is unknown, so the check cannot be saved.', noText: 'No profile text was read on this page. Open the account’s About page or profile.',
    allFound: 'All base information the policy requires is present.', quote: 'From the profile text:',
  },
} as const;

const MARK = { found: '✓', missing: '✗', manual: '?' } as const;

/** R9: which base-information items the account shows, with evidence, suggested text, and a saved record. */
export function BaseInformationChecklist({
  profileText, bioText = null, platform, preset, organisation, policy, accountKey, accountKeys = accountKey ? [accountKey] : [], lang = 'sv', database = db(), save, onSaved,
}: BaseInformationChecklistProps) {
  const readKeys = accountKeys.join('\n');
  const t = TEXT[lang];
  const results = useMemo(() => evaluateBaseInformation(profileText, preset, organisation, platform), [profileText, preset, organisation, platform]);
  const [confirmed, setConfirmed] = useState<Set<string>>(new Set());
  // What the editor confirmed by hand in the last saved check stands until she unticks it: reopened,
  // the popup showed it unconfirmed, and saving again counted it missing.
  const touched = useRef(false);
  useEffect(() => {
    if (!readKeys) return;
    let current = true;
    void lastChecklistResult(database, readKeys.split('\n'), 'base-information').then((last) => {
      if (!current || touched.current || !last || last.presetId !== preset.id) return;
      setConfirmed(new Set(last.items.filter((item) => item.state === 'confirmed').map((item) => item.id)));
    }).catch(() => undefined); // unread: nothing is ticked, as before any check
    return () => { current = false; };
  }, [database, readKeys, preset.id]);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  // Missing items and manual ones not yet confirmed get a suggested text.
  const open = useMemo(() => results.filter((r) => r.status === 'missing' || (r.status === 'manual' && !confirmed.has(r.id))), [results, confirmed]);
  const suggestion = useMemo(
    () => suggestBaseInformation(open, organisation, policy ?? { responseHours: preset.responseTimeHours ?? 24, office: preset.officeHours }, platform, bioText),
    [open, organisation, policy, preset, platform, bioText],
  );
  const toggle = (id: string) => setConfirmed((prev) => {
    touched.current = true;
    const next = new Set(prev);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    return next;
  });
  // What saving records: a manual item the editor has not confirmed is not shown to be there, so it counts as missing.
  const items = useMemo((): ChecklistItemState[] => results.map((r) => ({
    id: r.id,
    state: r.status === 'found' ? 'found' : r.status === 'manual' && confirmed.has(r.id) ? 'confirmed' : 'missing',
    evidence: r.evidence,
  })), [results, confirmed]);
  const pending = checklistSummary({ items });
  const unconfirmed = results.filter((r) => r.status === 'manual' && !confirmed.has(r.id)).length;
  const saveCheck = async () => {
    if (!accountKey) return;
    const outcome = await save({ account: accountKey, kind: 'base-information', presetId: preset.id, items });
    if (outcome.ok) {
      setMessage({ kind: 'ok', text: t.saved(summaryText(checklistSummary(outcome.result), lang)) });
      onSaved?.(outcome.result);
    } else setMessage({ kind: 'error', text: reasonText(outcome.reason, lang) });
  };
  const label = (r: BaseInformationResult) => (r.status === 'manual' && confirmed.has(r.id) ? t.confirmed : t[r.status]);
  return (
    <section className="checklist" aria-labelledby="base-information-heading">
      <h2 id="base-information-heading">{t.heading} <span className="muted">({preset.name})</span></h2>
      <ChecklistLastSaved database={database} accountKeys={accountKeys} kind="base-information" presetId={preset.id} lang={lang} />
      {profileText === null && <p className="hint">{t.noText}</p>}
      <ul className="checklist-items">
        {results.map((r) => (
          <li key={r.id} className={`checklist-item checklist-${r.status}`} data-item={r.id} data-status={r.status}>
            <span className="checklist-mark" aria-hidden="true">{r.status === 'manual' && confirmed.has(r.id) ? '✓' : MARK[r.status]}</span>{' '}
            <strong>{label(r)}:</strong> {r[lang]}
            {r.evidence && (
              <div className="excerpt">{t.quote} <q><bdi>{r.evidence}</bdi></q></div>
            )}
            {r.note && <div className="hint">{r.note[lang]}</div>}
            {r.status === 'manual' && (
              <label className="confirm">
                <input type="checkbox" checked={confirmed.has(r.id)} onChange={() => toggle(r.id)} /> {t.confirm}
              </label>
            )}
          </li>
        ))}
      </ul>
      {open.length === 0 ? <p className="hint">{t.allFound}</p> : (
        <div className="suggestion">
          <h3>{t.suggestion}</h3>
          {suggestion.bio && (
            <div>
              <p className="meta">{suggestion.bioIsWhole
                ? t.wholeBio(t.bio[platform], bioLength(suggestion.bio), suggestion.bioLimit)
                : t.addToBio(t.theBio[platform], bioLength(suggestion.bio), suggestion.bioLimit)}</p>
              <p className="excerpt suggestion-bio" dir="auto" lang="sv" style={{ whiteSpace: 'pre-wrap' }}>{suggestion.bio}</p>
              <ChecklistCopyButton text={suggestion.bio} lang={lang} label={suggestion.bioIsWhole ? t.copyBio(t.theBio[platform]) : t.copyAddition} />
            </div>
          )}
          {suggestion.rest && (
            <div>
              {/* "The rest" only when some of it went into the bio. */}
              <p className="meta">{suggestion.inBio.length ? t.rest : t.noRoom(t.theBio[platform])} {REST_PLACE_LABELS[suggestion.restPlace][lang]}:</p>
              <p className="excerpt suggestion-rest" dir="auto" lang="sv" style={{ whiteSpace: 'pre-wrap' }}>{suggestion.rest}</p>
              <ChecklistCopyButton text={suggestion.rest} lang={lang}
                label={suggestion.inBio.length ? (lang === 'sv' ? 'Kopiera resten' : 'Copy the rest') : (lang === 'sv' ? 'Kopiera texten' : 'Copy the text')} />
            </div>
          )}
        </div>
      )}
      {accountKey && (
        <p className={`meta checklist-pending${pending.complete ? '' : ' checklist-incomplete'}`}>
          {t.willSave(summaryText(pending, lang))}{unconfirmed > 0 && <> {t.unconfirmed(unconfirmed)}</>}
        </p>
      )}
      <div className="action-row">
        <button type="button" className="action-button primary" disabled={!accountKey} onClick={() => void saveCheck()}>{t.save}</button>
      </div>
      {!accountKey && <p className="hint">{t.noAccount}</p>}
      {message && <p role={message.kind === 'error' ? 'alert' : 'status'} className={message.kind === 'error' ? 'error' : 'status-message'}>{message.text}</p>}
    </section>
  );
}
