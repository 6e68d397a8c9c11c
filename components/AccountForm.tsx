import { useEffect, useRef, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { Field, Lock } from './Field';
import type { Preset } from '@/rules/presets';
import { closingDocumentation, closingNeedsReason } from '@/utils/accounts/closing-documentation';
import { accountKeys } from '@/utils/accounts/keys';
import { lockedFields, type PolicyField } from '@/utils/accounts/managed-fields';
import { db, type AppDB } from '@/utils/db/app-db';
import { swedishDateTime } from '@/utils/log/time';
import type { AccountRecord } from '@/utils/db/records';
import { accountProblem, emptyEntry } from '@/utils/accounts/register';
import { REGISTER_STRINGS } from '@/utils/ui/register-strings';
import type { Lang } from '@/utils/ui/strings';
import { LockIcon } from './LockIcon';

/** A new entry in the form: the register's empty fields, with no account yet. */
export function emptyAccount(): AccountRecord {
  return { ...emptyEntry(), id: crypto.randomUUID(), by: '', at: '', name: '', platform: 'facebook', url: '', key: '', handle: null };
}

/** Names and short texts, as in the settings; a purpose may take a paragraph. */
const SHORT_TEXT = 200;
const LONG_TEXT = 2000;

/** "Anna Berg, Johan Ek" as the register keeps it: split on commas only when saved, so spaces and commas can be typed. */
const editorsOf = (typed: string) => typed.split(',').map((e) => e.trim()).filter(Boolean);

const PLATFORM_EXAMPLES: Record<AccountRecord['platform'], string> = {
  facebook: 'https://www.facebook.com/sjovikskommun', instagram: 'https://www.instagram.com/sjovikskommun', x: 'https://x.com/sjovikskommun',
};

/** Add or edit one account in the register (R15–R17). */
export function AccountForm({ initial, preset, onSave, onCancel, onChanged, lang, database = db() }: {
  initial: AccountRecord; preset: Pick<Preset, 'name' | 'closing'>; onSave(a: AccountRecord): Promise<string | null>; onCancel(): void;
  /** Told whether the form holds typed changes, as they come and go. */
  onChanged?(changed: boolean): void; lang: Lang; database?: AppDB;
}) {
  const t = REGISTER_STRINGS[lang];
  const f = t.fields;
  const [account, setAccount] = useState(initial);
  const [editorsTyped, setEditorsTyped] = useState(initial.editors.join(', '));
  const [error, setError] = useState<string | null>(null);
  // A link to another site than the platform, or a date that does not exist, is said at its field and not sent.
  const [problem, setProblem] = useState<ReturnType<typeof accountProblem>>(null);
  const set = <K extends keyof AccountRecord>(key: K, value: AccountRecord[K]) => {
    setAccount({ ...account, [key]: value });
    setProblem(null);
  };
  // The fields the organisation's policy gives are locked; the rest of its entries (status, start date, goals) are the editors'.
  const policyGiven = lockedFields(initial);
  const locked = policyGiven.length > 0;
  const isLocked = (field: PolicyField) => policyGiven.includes(field);
  const closing = account.status === 'closed' && initial.status !== 'closed';
  // R14: how far the documentation before closing has come, read when "Avslutat" is chosen.
  const documentation = useLiveQuery(
    async () => (closing ? closingDocumentation(database, initial.key ? accountKeys(initial) : []) : null),
    [closing, database, initial.key, initial.formerKeys?.join('\n')],
    'loading' as const,
  );
  const needsReason = closing && documentation !== 'loading' && closingNeedsReason(documentation, preset);
  const [reasonMissing, setReasonMissing] = useState(false);
  // Opened from a row's "Ändra" or "Lägg till konto": the keyboard goes to its first field.
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    form.current?.querySelector<HTMLElement>('input:not(:disabled), select:not(:disabled), textarea:not(:disabled), button')?.focus();
  }, [initial.id]);
  // Escape closes the form as "Stäng" does, also with the keyboard gone on past it (not from another field, where
  // Escape is that field's: the search clears); typed changes are not lost to a stray key: the first press says so.
  const [escapeWarned, setEscapeWarned] = useState(false);
  const changed = JSON.stringify(account) !== JSON.stringify(initial) || editorsTyped !== initial.editors.join(', ');
  useEffect(() => onChanged?.(changed), [changed, onChanged]);
  useEffect(() => {
    const escape = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented) return;
      const target = e.target instanceof Element ? e.target : null;
      if (target && !form.current?.contains(target) && target.matches('input, textarea, select, [contenteditable="true"]')) return;
      e.preventDefault();
      if (changed && !escapeWarned) setEscapeWarned(true);
      else onCancel();
    };
    document.addEventListener('keydown', escape);
    return () => document.removeEventListener('keydown', escape);
  }, [changed, escapeWarned, onCancel]);
  const submit = () => {
    const toSave = { ...account, editors: editorsOf(editorsTyped) };
    const found = accountProblem(toSave, lang);
    setProblem(found);
    const missing = needsReason && !toSave.closingNote?.trim();
    setReasonMissing(missing);
    if (found || missing) {
      setError(null);
      return;
    }
    void onSave(toSave).then(setError);
  };
  return (
    <form ref={form} className="account-form" noValidate onSubmit={(e) => { e.preventDefault(); submit(); }}>
      <fieldset>
        <legend>{initial.name ? t.editing(initial.name) : t.newAccount}{locked && <> <LockIcon />{t.managed}</>}</legend>
        <Field label={f.name} value={account.name} onChange={(v) => set('name', v)} maxLength={SHORT_TEXT} locked={isLocked('name')} lang={lang} />
        <label htmlFor="platform">{f.platform}{isLocked('platform') && <Lock id="platform-locked" lang={lang} />}</label>
        <select id="platform" value={account.platform} onChange={(e) => set('platform', e.target.value as AccountRecord['platform'])}
          disabled={isLocked('platform')} aria-describedby={isLocked('platform') ? 'platform-locked' : undefined}>
          <option value="facebook">Facebook</option><option value="instagram">Instagram</option><option value="x">X</option>
        </select>
        <Field label={f.url} type="url" value={account.url} onChange={(v) => set('url', v)} maxLength={LONG_TEXT} hint={PLATFORM_EXAMPLES[account.platform]}
          error={problem?.field === 'url' ? problem.message : undefined} locked={isLocked('url')} lang={lang} />
        <Field label={f.purpose} value={account.purpose} onChange={(v) => set('purpose', v)} multiline maxLength={LONG_TEXT} locked={isLocked('purpose')} lang={lang} />
        <Field label={f.goals} value={account.goals} onChange={(v) => set('goals', v)} maxLength={LONG_TEXT} />
        <Field label={f.targetGroups} value={account.targetGroups} onChange={(v) => set('targetGroups', v)} maxLength={LONG_TEXT} />
        <Field label={f.responsible} value={account.responsible} onChange={(v) => set('responsible', v)} maxLength={SHORT_TEXT} locked={isLocked('responsible')} lang={lang} />
        <Field label={f.editors} value={editorsTyped} onChange={(v) => { setEditorsTyped(v); setProblem(null); }} maxLength={LONG_TEXT} locked={isLocked('editors')} lang={lang} />
        <Field label={f.substitute} value={account.substitute} onChange={(v) => set('substitute', v)} maxLength={SHORT_TEXT} locked={isLocked('substitute')} lang={lang} />
        <Field label={f.started} type="text" value={account.started ?? ''} onChange={(v) => set('started', v || null)} hint={f.startedHint}
          error={problem?.field === 'started' ? problem.message : undefined} lang={lang} />
        <label htmlFor="status">{f.status}</label>
        <select id="status" value={account.status} onChange={(e) => set('status', e.target.value as AccountRecord['status'])}
          aria-describedby={closing ? 'closing-steps' : undefined}>
          {(['active', 'paused', 'closed'] as const).map((s) => <option key={s} value={s}>{t.statuses[s]}</option>)}
        </select>
        {/* R14: what a closing needs first, when the editor chooses it (the register cannot do it for her). */}
        {closing && <p id="closing-steps" className="notice notice-warning" role="note">{t.closingSteps}</p>}
        {/* In place (empty) while it is read, so a screen reader announces what it then says. */}
        {closing && (
          <p className={`closing-documentation${documentation === 'loading' || documentation?.state === 'delivered' ? '' : ' due'}`} role="status">
            {documentation === 'loading' ? '' : documentation ? t.closingDocumentation[documentation.state](swedishDateTime(documentation.entry.at)) : t.closingDocumentation.none}
          </p>
        )}
        {needsReason && (
          <>
            <p className="notice">{t.closingRequired(preset.name, preset.closing.clause[lang])}</p>
            <Field label={t.closingNote} value={account.closingNote ?? ''} onChange={(v) => { set('closingNote', v); setReasonMissing(false); }}
              multiline maxLength={LONG_TEXT} hint={t.closingNoteHint} error={reasonMissing ? t.closingNoteMissing : undefined} lang={lang} />
          </>
        )}
      </fieldset>
      {error && <p role="alert" className="error">{error}</p>}
      <p role="status" className="hint">{escapeWarned ? t.unsavedOnEscape : ''}</p>
      <div className="buttons">
        <button type="submit" className="action-button primary">{t.save}</button>
        <button type="button" className="action-button" onClick={onCancel}>{t.close}</button>
      </div>
    </form>
  );
}
