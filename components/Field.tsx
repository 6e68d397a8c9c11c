import { useId } from 'react';
import type { Lang } from '@/utils/ui/strings';
import { SETTINGS_STRINGS } from '@/utils/ui/settings-strings';
import { LockIcon } from './LockIcon';

interface Props {
  label: string;
  value: string;
  onChange(value: string): void;
  error?: string;
  locked?: boolean;
  hint?: string;
  type?: 'text' | 'email' | 'url' | 'number' | 'time' | 'tel';
  multiline?: boolean;
  /** The longest text the field takes (the browser stops typing there). */
  maxLength?: number;
  lang?: Lang;
}

/** A labelled input with its validation message and a lock when the organisation manages it. */
export function Field({ label, value, onChange, error, locked, hint, type = 'text', multiline, maxLength, lang = 'sv' }: Props) {
  const id = useId();
  const describedBy = [error ? `${id}-error` : '', hint ? `${id}-hint` : '', locked ? `${id}-locked` : ''].filter(Boolean).join(' ') || undefined;
  const common = {
    id, value, maxLength, disabled: locked, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy,
    onChange: (event: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => onChange(event.target.value),
  };
  return (
    <div className={`field${error ? ' field-error' : ''}`}>
      <label htmlFor={id}>{label}{locked && <Lock id={`${id}-locked`} lang={lang} />}</label>
      {multiline ? <textarea rows={4} {...common} />
        // An address is checked by the settings' own rules, which say what is wrong; the browser's check of a url field
        // would stop the form without a word of ours ("www.sjovik.se", which the settings take as https://www.sjovik.se).
        : type === 'url' ? <input type="text" inputMode="url" autoComplete="url" spellCheck={false} {...common} />
        : <input type={type} {...common} />}
      {hint && <small id={`${id}-hint`}>{hint}</small>}
      {error && <small className="error" id={`${id}-error`} role="alert">{error}</small>}
    </div>
  );
}

/**
 * A padlock and "låst av organisationen" after the label of a value the organisation's policy sets. Every
 * locked control draws this one, and names `id` in its aria-describedby so a screen reader says it
 * once, as the description: hidden from the label's name, which would say it a second time.
 */
export function Lock({ id, lang = 'sv' }: { id: string; lang?: Lang }) {
  const t = SETTINGS_STRINGS[lang];
  return <span className="lock" id={id} title={t.lockedTitle} aria-hidden="true"> <LockIcon />{t.locked}</span>;
}
